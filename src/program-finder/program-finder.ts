import { defineElement } from '../core/define.js';
import { StemProgramFinder } from './program-finder.component.js';

export { StemProgramFinder };

defineElement('stem-program-finder', StemProgramFinder);

declare global {
  interface HTMLElementTagNameMap {
    'stem-program-finder': StemProgramFinder;
  }
}

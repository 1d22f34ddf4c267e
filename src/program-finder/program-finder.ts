import { defineElement } from '../core/define.js';
import { StemProgramFinder } from './program-finder.component.js';
// A card's "All outcomes" opens the outcome card: the finder brings it along.
import '../outcome-card/outcome-card.js';

export { StemProgramFinder };

defineElement('stem-program-finder', StemProgramFinder);

declare global {
  interface HTMLElementTagNameMap {
    'stem-program-finder': StemProgramFinder;
  }
}

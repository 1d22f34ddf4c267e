import { defineElement } from '../core/define.js';
import { StemMemberDirectory } from './member-directory.component.js';

export { StemMemberDirectory };

defineElement('stem-member-directory', StemMemberDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'stem-member-directory': StemMemberDirectory;
  }
}

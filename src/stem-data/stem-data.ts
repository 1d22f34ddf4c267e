import { ContextRoot } from '@lit/context';
import { defineElement } from '../core/define.js';
import { StemData } from './stem-data.component.js';

export { StemData };

// Widgets defined before <stem-data> still find it: the root replays their requests. Once per
// page, even with two copies of the library.
const flag = Symbol.for('stem-widgets:context-root');
const root = globalThis as { [flag]?: boolean };
if (!root[flag]) {
  root[flag] = true;
  new ContextRoot().attach(document.documentElement);
}

defineElement('stem-data', StemData);

declare global {
  interface HTMLElementTagNameMap {
    'stem-data': StemData;
  }
}

/**
 * The script-tag bundle: registers every element and exposes `window.StemWidgets` for pages
 * without a bundler. Built into dist/stem-widgets.js with Lit included.
 */
import './define.js';
import { VERSION } from './core/version.js';
import { validate } from './contract/validate.js';

const TAGS = ['stem-data', 'stem-outcome-card', 'stem-program-finder', 'stem-member-directory'] as const;

export interface StemWidgetsGlobal {
  version: string;
  /** Resolves when every element is defined. */
  ready: Promise<void>;
  validate: typeof validate;
}

declare global {
  interface Window {
    StemWidgets?: StemWidgetsGlobal;
  }
}

// The first copy on the page keeps the global, as it keeps the element registrations.
window.StemWidgets ??= {
  version: VERSION,
  ready: Promise.all(TAGS.map((tag) => customElements.whenDefined(tag))).then(() => undefined),
  validate,
};

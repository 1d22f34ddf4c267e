import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { hostStyles } from './tokens.styles.js';
import { VERSION } from './version.js';

/**
 * The base of every stem-widgets element: the shared `:host` reset and tokens, and the version
 * stamp that `defineElement` compares when a second copy of the library is loaded.
 */
export class StemElement extends LitElement {
  static stemVersion = VERSION;
  static override styles = [hostStyles];

  constructor() {
    super();
    // Every widget re-renders in the new language when setStemLocale() is called.
    updateWhenLocaleChanges(this);
  }
}

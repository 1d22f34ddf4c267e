import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { hostStyles } from './tokens.styles.js';
import { VERSION } from './version.js';
import { getStemLocale, matchLocale, setStemLocale } from './localization.js';

/**
 * The base of every stem-widgets element: the shared `:host` reset and tokens, the version stamp
 * that `defineElement` compares when a second copy of the library is loaded, and the language.
 */
export class StemElement extends LitElement {
  static stemVersion = VERSION;
  static override styles = [hostStyles];

  /**
   * The language: `en` or `es` (a region such as `es-MX` also sets number and date formats).
   * Text follows one language per page, so setting it on one widget switches all of them;
   * without it the widget follows the page's `lang`.
   */
  @property({ reflect: true }) override lang = '';

  constructor() {
    super();
    // Every widget re-renders in the new language when setStemLocale() is called.
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('lang') && this.lang && matchLocale(this.lang) !== getStemLocale()) void setStemLocale(this.lang);
  }

  /** The locale for numbers, money and dates: this element's or an ancestor's `lang`, else the text language. */
  get locale(): string {
    const tag = this.lang || this.closest('[lang]')?.getAttribute('lang') || '';
    return tag && matchLocale(tag) === getStemLocale() ? tag : getStemLocale();
  }
}

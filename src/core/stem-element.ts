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

  /**
   * `light`, `dark`, or `auto` (follows the visitor's system setting). Without it the widget
   * takes the `theme` of its nearest ancestor that has one, so one attribute themes a page.
   */
  @property({ reflect: true }) theme = '';

  constructor() {
    super();
    // Every widget re-renders in the new language when setStemLocale() is called.
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveTheme();
  }

  /** Stamps the resolved theme on the host, where the :host() rules can see it. */
  private resolveTheme(): void {
    const value = this.theme || this.parentElement?.closest('[theme]')?.getAttribute('theme') || 'light';
    this.dataset.stemTheme = ['light', 'dark', 'auto'].includes(value) ? value : 'light';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.resolveTheme();
    if (changed.has('lang') && this.lang && matchLocale(this.lang) !== getStemLocale()) void setStemLocale(this.lang);
  }

  /** The locale for numbers, money and dates: this element's or an ancestor's `lang`, else the text language. */
  get locale(): string {
    const tag = this.lang || this.closest('[lang]')?.getAttribute('lang') || '';
    return tag && matchLocale(tag) === getStemLocale() ? tag : getStemLocale();
  }
}

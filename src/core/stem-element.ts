import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { hostStyles } from './tokens.styles.js';
import { VERSION } from './version.js';
import { getStemLocale, matchLocale, primaryLanguage, setStemLocale } from './localization.js';

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
   * without it the widget follows the page's `lang`. Where the page says another language, or
   * none, a widget sets `lang` itself to the one it renders, so screen readers pick the voice
   * (`<stem-data>` does not: what it wraps is the page's own markup).
   */
  @property({ reflect: true }) override lang!: string;

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
    // Moved to a container in another language: said again, even with nothing to render anew.
    if (this.hasUpdated) this.declareLanguage();
  }

  /** Stamps the resolved theme on the host, where the :host() rules can see it. */
  private resolveTheme(): void {
    const value = this.theme || this.parentElement?.closest('[theme]')?.getAttribute('theme') || 'light';
    this.dataset.stemTheme = ['light', 'dark', 'auto'].includes(value) ? value : 'light';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.resolveTheme();
    // Its own declaration (declareLanguage) is made below, after this check, and never sets the locale.
    if (changed.has('lang') && this.lang && matchLocale(this.lang) !== getStemLocale()) void setStemLocale(this.lang);
    // Before rendering, so the attribute it may set is part of this update, not a second one.
    this.declareLanguage();
  }

  /** The `lang` this element set on itself to declare the language it renders; not the page's. */
  private declaredLang: string | undefined;
  private declaring = false;

  /**
   * Whether the host says the language it renders. Off for an element that only wraps the page's
   * own markup (`<stem-data>`): its `lang` would relabel the author's text.
   */
  protected declaresLanguage = true;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // A lang the page sets is the page's, even when it equals what the element had declared.
    if (name === 'lang' && !this.declaring) this.declaredLang = undefined;
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * The host says the language it renders: a page in a language the widgets lack (`fr`), or with
   * no `lang`, would otherwise have English read with a French voice, or a guessed one.
   */
  private declareLanguage(): void {
    if (!this.declaresLanguage) return;
    const rendered = getStemLocale();
    const own = this.getAttribute('lang');
    const authored = own !== null && own !== this.declaredLang ? own : null;
    // A language it has, set by the page on this element, is the page's call.
    if (authored && matchLocale(authored) === primaryLanguage(authored)) return;
    const inherited = authored ?? inheritedLang(this);
    this.declaring = true;
    try {
      if (inherited && primaryLanguage(inherited) === rendered) {
        if (this.declaredLang !== undefined && own === this.declaredLang) this.removeAttribute('lang');
        this.declaredLang = undefined;
      } else if (own !== rendered) {
        this.declaredLang = rendered;
        this.setAttribute('lang', rendered);
      }
    } finally {
      this.declaring = false;
    }
  }

  /** The locale for numbers, money and dates: this element's or an ancestor's `lang`, else the text language. */
  get locale(): string {
    const tag = this.lang || inheritedLang(this) || '';
    return tag && matchLocale(tag) === getStemLocale() ? tag : getStemLocale();
  }
}

/** The `lang` the element inherits: its nearest ancestor's, across shadow roots (a card inside a finder's dialog). */
function inheritedLang(el: Element): string | null {
  let node: Element | null = el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

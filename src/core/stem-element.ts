import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { hostStyles } from './tokens.styles.js';
import { VERSION } from './version.js';
import { formatLocale, inLocale, loadLocale, localeReady, matchLocale, type StemLocale } from './localization.js';
import { primaryLanguage } from '../i18n/language-tag.js';

/**
 * The base of every stem-widgets element: the shared `:host` reset and tokens, the version stamp
 * that `defineElement` compares when a second copy of the library is loaded, and the language.
 */
export class StemElement extends LitElement {
  static stemVersion = VERSION;
  static override styles = [hostStyles];

  /**
   * The language: `en` or `es`; a region (`es-MX`) also sets number and date formats, and bare
   * `es` formats as US Spanish does. Without it the widget takes the `lang` of its nearest
   * ancestor (the page's `<html lang>`), else English, and follows changes of either; each widget
   * keeps its own, so an English finder and a Spanish directory can share a page. Where the page
   * says another language, or none, a widget sets `lang` itself to the one it renders, so screen
   * readers pick the voice (`<stem-data>` does not: what it wraps is the page's own markup).
   */
  @property({ reflect: true }) override lang!: string;

  /**
   * `light`, `dark`, or `auto` (follows the visitor's system setting). Without it the widget
   * takes the `theme` of its nearest ancestor that has one, so one attribute themes a page.
   */
  @property({ reflect: true }) theme = '';

  /** Watches the `lang` of every ancestor, through each shadow root up to the document. */
  private langObserver: MutationObserver | undefined;
  /** The language tag the last update rendered in. */
  private renderedTag: string | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveTheme();
    this.observeLanguage();
    // Moved to a container in another language: rendered and said again.
    if (this.hasUpdated && this.languageTag() !== this.renderedTag) this.requestUpdate();
    else if (this.hasUpdated) this.declareLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.langObserver = undefined;
  }

  private observeLanguage(): void {
    this.langObserver?.disconnect();
    this.langObserver = new MutationObserver(() => {
      if (this.languageTag() !== this.renderedTag) this.requestUpdate();
    });
    for (let root: Node = this.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      const target = root instanceof Document ? root.documentElement : root;
      if (target) this.langObserver.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
    }
  }

  /** The tag of the update under way: read many times while rendering, found once. */
  private tagInUpdate: string | null | undefined;

  /** Its own `lang` as the page set it: not the one it declared itself. */
  private authoredLang(): string | null {
    const own = this.getAttribute('lang');
    return own !== null && own !== this.declaredLang ? own : null;
  }

  /** The tag this element renders in: its own `lang` (one the page set), else its nearest ancestor's. */
  private languageTag(): string | null {
    if (this.tagInUpdate !== undefined) return this.tagInUpdate;
    return this.authoredLang() || inheritedLang(this);
  }

  /** The language of this element's text: `en` or `es`. */
  get stemLocale(): StemLocale {
    return matchLocale(this.languageTag());
  }

  /** Runs `fn` with messages in this element's language: for text made outside an update (an event's announcement). */
  protected inOwnLocale<T>(fn: () => T): T {
    return inLocale(this.stemLocale, fn);
  }

  // The first element in a language waits for its catalogue: no English flash before the Spanish.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const tag = this.languageTag();
    return localeReady(tag) ? super.scheduleUpdate() : loadLocale(tag).then(() => super.scheduleUpdate());
  }

  // The whole update (willUpdate, render, updated) speaks the element's language; children update on their own.
  protected override performUpdate(): void {
    const tag = (this.renderedTag = this.languageTag());
    this.tagInUpdate = tag;
    try {
      inLocale(tag, () => super.performUpdate());
    } finally {
      this.tagInUpdate = undefined;
    }
  }

  /** Stamps the resolved theme on the host, where the :host() rules can see it. */
  private resolveTheme(): void {
    const value = this.theme || this.parentElement?.closest('[theme]')?.getAttribute('theme') || 'light';
    this.dataset.stemTheme = ['light', 'dark', 'auto'].includes(value) ? value : 'light';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.resolveTheme();
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
    const rendered = this.stemLocale;
    const own = this.getAttribute('lang');
    const authored = this.authoredLang();
    // A language it has, set by the page on this element, is the page's call.
    if (authored && matchLocale(authored) === primaryLanguage(authored)) return;
    const inherited = authored ?? inheritedLang(this);
    // Inherited only through a shadow root's host (a card in a finder's dialog): not every engine
    // carries :lang() across it, so say it.
    const acrossShadow = !authored && inherited !== null && this.parentElement?.closest('[lang]') == null;
    this.declaring = true;
    try {
      if (inherited && primaryLanguage(inherited) === rendered && !acrossShadow) {
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

  /** The locale for numbers, money and dates: this element's or an ancestor's `lang` (bare `es` is es-US). */
  get locale(): string {
    return formatLocale(this.languageTag());
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

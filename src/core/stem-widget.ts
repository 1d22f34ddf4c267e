import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '../i18n/msg.js';
import { StemElement } from './stem-element.js';
import { stateStyles } from './widget-states.styles.js';
import { renderEmpty, renderError, renderLoading } from './widget-states.js';
import { shownDocument, withShown, type ShownDocument } from '../data/shown-text.js';
import { DataSourceController } from './data-source.controller.js';
import type { ContractDocument, LeftOutRecord } from '../contract/types.js';
import { failure } from '../data/load-error.js';
import { wholeNumber } from './attribute-warnings.js';
import { precedingHeadingLevel } from './heading-level.js';

/**
 * The base of every data widget: it finds its data (own `src`/`data`, inline JSON, or the nearest
 * `<stem-data>`) and renders the shared loading, empty and error states, so a subclass only
 * renders the ready state.
 */
export abstract class StemWidget extends StemElement {
  static override styles = [...StemElement.styles, stateStyles];

  /** URL of a contract document, resolved against the page. Overrides an enclosing `<stem-data>`. */
  @property({ reflect: true }) src: string | null = null;

  /** A contract document given directly (parsed JSON). Overrides `src`. */
  @property({ attribute: false }) data: unknown;

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout = 15000;

  /**
   * The heading level of the widget's headings (an entry's name, the card's title), to fit the
   * page's outline. Default: one below the heading before the widget on the page, 2 where there is none.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | null = null;

  /** The level the page's outline gives, found once per connection. */
  private outlineLevel: number | undefined;

  protected readonly dataSource = new DataSourceController(this, { inherit: true });

  override connectedCallback(): void {
    super.connectedCallback();
    this.outlineLevel = undefined;
  }

  /**
   * The level of the widget's own headings: `heading-level`, else one below the page's heading
   * before it, plus `depth` for headings under the widget's own (the directory's group headings).
   */
  protected headingLevelFrom(min: number, depth = 0): number {
    this.outlineLevel ??= Math.min(Math.max(precedingHeadingLevel(this) + 1, 2), 6);
    const derived = Math.min(Math.max(this.outlineLevel + depth, min), 6);
    return this.headingLevel === null || this.headingLevel === undefined
      ? derived
      : wholeNumber(this.localName, 'heading-level', this.headingLevel, min, 6, derived);
  }

  /** Set by "Try again": focus follows the widget through loading to where it ends, never to the page's body. */
  private focusAfterRetry = false;

  private retry(again: () => void): void {
    this.focusAfterRetry = true;
    // While it loads, a click or a focus elsewhere means the visitor moved on: focus stays theirs.
    document.addEventListener('pointerdown', this.movedOn, true);
    document.addEventListener('focusin', this.movedOn, true);
    again();
  }

  private movedOn = (e: Event): void => {
    if (!e.composedPath().includes(this)) this.stopFollowingFocus();
  };

  private stopFollowingFocus(): void {
    this.focusAfterRetry = false;
    document.removeEventListener('pointerdown', this.movedOn, true);
    document.removeEventListener('focusin', this.movedOn, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingFocus();
  }

  /** Where focus goes once the widget shows its content after "Try again": its first field, else its title or message. */
  protected focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('input, [part="title"], [part="empty"], [part="error"]');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusAfterRetry) return;
    const active = document.activeElement;
    // The visitor moved on elsewhere: leave focus where they put it.
    if (active && active !== document.body && active !== this) {
      this.stopFollowingFocus();
      return;
    }
    if (this.shadowRoot?.activeElement) return;
    const state = this.dataSource.state.status;
    // Failed again: its new retry button; shown: focusTarget().
    const target =
      state === 'loading'
        ? this.renderRoot.querySelector<HTMLElement>('[part="skeleton"]')
        : (this.renderRoot.querySelector<HTMLElement>('[part="retry-button"]') ?? this.focusTarget());
    if (state !== 'loading') this.stopFollowingFocus();
    if (!target) return;
    if (!target.matches('input, button, select, a[href], [tabindex]')) target.tabIndex = -1;
    target.focus();
  }

  /** The validated document, once ready, as the partner wrote it (every language). */
  get document(): ContractDocument | undefined {
    const state = this.dataSource.state;
    return state.status === 'ready' ? state.result.data : undefined;
  }

  /** The document in this widget's language, falling back to the document's own (contract 1.1 translations). */
  protected get shown(): ShownDocument | undefined {
    const doc = this.document;
    return doc && shownDocument(doc, this.stemLocale);
  }

  /** Why a record that the data names was left out of it, when it was (the validator's cause). */
  protected leftOutRecord(section: string, id: string | undefined): LeftOutRecord | undefined {
    const state = this.dataSource.state;
    return state.status === 'ready' && id ? state.result.leftOut.find((r) => r.section === section && r.id === id) : undefined;
  }

  /** How many skeleton lines to show while loading; roughly the ready widget's height. */
  protected skeletonLines = 6;

  /** True when the document holds nothing this widget can show. */
  protected abstract isEmpty(doc: ContractDocument): boolean;

  /** The message of the empty state. */
  protected abstract emptyMessage(): string;

  /** The ready state. */
  protected abstract renderReady(doc: ContractDocument): TemplateResult;

  // The data's texts are marked as they are rendered and committed (a guard() renders its part then).
  protected override update(changed: PropertyValues<this>): void {
    withShown(this.shown, () => super.update(changed));
  }

  override render(): TemplateResult {
    const state = this.dataSource.state;
    switch (state.status) {
      case 'loading':
        return renderLoading(this.skeletonLines);
      case 'error':
        return renderError(state.error, state.issues, state.retry && (() => this.retry(state.retry!)), state.language);
      case 'idle':
        return renderError(
          // The tag as a value: lit-localize would write its brackets into the Spanish as &lt; and &gt;.
          failure('no-source', () => msg(str`Set the src attribute, or place the widget inside ${'<stem-data src="…">'}.`)),
          [],
        );
      case 'ready': {
        const shown = this.shown!;
        return this.isEmpty(shown.doc) ? renderEmpty(this.emptyMessage()) : withShown(shown, () => html`${this.renderReady(shown.doc)}`);
      }
    }
  }
}

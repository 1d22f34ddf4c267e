import { html, css, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { StemElement } from '../core/stem-element.js';
import { DataSourceController } from '../core/data-source.controller.js';
import { dataContext, type DataState } from '../data/data-state.js';
import type { ContractDocument, ContractIssue } from '../contract/types.js';
import { renderError } from '../core/widget-states.js';
import { stateStyles } from '../core/widget-states.styles.js';

/**
 * Loads one contract document and shares it with every widget inside it: one request, one
 * validation, one console report, however many widgets read it.
 *
 * @summary Loads and validates a data document for the widgets inside it.
 * @tag stem-data
 *
 * @slot - The widgets that read this document.
 * @csspart error - The error panel, shown only when `show-errors` is set and nothing can be loaded.
 *
 * @fires {CustomEvent<DataLoadDetail>} stem-data-load - The document loaded and validated; `detail.issues` lists what was left out or needs fixing.
 * @fires {CustomEvent<DataErrorDetail>} stem-data-error - The document could not be loaded or used; `detail.error` says why.
 */
export class StemData extends StemElement {
  static override styles = [
    ...StemElement.styles,
    stateStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** URL of the contract document, resolved against the page. */
  @property({ reflect: true }) src: string | null = null;

  /** A contract document given directly (parsed JSON). Overrides `src`. */
  @property({ attribute: false }) data: unknown;

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number }) timeout = 15000;

  /**
   * Show the error panel here too. Off by default because each widget inside already shows it;
   * useful when the widgets are elsewhere on the page.
   */
  @property({ type: Boolean, attribute: 'show-errors' }) showErrors = false;

  private readonly provider = new ContextProvider(this, { context: dataContext, initialValue: { status: 'idle' } });

  private readonly dataSource = new DataSourceController(this, {
    inherit: false,
    onChange: (state: DataState) => this.provider.setValue(state),
  });

  /** Where the data stands: `idle`, `loading`, `ready` or `error`. */
  get status(): DataState['status'] {
    return this.dataSource.state.status;
  }

  /** The validated document, once ready. */
  get document(): ContractDocument | undefined {
    const state = this.dataSource.state;
    return state.status === 'ready' ? state.result.data : undefined;
  }

  /** Every problem found in the document (records left out, broken references). */
  get issues(): ContractIssue[] {
    const state = this.dataSource.state;
    if (state.status === 'ready') return state.result.issues;
    return state.status === 'error' ? state.issues : [];
  }

  /** Loads the document again, skipping any earlier answer. */
  reload(): void {
    this.dataSource.retry();
  }

  protected override declaresLanguage = false;

  override render(): TemplateResult {
    const state = this.dataSource.state;
    // Only its own error box says its language: the slotted markup is the page's, in the page's.
    return html`${
        this.showErrors && state.status === 'error'
          ? html`<div lang=${this.stemLocale}>${renderError(state.error, state.issues, state.retry)}</div>`
          : nothing
      }<slot></slot>`;
  }
}

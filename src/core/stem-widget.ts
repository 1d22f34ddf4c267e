import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { StemElement } from './stem-element.js';
import { stateStyles } from './widget-states.styles.js';
import { renderEmpty, renderError, renderLoading } from './widget-states.js';
import { DataSourceController } from '../data/data-source.controller.js';
import type { ContractDocument, LeftOutRecord } from '../contract/types.js';
import { failure } from '../data/load-error.js';

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

  protected readonly dataSource = new DataSourceController(this, { inherit: true });

  /** The validated document, once ready. */
  get document(): ContractDocument | undefined {
    const state = this.dataSource.state;
    return state.status === 'ready' ? state.result.data : undefined;
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

  override render(): TemplateResult {
    const state = this.dataSource.state;
    switch (state.status) {
      case 'loading':
        return renderLoading(this.skeletonLines);
      case 'error':
        return renderError(state.error, state.issues, state.retry);
      case 'idle':
        return renderError(failure('no-source', msg('Set the src attribute, or place the widget inside <stem-data src="…">.')), []);
      case 'ready':
        return this.isEmpty(state.result.data) ? renderEmpty(this.emptyMessage()) : html`${this.renderReady(state.result.data)}`;
    }
  }
}

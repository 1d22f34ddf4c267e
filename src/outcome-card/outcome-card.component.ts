import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dataText, withData } from '../data/shown-text.js';
import { msg, str } from '../i18n/msg.js';
import { StemWidget } from '../core/stem-widget.js';
import { renderUnavailable } from '../core/widget-states.js';
import type { ContractDocument, Outcome } from '../contract/types.js';
import { METRICS, type Metric, type SubjectType } from '../contract/vocabulary.js';
import { emit } from '../core/events.js';
import { oneOf, splitList, warnInvalid } from '../core/attribute-warnings.js';
import { DEFAULT_MIN_COHORT, isShowable, SUMMARY_ORDER } from '../outcomes/outcome-format.js';
import { renderCompactFigure, renderFigure, renderSource, type FigureContext } from './outcome-figure.js';
import { outcomeCardStyles } from './outcome-card.styles.js';
import './outcome-card.types.js';

const TAG = 'stem-outcome-card';

/**
 * Honest outcome statistics: each figure with its cohort size, period, population and source.
 * Small cohorts are not shown, and suppressed, not available and not applicable read and look
 * different. The card never computes a figure: it shows what the data publishes.
 *
 * @summary Outcome figures with cohort, period, population and source.
 * @tag stem-outcome-card
 *
 * @csspart card - The card.
 * @csspart title - The heading.
 * @csspart figure - One figure.
 * @csspart status - The text that says why a figure is not shown.
 * @csspart benchmark - A benchmark beside a figure.
 * @csspart empty - The message when nothing is published for the subject.
 * @csspart error - The error state, and an unknown subject.
 * @csspart skeleton - The loading state.
 *
 * @cssprop [--stem-outcome-bar-color=var(--stem-color-accent)] - The bars and the figure rule.
 * @cssprop [--stem-outcome-track-color=var(--stem-color-surface-alt)] - The bars' track.
 * @cssprop [--stem-outcome-benchmark-color=var(--stem-color-text)] - Benchmark and median ticks.
 * @cssprop [--stem-outcome-card-height=auto] - The card's height: 100% fills a stretched grid or flex cell, so cards side by side line up.
 *
 * @fires {CustomEvent<SourceOpenDetail>} stem-source-open - The visitor followed a source link.
 * @fires {CustomEvent<DataLoadDetail>} stem-data-load - Its own `src` loaded.
 * @fires {CustomEvent<DataErrorDetail>} stem-data-error - Its own `src` failed.
 */
export class StemOutcomeCard extends StemWidget {
  static override styles = [...StemWidget.styles, outcomeCardStyles];

  /** The program whose outcomes to show (its id). */
  @property() program: string | null = null;

  /** The college whose outcomes to show (its id). */
  @property() institution: string | null = null;

  /** The field of study whose outcomes to show (its id). */
  @property() field: string | null = null;

  /** Show the whole consortium's figures. Also the default when no subject is set. */
  @property({ type: Boolean }) consortium = false;

  /** Which metrics to show, in order (comma-separated); default: every one published for the subject. */
  @property() metrics = '';

  /** Figures about fewer people than this are not shown. */
  @property({ type: Number, attribute: 'min-cohort' }) minCohort: number = DEFAULT_MIN_COHORT;

  /** `full` (a card with every detail) or `compact` (one or two headline figures). */
  @property() variant = 'full';

  protected override skeletonLines = 5;

  private get subject(): { type: SubjectType; id?: string } {
    if (this.program) return { type: 'program', id: this.program };
    if (this.institution) return { type: 'institution', id: this.institution };
    if (this.field) return { type: 'field', id: this.field };
    return { type: 'consortium' };
  }

  private get effectiveMinCohort(): number {
    if (Number.isFinite(this.minCohort) && this.minCohort >= 0) return this.minCohort;
    warnInvalid(TAG, 'min-cohort', String(this.minCohort), 'a number of 0 or more', String(DEFAULT_MIN_COHORT));
    return DEFAULT_MIN_COHORT;
  }

  private get metricList(): Metric[] {
    const listed = splitList(this.metrics);
    const bad = listed.filter((m) => !(METRICS as readonly string[]).includes(m));
    if (bad.length) warnInvalid(TAG, 'metrics', this.metrics, METRICS.join(', '), 'the valid ones only');
    return listed.filter((m): m is Metric => !bad.includes(m));
  }

  protected isEmpty(): boolean {
    return false; // A subject with nothing published says so in its own words (renderReady).
  }

  protected emptyMessage(): string {
    return '';
  }

  /** The subject's name and, for a program, its college. Undefined when the id is not in the data. */
  private describeSubject(doc: ContractDocument): { title: string; subtitle?: string } | undefined {
    const { type, id } = this.subject;
    switch (type) {
      case 'program': {
        const p = doc.programs?.find((x) => x.id === id);
        if (!p) return undefined;
        const college = doc.institutions?.find((i) => i.id === p.institution);
        return { title: p.name, ...(college ? { subtitle: college.name } : {}) };
      }
      case 'institution': {
        const i = doc.institutions?.find((x) => x.id === id);
        return i && { title: i.name, subtitle: `${i.address.locality}, ${i.address.region}` };
      }
      case 'field': {
        const f = doc.fields?.find((x) => x.id === id);
        return f && { title: f.name };
      }
      default:
        return { title: doc.publisher?.name ?? msg('All programs') };
    }
  }

  /** The subject's published figures, in the order asked for; records are never merged. */
  private outcomesFor(doc: ContractDocument): Outcome[] {
    const { type, id } = this.subject;
    const all = (doc.outcomes ?? []).filter((o) => o.subject.type === type && (type === 'consortium' || o.subject.id === id));
    const order = this.metricList.length ? this.metricList : undefined;
    const chosen = order ? all.filter((o) => order.includes(o.metric)) : all;
    const rank = (o: Outcome) => (order ?? METRICS).indexOf(o.metric);
    return chosen.sort((a, b) => rank(a) - rank(b) || b.period.end.localeCompare(a.period.end));
  }

  private heading(text: unknown): TemplateResult {
    const level = this.headingLevelFrom(2);
    return html`<div class="title" part="title" role="heading" aria-level=${level}>${text}</div>`;
  }

  protected renderReady(doc: ContractDocument): TemplateResult {
    const variant = oneOf(TAG, 'variant', this.variant, ['full', 'compact'] as const, 'full');
    const subject = this.describeSubject(doc);
    if (!subject) {
      const { type, id } = this.subject;
      const gone = this.leftOutRecord(`${type === 'consortium' ? 'program' : type}s`, id);
      if (gone) {
        const cause = msg(str`The ${type} “${id ?? ''}” was left out of the data: ${gone.cause}`);
        return renderUnavailable(msg('These figures are not available right now.'), cause);
      }
      warnInvalid(TAG, type, id ?? '', `the id of a ${type} in the data`, 'nothing');
      const noun = { program: () => msg('program'), institution: () => msg('college'), field: () => msg('field of study') }[
        type as 'program'
      ];
      return html`<div class="error" part="error" role="alert">
        <p class="error-title">${msg(str`There is no ${noun()} with the id “${id ?? ''}” in this data.`)}</p>
        <p>${msg(str`Check the ${type} attribute against the ids in the data file.`)}</p>
      </div>`;
    }
    const ctx: FigureContext = {
      locale: this.locale,
      minCohort: this.effectiveMinCohort,
      sources: new Map((doc.sources ?? []).map((s) => [s.id, s])),
      onSourceOpen: (source, outcome) => emit(this, 'stem-source-open', { source, outcome }),
    };
    const outcomes = this.outcomesFor(doc);
    const nothingPublished = html`<p class="nothing" part="empty">
      ${withData((title) => msg(str`No outcome figures are published for ${title}.`), [subject.title])}
    </p>`;
    if (variant === 'compact') {
      const showable = outcomes.filter((o) => isShowable(o, ctx.minCohort));
      const ordered = this.metricList.length ? showable : SUMMARY_ORDER.flatMap((m) => showable.filter((o) => o.metric === m));
      const headline = (ordered.length ? ordered : showable).slice(0, 2);
      const sources = [...new Set(headline.map((o) => o.source))];
      return html`<section class="card compact" part="card">
        ${this.heading(dataText(subject.title))}
        ${subject.subtitle ? html`<p class="subtitle muted">${dataText(subject.subtitle)}</p>` : nothing}
        ${
          headline.length
            ? html`<ul class="figures" role="list">
                  ${headline.map((o) => renderCompactFigure(o, ctx))}
                </ul>
                <p class="source muted">
                  ${msg('Source:')}
                  ${sources.map(
                    (s, i) =>
                      html`${i ? '; ' : ''}${renderSource(
                        headline.find((o) => o.source === s)!,
                        ctx,
                      )}`,
                  )}
                </p>`
            : outcomes.length
              ? html`<p class="nothing" part="empty">${msg('Outcome figures are not shown for small groups of students.')}</p>`
              : nothingPublished
        }
      </section>`;
    }
    return html`<section class="card full" part="card">
      ${this.heading(withData((title) => msg(str`Outcomes: ${title}`), [subject.title]))}
      ${subject.subtitle ? html`<p class="subtitle muted">${dataText(subject.subtitle)}</p>` : nothing}
      ${
        outcomes.length
          ? html`<ul class="figures" role="list">
              ${outcomes.map((o) => renderFigure(o, ctx))}
            </ul>`
          : nothingPublished
      }
    </section>`;
  }
}

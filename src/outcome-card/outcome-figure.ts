import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/msg.js';
import type { Outcome, Source } from '../contract/types.js';
import { formatDate, formatNumber, formatPeriod } from '../core/format.js';
import { safeHref } from '../core/safe-url.js';
import { cohortText, figureState, formatFigure, formatValue, metricLabel, statusText } from '../outcomes/outcome-format.js';
import { renderChart } from './outcome-chart.js';
import { dataText, joined, withData } from '../data/shown-text.js';

export interface FigureContext {
  locale: string;
  minCohort: number;
  sources: Map<string, Source>;
  onSourceOpen: (source: Source, outcome: Outcome) => void;
}

/** Period, cohort, population and timing: who and when a figure counts. */
function context(o: Outcome, ctx: FigureContext, showCohort: boolean): unknown[] {
  return joined(
    [
      showCohort ? cohortText(o, ctx.locale) : undefined,
      o.cohort?.label && dataText(o.cohort.label),
      formatPeriod(o.period.start, o.period.end, ctx.locale),
      dataText(o.population),
      o.monthsAfterExit !== undefined ? msg(str`measured ${formatNumber(o.monthsAfterExit, ctx.locale)} months after exit`) : undefined,
    ],
    ' · ',
  );
}

export function renderSource(o: Outcome, ctx: FigureContext, sourceId = o.source): TemplateResult | typeof nothing {
  const source = ctx.sources.get(sourceId);
  if (!source) return nothing;
  const href = safeHref(source.url);
  const name = href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" @click=${() => ctx.onSourceOpen(source, o)}
        >${dataText(source.name)}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
      >`
    : dataText(source.name);
  const extra = joined(
    [
      source.publisher && dataText(source.publisher),
      source.datePublished ? formatDate(source.datePublished, ctx.locale, 'short') : undefined,
    ],
    ', ',
  );
  return html`${name}${extra.length ? html`, ${extra}` : ''}`;
}

/** One figure in the full card: value, chart, range, benchmark, context, source, caveats. */
export function renderFigure(o: Outcome, ctx: FigureContext): TemplateResult {
  const state = figureState(o, ctx.minCohort);
  const shown = state === 'reported';
  const d = o.distribution;
  return html`<li class="figure state-${state}" part="figure" data-metric=${o.metric}>
    <p class="figure-label">${dataText(metricLabel(o))}</p>
    ${
      shown
        ? html`<p class="value">${formatValue(o, ctx.locale)}</p>
            ${renderChart(o)}
            ${
              d?.p25 !== undefined && d.p75 !== undefined
                ? html`<p class="range">
                    ${msg(str`Middle half: ${formatFigure(d.p25, o, ctx.locale)} to ${formatFigure(d.p75, o, ctx.locale)} (25th to 75th percentile)`)}
                  </p>`
                : nothing
            }
            ${
              o.benchmark
                ? html`<p class="benchmark" part="benchmark">
                    <span class="benchmark-mark" aria-hidden="true"></span>${withData(
                      (label, figure) => msg(str`Benchmark, ${label}: ${figure}`),
                      [o.benchmark.label, formatFigure(o.benchmark.value, o, ctx.locale)],
                    )}
                    ${
                      o.benchmark.source && o.benchmark.source !== o.source && ctx.sources.has(o.benchmark.source)
                        ? html`<span class="muted">(${renderSource(o, ctx, o.benchmark.source)})</span>`
                        : nothing
                    }
                  </p>`
                : nothing
            }`
        : html`<p class="status" part="status">${statusText(state, o, ctx.minCohort)}</p>`
    }
    <p class="context muted">${context(o, ctx, shown)}</p>
    <p class="source muted">${msg('Source:')} ${renderSource(o, ctx)}</p>
    ${
      o.caveats?.length
        ? html`<details class="caveats">
            <summary>${msg(str`About this figure (${o.caveats.length})`)}</summary>
            <ul>
              ${o.caveats.map((c) => html`<li>${dataText(c)}</li>`)}
            </ul>
          </details>`
        : nothing
    }
  </li>`;
}

/** One headline figure in the compact card. */
export function renderCompactFigure(o: Outcome, ctx: FigureContext): TemplateResult {
  return html`<li class="figure compact state-reported" part="figure" data-metric=${o.metric}>
    <p class="value">${formatValue(o, ctx.locale)}</p>
    <p class="figure-label">${dataText(metricLabel(o))}</p>
    <p class="context muted">${context(o, ctx, true)}</p>
  </li>`;
}

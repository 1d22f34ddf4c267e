import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { Outcome, Program, Source } from '../contract/types.js';
import { formatDate, formatDistance, formatDuration, formatMoney, formatNumber, formatPeriod } from '../core/format.js';
import { safeHref } from '../core/safe-url.js';
import { excerpt, marked, markedText } from '../search-ui/marked.js';
import { formatCohort, formatValue, isShowable, metricLabel, SUMMARY_ORDER } from '../outcomes/outcome-format.js';
import { credentialLabel, modeLabel } from './finder-labels.js';
import type { ProgramHit } from './program-search.js';

export interface CardContext {
  locale: string;
  headingLevel: number;
  minCohort: number;
  /** Today as YYYY-MM-DD, for the next start date. */
  today: string;
  sources: Map<string, Source>;
  /** Whether `<stem-outcome-card>` is on the page to open the full figures. */
  canOpenOutcomes: boolean;
  onSelect: (hit: ProgramHit) => void;
  onOpenOutcomes: (hit: ProgramHit, opener: HTMLElement) => void;
}

/** The first figure a student would ask about that is published for enough people to show. */
export function summaryOutcome(outcomes: readonly Outcome[], minCohort: number): Outcome | undefined {
  const showable = outcomes.filter((o) => isShowable(o, minCohort));
  return SUMMARY_ORDER.map((m) => showable.find((o) => o.metric === m)).find(Boolean) ?? showable[0];
}

function renderOutcomeSummary(hit: ProgramHit, ctx: CardContext): TemplateResult | typeof nothing {
  const outcomes = hit.record.outcomes;
  if (!outcomes.length) return nothing;
  const o = summaryOutcome(outcomes, ctx.minCohort);
  const name = hit.record.program.name;
  const open = ctx.canOpenOutcomes
    ? html`<button
        class="link-button"
        part="outcomes-button"
        type="button"
        aria-haspopup="dialog"
        aria-label=${msg(str`All outcomes for ${name}`)}
        @click=${(e: Event) => ctx.onOpenOutcomes(hit, e.currentTarget as HTMLElement)}
      >
        ${msg('All outcomes')}
      </button>`
    : nothing;
  if (!o) {
    return html`<p class="outcome" part="outcome-summary">
      ${msg('Outcome figures are not shown for small groups of students.')} ${open}
    </p>`;
  }
  const source = ctx.sources.get(o.source);
  const detail = [formatCohort(o, ctx.locale), formatPeriod(o.period.start, o.period.end, ctx.locale)].filter(Boolean).join(', ');
  return html`<p class="outcome" part="outcome-summary">
    <span class="outcome-label">${metricLabel(o)}:</span> <strong>${formatValue(o, ctx.locale)}</strong>
    <span class="muted">(${detail}; ${o.population})</span>
    ${source ? html`<span class="muted source">${msg(str`Source: ${source.name}`)}</span>` : nothing} ${open}
  </p>`;
}

/** "Technical Certificate (Certificate)", but not "Certificate (Certificate)". */
function credentialText(name: string, category: Program['credential']['category']): string {
  const kind = credentialLabel(category);
  return name.trim().toLowerCase() === kind.toLowerCase() ? kind : `${name} (${kind})`;
}

function nextStart(dates: readonly string[] | undefined, today: string): string | undefined {
  return [...(dates ?? [])].sort().find((d) => d >= today);
}

/** One program: everything a student compares, and the link to the college's page. */
export function renderProgramCard(hit: ProgramHit, ctx: CardContext): TemplateResult {
  const { program, institution, field } = hit.record;
  const { locale } = ctx;
  const href = safeHref(program.url);
  const length = formatDuration(program.timeToComplete, locale);
  const credits = program.numberOfCredits !== undefined ? msg(str`${formatNumber(program.numberOfCredits, locale)} credits`) : undefined;
  const start = nextStart(program.startDates, ctx.today);
  const title = marked(program.name, hit.terms);
  const row = (label: string, value: unknown) =>
    value === undefined || value === ''
      ? nothing
      : html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`;
  return html`<article class="card" part="card">
    <div class="card-title" role="heading" aria-level=${ctx.headingLevel} tabindex=${ifDefined(href ? undefined : -1)}>
      ${
        href
          ? html`<a part="card-link" href=${href} target="_blank" rel="noopener noreferrer" @click=${() => ctx.onSelect(hit)}
              >${title}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
            >`
          : title
      }
    </div>
    ${
      institution
        ? html`<p class="college">
            ${marked(institution.name, hit.terms)}
            <span class="muted">· ${institution.address.locality}, ${institution.address.region}</span>
            ${hit.distanceKm !== undefined ? html`<span class="muted">· ${msg(str`${formatDistance(hit.distanceKm, locale)} away`)}</span>` : nothing}
          </p>`
        : html`<p class="college muted">${msg('College information is not available.')}</p>`
    }
    ${program.description ? html`<p class="description" dir="auto" ${markedText(excerpt(program.description), hit.terms)}></p>` : nothing}
    <dl class="facts">
      ${row(msg('Field'), field ? marked(field.name, hit.terms) : undefined)}
      ${row(msg('Credential'), credentialText(program.credential.name, program.credential.category))}
      ${row(msg('Length'), [length, credits].filter(Boolean).join(' · ') || undefined)}
      ${row(msg('Format'), program.modes?.map(modeLabel).join(', '))}
      ${row(msg('Cost'), program.cost ? formatMoney(program.cost.amount, program.cost.currency, locale) : undefined)}
      ${row(msg('Next start'), start ? formatDate(start, locale) : undefined)}
    </dl>
    ${program.financialAidEligible ? html`<p class="badge">${msg('Financial aid eligible')}</p>` : nothing}
    ${renderOutcomeSummary(hit, ctx)}
  </article>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../i18n/msg.js';
import type { Outcome, Program, Source } from '../contract/types.js';
import { formatDate, formatDistance, formatDuration, formatMoney, formatNumber, formatPeriod } from '../core/format.js';
import { safeHref } from '../core/safe-url.js';
import { marked } from '../search-ui/marked-text.js';
import { NEW_TAB_NOTE, renderDescription } from '../search-ui/entry-text.js';
import { cohortText, figureState, formatValue, isShowable, metricLabel, statusText, SUMMARY_ORDER } from '../outcomes/outcome-format.js';
import { credentialLabel, modeLabel } from './finder-labels.js';
import type { ProgramHit } from './program-search.js';
import { dataText, withData } from '../data/shown-text.js';

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
  /** The cards whose whole description the visitor opened. */
  openTexts: ReadonlySet<string>;
  onToggleText: (id: string) => void;
  /** The document in the card's language: its texts' own `lang` depends on it. */
  shown: unknown;
}

/** The first figure a student would ask about that is published for enough people to show. */
export function summaryOutcome(outcomes: readonly Outcome[], minCohort: number): Outcome | undefined {
  return firstByInterest(outcomes.filter((o) => isShowable(o, minCohort)));
}

const firstByInterest = (outcomes: readonly Outcome[]): Outcome | undefined =>
  SUMMARY_ORDER.map((m) => outcomes.find((o) => o.metric === m)).find(Boolean) ?? outcomes[0];

function renderOutcomeSummary(hit: ProgramHit, ctx: CardContext): TemplateResult | typeof nothing {
  const outcomes = hit.record.outcomes;
  if (!outcomes.length) return nothing;
  const o = summaryOutcome(outcomes, ctx.minCohort);
  const name = hit.record.program.name;
  const college = hit.record.institution?.name;
  const open = ctx.canOpenOutcomes
    ? html`<button
        class="link-button"
        part="outcomes-button"
        type="button"
        aria-haspopup="dialog"
        @click=${(e: Event) => ctx.onOpenOutcomes(hit, e.currentTarget as HTMLElement)}
      >
        ${msg('All outcomes')}<span class="visually-hidden"> ${college ? msg(str`for ${name} at ${college}`) : msg(str`for ${name}`)}</span>
      </button>`
    : nothing;
  if (!o) {
    // Says what the full card says of the same figure: why it is not shown.
    const first = firstByInterest(outcomes)!;
    return html`<p class="outcome" part="outcome-summary">
      <span class="outcome-label">${dataText(metricLabel(first))}:</span>
      ${statusText(figureState(first, ctx.minCohort), first, ctx.minCohort)} ${open}
    </p>`;
  }
  const source = ctx.sources.get(o.source);
  const detail = [cohortText(o, ctx.locale), formatPeriod(o.period.start, o.period.end, ctx.locale)].filter(Boolean).join(', ');
  return html`<p class="outcome" part="outcome-summary">
    <span class="outcome-label">${dataText(metricLabel(o))}:</span> <strong>${formatValue(o, ctx.locale)}</strong>
    <span class="muted">(${detail}; ${dataText(o.population)})</span>
    ${source ? html`<span class="muted source">${withData((name) => msg(str`Source: ${name}`), [source.name])}</span>` : nothing} ${open}
  </p>`;
}

/** "Technical Diploma (Certificate)", but not "One-Year Certificate (Certificate)": the name says the kind already. */
export function credentialText(name: string, category: Program['credential']['category'], locale: string): unknown {
  const kind = credentialLabel(category);
  return name.toLocaleLowerCase(locale).includes(kind.toLocaleLowerCase(locale)) ? dataText(name) : html`${dataText(name)} (${kind})`;
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
  const title = dataText(program.name, marked(program.name, hit.terms));
  // The college in the link's name: six "Cybersecurity Certificate" links read apart.
  const college = institution ? html`<span class="visually-hidden">, ${dataText(institution.name)}</span>` : nothing;
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
          ? html`<a
              part="card-link"
              href=${href}
              target="_blank"
              rel="noopener noreferrer"
              aria-describedby=${NEW_TAB_NOTE}
              @click=${() => ctx.onSelect(hit)}
              >${title}${college}</a
            >`
          : html`${title}${college}`
      }
    </div>
    ${
      institution
        ? html`<p class="college">
            ${dataText(institution.name, marked(institution.name, hit.terms))}
            <span class="muted">· ${institution.address.locality}, ${institution.address.region}</span>
            ${hit.distanceKm !== undefined ? html`<span class="muted">· ${msg(str`${formatDistance(hit.distanceKm, locale)} away`)}</span>` : nothing}
          </p>`
        : html`<p class="college muted">${msg('College information is not available.')}</p>`
    }
    ${
      program.description
        ? renderDescription(
            program.id,
            institution ? `${program.name}, ${institution.name}` : program.name,
            program.description,
            hit.terms,
            ctx,
          )
        : nothing
    }
    <dl class="facts">
      ${row(msg('Field'), field ? dataText(field.name, marked(field.name, hit.terms)) : undefined)}
      ${row(msg('Credential'), credentialText(program.credential.name, program.credential.category, locale))}
      ${row(msg('Length'), [length, credits].filter(Boolean).join(' · ') || undefined)}
      ${row(msg('Format'), program.modes?.map(modeLabel).join(', '))}
      ${row(msg('Cost'), program.cost ? formatMoney(program.cost.amount, program.cost.currency, locale) : undefined)}
      ${row(msg('Next start'), start ? formatDate(start, locale) : undefined)}
    </dl>
    ${program.financialAidEligible ? html`<p class="badge">${msg('Financial aid eligible')}</p>` : nothing}
    ${renderOutcomeSummary(hit, ctx)}
  </article>`;
}

import { msg, str } from '../i18n/msg.js';
import type { Outcome } from '../contract/types.js';
import type { Metric, Qualifier } from '../contract/vocabulary.js';
import { formatMoney, formatNumber, formatPercent } from '../core/format.js';

/** The default small-cohort threshold: a figure about fewer people is not shown. */
export const DEFAULT_MIN_COHORT = 10;

/** What each metric measures, in words a visitor understands. */
export function metricLabel(outcome: Pick<Outcome, 'metric' | 'label'>): string {
  if (outcome.label) return outcome.label;
  const labels: Record<Metric, () => string> = {
    'completion-rate': () => msg('Completion rate'),
    'retention-rate': () => msg('Retention rate'),
    'employment-rate-q2': () => msg('Employed in the 2nd quarter after exit'),
    'employment-rate-q4': () => msg('Employed in the 4th quarter after exit'),
    'median-earnings-q2': () => msg('Median quarterly earnings, 2nd quarter after exit'),
    'median-annual-earnings': () => msg('Median annual earnings'),
    'credential-attainment-rate': () => msg('Earned a credential within a year of exit'),
    'number-awarded': () => msg('Credentials awarded'),
    'number-enrolled': () => msg('Participants'),
    custom: () => msg('Outcome'),
  };
  return labels[outcome.metric]();
}

/** A number as the data qualifies it: "more than 1,300", "about 82%". Never rounded into a claim it does not make. */
export function qualify(text: string, qualifier: Qualifier | undefined): string {
  switch (qualifier) {
    case 'approximately':
      return msg(str`about ${text}`);
    case 'more-than':
      return msg(str`more than ${text}`);
    case 'less-than':
      return msg(str`less than ${text}`);
    default:
      return text;
  }
}

/** A figure's value in its unit, without its qualifier. */
export function formatFigure(value: number, outcome: Pick<Outcome, 'unit' | 'currency'>, locale: string): string {
  switch (outcome.unit) {
    case 'percent':
      return formatPercent(value, locale);
    case 'currency':
      return formatMoney(value, outcome.currency ?? 'USD', locale);
    default:
      return formatNumber(value, locale);
  }
}

/** The value with its qualifier, for a reported outcome. */
export function formatValue(outcome: Outcome, locale: string): string {
  return outcome.value === undefined ? '' : qualify(formatFigure(outcome.value, outcome, locale), outcome.valueQualifier);
}

/** "n = 148", "n > 1,300". */
export function formatCohort(outcome: Outcome, locale: string): string | undefined {
  const size = outcome.cohort?.size;
  if (size === undefined) return undefined;
  const n = formatNumber(size, locale);
  switch (outcome.cohort?.sizeQualifier) {
    case 'more-than':
      return `n > ${n}`;
    case 'less-than':
      return `n < ${n}`;
    case 'approximately':
      return `n ≈ ${n}`;
    default:
      return `n = ${n}`;
  }
}

/** The cohort size beside a figure, unless the figure is that count ("Participants: 14", not "14 (n = 14)"). */
export function cohortText(outcome: Outcome, locale: string): string | undefined {
  const counts = outcome.metric === 'number-enrolled' && outcome.value === outcome.cohort?.size;
  return counts ? undefined : formatCohort(outcome, locale);
}

/** What a visitor sees for a figure: shown, or one of the three ways of not being shown. */
export type FigureState = 'reported' | 'small-cohort' | 'suppressed' | 'not-available' | 'not-applicable';

/** The small-cohort rule applies to reported figures too: below `min-cohort`, a figure is not shown. */
export function figureState(o: Outcome, minCohort: number): FigureState {
  if (o.status !== 'reported') return o.status;
  return (o.cohort?.size ?? 0) < minCohort || o.value === undefined ? 'small-cohort' : 'reported';
}

/** Why a figure is not shown, in the words the full card and a program card's summary both use. */
export function statusText(state: FigureState, o: Outcome, minCohort: number): string {
  switch (state) {
    case 'small-cohort':
      return msg(str`Not shown: fewer than ${minCohort} students`);
    case 'suppressed':
      // The publisher withheld it; say so without inventing a size the data does not give.
      return o.cohort?.size !== undefined && o.cohort.size < minCohort
        ? msg(str`Not shown: fewer than ${minCohort} students`)
        : msg('Not shown: withheld by the publisher to protect privacy');
    case 'not-available':
      return msg('Not available: this figure is not published');
    case 'not-applicable':
      return msg('Not applicable to this program');
    default:
      return '';
  }
}

/** A reported figure about enough people to show: the small-cohort rule. */
export function isShowable(outcome: Outcome, minCohort: number): boolean {
  return outcome.status === 'reported' && outcome.value !== undefined && (outcome.cohort?.size ?? 0) >= minCohort;
}

/** The figures a program card summarises first: what students ask about. */
export const SUMMARY_ORDER: readonly Metric[] = [
  'employment-rate-q2',
  'completion-rate',
  'median-earnings-q2',
  'median-annual-earnings',
  'employment-rate-q4',
  'credential-attainment-rate',
  'retention-rate',
];

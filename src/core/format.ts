import { durationParts } from './duration.js';

/*
 * Every number, amount, length and date the widgets show goes through Intl, in the widget's
 * locale. Formatters are cached: building one costs more than using it.
 */

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules | Intl.Collator;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}, key?: string): string {
  // `key` names the options when the caller knows them: cheaper than writing them out on each card.
  return cached(`n|${locale}|${key ?? JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** The plural category of a count ("one", "other"...), for choosing a message. */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(n);
}

/** A collator per locale and options: building one costs far more than a comparison. */
export function collator(locale: string | undefined, options: Intl.CollatorOptions = {}): Intl.Collator {
  return cached(`c|${locale ?? ''}|${JSON.stringify(options)}`, () => new Intl.Collator(locale, options));
}

/** Whole amounts without cents ("$4,200"); amounts with cents keep them. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const whole = Number.isInteger(amount);
  try {
    return formatNumber(
      amount,
      locale,
      { style: 'currency', currency, maximumFractionDigits: whole ? 0 : 2, minimumFractionDigits: whole ? 0 : 2 },
      `money|${currency}|${whole}`,
    );
  } catch {
    return `${formatNumber(amount, locale)} ${currency}`;
  }
}

/** A percentage given as 0–100. */
export function formatPercent(value: number, locale: string): string {
  return formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
}

/** "1 year, 6 months" / "1 año y 6 meses". */
export function formatDuration(iso: string | undefined, locale: string): string | undefined {
  const parts = durationParts(iso);
  if (!parts.length) return undefined;
  const list = cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  return list.format(
    parts.map((p) => formatNumber(p.value, locale, { style: 'unit', unit: p.unit, unitDisplay: 'long' }, `unit|${p.unit}`)),
  );
}

/** Midnight UTC of a YYYY, YYYY-MM or YYYY-MM-DD string. */
function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(2000, (m ?? 1) - 1, d ?? 1));
  // Set the year apart: Date.UTC reads years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(y!);
  return date;
}

/** The date of a YYYY, YYYY-MM or YYYY-MM-DD string, as precise as the data is. */
export function formatDate(iso: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [, m, d] = iso.split('-').map(Number);
  const date = utcDate(iso);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = style === 'long' ? 'long' : 'short';
  if (d) options.day = 'numeric';
  return cached(`d|${locale}|${m ? style : ''}|${d ? 'd' : ''}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** "Sep 2013 – Aug 2014", with Intl's own range format. */
export function formatPeriod(start: string, end: string, locale: string): string {
  if (start === end) return formatDate(start, locale, 'short');
  const precision = Math.min(start.split('-').length, end.split('-').length);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (precision >= 2) options.month = 'short';
  if (precision >= 3) options.day = 'numeric';
  const f = cached(`r|${locale}|${precision}`, () => new Intl.DateTimeFormat(locale, options));
  return f.formatRange(utcDate(start), utcDate(end));
}

/** Miles for US English readers, kilometres for everyone else. */
export function formatDistance(km: number, locale: string): string {
  const miles = /^en-US$|^en$/i.test(locale);
  const value = miles ? km / 1.609344 : km;
  return formatNumber(value, locale, { style: 'unit', unit: miles ? 'mile' : 'kilometer', maximumFractionDigits: value < 10 ? 1 : 0 });
}

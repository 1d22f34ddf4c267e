import * as v from 'valibot';
import {
  CipCodeSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateSchema,
  DateTimeSchema,
  DurationSchema,
  PartialDateSchema,
  RegionCodeSchema,
  SocCodeSchema,
  WebUrlSchema,
} from './schema.js';
import { US_STATES, US_STATES_ES } from './us-states.js';
import type { SchemaNode } from './schema-node.js';

export type { SchemaNode } from './schema-node.js';

/** A value that the schema accepts, derived from one it rejected, and how it was read. */
export interface Suggestion {
  value: unknown;
  /** Set when another reading is possible too: "01/12/2027" could be 1 December. */
  alternative?: unknown;
  /** What kind of change this is, for the importer's notes: "US date", "length in words". */
  kind: string;
}

export interface SuggestOptions {
  /** Read 01/12/2027 as 1 December (day first) instead of the US January 12. */
  dayFirst?: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
const pad = (n: number) => String(n).padStart(2, '0');

// English and Spanish month names and their usual abbreviations.
const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'enero', 'ene'],
  ['february', 'feb', 'febrero'],
  ['march', 'mar', 'marzo'],
  ['april', 'apr', 'abril', 'abr'],
  ['may', 'mayo'],
  ['june', 'jun', 'junio'],
  ['july', 'jul', 'julio'],
  ['august', 'aug', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octubre'],
  ['november', 'nov', 'noviembre'],
  ['december', 'dec', 'diciembre', 'dic'],
].forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)));

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = (y: number, m: number, d: number) => (realDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined);
// Two-digit years as Excel reads them: 00–29 are 20xx, 30–99 are 19xx.
const fullYear = (y: string) => (y.length === 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));

/** Excel stores a date as days since 30 December 1899; a date column may arrive as that number. */
export function excelSerialDate(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 20000 || n > 80000) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Dates as people and spreadsheets write them: 8/30/2027, 30.08.2027, August 30, 2027, 30 de agosto de 2027. */
function suggestDate(input: unknown, partial: boolean, options: SuggestOptions): Suggestion | undefined {
  if (typeof input === 'number' || (typeof input === 'string' && /^\d{5}$/.test(input.trim()))) {
    const value = excelSerialDate(Number(input));
    return value ? { value, kind: 'Excel date number' } : undefined;
  }
  if (typeof input !== 'string' || input.length > 60) return undefined;
  const s = fold(input).replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{2})-(\d{2})[t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) return { value: `${m[1]}-${m[2]}-${m[3]}`, kind: 'date and time' };
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return value ? { value, kind: 'year-month-day date' } : undefined;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s);
  if (m) {
    const [, first = '', second = '', year = ''] = m;
    const a = Number(first);
    const b = Number(second);
    const y = fullYear(year);
    const monthFirst = isoDate(y, a, b);
    const dayFirst = isoDate(y, b, a);
    const preferred = options.dayFirst ? (dayFirst ?? monthFirst) : (monthFirst ?? dayFirst);
    if (!preferred) return undefined;
    const other = preferred === monthFirst ? dayFirst : monthFirst;
    const kind = preferred === monthFirst ? 'US date (month/day/year)' : 'date written day first (day/month/year)';
    return { value: preferred, alternative: other && other !== preferred ? other : undefined, kind };
  }
  // "august 30 2027", "aug 30th 2027", "30 august 2027", "30 de agosto de 2027"
  const words = s
    .replace(/\bde\b|\bdel\b/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\./g, ' ')
    .trim()
    .split(/\s+/);
  if (words.length === 3) {
    const [x, y, z] = words as [string, string, string];
    const monthOfX = MONTHS[x];
    const monthOfY = MONTHS[y];
    const day: [number, number, number] | null =
      monthOfX && /^\d{1,2}$/.test(y)
        ? [Number(z), monthOfX, Number(y)]
        : monthOfY && /^\d{1,2}$/.test(x)
          ? [Number(z), monthOfY, Number(x)]
          : null;
    if (day && /^\d{4}$/.test(z)) {
      const value = isoDate(...day);
      return value ? { value, kind: 'date in words' } : undefined;
    }
  }
  if (partial) {
    const [monthWord = '', yearWord = ''] = words;
    const month = MONTHS[monthWord];
    if (words.length === 2 && month && /^\d{4}$/.test(yearWord)) {
      return { value: `${yearWord}-${pad(month)}`, kind: 'month in words' };
    }
    m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { value: `${m[2]}-${pad(Number(m[1]))}`, kind: 'month/year' };
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
};

// Units of a length in English and Spanish, as the ISO 8601 designator they become.
const DURATION_UNITS: [RegExp, 'Y' | 'M' | 'W' | 'D' | 'H'][] = [
  [/^(years?|yrs?|anos?|anios?)$/, 'Y'],
  [/^(months?|mos?|mes|meses)$/, 'M'],
  [/^(weeks?|wks?|semanas?)$/, 'W'],
  [/^(days?|dias?)$/, 'D'],
  [/^(hours?|hrs?|horas?)$/, 'H'],
];

/** "10 months" → P10M, "1 year 6 months" → P1Y6M, "1.5 years" → P18M, "16 semanas" → P16W, "120 hours" → PT120H. */
function suggestDuration(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' || input.length > 60) return undefined;
  const s = fold(input);
  if (/^p[0-9ymwdths]+$/.test(s) && v.is(DurationSchema, s.toUpperCase()))
    return { value: s.toUpperCase(), kind: 'duration in lower case' };
  const tokens = s
    .replace(/(\d)([a-z])/g, '$1 $2')
    // "1,000 hours" is a thousands separator; "1,5 años" a decimal comma.
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
    .replace(/(\d),(?=\d)/g, '$1.')
    .split(/[\s,]+|\band\b|\by\b/)
    .filter(Boolean);
  if (tokens.length < 2 || tokens.length % 2) return undefined;
  const parts: Partial<Record<'Y' | 'M' | 'W' | 'D' | 'H', number>> = {};
  for (let i = 0; i < tokens.length; i += 2) {
    // tokens come in pairs (an even count, checked above): an amount, then its unit.
    const [amountWord = '', unitWord = ''] = tokens.slice(i, i + 2);
    const amount = NUMBER_WORDS[amountWord] ?? (/^\d+(\.\d+)?$/.test(amountWord) ? Number(amountWord) : NaN);
    const unit = DURATION_UNITS.find(([re]) => re.test(unitWord))?.[1];
    if (!Number.isFinite(amount) || amount <= 0 || !unit || parts[unit] !== undefined) return undefined;
    parts[unit] = amount;
  }
  if (parts.Y !== undefined && !Number.isInteger(parts.Y)) {
    // 1.5 years is 18 months; a year's fraction that is no whole month is left to a person.
    const months = parts.Y * 12 + (parts.M ?? 0);
    if (!Number.isInteger(months)) return undefined;
    delete parts.Y;
    parts.M = months;
  }
  if (Object.values(parts).some((n) => !Number.isInteger(n))) return undefined;
  const date = (['Y', 'M', 'W', 'D'] as const).map((u) => (parts[u] ? `${parts[u]}${u}` : '')).join('');
  const value = `P${date}${parts.H ? `T${parts.H}H` : ''}`;
  return v.is(DurationSchema, value) ? { value, kind: 'length in words' } : undefined;
}

// Words for a closed-list value that its spelling alone does not give, by value.
const SYNONYMS: Record<string, readonly string[]> = {
  'in-person': ['presencial', 'on-campus', 'face-to-face', 'classroom'],
  online: ['en-linea', 'virtual', 'distance', 'remote'],
  hybrid: ['hibrido', 'hibrida', 'blended'],
};

const vocabularyKey = (s: string) =>
  fold(s)
    .replace(/[\s_/]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/** "In person" → in-person, "Certificate" → certificate, "Leadership Council" → leadership-council. */
function suggestChoice(input: unknown, options: readonly string[]): Suggestion | undefined {
  if (typeof input !== 'string' || input.length > 100) return undefined;
  const key = vocabularyKey(input);
  const singular = key.replace(/s$/, '');
  const value =
    options.find((o) => o === key || o === singular) ?? options.find((o) => SYNONYMS[o]?.includes(key) || SYNONYMS[o]?.includes(singular));
  return value ? { value, kind: 'list value in another spelling' } : undefined;
}

const STATE_CODES = new Map([...Object.entries(US_STATES), ...Object.entries(US_STATES_ES)].map(([code, name]) => [fold(name), code]));

function suggestRegion(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' || input.length > 60) return undefined;
  const s = fold(input).replace(/\./g, '');
  if (/^[a-z]{2}$/.test(s)) return { value: s.toUpperCase(), kind: 'code in lower case' };
  const code = STATE_CODES.get(s) ?? STATE_CODES.get(s.replace(/^state of /, ''));
  return code ? { value: code, kind: 'state name' } : undefined;
}

const COUNTRY_WORDS = new Set([
  'usa',
  'united states',
  'united states of america',
  'us',
  'u s',
  'u s a',
  'estados unidos',
  'eeuu',
  'ee uu',
]);

function suggestCountry(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' || input.length > 60) return undefined;
  const s = fold(input).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  if (COUNTRY_WORDS.has(s)) return { value: 'US', kind: 'country name' };
  return /^[a-z]{2}$/.test(s) ? { value: s.toUpperCase(), kind: 'code in lower case' } : undefined;
}

function suggestCurrency(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' || input.length > 30) return undefined;
  const s = fold(input);
  if (['$', 'us$', 'usd', 'dollars', 'us dollars', 'dolares'].includes(s)) return { value: 'USD', kind: 'currency name' };
  return /^[a-z]{3}$/.test(s) ? { value: s.toUpperCase(), kind: 'code in lower case' } : undefined;
}

function suggestSoc(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const m = /^(\d{2})[-. ]?(\d{4})(\.00)?$/.exec(String(input).trim());
  return m ? { value: `${m[1]}-${m[2]}`, kind: 'SOC code in another form' } : undefined;
}

function suggestCip(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const m = /^(\d{2})[. ]?(\d{4}|\d{2})$/.exec(String(input).trim());
  return m ? { value: `${m[1]}.${m[2]}`, kind: 'CIP code without its dot' } : undefined;
}

function suggestUrl(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' || input.length > 2000) return undefined;
  const s = input.trim();
  if (!/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(s)) return undefined;
  return { value: `https://${s}`, kind: 'web address without https://' };
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 'si', 'x', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0']);

function suggestBoolean(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const s = fold(String(input));
  if (TRUE_WORDS.has(s)) return { value: true, kind: 'yes or no' };
  if (FALSE_WORDS.has(s)) return { value: false, kind: 'yes or no' };
  return undefined;
}

/** "$4,350", "4,350.00", "82 %": how spreadsheets show numbers. Linear: no backtracking pattern. */
export function readNumber(input: string): number | undefined {
  if (input.length > 40) return undefined;
  let s = input.trim();
  if (s.startsWith('$')) s = s.slice(1).trimStart();
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function suggestNumber(input: unknown): Suggestion | undefined {
  if (typeof input !== 'string') return undefined;
  const n = readNumber(input);
  return n === undefined ? undefined : { value: n, kind: 'number written as text' };
}

const BY_SCHEMA = new Map<unknown, (input: unknown, options: SuggestOptions) => Suggestion | undefined>([
  [DateSchema, (input, options) => suggestDate(input, false, options)],
  [DateTimeSchema, (input, options) => suggestDate(input, false, options)],
  [PartialDateSchema, (input, options) => suggestDate(input, true, options)],
  [DurationSchema, suggestDuration],
  [RegionCodeSchema, suggestRegion],
  [CountryCodeSchema, suggestCountry],
  [CurrencyCodeSchema, suggestCurrency],
  [SocCodeSchema, suggestSoc],
  [CipCodeSchema, suggestCip],
  [WebUrlSchema, suggestUrl],
]);

/**
 * A value the schema accepts in place of one it rejected, when one follows from it: a date in
 * another format, a length in words, a list value in another case, a state's name. Never a
 * guess at what a person meant beyond that; the result is checked against the schema.
 */
export function suggestValue(node: SchemaNode | undefined, input: unknown, options: SuggestOptions = {}): Suggestion | undefined {
  if (!node || input === undefined || input === null) return undefined;
  const bySchema = BY_SCHEMA.get(node);
  const suggestion = bySchema
    ? bySchema(input, options)
    : node.type === 'picklist'
      ? suggestChoice(input, node.options ?? [])
      : node.type === 'boolean'
        ? suggestBoolean(input)
        : node.type === 'number'
          ? suggestNumber(input)
          : undefined;
  if (!suggestion || !v.is(node as unknown as v.GenericSchema, suggestion.value)) return undefined;
  return suggestion;
}

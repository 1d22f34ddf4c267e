import { validate } from '../contract/validate.js';
import { ADVICE } from '../contract/advice.js';
import { SECTIONS, type SectionName } from '../contract/vocabulary.js';
import type { ContractIssue, ValidationResult } from '../contract/types.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { english, msg, str, translating, type Translator } from '../i18n/msg.js';
import { JsonPositions, jsonSyntaxError } from './json-positions.js';

/** An issue with the line and column where its JSON Pointer points, when the text is known. */
export interface LocatedIssue extends ContractIssue {
  line?: number;
  column?: number;
}

export interface TextCheck {
  result: ValidationResult;
  issues: LocatedIssue[];
  /** Properties the contract does not know, placed like the issues. */
  info: LocatedIssue[];
  /** Set when the text is not JSON at all: where it breaks. */
  syntax?: { line: number; column: number; message: string };
  /** The parsed document, when the text is JSON. */
  parsed?: unknown;
}

/**
 * What stops a text being JSON, from jsonc-parser's error code: the engine's own words
 * (JSON.parse's) are English whatever the page's language, and differ between browsers.
 */
const SYNTAX_WORDS: Record<string, () => string> = {
  InvalidSymbol: () => msg('a character that JSON does not allow here'),
  InvalidNumberFormat: () => msg('a number written in a way JSON does not allow'),
  PropertyNameExpected: () => msg('a property name in double quotes was expected here'),
  ValueExpected: () => msg('a value was expected here'),
  ColonExpected: () => msg('a colon (:) was expected here'),
  CommaExpected: () => msg('a comma (,) was expected here'),
  CloseBraceExpected: () => msg('a closing brace (}) was expected here'),
  CloseBracketExpected: () => msg('a closing bracket (]) was expected here'),
  EndOfFileExpected: () => msg('the text goes on after the end of the document'),
  InvalidCommentToken: () => msg('JSON allows no comments'),
  UnexpectedEndOfComment: () => msg('JSON allows no comments'),
  UnexpectedEndOfString: () => msg('a text value is not closed with a double quote'),
  UnexpectedEndOfNumber: () => msg('a number is cut short'),
  InvalidUnicode: () => msg('a \\u escape that is not four hexadecimal digits'),
  InvalidEscapeCharacter: () => msg('a backslash escape that JSON does not know'),
  InvalidCharacter: () => msg('a control character inside a text value'),
};

export interface CheckOptions {
  /** The language of every message (the validator's and the tools' own); English by default. */
  translator?: Translator;
}

/**
 * Checks a JSON text with the widgets' own validator and places each issue in the text. A UTF-8
 * byte order mark (Notepad and Excel write one) is dropped first, as browsers do when fetching.
 */
export function checkJsonText(text: string, options: CheckOptions = {}): TextCheck {
  const translator = options.translator ?? english;
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(clean);
  } catch {
    const result = validate(clean, { translator });
    let place: { line: number; column: number; code?: string };
    try {
      place = jsonSyntaxError(clean) ?? { line: 1, column: 1 };
    } catch {
      place = { line: 1, column: 1 };
    }
    const words = place.code ? SYNTAX_WORDS[place.code] : undefined;
    if (words) {
      const message = translating(translator, () => msg(str`This is not valid JSON: ${words()}`));
      result.issues = result.issues.map((issue) => ({ ...issue, message }));
    }
    const issues = result.issues.map((issue) => ({ ...issue, line: place.line, column: place.column }));
    return { result, issues, info: [], syntax: { line: place.line, column: place.column, message: issues[0]?.message ?? '' } };
  }
  const result = validate(parsed, { advise: ADVICE, translator });
  // Places are a help, not the check: a text nested too deep for the position parser has none.
  let positions: JsonPositions | undefined;
  try {
    positions = new JsonPositions(clean);
  } catch {
    positions = undefined;
  }
  const place = (issue: ContractIssue): LocatedIssue => {
    try {
      return { ...issue, ...positions?.of(issue.path) };
    } catch {
      return issue;
    }
  };
  return { result, issues: result.issues.map(place), info: result.info.map(place), parsed };
}

export interface CheckSummary {
  fatal: number;
  errors: number;
  warnings: number;
  /** Properties the contract does not know. */
  info: number;
  /** Records in the file, shown, left out, and bad values dropped from records shown. */
  counts: ValidationResult['counts'];
  /** Records kept per section, such as [['programs', 35]]. */
  records: [SectionName, number][];
}

export function summarize(result: ValidationResult): CheckSummary {
  const count = (severity: ContractIssue['severity']) => result.issues.filter((i) => i.severity === severity).length;
  const data = result.data as Record<string, unknown[] | undefined> | null;
  return {
    fatal: count('fatal'),
    errors: count('error'),
    warnings: count('warning'),
    info: result.info.length,
    counts: result.counts,
    records: data
      ? SECTIONS.flatMap((s) => {
          const list = data[s];
          return Array.isArray(list) ? [[s, list.length] as [SectionName, number]] : [];
        })
      : [],
  };
}

const count = (n: number, locale: string) => formatNumber(n, locale);
const isOne = (n: number, locale: string) => pluralCategory(n, locale) === 'one';

/** "2 errors, 1 warning" or "no issues", in the language in scope; numbers in `locale`. */
export function issueCountWords(summary: CheckSummary, locale = 'en-US'): string {
  const { fatal, errors, warnings } = summary;
  const parts = [
    fatal
      ? isOne(fatal, locale)
        ? msg(str`${count(fatal, locale)} fatal problem`)
        : msg(str`${count(fatal, locale)} fatal problems`)
      : '',
    errors ? (isOne(errors, locale) ? msg(str`${count(errors, locale)} error`) : msg(str`${count(errors, locale)} errors`)) : '',
    warnings
      ? isOne(warnings, locale)
        ? msg(str`${count(warnings, locale)} warning`)
        : msg(str`${count(warnings, locale)} warnings`)
      : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : msg('no issues');
}

/** "69 of 76 records shown: 7 left out, 4 bad values dropped" */
export function keptCountWords(summary: CheckSummary, locale = 'en-US'): string {
  const { records, kept, leftOut, dropped } = summary.counts;
  const [k, n, l, d] = [kept, records, leftOut, dropped].map((x) => count(x, locale));
  const parts = [
    // The same English for one and many: the ids keep the two Spanish forms apart.
    leftOut
      ? isOne(leftOut, locale)
        ? msg(str`${l} left out`, { id: 'left-out-one' })
        : msg(str`${l} left out`, { id: 'left-out-many' })
      : '',
    dropped ? (isOne(dropped, locale) ? msg(str`${d} bad value dropped`) : msg(str`${d} bad values dropped`)) : '',
  ].filter(Boolean);
  const shown = isOne(records, locale) ? msg(str`${k} of ${n} record shown`) : msg(str`${k} of ${n} records shown`);
  return parts.length ? msg(str`${shown}: ${parts.join(', ')}`) : shown;
}

/** "35 programs", "1 source": a section's records counted in words. */
export function sectionCountWords(section: SectionName, n: number, locale = 'en-US'): string {
  const c = count(n, locale);
  const one = isOne(n, locale);
  switch (section) {
    case 'fields':
      return one ? msg(str`${c} field`) : msg(str`${c} fields`);
    case 'institutions':
      return one ? msg(str`${c} institution`) : msg(str`${c} institutions`);
    case 'programs':
      return one ? msg(str`${c} program`) : msg(str`${c} programs`);
    case 'sources':
      return one ? msg(str`${c} source`) : msg(str`${c} sources`);
    case 'outcomes':
      return one ? msg(str`${c} outcome`) : msg(str`${c} outcomes`);
    case 'members':
      return one ? msg(str`${c} member`) : msg(str`${c} members`);
  }
}

/** "35 programs, 10 institutions" */
export function recordCountWords(summary: CheckSummary, locale = 'en-US'): string {
  return summary.records.map(([section, n]) => sectionCountWords(section, n, locale)).join(', ');
}

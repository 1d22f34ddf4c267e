import { validate } from '../contract/validate.js';
import { ADVICE } from '../contract/advice.js';
import { SECTIONS } from '../contract/vocabulary.js';
import type { ContractIssue, ValidationResult } from '../contract/types.js';
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
 * Checks a JSON text with the widgets' own validator and places each issue in the text. A UTF-8
 * byte order mark (Notepad and Excel write one) is dropped first, as browsers do when fetching.
 */
export function checkJsonText(text: string): TextCheck {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(clean);
  } catch {
    const result = validate(clean);
    let place: { line: number; column: number };
    try {
      place = jsonSyntaxError(clean) ?? { line: 1, column: 1 };
    } catch {
      place = { line: 1, column: 1 };
    }
    const issues = result.issues.map((issue) => ({ ...issue, line: place.line, column: place.column }));
    return { result, issues, info: [], syntax: { line: place.line, column: place.column, message: issues[0]?.message ?? '' } };
  }
  const result = validate(parsed, { advise: ADVICE });
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
  records: [string, number][];
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
    records: data ? SECTIONS.filter((s) => Array.isArray(data[s])).map((s) => [s, data[s]!.length] as [string, number]) : [],
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 errors, 1 warning" or "no issues". */
export function issueCountWords(summary: CheckSummary): string {
  const parts = [
    summary.fatal ? plural(summary.fatal, 'fatal problem', 'fatal problems') : '',
    summary.errors ? plural(summary.errors, 'error', 'errors') : '',
    summary.warnings ? plural(summary.warnings, 'warning', 'warnings') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no issues';
}

/** "69 of 76 records shown: 7 left out, 4 bad values dropped" */
export function keptCountWords(summary: CheckSummary): string {
  const { records, kept, leftOut, dropped } = summary.counts;
  const parts = [leftOut ? `${leftOut} left out` : '', dropped ? plural(dropped, 'bad value dropped', 'bad values dropped') : ''].filter(
    Boolean,
  );
  return `${kept} of ${plural(records, 'record', 'records')} shown${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** "35 programs, 10 institutions" */
export function recordCountWords(summary: CheckSummary): string {
  return summary.records.map(([section, n]) => `${n} ${section}`).join(', ');
}

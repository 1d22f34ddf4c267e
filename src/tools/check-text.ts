import { validate } from '../contract/validate.js';
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
}

/**
 * Checks a JSON text with the widgets' own validator and places each issue in the text. A UTF-8
 * byte order mark (Notepad and Excel write one) is dropped first, as browsers do when fetching.
 */
export function checkJsonText(text: string): TextCheck {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = validate(clean);
  const syntax = result.data === null ? jsonSyntaxError(clean) : undefined;
  if (syntax) {
    return { result, issues: result.issues.map((issue) => ({ ...issue, line: syntax.line, column: syntax.column })) };
  }
  const positions = new JsonPositions(clean);
  return { result, issues: result.issues.map((issue) => ({ ...issue, ...positions.of(issue.path) })) };
}

export interface CheckSummary {
  fatal: number;
  errors: number;
  warnings: number;
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

/** "35 programs, 10 institutions" */
export function recordCountWords(summary: CheckSummary): string {
  return summary.records.map(([section, n]) => `${n} ${section}`).join(', ');
}

import { readFile } from 'node:fs/promises';
import {
  checkJsonText,
  issueCountWords,
  keptCountWords,
  recordCountWords,
  summarize,
  type CheckSummary,
  type LocatedIssue,
} from '../tools/check-text.js';

/**
 * Exit codes: every document valid; some document has issues (a fatal one included: the file is
 * JSON, but the widgets cannot show it); some input could not be read as JSON at all (no such
 * file, a folder, no permission, an empty file, a syntax error, a network failure or an HTTP error).
 */
export const EXIT = { valid: 0, issues: 1, unreadable: 2 } as const;

export interface InputReport {
  input: string;
  readable: boolean;
  /** Why the input could not be read. */
  error?: string;
  issues: LocatedIssue[];
  /** Properties the contract does not know (listed with --strict). */
  info: LocatedIssue[];
  summary?: CheckSummary;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function readInput(input: string): Promise<string> {
  if (!isUrl(input)) return readFile(input, 'utf8');
  const response = await fetch(input, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}

export async function checkInput(input: string): Promise<InputReport> {
  let text: string;
  try {
    text = await readInput(input);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
          ? 'this is a folder, not a file'
          : err.code === 'EACCES'
            ? 'no permission to read it'
            : err.message;
    return { input, readable: false, error: reason, issues: [], info: [] };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { input, readable: false, error: 'the file is empty', issues: [], info: [] };
  const { result, issues, info, syntax } = checkJsonText(text);
  if (syntax) {
    const error = `not valid JSON (line ${syntax.line}, column ${syntax.column}): ${syntax.message}`;
    return { input, readable: false, error, issues, info: [] };
  }
  return { input, readable: true, issues, info, summary: summarize(result) };
}

/** One line per issue: `  error  /programs/3/timeToComplete  line 120, column 9: expected …` */
export function issueLine(issue: LocatedIssue): string {
  const place = issue.line ? `  line ${issue.line}, column ${issue.column}` : '';
  return `  ${issue.severity.padEnd(7)} ${issue.path || '(document)'}${place}: ${issue.message}`;
}

export function textReport(report: InputReport, strict = false): string {
  if (!report.readable) return `${report.input}: could not be read: ${report.error}`;
  const summary = report.summary!;
  const listed = strict ? [...report.issues, ...report.info] : report.issues;
  const lines = listed.map(issueLine);
  const kept = recordCountWords(summary);
  const problems = report.issues.length > 0 || (strict && report.info.length > 0);
  const verdict = summary.fatal
    ? 'the widgets cannot show this document'
    : !problems
      ? `valid${kept ? `: ${kept}` : ''}`
      : `${issueCountWords(summary)}${strict && summary.info ? `, ${summary.info} unknown propert${summary.info === 1 ? 'y' : 'ies'}` : ''}; the widgets show ${kept || 'nothing'} (${keptCountWords(summary)})`;
  return [`${report.input}`, ...lines, `${report.input}: ${verdict}`].join('\n');
}

export function exitCodeOf(reports: InputReport[], strict = false): number {
  if (reports.some((r) => !r.readable)) return EXIT.unreadable;
  return reports.some((r) => r.issues.length > 0 || (strict && r.info.length > 0)) ? EXIT.issues : EXIT.valid;
}

export async function validateCommand(inputs: string[], options: { json?: boolean; strict?: boolean }): Promise<number> {
  const strict = options.strict ?? false;
  const reports: InputReport[] = [];
  for (const input of inputs) reports.push(await checkInput(input));
  if (options.json) {
    const files = reports.map(({ input, readable, error, issues, info, summary }) => ({
      input,
      readable,
      error,
      valid: readable && issues.length === 0 && (!strict || info.length === 0),
      summary,
      issues,
      info,
    }));
    process.stdout.write(JSON.stringify({ valid: exitCodeOf(reports, strict) === EXIT.valid, files }, null, 2) + '\n');
  } else {
    process.stdout.write(reports.map((r) => textReport(r, strict)).join('\n\n') + '\n');
    if (reports.length > 1) {
      const bad = reports.filter((r) => !r.readable || r.issues.length > 0 || (strict && r.info.length > 0)).length;
      process.stdout.write(`\n${reports.length} documents checked: ${reports.length - bad} valid, ${bad} with problems\n`);
    }
  }
  return exitCodeOf(reports, strict);
}

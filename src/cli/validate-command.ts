import { readFile } from 'node:fs/promises';
import { checkJsonText, issueCountWords, recordCountWords, summarize, type CheckSummary, type LocatedIssue } from '../tools/check-text.js';

/** Exit codes: every document valid; some document has issues; some input could not be read. */
export const EXIT = { valid: 0, issues: 1, unreadable: 2 } as const;

export interface InputReport {
  input: string;
  readable: boolean;
  /** Why the input could not be read. */
  error?: string;
  issues: LocatedIssue[];
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
    const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'this is a folder, not a file' : err.message;
    return { input, readable: false, error: reason, issues: [] };
  }
  const { result, issues } = checkJsonText(text);
  return { input, readable: true, issues, summary: summarize(result) };
}

/** One line per issue: `  error  /programs/3/timeToComplete  line 120, column 9: expected …` */
export function issueLine(issue: LocatedIssue): string {
  const place = issue.line ? `  line ${issue.line}, column ${issue.column}` : '';
  return `  ${issue.severity.padEnd(7)} ${issue.path || '(document)'}${place}: ${issue.message}`;
}

export function textReport(report: InputReport): string {
  if (!report.readable) return `${report.input}: could not be read: ${report.error}`;
  const summary = report.summary!;
  const lines = report.issues.map(issueLine);
  const kept = recordCountWords(summary);
  const verdict = summary.fatal
    ? 'the widgets cannot show this document'
    : report.issues.length === 0
      ? `valid${kept ? `: ${kept}` : ''}`
      : `${issueCountWords(summary)}; the widgets show ${kept || 'nothing'}${summary.errors ? ' (records with errors are left out)' : ''}`;
  return [`${report.input}`, ...lines, `${report.input}: ${verdict}`].join('\n');
}

export function exitCodeOf(reports: InputReport[]): number {
  if (reports.some((r) => !r.readable)) return EXIT.unreadable;
  return reports.some((r) => r.issues.length > 0) ? EXIT.issues : EXIT.valid;
}

export async function validateCommand(inputs: string[], options: { json?: boolean }): Promise<number> {
  const reports: InputReport[] = [];
  for (const input of inputs) reports.push(await checkInput(input));
  if (options.json) {
    const files = reports.map(({ input, readable, error, issues, summary }) => ({
      input,
      readable,
      error,
      valid: readable && issues.length === 0,
      summary,
      issues,
    }));
    process.stdout.write(JSON.stringify({ valid: exitCodeOf(reports) === EXIT.valid, files }, null, 2) + '\n');
  } else {
    process.stdout.write(reports.map(textReport).join('\n\n') + '\n');
    if (reports.length > 1) {
      const bad = reports.filter((r) => !r.readable || r.issues.length > 0).length;
      process.stdout.write(`\n${reports.length} documents checked: ${reports.length - bad} valid, ${bad} with problems\n`);
    }
  }
  return exitCodeOf(reports);
}

import { readFile, stat } from 'node:fs/promises';
import {
  checkJsonText,
  issueCountWords,
  keptCountWords,
  recordCountWords,
  summarize,
  type CheckSummary,
  type LocatedIssue,
} from '../tools/check-text.js';
import { printable } from './printable.js';

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

/**
 * What `validate` reads at most: a document larger than this is no partner's data file, and a
 * small compressed answer can inflate without bound (a gzip bomb). Counted after decompression.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Reads a body up to `limit` bytes (as decompressed), and stops the download past it. */
async function readLimited(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit)
    throw new Error(`the server announces ${megabytes(declared)}, more than the ${megabytes(limit)} a data file may have`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`the answer grows past ${megabytes(limit)} (as decompressed), more than a data file may have`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function readInput(input: string): Promise<string> {
  if (!isUrl(input)) {
    const { size } = await stat(input);
    if (size > MAX_DOCUMENT_BYTES)
      throw new Error(`the file has ${megabytes(size)}, more than the ${megabytes(MAX_DOCUMENT_BYTES)} a data file may have`);
    return readFile(input, 'utf8');
  }
  const signal = AbortSignal.timeout(30_000);
  let url = input;
  // Redirects are followed by hand, so that their number is bounded and each stays on http(s).
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { signal, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects, the last to ${new URL(location, url).href}`);
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new Error(`a redirect to ${next.protocol} address, which is not a web address`);
      url = next.href;
      continue;
    }
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return readLimited(response, MAX_DOCUMENT_BYTES);
  }
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
  return `  ${issue.severity.padEnd(7)} ${printable(issue.path) || '(document)'}${place}: ${printable(issue.message)}`;
}

export function textReport(report: InputReport, strict = false): string {
  const input = printable(report.input);
  if (!report.readable) return `${input}: could not be read: ${printable(report.error ?? '')}`;
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
  return [input, ...lines, `${input}: ${verdict}`].join('\n');
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

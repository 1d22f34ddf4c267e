import { readFile, stat } from 'node:fs/promises';
import { formatLocale } from '../core/localization.js';
import { toolTranslatorFor } from '../tools/tool-locale.js';
import { msg, str } from '../i18n/msg.js';
import {
  checkJsonText,
  issueCountWords,
  keptCountWords,
  recordCountWords,
  summarize,
  type CheckSummary,
  type LocatedIssue,
} from '../tools/check-text.js';
import { countIn, speak } from './language.js';
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

/** Why an input could not be read, in words of the run's language (made where it happens). */
class Unreadable extends Error {}

/** Reads a body up to `limit` bytes (as decompressed), and stops the download past it. */
async function readLimited(response: Response, limit: number, lang: string): Promise<string> {
  const megabytes = (n: number) => `${countIn(lang, Math.round(n / 1024 / 1024))} MB`;
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    throw new Unreadable(
      speak(lang, () => msg(str`the server announces ${megabytes(declared)}, more than the ${megabytes(limit)} a data file may have`)),
    );
  }
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
      throw new Unreadable(
        speak(lang, () => msg(str`the answer grows past ${megabytes(limit)} (as decompressed), more than a data file may have`)),
      );
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function readInput(input: string, lang: string): Promise<string> {
  const megabytes = (n: number) => `${countIn(lang, Math.round(n / 1024 / 1024))} MB`;
  if (!isUrl(input)) {
    const { size } = await stat(input);
    if (size > MAX_DOCUMENT_BYTES) {
      throw new Unreadable(
        speak(lang, () => msg(str`the file has ${megabytes(size)}, more than the ${megabytes(MAX_DOCUMENT_BYTES)} a data file may have`)),
      );
    }
    return readFile(input, 'utf8');
  }
  const signal = AbortSignal.timeout(30_000);
  let url = input;
  // Redirects are followed by hand, so that their number is bounded and each stays on http(s).
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { signal, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= MAX_REDIRECTS) {
        const last = new URL(location, url).href;
        throw new Unreadable(speak(lang, () => msg(str`more than ${MAX_REDIRECTS} redirects, the last to ${last}`)));
      }
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new Unreadable(speak(lang, () => msg(str`a redirect to ${next.protocol} address, which is not a web address`)));
      url = next.href;
      continue;
    }
    if (!response.ok) {
      const { status, statusText } = response;
      throw new Unreadable(speak(lang, () => msg(str`the server answered ${status} ${statusText}`).trim()));
    }
    return readLimited(response, MAX_DOCUMENT_BYTES, lang);
  }
}

/** Node's and fetch's failures in plain words; their own messages are English. */
function reasonOf(e: unknown): string {
  if (e instanceof Unreadable) return e.message;
  const err = e as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = err.code ?? err.cause?.code;
  if (code === 'ENOENT') return msg('no such file');
  if (code === 'EISDIR') return msg('this is a folder, not a file');
  if (code === 'EACCES' || code === 'EPERM') return msg('no permission to read it');
  if (code === 'ENOTDIR') return msg('a folder on the way to it is a file');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return msg('no server has that name (check the address)');
  if (code === 'ECONNREFUSED') return msg('the server refused the connection');
  if (code === 'ECONNRESET') return msg('the server closed the connection');
  if (err.name === 'TimeoutError') return msg('the server did not answer within 30 seconds');
  return err.message;
}

export async function checkInput(input: string, lang = 'en'): Promise<InputReport> {
  let text: string;
  try {
    text = await readInput(input, lang);
  } catch (e) {
    return { input, readable: false, error: speak(lang, () => reasonOf(e)), issues: [], info: [] };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { input, readable: false, error: speak(lang, () => msg('the file is empty')), issues: [], info: [] };
  }
  const { result, issues, info, syntax } = checkJsonText(text, { translator: toolTranslatorFor(lang) });
  if (syntax) {
    const error = speak(lang, () => msg(str`not valid JSON (line ${syntax.line}, column ${syntax.column}): ${syntax.message}`));
    return { input, readable: false, error, issues, info: [] };
  }
  return { input, readable: true, issues, info, summary: summarize(result) };
}

/** The severities as the text report writes them, padded to one width: the messages line up. */
function severityWords(): Record<LocatedIssue['severity'], string> {
  const words = { fatal: msg('fatal'), error: msg('error'), warning: msg('warning'), info: msg('info') };
  const width = Math.max(7, ...Object.values(words).map((w) => w.length));
  return Object.fromEntries(Object.entries(words).map(([k, w]) => [k, w.padEnd(width)])) as Record<LocatedIssue['severity'], string>;
}

/** One line per issue: `  error  /programs/3/timeToComplete  line 120, column 9: expected …`, in the language in scope. */
export function issueLine(issue: LocatedIssue, severities = severityWords()): string {
  const place = issue.line ? `  ${msg(str`line ${issue.line}, column ${issue.column}`)}` : '';
  return `  ${severities[issue.severity]} ${printable(issue.path) || msg('(document)')}${place}: ${printable(issue.message)}`;
}

/** A document's report in `lang`: its issues, then its verdict. */
export function textReport(report: InputReport, strict = false, lang = 'en'): string {
  return speak(lang, () => {
    const locale = formatLocale(lang);
    const input = printable(report.input);
    if (!report.readable) return msg(str`${input}: could not be read: ${printable(report.error ?? '')}`);
    const summary = report.summary!;
    const listed = strict ? [...report.issues, ...report.info] : report.issues;
    const severities = severityWords();
    const lines = listed.map((issue) => issueLine(issue, severities));
    const kept = recordCountWords(summary, locale);
    const problems = report.issues.length > 0 || (strict && report.info.length > 0);
    const unknown = countIn(lang, summary.info);
    const issues =
      strict && summary.info
        ? summary.info === 1
          ? msg(str`${issueCountWords(summary, locale)}, ${unknown} unknown property`)
          : msg(str`${issueCountWords(summary, locale)}, ${unknown} unknown properties`)
        : issueCountWords(summary, locale);
    const verdict = summary.fatal
      ? msg('the widgets cannot show this document')
      : !problems
        ? kept
          ? msg(str`valid: ${kept}`)
          : msg('valid')
        : kept
          ? msg(str`${issues}; the widgets show ${kept} (${keptCountWords(summary, locale)})`)
          : msg(str`${issues}; the widgets show nothing (${keptCountWords(summary, locale)})`);
    return [input, ...lines, `${input}: ${verdict}`].join('\n');
  });
}

export function exitCodeOf(reports: InputReport[], strict = false): number {
  if (reports.some((r) => !r.readable)) return EXIT.unreadable;
  return reports.some((r) => r.issues.length > 0 || (strict && r.info.length > 0)) ? EXIT.issues : EXIT.valid;
}

export async function validateCommand(inputs: string[], options: { json?: boolean; strict?: boolean; lang?: string }): Promise<number> {
  const strict = options.strict ?? false;
  const lang = options.lang ?? 'en';
  const reports: InputReport[] = [];
  for (const input of inputs) reports.push(await checkInput(input, lang));
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
    process.stdout.write(reports.map((r) => textReport(r, strict, lang)).join('\n\n') + '\n');
    if (reports.length > 1) {
      const bad = reports.filter((r) => !r.readable || r.issues.length > 0 || (strict && r.info.length > 0)).length;
      const [all, good, other] = [reports.length, reports.length - bad, bad].map((n) => countIn(lang, n));
      process.stdout.write(`\n${speak(lang, () => msg(str`${all} documents checked: ${good} valid, ${other} with problems`))}\n`);
    }
  }
  return exitCodeOf(reports, strict);
}

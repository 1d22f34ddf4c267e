import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validate } from '../contract/validate.js';
import { ADVICE } from '../contract/advice.js';
import { CONTRACT_VERSION, SECTIONS, type SectionName } from '../contract/vocabulary.js';
import { SCHEMA_ID } from '../contract/schema-id.js';
import { csvFileName, languageFromWord, languageTag } from './csv-columns.js';
import { importCsv, importRows, locateIssue, type CsvImport, type ImportProblem, type ReadOptions } from './csv-import.js';
import { EXIT } from './validate-command.js';
import { printable } from './printable.js';
import { refusal, writeNew } from './safe-write.js';
import { readWorkbook } from './workbook.js';

export interface ImportOptions {
  publisher: string;
  publisherUrl?: string;
  date?: string;
  out?: string;
  /** The sheets write dates day first (30/08/2027), not the US way. */
  dayFirst?: boolean;
  /** Replace the --out file when it is there (never one of the inputs). */
  force?: boolean;
  /** The language the sheets are written in (the document's `language`); left out, English. */
  language?: string;
}

function problemLine(p: ImportProblem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : '', p.column ? `column ${p.column}` : ''].filter(Boolean).join(', ');
  return `  ${(p.severity === 'info' ? 'note' : p.severity).padEnd(7)} ${where}: ${p.message}`;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const isWorkbook = (file: string) => /\.xlsx$/i.test(file);

/** A workbook's section sheets, as rows for importRows; its problems (not a workbook, unknown sheets) first. */
async function readWorkbookFile(
  file: string,
  say: (line: string) => void,
  options: ReadOptions,
  inputs: string[],
): Promise<CsvImport | number> {
  inputs.push(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    say(`${file}: could not be read: ${(e as Error).message}`);
    return EXIT.unreadable;
  }
  const read = await readWorkbook(bytes, basename(file));
  const imported = importRows(read.sheets, read.fileNames, options);
  imported.problems.unshift(...read.problems);
  return imported;
}

/**
 * A CSV file's text: UTF-8 (with or without its byte order mark) when it is valid UTF-8, else
 * Windows-1252, which is what Excel's plain "CSV" format writes on US and Western European systems.
 */
function decodeCsv(bytes: Uint8Array): { text: string; latin1: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), latin1: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), latin1: true };
  }
}

/**
 * The rows to import: a workbook named on the command line, else the CSV files of the folder,
 * else the folder's one workbook. A number is the exit code when there is nothing to read.
 */
async function readInput(dir: string, say: (line: string) => void, options: ReadOptions, inputs: string[]): Promise<CsvImport | number> {
  if (isWorkbook(dir) && !(existsSync(dir) && statSync(dir).isDirectory())) return readWorkbookFile(dir, say, options, inputs);
  const texts: Partial<Record<SectionName, string>> = {};
  const encodings: ImportProblem[] = [];
  for (const section of SECTIONS) {
    const file = join(dir, csvFileName(section));
    if (!existsSync(file)) continue;
    inputs.push(file);
    try {
      const text = decodeCsv(await readFile(file));
      texts[section] = text.text;
      if (text.latin1) {
        encodings.push({
          severity: 'warning',
          file: csvFileName(section),
          message:
            'the file is not UTF-8 text, so it was read as Windows-1252 (what Excel\'s plain "CSV" saves in the US and Western Europe). Save it as "CSV UTF-8 (Comma delimited)" so that every letter is kept as typed',
        });
      }
    } catch (e) {
      say(`${file}: could not be read: ${(e as Error).message}`);
      return EXIT.unreadable;
    }
  }
  if (Object.keys(texts).length > 0) {
    const imported = importCsv(texts, options);
    imported.problems.unshift(...encodings);
    return imported;
  }
  // Excel keeps a "~$name.xlsx" lock file beside a workbook while it is open.
  const workbooks =
    existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => isWorkbook(f) && !f.startsWith('~$')) : [];
  if (workbooks.length === 1) return readWorkbookFile(join(dir, workbooks[0]!), say, options, inputs);
  if (workbooks.length > 1) {
    say(
      `${dir}: holds no CSV files but ${workbooks.length} workbooks (${workbooks.join(', ')}): name the one to import, such as "${join(dir, workbooks[0]!)}".`,
    );
    return EXIT.unreadable;
  }
  say(
    `${dir}: none of ${SECTIONS.map(csvFileName).join(', ')} is there, nor an Excel workbook (.xlsx). Run "stem-widgets templates ${dir}" (or with --xlsx, for one workbook) to start from the templates.`,
  );
  return EXIT.unreadable;
}

/**
 * Reads a workbook, or the CSV files of a folder, builds a contract document, checks it with the widgets' own
 * validator and writes it only if no record would be left out. Messages go to stderr, so that
 * without --out the document alone goes to stdout.
 */
export async function importCommand(dir: string, options: ImportOptions): Promise<number> {
  // Each message is one line, whatever a cell holds.
  const say = (line: string) => process.stderr.write(printable(line) + '\n');
  const inputs: string[] = [];
  const imported = await readInput(dir, say, { dayFirst: options.dayFirst }, inputs);
  if (typeof imported === 'number') return imported;
  // Before any work: a document that could not be written is no use.
  const cannot = options.out ? await refusal(options.out, { force: options.force, inputs }) : undefined;
  if (cannot) {
    say(`Nothing was written: ${cannot}.`);
    return EXIT.issues;
  }
  const publisher: Record<string, string> = { name: options.publisher };
  if (options.publisherUrl) publisher.url = options.publisherUrl;
  const language = options.language === undefined ? undefined : languageTag(options.language.trim());
  const doc = {
    $schema: SCHEMA_ID,
    contractVersion: CONTRACT_VERSION,
    publisher,
    dateModified: options.date ?? today(),
    ...(language ? { language } : {}),
    ...imported.sections,
  };
  const problems = [...imported.problems];
  const stopped = problems.some((p) => p.severity === 'error' || p.severity === 'fatal');
  const read = SECTIONS.reduce((n, s) => n + (imported.sections[s]?.length ?? 0), 0);
  let counts = { records: read, kept: read, leftOut: 0, dropped: 0 };
  if (!stopped) {
    const optionNames = { publisher: '--publisher / --publisher-url', dateModified: '--date', language: '--language' };
    const result = validate(doc, { advise: ADVICE });
    counts = result.counts;
    problems.push(...result.issues.map((issue) => locateIssue(issue, imported.origins, optionNames)));
  }
  // A document said to be in no language would be written without one, and read as English.
  if (options.language !== undefined && !language) {
    const word = languageFromWord(options.language.trim());
    problems.push({
      severity: 'error',
      file: 'the --language option',
      message: `"${options.language}" is not a language tag: write ${word ? `--language ${word}` : 'a tag such as --language es, es-US or fr'}`,
    });
  }
  const blocking = problems.filter((p) => p.severity === 'error' || p.severity === 'fatal');
  for (const p of problems) say(problemLine(p));
  if (problems.some((p) => p.severity === 'fatal' && p.row === undefined)) return EXIT.unreadable;
  const rows = `${read} row${read === 1 ? '' : 's'} read`;
  if (blocking.length > 0) {
    const lost = counts.leftOut ? `: ${counts.leftOut} would be left out` : '';
    say(`Nothing was written: ${blocking.length} problem${blocking.length === 1 ? '' : 's'} to fix in the sheets first (${rows}${lost}).`);
    return EXIT.issues;
  }
  const json = JSON.stringify(doc, null, 2) + '\n';
  const sections = SECTIONS.filter((s) => imported.sections[s]).map((s) => `${imported.sections[s]!.length} ${s}`);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const dropped = counts.dropped ? `, ${counts.dropped} bad value${counts.dropped === 1 ? '' : 's'} the widgets will leave out` : '';
  const tail = `${rows}, ${counts.kept} written, ${counts.leftOut} left out${dropped}${warnings ? `; ${warnings} warning${warnings === 1 ? '' : 's'} (see above)` : ''}`;
  if (options.out) {
    try {
      await writeNew(options.out, json, { force: options.force, inputs });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const reason = err.code === 'ENOENT' ? 'no such folder' : err.code === 'EISDIR' ? 'this is a folder, not a file' : err.message;
      say(`Nothing was written: ${options.out} could not be written: ${reason}.`);
      return EXIT.unreadable;
    }
    say(`Wrote ${options.out}: ${sections.join(', ')} (${tail}).`);
  } else {
    process.stdout.write(json);
    say(`${sections.join(', ')} (${tail}).`);
  }
  return EXIT.valid;
}

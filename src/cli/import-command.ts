import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validate } from '../contract/validate.js';
import { ADVICE } from '../contract/advice.js';
import { CONTRACT_VERSION, SECTIONS, type SectionName } from '../contract/vocabulary.js';
import { SCHEMA_ID } from '../contract/schema-id.js';
import { csvFileName } from './csv-columns.js';
import { importCsv, importRows, locateIssue, type CsvImport, type ImportProblem, type ReadOptions } from './csv-import.js';
import { EXIT } from './validate-command.js';
import { readWorkbook } from './workbook.js';

export interface ImportOptions {
  publisher: string;
  publisherUrl?: string;
  date?: string;
  out?: string;
  /** The sheets write dates day first (30/08/2027), not the US way. */
  dayFirst?: boolean;
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
async function readWorkbookFile(file: string, say: (line: string) => void, options: ReadOptions): Promise<CsvImport | number> {
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
 * The rows to import: a workbook named on the command line, else the CSV files of the folder,
 * else the folder's one workbook. A number is the exit code when there is nothing to read.
 */
async function readInput(dir: string, say: (line: string) => void, options: ReadOptions): Promise<CsvImport | number> {
  if (isWorkbook(dir) && !(existsSync(dir) && statSync(dir).isDirectory())) return readWorkbookFile(dir, say, options);
  const texts: Partial<Record<SectionName, string>> = {};
  for (const section of SECTIONS) {
    const file = join(dir, csvFileName(section));
    if (!existsSync(file)) continue;
    try {
      texts[section] = await readFile(file, 'utf8');
    } catch (e) {
      say(`${file}: could not be read: ${(e as Error).message}`);
      return EXIT.unreadable;
    }
  }
  if (Object.keys(texts).length > 0) return importCsv(texts, options);
  // Excel keeps a "~$name.xlsx" lock file beside a workbook while it is open.
  const workbooks =
    existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => isWorkbook(f) && !f.startsWith('~$')) : [];
  if (workbooks.length === 1) return readWorkbookFile(join(dir, workbooks[0]!), say, options);
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
  const say = (line: string) => process.stderr.write(line + '\n');
  const imported = await readInput(dir, say, { dayFirst: options.dayFirst });
  if (typeof imported === 'number') return imported;
  const publisher: Record<string, string> = { name: options.publisher };
  if (options.publisherUrl) publisher.url = options.publisherUrl;
  const doc = {
    $schema: SCHEMA_ID,
    contractVersion: CONTRACT_VERSION,
    publisher,
    dateModified: options.date ?? today(),
    ...imported.sections,
  };
  const problems = [...imported.problems];
  const stopped = problems.some((p) => p.severity === 'error' || p.severity === 'fatal');
  const read = SECTIONS.reduce((n, s) => n + (imported.sections[s]?.length ?? 0), 0);
  let counts = { records: read, kept: read, leftOut: 0, dropped: 0 };
  if (!stopped) {
    const optionNames = { publisher: '--publisher / --publisher-url', dateModified: '--date' };
    const result = validate(doc, { advise: ADVICE });
    counts = result.counts;
    problems.push(...result.issues.map((issue) => locateIssue(issue, imported.origins, optionNames)));
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
    await writeFile(options.out, json);
    say(`Wrote ${options.out}: ${sections.join(', ')} (${tail}).`);
  } else {
    process.stdout.write(json);
    say(`${sections.join(', ')} (${tail}).`);
  }
  return EXIT.valid;
}

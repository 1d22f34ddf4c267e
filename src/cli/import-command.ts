import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validate } from '../contract/validate.js';
import { ADVICE } from '../contract/advice.js';
import { CONTRACT_VERSION, SECTIONS, type SectionName } from '../contract/vocabulary.js';
import { SCHEMA_ID } from '../contract/schema-id.js';
import { formatLocale } from '../core/localization.js';
import { toolTranslatorFor } from '../tools/tool-locale.js';
import { msg, str } from '../i18n/msg.js';
import { sectionCountWords } from '../tools/check-text.js';
import { csvFileName, languageFromWord, languageTag } from './csv-columns.js';
import { importCsv, importRows, locateIssue, type CsvImport, type ImportProblem, type ReadOptions } from './csv-import.js';
import { EXIT } from './validate-command.js';
import { printable } from './printable.js';
import { refusal, writeNew } from './safe-write.js';
import { readWorkbook } from './workbook.js';
import { countIn, speak } from './language.js';

export interface ImportOptions {
  publisher: string;
  publisherUrl?: string;
  date?: string;
  out?: string;
  /** The sheets write dates day first (30/08/2027), not the US way. */
  dayFirst?: boolean;
  /** Replace the --out file when it is there (never one of the inputs). */
  force?: boolean;
  /** The language of every message; English by default. */
  lang?: string;
  /** The language the sheets are written in (the document's `language`); left out, English. */
  language?: string;
}

/** `  warning programs.csv, row 3, column H (numberOfCredits): …`, in the language in scope. */
function problemLine(p: ImportProblem): string {
  const where = [p.file, p.row !== undefined ? msg(str`row ${p.row}`) : '', p.column ? msg(str`column ${p.column}`) : '']
    .filter(Boolean)
    .join(', ');
  const severity = { info: msg('note'), warning: msg('warning'), error: msg('error'), fatal: msg('fatal') }[p.severity];
  return `  ${severity.padEnd(7)} ${where}: ${p.message}`;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const isWorkbook = (file: string) => /\.xlsx$/i.test(file);

/** A workbook's section sheets, as rows for importRows; its problems (not a workbook, unknown sheets) first. */
async function readWorkbookFile(
  file: string,
  say: (line: () => string) => void,
  options: ReadOptions & { lang: string },
  inputs: string[],
): Promise<CsvImport | number> {
  inputs.push(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    say(() => msg(str`${file}: could not be read: ${readError(e)}`));
    return EXIT.unreadable;
  }
  const read = await readWorkbook(bytes, basename(file), options.lang);
  // In the run's language scope, so that the rows' messages are in it where they are translated.
  const imported = speak(options.lang, () => importRows(read.sheets, read.fileNames, options));
  imported.problems.unshift(...read.problems);
  return imported;
}

/** Node's reasons in plain words; its own messages are English. */
function readError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return msg('no such file');
  if (err.code === 'EISDIR') return msg('this is a folder, not a file');
  if (err.code === 'EACCES' || err.code === 'EPERM') return msg('no permission to read it');
  return err.message;
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
async function readInput(
  dir: string,
  say: (line: () => string) => void,
  options: ReadOptions & { lang: string },
  inputs: string[],
): Promise<CsvImport | number> {
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
          message: speak(options.lang, () =>
            msg(
              'the file is not UTF-8 text, so it was read as Windows-1252 (what Excel’s plain "CSV" saves in the US and Western Europe). Save it as "CSV UTF-8 (Comma delimited)" so that every letter is kept as typed',
            ),
          ),
        });
      }
    } catch (e) {
      say(() => msg(str`${file}: could not be read: ${readError(e)}`));
      return EXIT.unreadable;
    }
  }
  if (Object.keys(texts).length > 0) {
    const imported = speak(options.lang, () => importCsv(texts, options));
    imported.problems.unshift(...encodings);
    return imported;
  }
  // Excel keeps a "~$name.xlsx" lock file beside a workbook while it is open.
  const workbooks =
    existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => isWorkbook(f) && !f.startsWith('~$')) : [];
  const [workbook] = workbooks;
  if (workbook !== undefined && workbooks.length === 1) return readWorkbookFile(join(dir, workbook), say, options, inputs);
  if (workbook !== undefined) {
    const n = countIn(options.lang, workbooks.length);
    const names = workbooks.join(', ');
    const example = join(dir, workbook);
    say(() => msg(str`${dir}: holds no CSV files but ${n} workbooks (${names}): name the one to import, such as "${example}".`));
    return EXIT.unreadable;
  }
  const files = SECTIONS.map(csvFileName).join(', ');
  say(() =>
    msg(
      str`${dir}: none of ${files} is there, nor an Excel workbook (.xlsx). Run "stem-widgets templates ${dir}" (or with --xlsx, for one workbook) to start from the templates.`,
    ),
  );
  return EXIT.unreadable;
}

/**
 * Reads a workbook, or the CSV files of a folder, builds a contract document, checks it with the widgets' own
 * validator and writes it only if no record would be left out. Messages go to stderr, so that
 * without --out the document alone goes to stdout.
 */
export async function importCommand(dir: string, options: ImportOptions): Promise<number> {
  const lang = options.lang ?? 'en';
  const locale = formatLocale(lang);
  const count = (n: number) => countIn(lang, n);
  // Each message is one line, whatever a cell holds, and made in the run's language.
  const say = (line: () => string) => process.stderr.write(printable(speak(lang, line)) + '\n');
  const inputs: string[] = [];
  const imported = await readInput(dir, say, { dayFirst: options.dayFirst, lang }, inputs);
  if (typeof imported === 'number') return imported;
  // Before any work: a document that could not be written is no use.
  const cannot = options.out ? await refusal(options.out, { force: options.force, inputs, lang }) : undefined;
  if (cannot) {
    say(() => msg(str`Nothing was written: ${cannot}.`));
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
    const result = validate(doc, { advise: ADVICE, translator: toolTranslatorFor(lang) });
    counts = result.counts;
    problems.push(
      ...result.issues.map((issue) => {
        const located = locateIssue(issue, imported.origins, optionNames);
        // An issue outside the sheets is in an option or the document itself: said here, in the run's language.
        const head = issue.path.split('/')[1] as SectionName;
        if (!imported.origins.file[head]) {
          const option = optionNames[head as keyof typeof optionNames];
          located.file = speak(lang, () => (option ? msg(str`the ${option} option`) : msg('the document')));
        }
        return located;
      }),
    );
  }
  // A document said to be in no language would be written without one, and read as English.
  if (options.language !== undefined && !language) {
    const given = options.language;
    const word = languageFromWord(given.trim());
    problems.push({
      severity: 'error',
      file: speak(lang, () => msg(str`the ${'--language'} option`)),
      message: speak(lang, () =>
        word
          ? msg(str`"${given}" is not a language tag: write --language ${word}`)
          : msg(str`"${given}" is not a language tag: write a tag such as --language es, es-US or fr`),
      ),
    });
  }
  const blocking = problems.filter((p) => p.severity === 'error' || p.severity === 'fatal');
  for (const p of problems) say(() => problemLine(p));
  if (problems.some((p) => p.severity === 'fatal' && p.row === undefined)) return EXIT.unreadable;
  const rows = () => (read === 1 ? msg(str`${count(read)} row read`) : msg(str`${count(read)} rows read`));
  if (blocking.length > 0) {
    const n = count(blocking.length);
    const lost = count(counts.leftOut);
    say(() => {
      const problemsWords =
        blocking.length === 1 ? msg(str`${n} problem to fix in the sheets first`) : msg(str`${n} problems to fix in the sheets first`);
      return counts.leftOut
        ? msg(str`Nothing was written: ${problemsWords} (${rows()}: ${lost} would be left out).`)
        : msg(str`Nothing was written: ${problemsWords} (${rows()}).`);
    });
    return EXIT.issues;
  }
  const json = JSON.stringify(doc, null, 2) + '\n';
  const sections = () =>
    SECTIONS.flatMap((s) => {
      const records = imported.sections[s];
      return records ? [sectionCountWords(s, records.length, locale)] : [];
    }).join(', ');
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const tail = () => {
    const [kept, leftOut, dropped, warned] = [counts.kept, counts.leftOut, counts.dropped, warnings].map(count);
    const parts = msg(str`${rows()}, ${kept} written, ${leftOut} left out`);
    const bad = !counts.dropped
      ? ''
      : counts.dropped === 1
        ? msg(str`, ${dropped} bad value the widgets will leave out`)
        : msg(str`, ${dropped} bad values the widgets will leave out`);
    const notes = !warnings ? '' : warnings === 1 ? msg(str`; ${warned} warning (see above)`) : msg(str`; ${warned} warnings (see above)`);
    return `${parts}${bad}${notes}`;
  };
  if (options.out) {
    const out = options.out;
    try {
      await writeNew(out, json, { force: options.force, inputs, lang });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      say(() => {
        const reason =
          err.code === 'ENOENT' ? msg('no such folder') : err.code === 'EISDIR' ? msg('this is a folder, not a file') : err.message;
        return msg(str`Nothing was written: ${out} could not be written: ${reason}.`);
      });
      return EXIT.unreadable;
    }
    say(() => msg(str`Wrote ${out}: ${sections()} (${tail()}).`));
  } else {
    process.stdout.write(json);
    say(() => `${sections()} (${tail()}).`);
  }
  return EXIT.valid;
}

import { parse } from 'csv-parse/sync';
import * as v from 'valibot';
import { readNumber, suggestValue } from '../contract/suggest.js';
import { msg, str } from '../i18n/msg.js';
import { closeMatch } from '../contract/spelling.js';
import { SECTIONS, type SectionName } from '../contract/vocabulary.js';
import type { ContractIssue } from '../contract/types.js';
import {
  CSV_COLUMNS,
  columnLetter,
  csvFileName,
  languageFromWord,
  languageTag,
  translatableColumns,
  translationColumn,
  type CellKind,
  type CsvColumn,
} from './csv-columns.js';

/** A problem found while importing, named by file, spreadsheet row and column. */
export interface ImportProblem {
  severity: ContractIssue['severity'];
  file: string;
  /** The spreadsheet's row number: the header is row 1. */
  row?: number;
  /** "D (timeToComplete)" */
  column?: string;
  /** The JSON Pointer of the record's property, when the validator found it. */
  path?: string;
  message: string;
}

/** Where each record of the built document came from, to put validator issues back in the sheet. */
export interface Origins {
  file: Partial<Record<SectionName, string>>;
  rows: Partial<Record<SectionName, number[]>>;
  header: Partial<Record<SectionName, string[]>>;
}

export interface CsvImport {
  sections: Partial<Record<SectionName, unknown[]>>;
  origins: Origins;
  problems: ImportProblem[];
}

/** How cells are read: the US month/day/year order, unless the sheet writes the day first. */
export interface ReadOptions {
  dayFirst?: boolean;
}

const TRUE = new Set(['true', 'yes', 'y']);
const FALSE = new Set(['false', 'no', 'n']);

/** A cell as its kind reads it: "$4,500" and "82%" are how spreadsheets show numbers. */
function plainValue(cell: string, kind: CellKind): unknown {
  if (kind === 'number') return readNumber(cell) ?? cell;
  if (kind === 'boolean') {
    const word = cell.toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : cell;
  }
  return cell;
}

interface Change {
  rows: number[];
  example: string;
  /** Rows whose date reads either way, while other rows of the column can only be read one way. */
  eitherWay: { row: number; cell: string; value: unknown; alternative: unknown }[];
  oneWayOnly: { row: number; cell: string }[];
}

/**
 * Reads cells into values, mending what spreadsheets write (8/30/2027, "10 months", "In person",
 * "Michigan", yes/no) into what the contract asks for, and keeps, per column and kind of change,
 * the rows it touched so that each change is reported once.
 */
class CellReader {
  readonly changes = new Map<string, Change>();
  readonly formulas = new Map<number, { rows: number[]; example: string }>();
  row = 0;
  constructor(
    readonly file: string,
    readonly header: string[],
    readonly options: ReadOptions,
  ) {}

  read(cell: string, column: CsvColumn, index: number): unknown {
    if (looksLikeFormula(cell)) {
      const seen = this.formulas.get(index) ?? { rows: [], example: cell.length > 40 ? `${cell.slice(0, 39)}…` : cell };
      if (seen.rows.at(-1) !== this.row) seen.rows.push(this.row);
      this.formulas.set(index, seen);
    }
    const value = plainValue(cell, column.kind);
    if (v.is(column.schema as unknown as v.GenericSchema, value)) return value;
    const suggestion = suggestValue(column.schema, value, this.options);
    if (!suggestion) return value;
    const key = `${index}\u0000${suggestion.kind}`;
    const change = this.changes.get(key) ?? { rows: [], example: '', eitherWay: [], oneWayOnly: [] };
    if (!change.rows.length) change.example = `${cell} → ${String(suggestion.value)}`;
    if (change.rows.at(-1) !== this.row) change.rows.push(this.row);
    // A date that can only be read in the other order says the sheet may write dates that way.
    const contrary = this.options.dayFirst ? suggestion.kind.startsWith('US date') : suggestion.kind.startsWith('date written day first');
    if (suggestion.alternative !== undefined)
      change.eitherWay.push({ row: this.row, cell, value: suggestion.value, alternative: suggestion.alternative });
    else if (contrary) change.oneWayOnly.push({ row: this.row, cell });
    this.changes.set(key, change);
    return suggestion.value;
  }

  /** One note per column and kind of change; a date that reads both ways next to one that cannot is an error. */
  report(problems: ImportProblem[]): void {
    for (const [index, { rows, example }] of this.formulas) {
      problems.push({
        severity: 'warning',
        file: this.file,
        column: `${columnLetter(index)} (${this.header[index] ?? ''})`,
        message:
          rows.length === 1
            ? msg(
                str`row ${rowList(rows)} holds what a spreadsheet would run as a formula, such as ${example}. It is kept as text, but a spreadsheet that opens an export of this data may run it: take out the leading =, +, - or @ if it is not meant as one`,
              )
            : msg(
                str`rows ${rowList(rows)} hold what a spreadsheet would run as a formula, such as ${example}. It is kept as text, but a spreadsheet that opens an export of this data may run it: take out the leading =, +, - or @ if it is not meant as one`,
              ),
      });
    }
    const byColumn = new Map<number, Change[]>();
    for (const [key, change] of this.changes) {
      const [position, kind = ''] = key.split('\u0000');
      const index = Number(position);
      const column = `${columnLetter(index)} (${this.header[index] ?? ''})`;
      problems.push({
        severity: 'info',
        file: this.file,
        column,
        message:
          change.rows.length === 1
            ? msg(str`read as the contract writes it (${kindWords(kind)}) in row ${rowList(change.rows)}, such as ${change.example}`)
            : msg(str`read as the contract writes it (${kindWords(kind)}) in rows ${rowList(change.rows)}, such as ${change.example}`),
      });
      byColumn.set(index, [...(byColumn.get(index) ?? []), change]);
    }
    for (const [index, changes] of byColumn) {
      const mixed = changes.flatMap((c) => c.oneWayOnly);
      const either = changes.flatMap((c) => c.eitherWay);
      const [oneWay] = mixed;
      if (!oneWay || !either.length) continue;
      const column = `${columnLetter(index)} (${this.header[index] ?? ''})`;
      for (const e of either) {
        problems.push({
          severity: 'error',
          file: this.file,
          row: e.row,
          column,
          message: this.options.dayFirst
            ? msg(
                str`"${e.cell}" could be ${String(e.value)} or ${String(e.alternative)}: row ${oneWay.row} of this column has "${oneWay.cell}", which can only be read month first. Write the date as YYYY-MM-DD (${String(e.value)} or ${String(e.alternative)})`,
              )
            : msg(
                str`"${e.cell}" could be ${String(e.value)} or ${String(e.alternative)}: row ${oneWay.row} of this column has "${oneWay.cell}", which can only be read day first. Write the date as YYYY-MM-DD (${String(e.value)} or ${String(e.alternative)}), or import with ${'--day-first'} if the sheet writes the day first`,
              ),
        });
      }
    }
  }
}

/**
 * A cell a spreadsheet would treat as a formula (=HYPERLINK(…), +cmd|…, @SUM(…)) when the data is
 * exported again: not a number such as -5 or +1.5, nor a lone dash.
 */
function looksLikeFormula(cell: string): boolean {
  if (/^[=@]./.test(cell)) return true;
  return /^[+-]/.test(cell) && readNumber(cell) === undefined && /[A-Za-z(|!]/.test(cell);
}

/** "2, 3, 5 and 8", or the first ten and how many more. */
function rowList(rows: number[]): string {
  const shown = rows.slice(0, 10);
  const rest = rows.length - shown.length;
  if (rest > 0) return msg(str`${shown.join(', ')} and ${rest} more`);
  return shown.length > 1 ? andList(shown.slice(0, -1).join(', '), String(shown.at(-1))) : String(shown[0]);
}

/** "2, 3 and 5": the last of a list joined by "and". */
const andList = (first: string, last: string) => msg(str`${first} and ${last}`);

/** A language's name in the run's language: "Spanish", "español". */
const languageName = (code: string) =>
  new Intl.DisplayNames(
    msg('en', { id: 'cli-messages-language', desc: 'The language tag of these messages, to name other languages in it' }),
    {
      type: 'language',
    },
  ).of(code) ?? code;

/** A kind of change from suggestValue (its English words, which the importer also matches) as the run's language says it. */
function kindWords(kind: string): string {
  switch (kind) {
    case 'Excel date number':
      return msg('Excel date number');
    case 'date and time':
      return msg('date and time');
    case 'year-month-day date':
      return msg('year-month-day date');
    case 'US date (month/day/year)':
      return msg('US date (month/day/year)');
    case 'date written day first (day/month/year)':
      return msg('date written day first (day/month/year)');
    case 'date in words':
      return msg('date in words');
    case 'month in words':
      return msg('month in words');
    case 'month/year':
      return msg('month/year');
    case 'duration in lower case':
      return msg('duration in lower case');
    case 'length in words':
      return msg('length in words');
    case 'list value in another spelling':
      return msg('list value in another spelling');
    case 'code in lower case':
      return msg('code in lower case');
    case 'state name':
      return msg('state name');
    case 'country name':
      return msg('country name');
    case 'currency name':
      return msg('currency name');
    case 'SOC code in another form':
      return msg('SOC code in another form');
    case 'CIP code without its dot':
      return msg('CIP code without its dot');
    case 'web address without https://':
      return msg(str`web address without ${'https://'}`);
    case 'yes or no':
      return msg('yes or no');
    case 'number written as text':
      return msg('number written as text');
    default:
      return kind;
  }
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  const last = path.at(-1);
  // An empty path names no place to set (every column's path has a name).
  if (last === undefined) return;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}

/** One record from one row; empty cells leave their property out. */
function recordFrom(cells: string[], columns: (CsvColumn | undefined)[], reader: CellReader): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const lists = new Map<string, Record<string, unknown>[]>();
  columns.forEach((column, i) => {
    // A line break typed in a cell is \r\n in a Windows export; JSON text wants \n.
    const cell = (cells[i] ?? '').replace(/\r\n?/g, '\n');
    if (!column || cell === '') return;
    if (!column.list) {
      setAt(record, column.path, reader.read(cell, column, i));
    } else if (!column.itemPath) {
      const items = cell
        .split(column.separator!)
        .map((s) => s.trim())
        .filter(Boolean);
      setAt(
        record,
        column.path,
        items.map((item) => reader.read(item, column, i)),
      );
    } else {
      // Columns of one list of objects are read side by side, so empty places count.
      const key = column.path.join('.');
      const items = lists.get(key) ?? [];
      cell.split(column.separator!).forEach((part, n) => {
        const value = part.trim();
        const item = (items[n] ??= {});
        if (value !== '') setAt(item, column.itemPath!, reader.read(value, column, i));
      });
      lists.set(key, items);
    }
  });
  for (const [key, items] of lists) setAt(record, key.split('.'), items);
  return translationsLast(record) as Record<string, unknown>;
}

/** Puts each object's `translations` after its own properties, wherever its `@lang` column stood. */
function translationsLast(value: unknown): unknown {
  if (Array.isArray(value)) value.forEach(translationsLast);
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const [key, inner] of Object.entries(object)) if (key !== 'translations') translationsLast(inner);
    if ('translations' in object) {
      const translations = object.translations;
      delete object.translations;
      object.translations = translations;
    }
  }
  return value;
}

/** "name, description and credential.name, each with @ and the language, such as name@es" */
function translatableList(section: SectionName): string {
  const names = translatableColumns(section).map((c) => c.name);
  const list = names.length > 1 ? andList(names.slice(0, -1).join(', '), String(names.at(-1))) : names.join('');
  return msg(str`${list}, each with @ and the language, such as ${`${names[0]}@es`}`);
}

/**
 * The column a `<column>@<language>` header names (`name@es`, `Credential.Name@ES`), or undefined
 * with a warning that says why it was ignored: a column that is not translated, no such column,
 * or no language tag after the @ (answered with the tag when it is a language's name).
 */
function translationHeader(
  section: SectionName,
  name: string,
  where: string,
  known: Map<string, CsvColumn>,
  problems: ImportProblem[],
  file: string,
): CsvColumn | undefined {
  const at = name.indexOf('@');
  const base = name.slice(0, at).trim();
  const typed = name.slice(at + 1).trim();
  const tag = languageTag(typed);
  const warn = (message: string) => problems.push({ severity: 'warning', file, row: 1, column: where, message });
  const of = known.get(base.toLowerCase());
  const meant = tag ?? languageFromWord(typed) ?? 'es';
  if (!of) {
    const match = closeMatch(
      base,
      translatableColumns(section).map((c) => c.name),
    );
    warn(
      match
        ? msg(str`unknown column "${name}"; it was ignored. Did you mean "${`${match}@${meant}`}"? Rename the column`)
        : msg(
            str`unknown column "${name}"; it was ignored. The columns of ${file} that can be translated are ${translatableList(section)}`,
          ),
    );
    return undefined;
  }
  if (!of.translatable) {
    warn(
      msg(
        str`the column "${name}" was ignored: ${of.name} cannot be translated (ids, codes, numbers, dates and values from a closed list never are). The columns of ${file} that can be translated are ${translatableList(section)}`,
      ),
    );
    return undefined;
  }
  if (!tag) {
    const word = languageFromWord(typed);
    warn(
      word
        ? msg(
            str`the column "${name}" was ignored: "${typed}" is not a language tag. Did you mean "${`${of.name}@${word}`}"? Rename the column`,
          )
        : msg(
            str`the column "${name}" was ignored: "${typed}" is not a language tag. Write the column as ${`${of.name}@`} and a tag such as es, es-US or fr: "${`${of.name}@es`}"`,
          ),
    );
    return undefined;
  }
  // Two or three letters are a tag, but "sp" and "esp" are no language: most likely Spanish.
  const word = languageFromWord(typed);
  if (word && word !== tag) {
    warn(
      msg(
        str`the column "${name}" is read as a translation into "${tag}", which is no language's tag. If it is meant as ${languageName(word)}, rename the column to "${`${of.name}@${word}`}"`,
      ),
    );
  }
  return translationColumn(of, tag);
}

/** Matches header cells to columns, case and spaces aside; reports unknown, repeated and missing ones. */
function readHeader(section: SectionName, header: string[], problems: ImportProblem[], file: string): (CsvColumn | undefined)[] | null {
  const known = new Map(CSV_COLUMNS[section].map((c) => [c.name.toLowerCase(), c]));
  const seen = new Set<CsvColumn>();
  const translations = new Set<string>();
  const unknown: { name: string; where: string }[] = [];
  let ok = true;
  const columns = header.map((raw, i) => {
    const name = raw.trim();
    const where = `${columnLetter(i)} (${name || msg('no name')})`;
    if (name.includes('@')) {
      const translation = translationHeader(section, name, where, known, problems, file);
      if (translation && translations.has(translation.name)) {
        problems.push({
          severity: 'error',
          file,
          row: 1,
          column: where,
          message: msg(str`the column "${translation.name}" appears twice`),
        });
        ok = false;
      }
      if (translation) translations.add(translation.name);
      return translation;
    }
    const column = known.get(name.toLowerCase());
    if (!column) {
      if (name !== '') unknown.push({ name, where });
      return undefined;
    }
    if (seen.has(column)) {
      problems.push({ severity: 'error', file, row: 1, column: where, message: msg(str`the column "${column.name}" appears twice`) });
      ok = false;
    }
    seen.add(column);
    return column;
  });
  // A header that is not a column and stands where one is missing is most likely its misspelling.
  const absent = CSV_COLUMNS[section].filter((c) => !seen.has(c));
  const misspelt = new Map<CsvColumn, { name: string; where: string }>();
  for (const u of unknown) {
    const match = closeMatch(
      u.name,
      absent.map((c) => c.name),
    );
    const column = absent.find((c) => c.name === match);
    if (column && !misspelt.has(column)) {
      misspelt.set(column, u);
      if (!column.needed) {
        problems.push({
          severity: 'warning',
          file,
          row: 1,
          column: u.where,
          message: msg(str`unknown column "${u.name}"; it was ignored. Did you mean "${column.name}"? Rename the column`),
        });
      }
    } else {
      problems.push({ severity: 'warning', file, row: 1, column: u.where, message: msg(str`unknown column "${u.name}"; it was ignored`) });
    }
  }
  for (const column of absent) {
    if (!column.needed) continue;
    const typo = misspelt.get(column);
    problems.push({
      severity: 'error',
      file,
      row: 1,
      ...(typo ? { column: typo.where } : {}),
      message: typo
        ? msg(str`no column "${column.name}": "${typo.name}" looks like a misspelling of it. Rename the column to "${column.name}"`)
        : msg(str`no column "${column.name}": every record needs one`),
    });
    ok = false;
  }
  return ok ? columns : null;
}

/**
 * Builds the sections of a contract document from CSV texts, one per section (as a spreadsheet
 * exports them: quoted fields with commas and line breaks, a byte order mark, Windows line
 * endings). Syntax and header problems stop that file; values are left to the validator.
 */
export function importCsv(texts: Partial<Record<SectionName, string>>, options: ReadOptions = {}): CsvImport {
  const sheets: Partial<Record<SectionName, string[][]>> = {};
  const problems: ImportProblem[] = [];
  for (const section of SECTIONS) {
    const text = texts[section];
    if (text === undefined) continue;
    const file = csvFileName(section);
    try {
      sheets[section] = parse(text, { bom: true, relax_column_count: true, trim: true, skip_empty_lines: false }) as string[][];
    } catch (e) {
      const err = e as Error & { lines?: number };
      problems.push({
        severity: 'fatal',
        file,
        message: err.lines
          ? msg(str`not a readable CSV file (near line ${err.lines}): ${err.message}`)
          : msg(str`not a readable CSV file: ${err.message}`),
      });
    }
  }
  const result = importRows(sheets, {}, options);
  result.problems.unshift(...problems);
  return result;
}

/**
 * Builds the sections of a contract document from rows of cells, one table per section with its
 * header row first: the rows of a CSV file or of a workbook's sheet. `fileNames` names where each
 * came from in messages (`programs.csv` by default). Header problems stop that section; values
 * are left to the validator.
 */
export function importRows(
  sheets: Partial<Record<SectionName, string[][]>>,
  fileNames: Partial<Record<SectionName, string>> = {},
  options: ReadOptions = {},
): CsvImport {
  const result: CsvImport = { sections: {}, origins: { file: {}, rows: {}, header: {} }, problems: [] };
  for (const section of SECTIONS) {
    const rows = sheets[section];
    if (rows === undefined) continue;
    const file = fileNames[section] ?? csvFileName(section);
    const [header, ...body] = rows;
    if (!header || header.every((c) => c === '')) {
      result.problems.push({ severity: 'fatal', file, row: 1, message: msg('the file is empty: the first row must name the columns') });
      continue;
    }
    const columns = readHeader(section, header, result.problems, file);
    if (!columns) continue;
    const records: unknown[] = [];
    const rowNumbers: number[] = [];
    const reader = new CellReader(
      file,
      header.map((h) => h.trim()),
      options,
    );
    body.forEach((cells, i) => {
      if (cells.every((c) => c === '')) return;
      reader.row = i + 2;
      records.push(recordFrom(cells, columns, reader));
      rowNumbers.push(i + 2);
    });
    reader.report(result.problems);
    result.sections[section] = records;
    result.origins.file[section] = file;
    result.origins.rows[section] = rowNumbers;
    // The column each header names (Name@ES and name@spa are name@es), as issues' paths give them.
    result.origins.header[section] = header.map((h, i) => (columns[i]?.name ?? h.trim()).toLowerCase());
  }
  return result;
}

/** Puts a validator issue back where it came from: `/programs/3/cost/amount` → programs.csv, row 5, column cost.amount. */
export function locateIssue(issue: ContractIssue, origins: Origins, headerOptions: Record<string, string>): ImportProblem {
  const segments = issue.path.split('/').slice(1);
  const section = segments[0] as SectionName;
  const file = origins.file[section];
  if (!file) {
    const option = headerOptions[segments[0] ?? ''];
    return {
      severity: issue.severity,
      file: option ? msg(str`the ${option} option`) : msg('the document'),
      path: issue.path,
      message: issue.message,
    };
  }
  const index = Number(segments[1]);
  const row = Number.isInteger(index) ? origins.rows[section]?.[index] : undefined;
  const keys = segments.slice(2).filter((s) => !/^\d+$/.test(s));
  // A translation's text is its column with @ and the language: translations/es/name is name@es.
  const t = keys.indexOf('translations');
  const language = t >= 0 ? keys[t + 1] : undefined;
  const translated = language !== undefined ? [...keys.slice(0, t), ...keys.slice(t + 2, t + 3)].join('.') : undefined;
  const name = translated !== undefined ? `${translated || '*'}@${language}` : keys.join('.');
  let column: string | undefined;
  if (name) {
    const at = origins.header[section]?.indexOf(name.toLowerCase()) ?? -1;
    const inside = CSV_COLUMNS[section].some((c) => c.name.startsWith(`${name}.`));
    column = at >= 0 ? `${columnLetter(at)} (${name})` : inside ? `${name}.*` : name;
  }
  return { severity: issue.severity, file, row, column, path: issue.path, message: issue.message };
}

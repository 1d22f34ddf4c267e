import { parse } from 'csv-parse/sync';
import { SECTIONS, type SectionName } from '../contract/vocabulary.js';
import type { ContractIssue } from '../contract/types.js';
import { CSV_COLUMNS, columnLetter, csvFileName, type CellKind, type CsvColumn } from './csv-columns.js';

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

/** "$4,500" and "82%" are how spreadsheets show numbers; the unit is in its own column. */
function toNumber(cell: string): number | string {
  const plain = cell.replace(/^\$\s*/, '').replace(/\s*%$/, '');
  const digits = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain) ? plain.replace(/,/g, '') : plain;
  const n = Number(digits);
  // Anything else stays text, so the validator says what it expected and what it got.
  return digits !== '' && Number.isFinite(n) ? n : cell;
}

const TRUE = new Set(['true', 'yes', 'y']);
const FALSE = new Set(['false', 'no', 'n']);

function convert(cell: string, kind: CellKind): unknown {
  if (kind === 'number') return toNumber(cell);
  if (kind === 'boolean') {
    const word = cell.toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : cell;
  }
  return cell;
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** One record from one row; empty cells leave their property out. */
function recordFrom(cells: string[], columns: (CsvColumn | undefined)[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const lists = new Map<string, Record<string, unknown>[]>();
  columns.forEach((column, i) => {
    // A line break typed in a cell is \r\n in a Windows export; JSON text wants \n.
    const cell = (cells[i] ?? '').replace(/\r\n?/g, '\n');
    if (!column || cell === '') return;
    if (!column.list) {
      setAt(record, column.path, convert(cell, column.kind));
    } else if (!column.itemPath) {
      const items = cell
        .split(column.separator!)
        .map((s) => s.trim())
        .filter(Boolean);
      setAt(
        record,
        column.path,
        items.map((item) => convert(item, column.kind)),
      );
    } else {
      // Columns of one list of objects are read side by side, so empty places count.
      const key = column.path.join('.');
      const items = lists.get(key) ?? [];
      cell.split(column.separator!).forEach((part, n) => {
        const value = part.trim();
        items[n] ??= {};
        if (value !== '') setAt(items[n]!, column.itemPath!, convert(value, column.kind));
      });
      lists.set(key, items);
    }
  });
  for (const [key, items] of lists) setAt(record, key.split('.'), items);
  return record;
}

/** Matches header cells to columns, case and spaces aside; reports unknown, repeated and missing ones. */
function readHeader(section: SectionName, header: string[], problems: ImportProblem[], file: string): (CsvColumn | undefined)[] | null {
  const known = new Map(CSV_COLUMNS[section].map((c) => [c.name.toLowerCase(), c]));
  const seen = new Set<CsvColumn>();
  let ok = true;
  const columns = header.map((raw, i) => {
    const name = raw.trim();
    const column = known.get(name.toLowerCase());
    const where = `${columnLetter(i)} (${name || 'no name'})`;
    if (!column) {
      if (name !== '') {
        problems.push({ severity: 'warning', file, row: 1, column: where, message: `unknown column "${name}"; it was ignored` });
      }
      return undefined;
    }
    if (seen.has(column)) {
      problems.push({ severity: 'error', file, row: 1, column: where, message: `the column "${column.name}" appears twice` });
      ok = false;
    }
    seen.add(column);
    return column;
  });
  for (const column of CSV_COLUMNS[section]) {
    if (column.needed && !seen.has(column)) {
      problems.push({ severity: 'error', file, row: 1, message: `no column "${column.name}": every record needs one` });
      ok = false;
    }
  }
  return ok ? columns : null;
}

/**
 * Builds the sections of a contract document from CSV texts, one per section (as a spreadsheet
 * exports them: quoted fields with commas and line breaks, a byte order mark, Windows line
 * endings). Syntax and header problems stop that file; values are left to the validator.
 */
export function importCsv(texts: Partial<Record<SectionName, string>>): CsvImport {
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
        message: `not a readable CSV file${err.lines ? ` (near line ${err.lines})` : ''}: ${err.message}`,
      });
    }
  }
  const result = importRows(sheets);
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
): CsvImport {
  const result: CsvImport = { sections: {}, origins: { file: {}, rows: {}, header: {} }, problems: [] };
  for (const section of SECTIONS) {
    const rows = sheets[section];
    if (rows === undefined) continue;
    const file = fileNames[section] ?? csvFileName(section);
    const [header, ...body] = rows;
    if (!header || header.every((c) => c === '')) {
      result.problems.push({ severity: 'fatal', file, row: 1, message: 'the file is empty: the first row must name the columns' });
      continue;
    }
    const columns = readHeader(section, header, result.problems, file);
    if (!columns) continue;
    const records: unknown[] = [];
    const rowNumbers: number[] = [];
    body.forEach((cells, i) => {
      if (cells.every((c) => c === '')) return;
      records.push(recordFrom(cells, columns));
      rowNumbers.push(i + 2);
    });
    result.sections[section] = records;
    result.origins.file[section] = file;
    result.origins.rows[section] = rowNumbers;
    result.origins.header[section] = header.map((h) => h.trim().toLowerCase());
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
    return { severity: issue.severity, file: option ? `the ${option} option` : 'the document', path: issue.path, message: issue.message };
  }
  const index = Number(segments[1]);
  const row = Number.isInteger(index) ? origins.rows[section]?.[index] : undefined;
  const name = segments
    .slice(2)
    .filter((s) => !/^\d+$/.test(s))
    .join('.');
  let column: string | undefined;
  if (name) {
    const at = origins.header[section]!.indexOf(name.toLowerCase());
    const inside = CSV_COLUMNS[section].some((c) => c.name.startsWith(`${name}.`));
    column = at >= 0 ? `${columnLetter(at)} (${name})` : inside ? `${name}.*` : name;
  }
  return { severity: issue.severity, file, row, column, path: issue.path, message: issue.message };
}

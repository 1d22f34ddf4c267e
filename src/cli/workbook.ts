// One Excel workbook instead of six CSV files: the template (a sheet per section, each header
// with a note saying what the column holds, drop-down lists for the closed lists) and the reader
// that turns a filled-in workbook into the same rows of text the CSV importer reads.
import type { Cell, CellValue, DataValidation, Worksheet } from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';
import { PROPERTY_DOCS } from '../contract/schema-docs.js';
import { SECTIONS, type SectionName } from '../contract/vocabulary.js';
import { msg, str } from '../i18n/msg.js';
import { inToolLocale } from '../tools/tool-locale.js';
import type { CsvColumn } from './csv-columns.js';
import type { ImportProblem } from './csv-import.js';
import { templateColumns, templateRows } from './templates.js';

/** The template's file name in the folder `stem-widgets templates <folder> --xlsx` writes to. */
export const WORKBOOK_FILE_NAME = 'stem-widgets-data.xlsx';

/** How far down the template's drop-down lists and column formats reach. */
const LAST_ROW = 1000;

/** The docs' name of a column's property: `occupations.soc` is `occupations[].soc` there. */
const docsKey = (column: CsvColumn) => (column.itemPath ? `${column.path.join('.')}[].${column.itemPath.join('.')}` : column.name);

/** A single-value closed list: a drop-down list in the sheet. A list of them may hold several lines. */
const hasDropDown = (column: CsvColumn) => column.options !== undefined && !column.list;

/** What a column allows, in words for a header note. */
function allows(column: CsvColumn): string[] {
  const lines: string[] = [];
  const many = column.list;
  if (column.options && !many) lines.push(`One of: ${column.options.join(', ')} (pick from the drop-down list).`);
  if (column.options && many) lines.push(`Any of: ${column.options.join(', ')}; one per line.`);
  if (column.format === 'date') {
    lines.push(
      many ? 'Dates, such as 2027-08-30, one per line (a single date may be a date cell).' : 'A date, such as 2027-08-30 (or a date cell).',
    );
  }
  if (column.format === 'partial-date') {
    lines.push(
      `${many ? 'Each a date' : 'A date'}, such as 2024-05-01, or only the month (2024-05) or the year (2024)${many ? ', one per line' : ''} (or a date cell).`,
    );
  }
  if (column.format === 'duration') lines.push('A duration, such as P1Y, or in words: 10 months, 1 year, 16 weeks.');
  if (column.kind === 'number') lines.push(many ? 'Numbers, one per line.' : 'A number, such as 30, without a unit.');
  if (column.kind === 'boolean') lines.push('true or false (yes or no).');
  if (many && column.translation && !column.itemPath)
    lines.push(
      `The whole list, translated: one item per line (Alt+Enter starts a new line in a cell), as in ${column.translation.of.name}.`,
    );
  else if (many && !column.options && !column.format && column.kind === 'text')
    lines.push('Several allowed: one per line (Alt+Enter starts a new line in a cell).');
  if (column.itemPath) {
    const list = column.path.join('.');
    lines.push(`Read side by side with the other ${list}.* columns: their first lines go together, then their second lines.`);
  }
  return lines;
}

/** A header cell's note: the column's meaning (from the contract's docs), whether it is required, and what it allows. */
export function columnNote(section: SectionName, column: CsvColumn): string {
  if (column.translation) {
    const { language, of } = column.translation;
    const name = new Intl.DisplayNames('en', { type: 'language' }).of(language) ?? language;
    return [
      column.name,
      `${name} translation of ${of.name}, shown to visitors who read ${name}; leave it empty if there is none.`,
      `Optional: without it, they see ${of.name}.`,
      ...allows(column),
    ].join('\n');
  }
  const docs = (PROPERTY_DOCS[section] as Record<string, string | undefined>)[docsKey(column)] ?? '';
  return [
    column.name,
    docs.replace(/`/g, ''),
    column.needed ? 'Required: every row needs it.' : 'Optional: leave it empty when you do not know it.',
    ...allows(column),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The drop-down list of a single-value closed list, as Excel's data validation. */
function dropDown(column: CsvColumn): DataValidation {
  const options = column.options!;
  const formula = `"${options.join(',')}"`;
  // Excel's limit for a list typed into the validation itself.
  if (formula.length > 257) throw new Error(`workbook: the list of ${column.name} is too long for a drop-down`);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: column.name,
    error: `Choose one of: ${options.join(', ')}`.slice(0, 225),
  };
}

/** exceljs keeps a sheet's validations by range, but its types do not say so. */
interface WithValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

function templateSheet(sheet: Worksheet, section: SectionName): void {
  const columns = templateColumns(section);
  // templateRows: the columns' names (column.name, below) and an example row, a cell per column.
  const [, example = []] = templateRows(section);
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    const longest = Math.max(column.name.length, ...(example[i] ?? '').split('\n').map((line) => line.length));
    sheetColumn.width = Math.min(Math.max(longest + 2, 12), 45);
    // Text stays text: a postal code keeps its leading zero, "2026-06" stays a month, "11.1000" stays a CIP code.
    if (column.kind === 'text') sheetColumn.numFmt = '@';
    if (column.list) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
    else sheetColumn.alignment = { vertical: 'top' };
  });
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.name;
    cell.font = { bold: true };
    cell.note = columnNote(section, column);
  });
  const row = sheet.getRow(2);
  columns.forEach((column, i) => {
    const text = example[i] ?? '';
    if (text === '') return;
    const cell = row.getCell(i + 1);
    if (!column.list && column.kind === 'number' && Number.isFinite(Number(text))) cell.value = Number(text);
    else if (!column.list && column.kind === 'boolean' && (text === 'true' || text === 'false')) cell.value = text === 'true';
    else cell.value = text;
  });
  row.height = 15 * Math.max(1, ...example.map((cell) => cell.split('\n').length));
  columns.forEach((column, i) => {
    if (!hasDropDown(column)) return;
    const letter = sheet.getColumn(i + 1).letter;
    (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, dropDown(column));
  });
}

/**
 * The data workbook to fill in: one sheet per section in SECTIONS order, each with its header
 * row (bold, frozen, a note on every column) and the example row of the CSV templates.
 */
export async function templateWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'stem-widgets';
  for (const section of SECTIONS) {
    templateSheet(workbook.addWorksheet(section, { views: [{ state: 'frozen', ySplit: 1 }] }), section);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A date cell as the contract writes dates: 2027-08-30, or with its time when it has one. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

/** A number formatted as a percentage is shown as one: 0.62 is "62%" to the person who typed it. */
const isPercent = (numFmt: string | undefined) => !!numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));

/** A cell's value as the text a person sees in it. */
function valueText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return isPercent(numFmt) ? `${Number((value * 100).toPrecision(15))}%` : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('error' in value) return String(value.error);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: CellValue }).result ?? null, numFmt);
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'object' && text !== null ? valueText(text as CellValue) : String(text ?? value.hyperlink).trim();
  }
  return '';
}

function cellText(cell: Cell): string {
  // A merged range shows its value once, in its first cell.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return valueText(cell.value, cell.numFmt);
}

/** A sheet's rows of text, as the CSV parser gives a file's: row n of the sheet at index n - 1. */
function sheetRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    while (filled.length > 0 && filled.at(-1) === '') filled.pop();
    rows[rowNumber - 1] = filled;
  });
  const all = Array.from(rows, (r) => r ?? []);
  while (all.at(-1)?.length === 0) all.pop();
  return all;
}

const sheetKey = (name: string) => name.toLowerCase().replace(/\s+/g, '');

function distance(a: string, b: string): number {
  // Every cell is written before it is read; a missing one would read as no shorter than b.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? b.length) + 1,
        (current[j - 1] ?? b.length) + 1,
        (previous[j - 1] ?? b.length) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? b.length;
}

/** The section a sheet's name was probably meant to be: "Program", "institution list", "member's". */
function closestSection(name: string): SectionName | undefined {
  const key = sheetKey(name).replace(/[^a-z]/g, '');
  if (key.length < 3) return undefined;
  const near = SECTIONS.map((section) => ({ section, d: key.includes(section.slice(0, -1)) ? 0 : distance(key, section) }))
    .filter(({ d }) => d <= 2)
    .sort((a, b) => a.d - b.d);
  return near[0]?.section;
}

/** Where a section's rows came from, in messages: "data.xlsx, sheet programs". */
const sheetLabel = (file: string, sheet: string) => msg(str`${file}, sheet ${sheet}`);

export interface WorkbookRows {
  /** Each section sheet's rows of text, header row first. */
  sheets: Partial<Record<SectionName, string[][]>>;
  /** How messages name each section's sheet, for importRows. */
  fileNames: Partial<Record<SectionName, string>>;
  problems: ImportProblem[];
}

function notAWorkbook(bytes: Uint8Array): string {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return msg('it is an old-style .xls workbook, or one protected by a password');
  if (starts(0x50, 0x4b)) return msg('it is a zip file, but no workbook is inside');
  return msg('the file could not be opened as one');
}

/**
 * Reads a workbook's section sheets (named as the sections, case and spaces aside) into rows of
 * text, as the CSV importer's parser would give the same data: header row first, empty trailing
 * cells left out, each value as a person sees it (a date cell as 2027-08-30, a formula by its
 * result). Never throws: bytes that are not a workbook are a fatal problem.
 */
export async function readWorkbook(bytes: Uint8Array | ArrayBuffer, file = 'workbook', lang = 'en'): Promise<WorkbookRows> {
  const result: WorkbookRows = { sheets: {}, fileNames: {}, problems: [] };
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    result.problems.push({
      severity: 'fatal',
      file,
      message: inToolLocale(lang, () =>
        msg(str`not an Excel workbook (.xlsx): ${notAWorkbook(data)}; save it as Excel Workbook (.xlsx) and try again`),
      ),
    });
    return result;
  }
  // After the await, in a synchronous scope of the run's language: every message below is made in it.
  return inToolLocale(lang, () => sectionSheets(workbook, file, result));
}

/** The section sheets of a loaded workbook, with the problems of its sheets' names. */
function sectionSheets(workbook: Workbook, file: string, result: WorkbookRows): WorkbookRows {
  const names = workbook.worksheets.map((sheet) => sheet.name);
  const found: Partial<Record<SectionName, string>> = {};
  for (const sheet of workbook.worksheets) {
    const section = SECTIONS.find((s) => s === sheetKey(sheet.name));
    if (!section) {
      const close = closestSection(sheet.name);
      result.problems.push({
        severity: 'warning',
        file: sheetLabel(file, sheet.name),
        message: close
          ? msg(str`the sheet "${sheet.name}" was ignored: did you mean "${close}"? the sheets read are named ${SECTIONS.join(', ')}`)
          : msg(str`the sheet "${sheet.name}" was ignored: the sheets read are named ${SECTIONS.join(', ')}`),
      });
      continue;
    }
    if (found[section] !== undefined) {
      result.problems.push({
        severity: 'error',
        file: sheetLabel(file, sheet.name),
        message: msg(
          str`the sheets "${found[section]}" and "${sheet.name}" are both named ${section}: put the rows in one of them and remove the other`,
        ),
      });
      continue;
    }
    found[section] = sheet.name;
    const rows = sheetRows(sheet);
    // An empty sheet is a section not used, like a CSV file not there.
    if (rows.length === 0) continue;
    result.sheets[section] = rows;
    result.fileNames[section] = sheetLabel(file, sheet.name);
  }
  if (Object.keys(found).length === 0) {
    result.problems.push({
      severity: 'fatal',
      file,
      message: names.length
        ? msg(str`no sheet is named as a section (${SECTIONS.join(', ')}); the sheets here are ${names.map((n) => `"${n}"`).join(', ')}`)
        : msg(str`no sheet is named as a section (${SECTIONS.join(', ')}); the sheets here are none`),
    });
  } else if (Object.keys(result.sheets).length === 0) {
    result.problems.push({
      severity: 'fatal',
      file,
      message: msg(str`the sheets ${Object.values(found).join(', ')} are empty: nothing to import`),
    });
  }
  return result;
}

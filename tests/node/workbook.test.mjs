// The Excel workbook: the template (a sheet per section, notes on the headers, drop-down lists)
// and the reader, with workbooks written here the way staff fill them in (date cells, numbers,
// formulas, links, sheet and header names in another case).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { importTs } from '../../scripts/import-ts.mjs';

const { templateWorkbook, readWorkbook, columnNote } = await importTs('src/cli/workbook.ts');
const { CSV_COLUMNS } = await importTs('src/cli/csv-columns.ts');
const { templateCsv, templateColumns } = await importTs('src/cli/templates.ts');
const { importRows } = await importTs('src/cli/csv-import.ts');
const { SECTIONS, CREDENTIAL_CATEGORIES, METRICS, PROGRAM_MODES } = await importTs('src/contract/vocabulary.ts');

const template = await templateWorkbook();

async function load(bytes) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

const noteText = (note) => (typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''));
const trimEnd = (row) => {
  const cells = [...row];
  while (cells.length && cells.at(-1) === '') cells.pop();
  return cells;
};

test('the template has one sheet per section, in order, with the CSV columns (and Spanish ones) as its bold, frozen header', async () => {
  const workbook = await load(template);
  assert.deepEqual(
    workbook.worksheets.map((s) => s.name),
    [...SECTIONS],
  );
  for (const section of SECTIONS) {
    const sheet = workbook.getWorksheet(section);
    const names = templateColumns(section).map((c) => c.name);
    // Every column of the section, each Spanish one next to the text it translates.
    assert.deepEqual(
      names.filter((n) => !n.endsWith('@es')),
      CSV_COLUMNS[section].map((c) => c.name),
    );
    for (const [i, n] of names.entries()) if (n.endsWith('@es')) assert.equal(`${names[i - 1]}@es`, n, section);
    assert.deepEqual(
      names.map((_, i) => sheet.getRow(1).getCell(i + 1).value),
      names,
      section,
    );
    assert.equal(sheet.getRow(1).getCell(1).font?.bold, true, `${section}: bold header`);
    assert.equal(sheet.views[0]?.state, 'frozen', section);
    assert.equal(sheet.views[0]?.ySplit, 1, section);
  }
});

test('the template read back gives the CSV templates’ rows', async () => {
  const { sheets, problems } = await readWorkbook(template, 'stem-widgets-data.xlsx');
  assert.deepEqual(problems, []);
  for (const section of SECTIONS) {
    const csvRows = parse(templateCsv(section), { bom: true }).map(trimEnd);
    assert.deepEqual(sheets[section], csvRows, section);
  }
  // Lists one item per line, wrapped in the cell.
  const programs = (await load(template)).getWorksheet('programs');
  const modes = templateColumns('programs').findIndex((c) => c.name === 'modes') + 1;
  assert.equal(programs.getRow(2).getCell(modes).value, 'in-person\nhybrid');
  assert.equal(programs.getRow(2).getCell(modes).alignment?.wrapText, true);
});

test('every header cell has a note: what the column means, whether it is required, what it allows', async () => {
  const workbook = await load(template);
  for (const section of SECTIONS) {
    const sheet = workbook.getWorksheet(section);
    templateColumns(section).forEach((column, i) => {
      const note = noteText(sheet.getRow(1).getCell(i + 1).note);
      assert.ok(note.length > column.name.length + 10, `${section} ${column.name}: ${note}`);
      assert.match(note, column.needed ? /Required/ : /Optional/, `${section} ${column.name}`);
      for (const option of column.options ?? []) assert.ok(note.includes(option), `${section} ${column.name} names ${option}`);
    });
  }
  const note = (section, name) =>
    columnNote(
      section,
      CSV_COLUMNS[section].find((c) => c.name === name),
    );
  assert.match(note('programs', 'occupations.soc'), /SOC 2018 code/);
  assert.match(note('programs', 'startDates'), /2027-08-30.*one per line/);
  assert.match(note('programs', 'timeToComplete'), /such as P1Y, or in words: 10 months, 1 year, 16 weeks/);
  assert.match(note('programs', 'prerequisites'), /one per line/);
  assert.match(note('sources', 'datePublished'), /a date cell/);
  assert.match(note('programs', 'credential.category'), /drop-down/);
  // A Spanish column says what it is, and that it may stay empty.
  const spanish = (section, name) =>
    noteText(
      workbook
        .getWorksheet(section)
        .getRow(1)
        .getCell(templateColumns(section).findIndex((c) => c.name === name) + 1).note,
    );
  assert.match(
    spanish('programs', 'name@es'),
    /^name@es\nSpanish translation of name, shown to visitors who read Spanish; leave it empty if there is none\./,
  );
  assert.match(spanish('programs', 'credential.name@es'), /Spanish translation of credential\.name/);
  assert.match(spanish('outcomes', 'caveats@es'), /The whole list, translated: one item per line/);
  for (const section of SECTIONS)
    assert.ok(
      templateColumns(section).some((c) => c.name.endsWith('@es')),
      `${section} shows a Spanish column`,
    );
});

test('single-value closed lists have a drop-down list of exactly the vocabulary; lists of several values have none', async () => {
  const workbook = await load(template);
  for (const section of SECTIONS) {
    const sheet = workbook.getWorksheet(section);
    templateColumns(section).forEach((column, i) => {
      const letter = sheet.getColumn(i + 1).letter;
      const validation = sheet.dataValidations.model[`${letter}2`];
      if (column.options && !column.list) {
        assert.equal(validation?.type, 'list', `${section} ${column.name}`);
        assert.equal(validation.allowBlank, true);
        assert.equal(validation.showErrorMessage, true);
        // OOXML's error styles are stop, warning and information: anything else breaks the file for Excel.
        assert.equal(validation.errorStyle, 'stop');
        assert.ok(validation.error);
        assert.deepEqual(validation.formulae, [`"${column.options.join(',')}"`]);
        assert.deepEqual(sheet.dataValidations.model[`${letter}1000`], validation, 'down to row 1000');
        assert.equal(sheet.dataValidations.model[`${letter}1`], undefined, 'not the header');
      } else {
        assert.equal(validation, undefined, `${section} ${column.name}`);
      }
    });
  }
  const programs = workbook.getWorksheet('programs');
  const category = templateColumns('programs').findIndex((c) => c.name === 'credential.category') + 1;
  assert.deepEqual(programs.dataValidations.model[`${programs.getColumn(category).letter}2`].formulae, [
    `"${CREDENTIAL_CATEGORIES.join(',')}"`,
  ]);
  assert.ok(CSV_COLUMNS.outcomes.find((c) => c.name === 'metric').options.every((m, i) => m === METRICS[i]));
  assert.deepEqual([...CSV_COLUMNS.programs.find((c) => c.name === 'modes').options], [...PROGRAM_MODES]);
});

// The programs sheet's header as staff typed it: their own case and order.
const STAFF_HEADER = [
  'ID',
  'Name',
  'Institution',
  'FIELD',
  'url',
  'credential.name',
  'Credential.Category',
  'startDates',
  'numberOfCredits',
  'cost.amount',
  'financialAidEligible',
  'description',
];

/** A workbook as staff fill it in: their own sheet order and case, date cells, numbers, formulas. */
async function staffWorkbook() {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Notes');
  notes.getCell('A1').value = 'Ask Pat before changing the outcomes.';
  const programs = workbook.addWorksheet('Programs ');
  programs.addRow(STAFF_HEADER);
  programs.addRow([
    '  cyber-cert ',
    { richText: [{ text: 'Cyber ', font: { bold: true } }, { text: 'Technology' }] },
    { formula: 'LOWER("EXAMPLE-CC")', result: 'example-cc' },
    'Cybersecurity',
    { text: 'https://www.example.edu/cyber', hyperlink: 'https://www.example.edu/cyber' },
    'Certificate',
    'Certificate',
    new Date(Date.UTC(2027, 7, 30)),
    30,
    4350.5,
    true,
    { error: '#N/A' },
  ]);
  programs.getCell('H2').numFmt = 'yyyy-mm-dd';
  programs.getCell('J2').numFmt = '"$"#,##0.00';
  // A blank row between records, then a record with a date and time and a shared formula.
  programs.addRow([]);
  programs.addRow([
    'net-cert',
    'Networking',
    'example-cc',
    'cybersecurity',
    '',
    'Certificate',
    'certificate',
    new Date(Date.UTC(2027, 0, 25, 9, 30)),
    1234567.25,
    '',
    false,
    '',
  ]);
  programs.getCell('H4').numFmt = 'yyyy-mm-dd hh:mm';
  const outcomes = workbook.addWorksheet('OUTCOMES');
  outcomes.addRow(['id', 'value', 'unit', 'subject.type', 'metric', 'status', 'period.start', 'period.end', 'population', 'source']);
  outcomes.addRow(['completion', 0.62, 'percent', 'program', 'completion-rate', 'reported', 2024, '2025-07', 'Starters', 'report']);
  outcomes.getCell('B2').numFmt = '0%';
  workbook.addWorksheet('Instituions').addRow(['id']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

test('a workbook as staff fill it in reads to the strings a person sees in it', async () => {
  const { sheets, fileNames, problems } = await readWorkbook(await staffWorkbook(), 'data.xlsx');
  assert.deepEqual(Object.keys(sheets).sort(), ['outcomes', 'programs']);
  assert.deepEqual(sheets.programs, [
    STAFF_HEADER,
    [
      'cyber-cert',
      'Cyber Technology',
      'example-cc',
      'Cybersecurity',
      'https://www.example.edu/cyber',
      'Certificate',
      'Certificate',
      '2027-08-30',
      '30',
      '4350.5',
      'true',
      '#N/A',
    ],
    [],
    [
      'net-cert',
      'Networking',
      'example-cc',
      'cybersecurity',
      '',
      'Certificate',
      'certificate',
      '2027-01-25T09:30:00Z',
      '1234567.25',
      '',
      'false',
    ],
  ]);
  assert.deepEqual(sheets.outcomes, [
    ['id', 'value', 'unit', 'subject.type', 'metric', 'status', 'period.start', 'period.end', 'population', 'source'],
    ['completion', '62%', 'percent', 'program', 'completion-rate', 'reported', '2024', '2025-07', 'Starters', 'report'],
  ]);
  assert.equal(fileNames.programs, 'data.xlsx, sheet Programs ');
  // Sheets named as no section are warnings that name the sheet, and a near miss is named.
  const warnings = problems.filter((p) => p.severity === 'warning');
  assert.equal(problems.length, 2, JSON.stringify(problems));
  assert.equal(warnings.length, 2);
  assert.match(warnings[0].file, /data\.xlsx, sheet Notes/);
  assert.match(warnings[0].message, /"Notes" was ignored.*fields, institutions, programs, sources, outcomes, members/);
  assert.doesNotMatch(warnings[0].message, /did you mean/);
  assert.match(warnings[1].message, /did you mean "institutions"/);

  // The rows import as CSV rows do, with the sheet in the origins and the spreadsheet's row numbers.
  const imported = importRows(sheets, fileNames);
  // What the importer mended to fit the contract, once per column, as for CSV files.
  assert.deepEqual(
    imported.problems.map((p) => [p.severity, p.file, p.column]),
    [
      ['info', 'data.xlsx, sheet Programs ', 'G (Credential.Category)'],
      ['info', 'data.xlsx, sheet Programs ', 'H (startDates)'],
    ],
  );
  assert.equal(imported.origins.file.programs, 'data.xlsx, sheet Programs ');
  assert.deepEqual(imported.origins.rows.programs, [2, 4]);
  assert.equal(imported.sections.programs[0].startDates[0], '2027-08-30');
  assert.equal(imported.sections.programs[0].numberOfCredits, 30);
  assert.equal(imported.sections.programs[1].financialAidEligible, false);
  assert.equal(imported.sections.outcomes[0].value, 62);
});

test('a sheet named twice is an error; a workbook with no section sheet is fatal', async () => {
  const twice = new ExcelJS.Workbook();
  twice.addWorksheet('programs').addRow(['id']);
  twice.addWorksheet('Programs ').addRow(['id']);
  const read = await readWorkbook(new Uint8Array(await twice.xlsx.writeBuffer()), 'data.xlsx');
  assert.equal(read.problems.length, 1);
  assert.equal(read.problems[0].severity, 'error');
  assert.match(read.problems[0].message, /"programs" and "Programs "/);

  const none = new ExcelJS.Workbook();
  none.addWorksheet('Sheet1').addRow(['id']);
  const empty = await readWorkbook(new Uint8Array(await none.xlsx.writeBuffer()));
  assert.deepEqual(empty.sheets, {});
  const fatal = empty.problems.filter((p) => p.severity === 'fatal');
  assert.equal(fatal.length, 1);
  assert.equal(fatal[0].file, 'workbook');
  assert.match(fatal[0].message, /no sheet is named as a section.*"Sheet1"/);
});

test('bytes that are not a workbook are a fatal problem in plain words, not an exception', async () => {
  for (const bytes of [
    new TextEncoder().encode('id,name\nx,y\n'),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    new Uint8Array(0),
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
  ]) {
    const read = await readWorkbook(bytes, 'data.xlsx');
    assert.deepEqual(read.sheets, {});
    assert.equal(read.problems.length, 1);
    assert.equal(read.problems[0].severity, 'fatal');
    assert.equal(read.problems[0].file, 'data.xlsx');
    assert.match(read.problems[0].message, /^not an Excel workbook \(\.xlsx\).*save it as Excel Workbook/);
  }
  const xls = await readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  assert.match(xls.problems[0].message, /old-style \.xls/);
});

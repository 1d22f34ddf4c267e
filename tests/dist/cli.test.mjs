// The command line as a person runs it (`npx stem-widgets …`, here `node dist/cli.js …` in a
// child process): its output, its exit codes, and CSV files with what spreadsheets really write.
// Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/chrome-args.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const ROOT = resolve('.');
const CLI = join(ROOT, 'dist/cli.js');
const FIXTURES = join(ROOT, 'tests/dist/fixtures');
const SAMPLE = join(ROOT, 'src/sample/consortium.json');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const tempDir = () => mkdtempSync(join(tmpdir(), 'stem-cli-'));

/** The environment without a language of its own: these tests read the English messages (tests/dist/spanish-surfaces.test.mjs the Spanish). */
const ENGLISH = { ...process.env, LANG: 'C.UTF-8' };
delete ENGLISH.LC_ALL;
delete ENGLISH.LC_MESSAGES;

/** Runs the command in a folder (a fresh one by default); resolves to { code, stdout, stderr, cwd }. */
function run(args, cwd = tempDir()) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: ENGLISH });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr, cwd }));
  });
}

/** A copy of the fixtures' CSV files in a fresh folder, with changes: { 'programs.csv': text }. */
function csvFolder(changes = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'stem-csv-'));
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
  for (const [file, text] of Object.entries(changes)) writeFileSync(join(dir, file), text);
  return dir;
}

let server;
before(async () => {
  server = await serveStatic(ROOT);
});
after(() => server?.close());

test('package.json names the command, and it runs from the built file', async () => {
  assert.equal(pkg.bin['stem-widgets'], './dist/cli.js');
  assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const { code, stdout } = await run(['--help']);
  assert.equal(code, 0);
  for (const command of ['validate', 'import', 'templates']) assert.match(stdout, new RegExp(`\\b${command}\\b`));
});

test('validate: a valid document is exit code 0 with what the widgets will show', async () => {
  const { code, stdout } = await run(['validate', SAMPLE]);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /consortium\.json: valid: 5 fields, 10 institutions, 35 programs/);
});

test('validate: each issue with its JSON path, its line and column in the file, and a summary; exit code 1', async () => {
  const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  doc.programs[3].timeToComplete = 'one year';
  delete doc.programs[4].name;
  doc.programs[5].institution = 'nowhere';
  const cwd = tempDir();
  const text = JSON.stringify(doc, null, 2);
  writeFileSync(join(cwd, 'broken.json'), text);
  const { code, stdout } = await run(['validate', 'broken.json'], cwd);
  assert.equal(code, 1, stdout);
  const lines = text.split('\n');
  const at = (path) => {
    const match = new RegExp(`${path}\\s+line (\\d+), column (\\d+): (.*)`).exec(stdout);
    assert.ok(match, `no line for ${path} in:\n${stdout}`);
    return { line: lines[Number(match[1]) - 1], column: Number(match[2]), message: match[3] };
  };
  const duration = at('/programs/3/timeToComplete');
  assert.equal(duration.line.slice(duration.column - 1), '"timeToComplete": "one year",');
  assert.match(duration.message, /expected an ISO 8601 duration such as P1Y, got 'one year'/);
  // A missing property points at the record that should hold it.
  const name = at('/programs/4/name');
  assert.equal(name.line.slice(name.column - 1), '{');
  assert.match(name.message, /required/);
  const reference = at('/programs/5/institution');
  assert.equal(reference.line.slice(reference.column - 1), '"institution": "nowhere",');
  assert.match(duration.message, /Write "P1Y" instead\. The record is shown without timeToComplete/);
  // The counts add up to the records in the file.
  const records = ['fields', 'institutions', 'programs', 'sources', 'outcomes'].reduce((n, k) => n + (doc[k]?.length ?? 0), 0);
  assert.match(
    stdout,
    new RegExp(`broken\\.json: 1 error, \\d+ warnings; the widgets show .*34 programs.* \\(${records - 1} of ${records} records shown: 1 left out, 1 bad value dropped\\)`),
  );
});

test('validate: text that is not JSON gets the line and column where it breaks', async () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'syntax.json'), '{\n  "contractVersion": "1.0",\n  "programs": [\n    { "id": "a", }\n  ]\n}\n');
  const { code, stdout } = await run(['validate', 'syntax.json'], cwd);
  // Unreadable, as the README's table says: exit code 2.
  assert.equal(code, 2);
  assert.match(stdout, /syntax\.json: could not be read: not valid JSON \(line 4, column 18\): This is not valid JSON/);
});

test('validate: every way a file can be unreadable is exit code 2, a readable document the widgets cannot show is 1', async () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'empty.json'), '\uFEFF  \n');
  writeFileSync(join(cwd, 'version.json'), JSON.stringify({ contractVersion: '2.0', programs: [] }));
  writeFileSync(join(cwd, 'list.json'), '[]');
  const cases = [
    ['empty.json', 2, /empty\.json: could not be read: the file is empty/],
    ['.', 2, /could not be read: this is a folder, not a file/],
    ['no-such.json', 2, /could not be read: no such file/],
    ['version.json', 1, /version\.json: the widgets cannot show this document/],
    ['list.json', 1, /list\.json: the widgets cannot show this document/],
  ];
  for (const [file, expected, pattern] of cases) {
    const { code, stdout } = await run(['validate', file], cwd);
    assert.equal(code, expected, `${file}: ${stdout}`);
    assert.match(stdout, pattern);
  }
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /0 valid, 1 problems, 2 unreadable/);
});

test('validate --strict: properties the contract does not know are listed and count; without it they are not', async () => {
  const cwd = tempDir();
  const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  doc.programs[0].internalNotes = 'for staff';
  doc.programs[1].timeToComplet = doc.programs[1].timeToComplete;
  delete doc.programs[1].timeToComplete;
  writeFileSync(join(cwd, 'extra.json'), JSON.stringify(doc, null, 2));
  const plain = await run(['validate', 'extra.json'], cwd);
  assert.equal(plain.code, 1, 'the misspelling is a warning');
  assert.match(plain.stdout, /warning\s+\/programs\/1\/timeToComplet\s+line \d+, column \d+: 'timeToComplet' is not a property of the contract, so it is ignored\. Did you mean 'timeToComplete'\?/);
  assert.doesNotMatch(plain.stdout, /internalNotes/);
  const strict = await run(['validate', '--strict', 'extra.json'], cwd);
  assert.equal(strict.code, 1);
  assert.match(strict.stdout, /info\s+\/programs\/0\/internalNotes\s+line \d+, column \d+: 'internalNotes' is not a property of the contract; it is ignored/);
  delete doc.programs[1].timeToComplet;
  writeFileSync(join(cwd, 'extra.json'), JSON.stringify(doc, null, 2));
  assert.equal((await run(['validate', 'extra.json'], cwd)).code, 0);
  assert.equal((await run(['validate', '--strict', 'extra.json'], cwd)).code, 1);
});

test('validate: a missing file is exit code 2, even next to a valid one', async () => {
  const { code, stdout } = await run(['validate', SAMPLE, 'missing.json']);
  assert.equal(code, 2);
  assert.match(stdout, /missing\.json: could not be read: no such file/);
  assert.match(stdout, /2 documents checked: 1 valid, 1 with problems/);
});

test('validate: documents at http addresses, and an address that answers 404 (exit code 2)', async () => {
  const ok = await run(['validate', `${server.url}/src/sample/coalition.json`]);
  assert.equal(ok.code, 0, ok.stdout);
  assert.match(ok.stdout, /coalition\.json: valid: \d+ members/);
  const missing = await run(['validate', `${server.url}/no-such.json`]);
  assert.equal(missing.code, 2);
  assert.match(missing.stdout, /could not be read: the server answered 404/);
});

test('validate --json: machine-readable issues with path, line and column', async () => {
  const cwd = tempDir();
  const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  doc.outcomes[0].source = 'no-such-report';
  writeFileSync(join(cwd, 'doc.json'), JSON.stringify(doc, null, 2));
  const { code, stdout } = await run(['validate', '--json', 'doc.json', 'missing.json'], cwd);
  assert.equal(code, 2);
  const out = JSON.parse(stdout);
  assert.equal(out.valid, false);
  const [file, missing] = out.files;
  assert.equal(file.readable, true);
  assert.equal(file.valid, false);
  const issue = file.issues.find((i) => i.path === '/outcomes/0/source');
  assert.ok(issue, JSON.stringify(file.issues));
  assert.equal(issue.severity, 'error');
  assert.ok(issue.line > 1 && issue.column > 1);
  assert.deepEqual([missing.readable, missing.error], [false, 'no such file']);
});

test('a mistyped command is exit code 2 with what went wrong', async () => {
  const { code, stderr } = await run(['valdate', 'x.json']);
  assert.equal(code, 2);
  assert.match(stderr, /unknown command 'valdate'/);
});

test('templates: one CSV per section with a header and one example row, which import as a valid document', async () => {
  const { code, stdout, cwd } = await run(['templates', 'sheets']);
  assert.equal(code, 0, stdout);
  const files = readdirSync(join(cwd, 'sheets')).sort();
  assert.deepEqual(files, ['fields.csv', 'institutions.csv', 'members.csv', 'outcomes.csv', 'programs.csv', 'sources.csv']);
  const programs = readFileSync(join(cwd, 'sheets/programs.csv'), 'utf8');
  // A text's Spanish column stands next to it, so that staff see how a translation is written.
  assert.ok(programs.startsWith('\uFEFFid,name,name@es,institution,field,url,description,description@es,'), programs.slice(0, 80));
  const rows = parse(programs, { bom: true });
  assert.equal(rows.length, 2, 'a header row and one example row');
  assert.equal(rows[1][0], 'example-cc-cyber');
  assert.equal(rows[1][2], 'Certificado en Tecnología Cibernética');
  const imported = await run(['import', 'sheets', '--publisher', 'Template Test', '--out', 'data.json'], cwd);
  assert.equal(imported.code, 0, imported.stderr);
  const checked = await run(['validate', 'data.json'], cwd);
  assert.equal(checked.code, 0, checked.stdout);
  assert.match(checked.stdout, /valid: 1 field, 1 institution, 1 program, 1 source, 1 outcome, 1 member/);
  assert.doesNotMatch(imported.stderr, /^\s+(error|warning)/m);
  assert.equal(JSON.parse(readFileSync(join(cwd, 'data.json'), 'utf8')).programs[0].translations.es.name, 'Certificado en Tecnología Cibernética');
  const again = await run(['templates', 'sheets'], cwd);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already exist.*--force/);
});

test('templates --xlsx: one workbook, a sheet per section, which imports as a valid document; never overwritten without --force', async () => {
  const { code, stdout, cwd } = await run(['templates', 'sheets', '--xlsx']);
  assert.equal(code, 0, stdout);
  assert.deepEqual(readdirSync(join(cwd, 'sheets')), ['stem-widgets-data.xlsx']);
  assert.match(stdout, /Wrote sheets\/stem-widgets-data\.xlsx/);
  const imported = await run(['import', 'sheets/stem-widgets-data.xlsx', '--publisher', 'Workbook Test', '--out', 'data.json'], cwd);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, /Wrote data\.json: 1 field, 1 institution, 1 program, 1 source, 1 outcome, 1 member \(6 rows read, 6 written, 0 left out\)\./);
  const checked = await run(['validate', 'data.json'], cwd);
  assert.equal(checked.code, 0, checked.stdout);
  assert.match(checked.stdout, /valid: 1 field, 1 institution, 1 program, 1 source, 1 outcome, 1 member/);
  // The same document as from the CSV templates.
  const csv = await run(['templates', 'csv']);
  const fromCsv = await run(['import', 'csv', '--publisher', 'Workbook Test', '--date', '2026-05-01'], csv.cwd);
  const fromXlsx = await run(['import', 'sheets', '--publisher', 'Workbook Test', '--date', '2026-05-01'], cwd);
  assert.equal(fromXlsx.code, 0, fromXlsx.stderr);
  assert.deepEqual(JSON.parse(fromXlsx.stdout), JSON.parse(fromCsv.stdout), 'a folder holding only the workbook reads it');

  const again = await run(['templates', 'sheets', '--xlsx'], cwd);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /stem-widgets-data\.xlsx already exists.*--force/);
  assert.equal((await run(['templates', 'sheets', '--xlsx', '--force'], cwd)).code, 0);
});

test('import of a workbook: mistakes name the workbook, the sheet, the row and the column; not a workbook is exit code 2', async () => {
  const { cwd } = await run(['templates', '.', '--xlsx']);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(cwd, 'stem-widgets-data.xlsx'));
  const programs = workbook.getWorksheet('programs');
  // The example row's cell under a header, wherever the template puts that column.
  const cell = (name) => programs.getRow(2).getCell(programs.getRow(1).values.indexOf(name));
  cell('timeToComplete').value = 'soon';
  cell('numberOfCredits').value = 'many';
  cell('credential.category').value = 'degree';
  // A date pasted from another sheet brings its date format along.
  cell('startDates').value = new Date(Date.UTC(2027, 7, 30));
  cell('startDates').numFmt = 'm/d/yyyy';
  workbook.addWorksheet('Scratch');
  await workbook.xlsx.writeFile(join(cwd, 'data.xlsx'));
  const { code, stderr } = await run(['import', 'data.xlsx', '--publisher', 'X', '--out', 'data.json'], cwd);
  assert.equal(code, 1, stderr);
  assert.equal(existsSync(join(cwd, 'data.json')), false);
  assert.match(stderr, /warning data\.xlsx, sheet Scratch: the sheet "Scratch" was ignored/);
  // A bad credential category leaves the program out (so nothing is written), and each problem of it is named.
  assert.match(stderr, /error\s+data\.xlsx, sheet programs, row 2, column L \(timeToComplete\): expected an ISO 8601 duration such as P1Y, got 'soon'/);
  assert.match(stderr, /error\s+data\.xlsx, sheet programs, row 2, column M \(numberOfCredits\): expected a number, got 'many'/);
  assert.match(stderr, /error\s+data\.xlsx, sheet programs, row 2, column K \(credential\.category\): expected one of .*got 'degree'/);
  assert.match(stderr, /Nothing was written: 3 problems to fix in the sheets first \(6 rows read: 1 would be left out\)/);
  assert.doesNotMatch(stderr, /startDates/, 'a date cell is a date');

  writeFileSync(join(cwd, 'notes.xlsx'), 'id,name\n');
  const garbage = await run(['import', 'notes.xlsx', '--publisher', 'X'], cwd);
  assert.equal(garbage.code, 2, garbage.stderr);
  assert.match(garbage.stderr, /fatal\s+notes\.xlsx: not an Excel workbook \(\.xlsx\).*save it as Excel Workbook/);
  assert.equal((await run(['import', 'missing.xlsx', '--publisher', 'X'], cwd)).code, 2);
});

test('dist/cli.js runs without node_modules: its dependencies are inside it', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  copyFileSync(CLI, join(dir, 'bin/cli.js'));
  const alone = (args) =>
    new Promise((done) => {
      const child = spawn(process.execPath, [join(dir, 'bin/cli.js'), ...args], { cwd: dir, env: ENGLISH });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => done({ code, stderr }));
    });
  assert.equal((await alone(['templates', 'sheets', '--xlsx'])).code, 0);
  const imported = await alone(['import', 'sheets', '--publisher', 'X', '--out', 'data.json']);
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal((await alone(['validate', 'data.json'])).code, 0);
});

test('import: byte order marks, Windows line endings, quoted commas, quotes and line breaks, "$4,350" and header case', async () => {
  const dir = csvFolder();
  const { code, stdout, stderr } = await run(['import', dir, '--publisher', 'North and South Consortium', '--date', '2026-05-01']);
  assert.equal(code, 0, stderr);
  const doc = JSON.parse(stdout);
  assert.equal(doc.$schema, 'https://unpkg.com/stem-widgets/dist/stem-data-contract.schema.json');
  assert.deepEqual([doc.contractVersion, doc.publisher, doc.dateModified], ['1.1', { name: 'North and South Consortium' }, '2026-05-01']);
  assert.deepEqual(
    doc.institutions.map((i) => i.id),
    ['cc-north', 'cc-south'],
  );
  assert.equal(doc.fields[0].description, 'Networks, systems and "defense"');
  assert.equal(doc.fields[1].description, undefined, 'an empty cell leaves the property out');
  const cyber = doc.programs[0];
  assert.equal(cyber.name, 'Cyber Defense, Level 1');
  assert.equal(cyber.description, 'Two lines of description:\nthe second line.');
  assert.deepEqual(cyber.modes, ['in-person', 'hybrid']);
  assert.deepEqual(cyber.cost, { amount: 4350, currency: 'USD' });
  assert.equal(cyber.numberOfCredits, 30);
  assert.deepEqual(cyber.prerequisites, ['High school diploma or GED', 'Placement into college-level English; or a waiver']);
  assert.deepEqual(cyber.occupations, [
    { soc: '15-1212', title: 'Information Security Analysts' },
    { soc: '15-1231', title: 'Computer Network Support Specialists' },
  ]);
  assert.equal(doc.programs[2].numberOfCredits, undefined);
});

test('import: mistakes name the file, the row and the column; a record that would be left out stops the import', async () => {
  const programs = readFileSync(join(FIXTURES, 'programs.csv'), 'utf8')
    .replace('P9M,24,online', 'nine months,twenty-four,online')
    .replace(',certificate,P1Y,', ',degree,P1Y,')
    .replace(',description\n', ',description,duraton\n');
  const dir = csvFolder({ 'programs.csv': programs });
  const out = join(dir, 'data.json');
  const { code, stderr } = await run(['import', dir, '--publisher', 'X', '--out', out]);
  assert.equal(code, 1, stderr);
  assert.equal(existsSync(out), false);
  assert.match(stderr, /warning programs\.csv, row 1, column P \(duraton\): unknown column "duraton"; it was ignored/);
  // Words for a length are read, and said once for the column.
  assert.match(stderr, /note\s+programs\.csv, column G \(timeToComplete\): read as the contract writes it \(length in words\) in row 3, such as nine months → P9M/);
  // The spreadsheet's row 3, though the first program's line breaks put it on line 8 of the file.
  assert.match(stderr, /warning\s+programs\.csv, row 3, column H \(numberOfCredits\): expected a number, got 'twenty-four'\. The record is shown without numberOfCredits/);
  assert.match(stderr, /error\s+programs\.csv, row 2, column F \(credential\.category\): expected one of .*got 'degree'/);
  assert.match(stderr, /Nothing was written: 1 problem to fix in the sheets first \(\d+ rows read: 1 would be left out\)/);
});

test('import: sheets as staff fill them and Excel saves them (US dates, Excel date numbers, lengths in words, state names, any case) import with notes, not errors', async () => {
  const cwd = tempDir();
  const { code, stderr } = await run(['import', join(ROOT, 'tests/dist/staff-sheets'), '--publisher', 'Staff', '--out', 'data.json'], cwd);
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /^\s+(error|warning|fatal)/m);
  assert.match(stderr, /note\s+institutions\.csv, column D \(Address\.Region\): read as the contract writes it \(state name\) in rows 2 and 3, such as Michigan → MI/);
  assert.match(stderr, /note\s+programs\.csv, column M \(startDates\): read as the contract writes it \(US date \(month\/day\/year\)\) in rows 2 and 5, such as 8\/30\/2027 → 2027-08-30/);
  assert.match(stderr, /Wrote data\.json: .*\(11 rows read, 11 written, 0 left out\)/);
  const doc = JSON.parse(readFileSync(join(cwd, 'data.json'), 'utf8'));
  const byId = Object.fromEntries(doc.programs.map((p) => [p.id, p]));
  assert.deepEqual(byId['lakeshore-cyber'].startDates, ['2027-08-30', '2028-01-25']);
  assert.deepEqual(byId['lakeshore-mech'].startDates, ['2027-08-30'], 'the Excel date number 46629');
  assert.deepEqual(byId['bay-cyber'].startDates, ['2028-01-25']);
  assert.deepEqual(
    doc.programs.map((p) => p.timeToComplete),
    ['P10M', 'P1Y', 'P16W', 'P1Y'],
  );
  assert.deepEqual(byId['lakeshore-cyber'].modes, ['in-person', 'online']);
  assert.deepEqual(byId['bay-mech'].modes, ['in-person'], 'presencial');
  assert.deepEqual(
    doc.programs.map((p) => [p.credential.category, p.financialAidEligible]),
    [
      ['certificate', true],
      ['certificate', true],
      ['industry-certification', false],
      ['certificate', true],
    ],
  );
  assert.deepEqual(
    doc.institutions.map((i) => [i.address.region, i.address.country, i.url]),
    [
      ['MI', 'US', 'https://www.lakeshore.example.edu'],
      ['MD', 'US', 'https://bay.example.edu'],
    ],
  );
  assert.deepEqual(doc.outcomes[0].period, { start: '2024-08', end: '2025-07' });
  assert.equal(doc.outcomes[0].value, 62);
  // The Spanish columns staff added at the end of their sheets, in their own case.
  assert.equal(doc.contractVersion, '1.1');
  assert.deepEqual(byId['lakeshore-cyber'].translations, { es: { name: 'Certificado en Ciberseguridad', description: 'Seguridad de redes en diez meses.' } });
  assert.deepEqual(byId['lakeshore-cyber'].credential.translations, { es: { name: 'Certificado de finalización' } });
  assert.deepEqual(
    byId['lakeshore-cyber'].occupations.map((o) => [o.soc, o.translations.es.title]),
    [
      ['15-1212', 'Analistas de seguridad de la información'],
      ['15-1231', 'Especialistas en soporte de redes informáticas'],
    ],
  );
  assert.deepEqual(byId['lakeshore-mech'].translations, { es: { name: 'Certificado en Mecatrónica' } });
  assert.deepEqual(byId['lakeshore-mech'].credential.translations, { es: { name: 'Certificado' } });
  assert.equal(byId['bay-cyber'].translations, undefined, 'no Spanish cells, no translation');
  assert.deepEqual(doc.outcomes[0].translations, {
    es: { population: 'Estudiantes que comenzaron el programa', caveats: ['Cifras ilustrativas.', 'Cohorte pequeña.'] },
  });
  const checked = await run(['validate', 'data.json'], cwd);
  assert.equal(checked.code, 0, checked.stdout);
  assert.match(checked.stdout, /data\.json: valid/);
});

test('import --language: the document says the language its sheets are written in; a language\'s name is answered with its tag', async () => {
  const cwd = tempDir();
  const spanish = await run(['import', join(ROOT, 'tests/dist/staff-sheets'), '--publisher', 'Staff', '--language', 'es'], cwd);
  assert.equal(spanish.code, 0, spanish.stderr);
  assert.equal(JSON.parse(spanish.stdout).language, 'es');
  assert.equal(JSON.parse((await run(['import', join(ROOT, 'tests/dist/staff-sheets'), '--publisher', 'Staff'], cwd)).stdout).language, undefined);
  const word = await run(['import', join(ROOT, 'tests/dist/staff-sheets'), '--publisher', 'Staff', '--language', 'Español', '--out', 'data.json'], cwd);
  assert.equal(word.code, 1);
  assert.match(word.stderr, /error\s+the --language option: "Español" is not a language tag: write --language es/);
  assert.equal(existsSync(join(cwd, 'data.json')), false);
  // A column that cannot be translated is named, with the ones that can.
  const dir = csvFolder({ 'fields.csv': 'id,name,cip.code,cip.version,cip.code@es,name@es\r\ncyber,Cybersecurity,11.1003,2020,11.1003,Ciberseguridad\r\n' });
  const column = await run(['import', dir, '--publisher', 'X']);
  assert.equal(column.code, 0, column.stderr);
  assert.match(column.stderr, /warning fields\.csv, row 1, column E \(cip\.code@es\): the column "cip\.code@es" was ignored: cip\.code cannot be translated .* The columns of fields\.csv that can be translated are name and description, each with @ and the language, such as name@es/);
  assert.deepEqual(JSON.parse(column.stdout).fields[0].translations, { es: { name: 'Ciberseguridad' } });
});

test('import: a date that reads both ways, in a column with one that reads only day first, is an error with both readings; --day-first reads it', async () => {
  const dir = csvFolder({
    'programs.csv': 'id,name,institution,field,credential.name,credential.category,startDates\r\na,A,cc-north,cybersecurity,C,certificate,13/01/2027\r\nb,B,cc-north,cybersecurity,C,certificate,01/12/2027\r\n',
  });
  const us = await run(['import', dir, '--publisher', 'X']);
  assert.equal(us.code, 1, us.stderr);
  assert.match(us.stderr, /error\s+programs\.csv, row 3, column G \(startDates\): "01\/12\/2027" could be 2027-01-12 or 2027-12-01: row 2 of this column has "13\/01\/2027", which can only be read day first\./);
  const dayFirst = await run(['import', dir, '--publisher', 'X', '--day-first']);
  assert.equal(dayFirst.code, 0, dayFirst.stderr);
  assert.deepEqual(
    JSON.parse(dayFirst.stdout).programs.map((p) => p.startDates[0]),
    ['2027-01-13', '2027-12-01'],
  );
});

test('import: a misspelt column header is answered with the column it most likely is', async () => {
  const programs = readFileSync(join(FIXTURES, 'programs.csv'), 'utf8').replace('id,name,institution,', 'id,name,insitution,').replace(',timeToComplete,', ',timeToComplet,');
  const { code, stderr } = await run(['import', csvFolder({ 'programs.csv': programs }), '--publisher', 'X']);
  assert.equal(code, 1);
  assert.match(stderr, /error\s+programs\.csv, row 1, column C \(insitution\): no column "institution": "insitution" looks like a misspelling of it\. Rename the column to "institution"/);
  assert.match(stderr, /warning programs\.csv, row 1, column G \(timeToComplet\): unknown column "timeToComplet"; it was ignored\. Did you mean "timeToComplete"\?/);
});

test('import: a missing needed column and a broken quote stop with the file named', async () => {
  const noName = readFileSync(join(FIXTURES, 'institutions.csv'), 'utf8').replace(',Name,', ',Title,');
  const first = await run(['import', csvFolder({ 'institutions.csv': noName }), '--publisher', 'X']);
  assert.equal(first.code, 1);
  assert.match(first.stderr, /error\s+institutions\.csv, row 1: no column "name": every record needs one/);
  const broken = 'id,name,cip.code,cip.version\ncyber,"Cybersecurity,11.1003,2020\n';
  const second = await run(['import', csvFolder({ 'fields.csv': broken }), '--publisher', 'X']);
  assert.equal(second.code, 2);
  assert.match(second.stderr, /fields\.csv: not a readable CSV file/);
});

test('import: 1 MB pathological cells in every number and date column are read in linear time', { timeout: 120_000 }, async () => {
  // Each column that holds a number or a date, from the published schema: a new one is covered too.
  const schema = JSON.parse(readFileSync(join(ROOT, 'dist/stem-data-contract.schema.json'), 'utf8'));
  const columnsOf = (object, prefix = '') =>
    Object.entries(object.properties ?? {}).flatMap(([name, prop]) => {
      const item = prop.type === 'array' ? prop.items : prop;
      if (item?.type === 'object') return columnsOf(item, `${prefix}${name}.`);
      const numeric = item?.type === 'number' || item?.type === 'integer';
      // Dates (a four-digit year) and durations (P1Y) are read by patterns too.
      const date = typeof item?.pattern === 'string' && (item.pattern.includes('\\d{4}') || item.pattern.startsWith('^P'));
      return numeric || date ? [{ name: `${prefix}${name}`, numeric }] : [];
    });
  // What makes a careless pattern backtrack: long runs of spaces, digits and separators that never end as it expects.
  const MB = 1_000_000;
  const payloads = [' '.repeat(MB) + 'x', '$' + ' '.repeat(MB) + '1x', '1'.repeat(MB) + '%x', '1/'.repeat(MB / 2) + 'x', '1,'.repeat(MB / 2) + '0x', 'P' + '1'.repeat(MB) + 'x'];
  const dir = csvFolder();
  let columns = 0;
  for (const section of ['fields', 'institutions', 'programs', 'sources', 'outcomes', 'members']) {
    const picked = columnsOf(schema.properties[section].items);
    if (!picked.length) continue;
    columns += picked.length;
    const header = ['id', 'name', ...picked.map((c) => c.name)];
    const rows = payloads.map((payload, r) => [`${section}-${r}`, `Name ${r}`, ...picked.map(() => `"${payload.replace(/"/g, '""')}"`)]);
    writeFileSync(join(dir, `${section}.csv`), [header, ...rows].map((row) => row.join(',')).join('\r\n'));
  }
  assert.ok(columns >= 15, `only ${columns} number and date columns found`);
  const { code, stderr } = await run(['import', dir, '--publisher', 'X', '--out', join(dir, 'data.json')]);
  assert.equal(code, 1, stderr.slice(0, 2000));
  // Each value is named in a few words, never echoed at length.
  assert.ok(stderr.length < 400_000, `the report is ${stderr.length} characters`);
  assert.match(stderr, /Nothing was written/);
});

test('import: a Windows-1252 CSV is read as such and says how to save it as UTF-8; formula-like cells are warned about', async () => {
  const latin1 = Buffer.from('id,name,cip.code,cip.version,description\r\ncyber,Caf\xe9 Cybersecurity,11.1003,2020,"=HYPERLINK(""https://example.com"")"\r\n', 'latin1');
  const dir = csvFolder();
  writeFileSync(join(dir, 'fields.csv'), latin1);
  const { code, stdout, stderr } = await run(['import', dir, '--publisher', 'X']);
  assert.equal(code, 0, stderr);
  assert.equal(JSON.parse(stdout).fields[0].name, 'Café Cybersecurity');
  assert.match(stderr, /warning\s+fields\.csv: the file is not UTF-8 text, so it was read as Windows-1252 .*Save it as "CSV UTF-8 \(Comma delimited\)"/);
  assert.match(stderr, /warning\s+fields\.csv, column E \(description\): row 2 holds what a spreadsheet would run as a formula, such as =HYPERLINK\("https:\/\/example\.com"\)/);
});

test('import --out refuses to replace a file without --force, and never writes over one of its inputs', async () => {
  const dir = csvFolder();
  const out = join(dir, 'data.json');
  writeFileSync(out, 'keep me');
  const first = await run(['import', dir, '--publisher', 'X', '--out', out]);
  assert.equal(first.code, 1);
  assert.match(first.stderr, /Nothing was written: .*data\.json already exists\. Use --force to replace it/);
  assert.equal(readFileSync(out, 'utf8'), 'keep me');
  assert.equal((await run(['import', dir, '--publisher', 'X', '--out', out, '--force'])).code, 0);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).contractVersion, '1.1');
  const input = join(dir, 'programs.csv');
  const before = readFileSync(input, 'utf8');
  const over = await run(['import', dir, '--publisher', 'X', '--out', input, '--force']);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /programs\.csv is one of the files being imported/);
  assert.equal(readFileSync(input, 'utf8'), before);
});

test('templates never write through a symbolic link, a dangling one included', async () => {
  const cwd = tempDir();
  const outside = join(tempDir(), 'outside.csv');
  mkdirSync(join(cwd, 'sheets'));
  symlinkSync(outside, join(cwd, 'sheets', 'programs.csv'));
  for (const force of [[], ['--force']]) {
    const { code, stderr } = await run(['templates', 'sheets', ...force], cwd);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /programs\.csv is a symbolic link; nothing is written through one/);
    assert.equal(existsSync(outside), false, 'nothing was written outside the folder');
    assert.deepEqual(readdirSync(join(cwd, 'sheets')), ['programs.csv'], 'and nothing inside it either: all files or none');
  }
});

test('text output shows control characters from the data as escapes: one line per issue, no forged lines', async () => {
  const cwd = tempDir();
  const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  // Set the window title, erase the line, print a green "valid"; an OSC 8 link; a CI annotation on a line of its own.
  doc.programs[0].timeToComplete = '\u001b]0;owned\u0007\u001b[2K\r\u001b[32mvalid\u001b[0m';
  doc.programs[1].url = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007';
  doc.programs[2].numberOfCredits = 'x\n::error::forged';
  writeFileSync(join(cwd, 'bad.json'), JSON.stringify(doc, null, 2));
  const { code, stdout } = await run(['validate', 'bad.json'], cwd);
  assert.equal(code, 1);
  // Control characters the output may hold of its own: none but the line breaks and tabs between issues.
  const raw = [...stdout].filter((c) => (c < ' ' && c !== '\n' && c !== '\t') || c === '\u007f');
  assert.deepEqual(raw, [], 'no raw control character');
  assert.doesNotMatch(stdout, /^::error::/m);
  assert.match(stdout, /\/programs\/0\/timeToComplete.*\\u001b\]0;owned\\u0007/);
  assert.match(stdout, /\/programs\/2\/numberOfCredits.*x\\u000a::error::forged/);
  // The same for import messages and unknown CSV headers.
  const dir = csvFolder({ 'fields.csv': 'id,name,cip.code,cip.version,"bad\u001b[2Kname"\r\ncyber,Cyber,11.1003,2020,x\r\n' });
  const imported = await run(['import', dir, '--publisher', 'X']);
  assert.match(imported.stderr, /unknown column "bad\\u001b\[2Kname"/);
  assert.ok(!imported.stderr.includes('\u001b'), 'no raw escape');
});

test('validate <url>: a gzip bomb, an endless redirect and an announced giant are refused with exit code 2, quickly and in little memory', { timeout: 60_000 }, async () => {
  // 300 MB of spaces, sent as about 300 KB of gzip.
  const bomb = gzipSync(Buffer.alloc(300 * 1024 * 1024, 0x20), { level: 9 });
  const web = createServer((req, res) => {
    if (req.url === '/bomb.json') return res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb);
    if (req.url.startsWith('/loop')) return res.writeHead(302, { location: `/loop${Number(req.url.slice(5) || 0) + 1}` }).end();
    if (req.url === '/giant.json') return res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(2 ** 40) }).end();
    if (req.url === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    res.writeHead(404).end();
  });
  await new Promise((done) => web.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${web.address().port}`;
  try {
    const bombed = await run(['validate', `${base}/bomb.json`]);
    assert.equal(bombed.code, 2, bombed.stdout + bombed.stderr);
    assert.match(bombed.stdout, /could not be read: the answer grows past 50 MB \(as decompressed\)/);
    const looped = await run(['validate', `${base}/loop`]);
    assert.equal(looped.code, 2);
    assert.match(looped.stdout, /could not be read: more than 5 redirects/);
    const giant = await run(['validate', `${base}/giant.json`]);
    assert.equal(giant.code, 2);
    assert.match(giant.stdout, /could not be read: the server announces .* MB, more than the 50 MB a data file may have/);
    const toFile = await run(['validate', `${base}/to-file`]);
    assert.equal(toFile.code, 2);
    assert.match(toFile.stdout, /could not be read: a redirect to file: address, which is not a web address/);
  } finally {
    web.close();
  }
  assert.ok(bomb.length < 400_000, `the bomb is ${bomb.length} bytes`);
});

test('round trip: CSV to JSON to the program finder shows the same programs', async () => {
  const dir = csvFolder();
  const { code, stderr } = await run(['import', dir, '--publisher', 'Round Trip', '--out', join(dir, 'data.json')]);
  assert.equal(code, 0, stderr);
  const csvNames = ['Cyber Defense, Level 1', 'Mechatronics Technician', 'Industrial Maintenance'];
  const doc = readFileSync(join(dir, 'data.json'), 'utf8');
  const browser = await puppeteer.launch({ executablePath: findChrome().path, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/examples/script-tag-inline.html`);
    await page.evaluate((json) => {
      document.body.innerHTML = '<stem-program-finder page-size="12"></stem-program-finder>';
      document.querySelector('stem-program-finder').data = JSON.parse(json);
    }, doc);
    await page.waitForFunction(() => document.querySelector('stem-program-finder').shadowRoot.querySelectorAll('[part="card"]').length > 0);
    const shown = await page.$$eval('stem-program-finder', ([el]) =>
      [...el.shadowRoot.querySelectorAll('[part="card"] .card-title bdi')].map((t) => t.textContent.trim()),
    );
    assert.deepEqual([...shown].sort(), [...csvNames].sort());
  } finally {
    await browser.close();
  }
});

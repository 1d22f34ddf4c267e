// Translations in spreadsheets (contract 1.1): a staff member's `name@es` columns, in CSV files
// and in a workbook, become the `translations` of the records, and the columns that cannot be
// read are named with what to write instead. Each test starts from the files a person keeps and
// ends at the document the importer writes (and what it says).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { importTs } from '../../scripts/import-ts.mjs';

// One bundle, so that the importer and the validator share the very schema objects.
const entry = join(mkdtempSync(join(tmpdir(), 'stem-import-es-')), 'entry.ts');
writeFileSync(
  entry,
  [
    'cli/import-command.ts',
    'cli/csv-import.ts',
    'cli/workbook.ts',
    'cli/templates.ts',
    'contract/validate.ts',
    'contract/advice.ts',
    'contract/vocabulary.ts',
  ]
    .map((f) => `export * from ${JSON.stringify(resolve(`src/${f}`))};`)
    .join('\n'),
);
const { importCommand, importCsv, importRows, readWorkbook, templateCsv, validate, ADVICE, SECTIONS } = await importTs(entry);

/** Runs `stem-widgets import` on `input` with `options`: { code, lines (what it said), doc (what it wrote) }. */
async function runImport(input, options = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'stem-import-out-')), 'data.json');
  let said = '';
  const write = process.stderr.write;
  process.stderr.write = (chunk) => ((said += chunk), true);
  let code;
  try {
    code = await importCommand(input, { publisher: 'Bilingual Consortium', date: '2026-05-01', out, ...options });
  } finally {
    process.stderr.write = write;
  }
  const doc = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  return { code, lines: said.split('\n').filter(Boolean), said, doc };
}

/** A folder of CSV files as Excel's "CSV UTF-8" saves them: a byte order mark and Windows line endings. */
function csvFolder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'stem-sheets-es-'));
  for (const [name, rows] of Object.entries(files)) writeFileSync(join(dir, name), '\uFEFF' + rows.join('\r\n') + '\r\n');
  return dir;
}

const FIELDS = ['id,name,Name@ES,cip.code,cip.version', 'cyber,Cybersecurity,Ciberseguridad,11.1003,2020'];
const INSTITUTIONS = ['id,name,name@es,address.locality,address.region', 'north,North College,Colegio del Norte,Arnold,MD'];
const PROGRAMS = [
  'id,name,institution,field,credential.name,credential.category,description,occupations.soc,occupations.title,Name@es,Description@ES,Credential.Name@es,occupations.title@es',
  // The second occupation has no Spanish title: its line is left empty.
  'cyber-cert,Cyber Certificate,north,cyber,Certificate,certificate,"Networks, in one year.","15-1212\n15-1231","Information Security Analysts\nComputer Network Support Specialists",Certificado en Ciberseguridad,"Redes, en un año.",Certificado,"Analistas de seguridad de la información\n"',
  // No translation at all: the empty cells give none.
  'net-cert,Networking,north,cyber,Certificate,certificate,,,,,,,',
];
const SOURCES = ['id,name,name@es', 'report,Outcomes report (illustrative),Informe de resultados (ilustrativo)'];
const OUTCOMES = [
  'id,subject.type,subject.id,metric,status,value,unit,cohort.size,period.start,period.end,population,source,caveats,population@es,caveats@es',
  'cyber-completion,program,cyber-cert,completion-rate,reported,62,percent,48,2024-08,2025-07,Students who started,report,"Illustrative.\nSmall cohort.",Estudiantes que empezaron,"Ilustrativo.\nCohorte pequeña."',
];

test('a CSV folder with Spanish columns imports to the translations of each record, and the document validates with no issue', async () => {
  const dir = csvFolder({
    'fields.csv': FIELDS,
    'institutions.csv': INSTITUTIONS,
    'programs.csv': PROGRAMS,
    'sources.csv': SOURCES,
    'outcomes.csv': OUTCOMES,
  });
  const { code, said, doc } = await runImport(dir);
  assert.equal(code, 0, said);
  assert.doesNotMatch(said, /^\s+(error|warning|fatal)/m);
  assert.equal(doc.contractVersion, '1.1');
  assert.equal('language' in doc, false, 'English unless --language says otherwise');
  assert.deepEqual(doc.fields[0].translations, { es: { name: 'Ciberseguridad' } });
  assert.deepEqual(doc.institutions[0].translations, { es: { name: 'Colegio del Norte' } });
  const [cyber, net] = doc.programs;
  assert.deepEqual(cyber.translations, { es: { name: 'Certificado en Ciberseguridad', description: 'Redes, en un año.' } });
  assert.deepEqual(cyber.credential, { name: 'Certificate', category: 'certificate', translations: { es: { name: 'Certificado' } } });
  assert.deepEqual(cyber.occupations, [
    { soc: '15-1212', title: 'Information Security Analysts', translations: { es: { title: 'Analistas de seguridad de la información' } } },
    { soc: '15-1231', title: 'Computer Network Support Specialists' },
  ]);
  // The translations come after the record's own text, wherever their columns stood.
  assert.equal(Object.keys(cyber).at(-1), 'translations');
  assert.equal(net.translations, undefined, 'empty cells are no translation');
  assert.deepEqual(net.credential, { name: 'Certificate', category: 'certificate' });
  // A list is translated whole, one item per line, like the list it translates.
  assert.deepEqual(doc.outcomes[0].caveats, ['Illustrative.', 'Small cohort.']);
  assert.deepEqual(doc.outcomes[0].translations, {
    es: { population: 'Estudiantes que empezaron', caveats: ['Ilustrativo.', 'Cohorte pequeña.'] },
  });
  const checked = validate(doc, { advise: ADVICE });
  assert.deepEqual([...checked.issues, ...checked.info], []);
  assert.deepEqual(checked.data.programs[0].translations, cyber.translations);
});

test('an .xlsx workbook with Spanish columns imports to the same translations as the CSV files', async () => {
  const workbook = new ExcelJS.Workbook();
  const add = (name, rows) => {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    return sheet;
  };
  add('Fields', [
    ['id', 'name', 'Name@ES', 'cip.code', 'cip.version'],
    ['cyber', 'Cybersecurity', 'Ciberseguridad', '11.1003', '2020'],
  ]);
  add('institutions', [
    ['id', 'name', 'name@es', 'address.locality', 'address.region'],
    ['north', 'North College', 'Colegio del Norte', 'Arnold', 'MD'],
  ]);
  add('Programs', [
    [
      'id',
      'name',
      'Name@es',
      'institution',
      'field',
      'credential.name',
      'credential.name@es',
      'credential.category',
      'description',
      'description@es',
      'occupations.soc',
      'occupations.title',
      'occupations.title@es',
    ],
    [
      'cyber-cert',
      'Cyber Certificate',
      // Bold and plain parts of one cell, as staff format them.
      { richText: [{ text: 'Certificado en ', font: { bold: true } }, { text: 'Ciberseguridad' }] },
      'north',
      'cyber',
      'Certificate',
      'Certificado',
      'Certificate',
      'Networks, in one year.',
      'Redes, en un año.',
      '15-1212\n15-1231',
      'Information Security Analysts\nComputer Network Support Specialists',
      'Analistas de seguridad de la información\nEspecialistas en soporte de redes',
    ],
  ]);
  add('sources', [
    ['id', 'name', 'name@es'],
    ['report', 'Outcomes report (illustrative)', 'Informe de resultados (ilustrativo)'],
  ]);
  add('outcomes', [
    OUTCOMES[0].split(','),
    [
      'cyber-completion',
      'program',
      'cyber-cert',
      'completion-rate',
      'reported',
      62,
      'percent',
      48,
      '2024-08',
      '2025-07',
      'Students who started',
      'report',
      'Illustrative.\nSmall cohort.',
      'Estudiantes que empezaron',
      'Ilustrativo.\nCohorte pequeña.',
    ],
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'stem-xlsx-es-')), 'data.xlsx');
  await workbook.xlsx.writeFile(file);
  const { code, said, doc } = await runImport(file, { language: 'en' });
  assert.equal(code, 0, said);
  assert.doesNotMatch(said, /^\s+(error|warning|fatal)/m);
  assert.equal(doc.language, 'en');
  assert.deepEqual(doc.fields[0].translations, { es: { name: 'Ciberseguridad' } });
  const [cyber] = doc.programs;
  assert.deepEqual(cyber.translations, { es: { name: 'Certificado en Ciberseguridad', description: 'Redes, en un año.' } });
  assert.deepEqual(cyber.credential.translations, { es: { name: 'Certificado' } });
  assert.deepEqual(
    cyber.occupations.map((o) => o.translations.es.title),
    ['Analistas de seguridad de la información', 'Especialistas en soporte de redes'],
  );
  assert.deepEqual(doc.outcomes[0].translations.es.caveats, ['Ilustrativo.', 'Cohorte pequeña.']);
  const checked = validate(doc, { advise: ADVICE });
  assert.deepEqual([...checked.issues, ...checked.info], []);
});

test('columns that cannot be read as translations are warnings naming the file, row 1 and the column, with what to write', async () => {
  const header =
    'id,name,institution,field,credential.name,credential.category,id@es,cost.amount@es,name@spanish,description@Español,nmae@es,name@x1,name@sp';
  const { sections, problems } = importCsv({ programs: `${header}\na,A,i,f,C,certificate,x,1,B,D,E,F,G\n` });
  const said = Object.fromEntries(problems.map((p) => [p.column, p]));
  for (const p of problems) assert.deepEqual([p.severity, p.file, p.row], ['warning', 'programs.csv', 1], JSON.stringify(p));
  assert.match(
    said['G (id@es)'].message,
    /^the column "id@es" was ignored: id cannot be translated \(ids, codes, numbers, dates and values from a closed list never are\)\. The columns of programs\.csv that can be translated are name, description, credential\.name, cost\.description, prerequisites, occupations\.title and certifications, each with @ and the language, such as name@es$/,
  );
  assert.match(
    said['H (cost.amount@es)'].message,
    /^the column "cost\.amount@es" was ignored: cost\.amount cannot be translated.*cost\.description/,
  );
  assert.equal(
    said['I (name@spanish)'].message,
    'the column "name@spanish" was ignored: "spanish" is not a language tag. Did you mean "name@es"? Rename the column',
  );
  assert.match(said['J (description@Español)'].message, /"Español" is not a language tag\. Did you mean "description@es"\?/);
  assert.equal(said['K (nmae@es)'].message, 'unknown column "nmae@es"; it was ignored. Did you mean "name@es"? Rename the column');
  assert.match(
    said['L (name@x1)'].message,
    /"x1" is not a language tag\. Write the column as name@ and a tag such as es, es-US or fr: "name@es"/,
  );
  // Two letters make a tag, so "sp" is read; but it is no language, and most likely Spanish.
  assert.match(
    said['M (name@sp)'].message,
    /read as a translation into "sp", which is no language's tag\. If it is meant as Spanish, rename the column to "name@es"/,
  );
  assert.equal(problems.length, 7);
  assert.deepEqual(sections.programs[0].translations, { sp: { name: 'G' } });

  // A membership's body is translated in its own column, side by side with the others.
  const members = importCsv({
    members:
      'id,name,sector,memberships.role,memberships.asOf,memberships.body@es,sector@es\nm,M,college,member,2026,Consejo,Universidad\n',
  });
  assert.deepEqual(members.sections.members[0].memberships, [{ role: 'member', asOf: '2026', translations: { es: { body: 'Consejo' } } }]);
  assert.match(
    members.problems[0].message,
    /sector cannot be translated.*The columns of members\.csv that can be translated are name, description, region and memberships\.body/,
  );

  // In a workbook, the sheet is named instead of the file.
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('programs')
    .addRow(['id', 'name', 'Name@Spanish', 'institution', 'field', 'credential.name', 'credential.category']);
  const read = await readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), 'data.xlsx');
  const [problem] = importRows(read.sheets, read.fileNames).problems;
  assert.deepEqual(
    [problem.severity, problem.file, problem.row, problem.column, problem.message],
    [
      'warning',
      'data.xlsx, sheet programs',
      1,
      'C (Name@Spanish)',
      'the column "Name@Spanish" was ignored: "Spanish" is not a language tag. Did you mean "name@es"? Rename the column',
    ],
  );
});

test('a column and its translation named twice, in any case, is an error that stops the file', () => {
  const { sections, problems } = importCsv({ fields: 'id,name,cip.code,cip.version,name@es,Name@ES\nc,C,11.1003,2020,Ci,Ci\n' });
  assert.equal(sections.fields, undefined);
  assert.deepEqual(
    problems.map((p) => [p.severity, p.file, p.row, p.column, p.message]),
    [['error', 'fields.csv', 1, 'F (Name@ES)', 'the column "name@es" appears twice']],
  );
});

test('a bad translation is named by its row and its @es column, and only it is dropped', async () => {
  const long = 'x'.repeat(201);
  const dir = csvFolder({
    'fields.csv': ['id,name,name@es,cip.code,cip.version', `cyber,Cybersecurity,${long},11.1003,2020`],
    'programs.csv': [
      'id,name,institution,field,credential.name,credential.category,occupations.soc,occupations.title,occupations.title@es,description@es',
      `p,P,north,cyber,C,certificate,15-1212,Analysts,${long},Descripción`,
    ],
  });
  const { code, lines, doc } = await runImport(dir, { language: 'es-us' });
  assert.equal(code, 0, lines.join('\n'));
  assert.equal(doc.language, 'es-US', 'the tag as the contract writes it');
  assert.ok(
    lines.some((l) => /^\s+warning fields\.csv, row 2, column C \(name@es\): expected text of at most 200 characters/.test(l)),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) =>
      /^\s+warning programs\.csv, row 2, column I \(occupations\.title@es\): expected text of at most 200 characters/.test(l),
    ),
    lines.join('\n'),
  );
  // The widgets show the program with its other translation.
  const checked = validate(doc);
  assert.deepEqual(checked.data.programs[0].translations, { es: { description: 'Descripción' } });
});

test('--language writes the document’s language; a word that is not a tag is an error that says which tag to write', async () => {
  const dir = csvFolder({ 'fields.csv': FIELDS });
  const spanish = await runImport(dir, { language: 'es' });
  assert.equal(spanish.code, 0, spanish.said);
  assert.equal(spanish.doc.language, 'es');
  const word = await runImport(dir, { language: 'Spanish' });
  assert.equal(word.code, 1);
  assert.equal(word.doc, undefined, 'nothing written');
  assert.ok(word.lines.includes('  error   the --language option: "Spanish" is not a language tag: write --language es'), word.said);
  const other = await runImport(dir, { language: 'the usual' });
  assert.match(other.said, /"the usual" is not a language tag: write a tag such as --language es, es-US or fr/);
});

test('the CSV templates’ example rows, Spanish columns included, import to a document with no issue', () => {
  const texts = Object.fromEntries(SECTIONS.map((s) => [s, templateCsv(s)]));
  const { sections, problems } = importCsv(texts);
  assert.deepEqual(problems, []);
  const doc = { contractVersion: '1.1', publisher: { name: 'T' }, dateModified: '2026-05-01', ...sections };
  const checked = validate(doc, { advise: ADVICE });
  assert.deepEqual([...checked.issues, ...checked.info], []);
  assert.equal(sections.programs[0].translations.es.name, 'Certificado en Tecnología Cibernética');
  assert.equal(sections.programs[0].credential.translations.es.name, 'Certificado de finalización');
  assert.ok(sections.outcomes[0].translations.es.caveats.length > 0);
});

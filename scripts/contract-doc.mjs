#!/usr/bin/env node
// Writes docs/DATA-CONTRACT.md from the contract's JSON Schema, so the document never drifts
// from the schema: the property tables come from contractJsonSchema(), the examples are records
// of the sample documents, and the sample problem report is the validator's own output. The
// prose (for college staff who are not programmers) is the template text below.
// `--check`: write nothing; exit 1 if the file differs from what would be generated.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { importTs } from './import-ts.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const OUT = 'docs/DATA-CONTRACT.md';
const SAMPLES = ['src/sample/consortium.json', 'src/sample/coalition.json'];

function fail(message) {
  console.error(`contract-doc: ${message}`);
  process.exit(1);
}

const { contractJsonSchema } = await importTs('src/contract/json-schema.ts');
const { validate } = await importTs('src/contract/validate.ts');
const { CONTRACT_VERSION } = await importTs('src/contract/vocabulary.ts');
const { CSV_COLUMNS } = await importTs('src/cli/csv-columns.ts');

const schema = contractJsonSchema();
const SECTIONS = schema.anyOf.map((alternative) => alternative.required[0]);
const HEADER = Object.keys(schema.properties).filter((name) => !SECTIONS.includes(name));
const MAJOR = CONTRACT_VERSION.split('.')[0];

/* ------------------------------------------------------------------------------------------
 * Words for what the schema says in symbols. Every pattern and every metric, status and
 * qualifier in the schema must have words here, and every path named here must exist in the
 * schema: otherwise the script fails, so a schema change cannot leave the document stale.
 * ---------------------------------------------------------------------------------------- */

const TWO_LETTERS = { region: 'two-letter state or region code such as `MD`', country: 'two-letter country code such as `US`' };
const PATTERN_WORDS = {
  '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$': 'id: 1 to 100 letters, digits, `.`, `_`, `:` or `-`, starting with a letter or digit',
  '^https?:\\/\\/[^\\s/$.?#][^\\s]*$': 'http or https URL, such as `https://www.aacc.edu`',
  '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$': 'date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`',
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': 'date: `YYYY-MM-DD`',
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?)?$':
    'date `YYYY-MM-DD`, or date and time such as `2024-05-01T09:30:00Z`',
  '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$':
    'ISO 8601 duration such as `P1Y` (one year), `P9M` (nine months), `P16W` (16 weeks) or `PT40H` (40 hours)',
  '^\\d{2}(\\.\\d{2}(\\d{2})?)?$': 'CIP code such as `15.0617` (or the 2- or 4-digit series `15`, `15.06`)',
  '^(19|20)\\d{2}$': 'CIP edition year such as `2020`',
  '^\\d{2}-\\d{4}$': 'SOC code such as `15-1212`',
  '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'language tag such as `en`, `es` or `es-US`',
  '^[A-Z]{3}$': 'three-letter currency code such as `USD`',
  '^[A-Z]{2}$': (name) => TWO_LETTERS[name],
  '^[A-Za-z0-9 -]{3,10}$': 'postal code such as `21012`: 3 to 10 letters, digits, spaces or hyphens',
  '^\\d{6}$': 'six-digit IPEDS unit id such as `161572`',
  [`^${MAJOR}\\.\\d+$`]: `\`"${MAJOR}."\` and a minor version, such as \`"${CONTRACT_VERSION}"\``,
};

const SECTION_TITLES = {
  fields: 'Fields of study',
  institutions: 'Institutions',
  programs: 'Programs',
  sources: 'Sources',
  outcomes: 'Outcomes',
  members: 'Members',
};

const SECTION_INTROS = {
  fields:
    'The fields of study that programs belong to, each with its CIP code. The program finder groups and filters programs by field; a field can also be the subject of an outcome.',
  institutions: 'The colleges (or other providers) that offer the programs. Programs name their college by its `id`.',
  programs:
    'One record per program a college offers: what it leads to, how long it takes, what it costs, when it starts and which jobs it prepares for.',
  sources:
    'The reports and data sets that outcome figures come from. Every outcome cites one source by its `id`, and the outcome card links to it. If figures are illustrative (invented for a demonstration), the source must say so in its name and description.',
  outcomes:
    'One figure each: a completion rate, an employment rate, median earnings, a count. Every outcome says what it is about (`subject`), what was measured (`metric`), whether a figure was published (`status`), who was counted, when, and which source it comes from.',
  members: 'The organisations in a coalition, for the member directory. Each membership carries an "as of" date, because rosters change.',
};

/** Where the Required column says more than the JSON Schema can (the validator's extra rules). */
const REQUIRED_WHEN = {
  outcomes: {
    'subject.id': 'unless `type` is `consortium`',
    label: 'when `metric` is `custom`',
    value: 'when `status` is `reported`',
    unit: 'when `status` is `reported`',
    currency: 'when `unit` is `currency`',
    cohort: 'when `status` is `reported`',
    'cohort.size': 'when `status` is `reported`',
  },
};

/** Closed lists long enough to get their own table below the section's table. */
const LISTED_BELOW = { outcomes: { metric: '[Metrics](#metrics)', status: '[Statuses](#statuses)' } };

/** Extra words for the Allowed values column. */
const VALUE_NOTES = {
  outcomes: {
    value: 'from 0 to 100 when `unit` is `percent`',
    distribution: 'in order: `p25` ≤ `median` ≤ `p75`',
    'period.end': 'not before `start`',
    'benchmark.value': 'from 0 to 100 when `unit` is `percent`',
  },
};

const METRIC_WORDS = {
  'completion-rate': ['Share of a starting group that completed the program.', 'percent'],
  'retention-rate': ['Share of participants who stayed enrolled or completed.', 'percent'],
  'employment-rate-q2': ['WIOA Employment Rate 2nd Quarter After Exit.', 'percent'],
  'employment-rate-q4': ['WIOA Employment Rate 4th Quarter After Exit.', 'percent'],
  'median-earnings-q2': ['WIOA Median Earnings 2nd Quarter After Exit: earnings in one quarter, not a year.', 'currency'],
  'median-annual-earnings': [
    'Median earnings over a year, such as College Scorecard field-of-study earnings (CTDL `medianEarnings`).',
    'currency',
  ],
  'credential-attainment-rate': ['WIOA Credential Attainment Rate: a credential earned within one year after exit.', 'percent'],
  'number-awarded': ['Number of credentials awarded or of completers (CTDL `numberAwarded`).', 'count'],
  'number-enrolled': ['Number of participants or students enrolled.', 'count'],
  custom: ['Anything else; give it a `label`.', 'any'],
};

const STATUS_WORDS = {
  reported: 'The source publishes a figure. Give `value`, `unit` and `cohort.size`.',
  suppressed:
    'The source withholds the figure, usually to protect a small group (College Scorecard\'s "PrivacySuppressed"). Leave out `value`; say why in `caveats`.',
  'not-available': 'Nothing is published for this figure.',
  'not-applicable': 'The measure does not apply, such as term-to-term retention for a one-week course.',
};

const QUALIFIER_WORDS = {
  exact: 'the number as published',
  approximately: '"about 82%"',
  'more-than': '"more than 1,300"',
  'less-than': '"fewer than 10"',
};

const STANDARDS = [
  [
    'fields',
    'CIP 2020 codes (Classification of Instructional Programs), with the edition stored next to each code; CTDL `instructionalProgramType`.',
  ],
  ['institutions', 'schema.org `Organization` (`logo`, `address`); CTDL `CredentialOrganization`; IPEDS unit ids.'],
  [
    'programs',
    'schema.org `EducationalOccupationalProgram` (`timeToComplete`, `numberOfCredits`, `offers`, `startDate`, `occupationalCategory`); CTDL `Certificate`; SOC 2018 occupation codes.',
  ],
  ['sources', 'CTDL `AggregateDataProfile` `source`: every figure cites where it comes from.'],
  [
    'outcomes',
    'CTDL `AggregateDataProfile`, `EmploymentOutcomeProfile` and `EarningsProfile`; the WIOA primary indicators (U.S. Department of Labor); College Scorecard practice for medians and suppressed small cohorts.',
  ],
  ['members', 'schema.org `Organization` (`member`, `memberOf`, `logo`), with an "as of" date on every membership.'],
];

/* ------------------------------------------------------------------------------------------
 * The property tables, walked from the JSON Schema.
 * ---------------------------------------------------------------------------------------- */

const code = (s) => `\`${s}\``;
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeWords(prop) {
  if (prop.enum) return 'text';
  switch (prop.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'object':
      return 'object';
    case 'array': {
      const item = typeWords(prop.items);
      return `list of ${{ object: 'objects', number: 'numbers', 'whole number': 'whole numbers' }[item] ?? item}`;
    }
    default:
      return fail(`no words for the JSON type ${JSON.stringify(prop.type)}`);
  }
}

function valueWords(prop, name, where, listedBelow) {
  const words = [];
  if (prop.enum) words.push(listedBelow ? `one of those in ${listedBelow}` : `one of ${prop.enum.map(code).join(', ')}`);
  if (prop.pattern) {
    const phrase = PATTERN_WORDS[prop.pattern];
    const text = typeof phrase === 'function' ? phrase(name) : phrase;
    if (!text) fail(`no words for the pattern ${prop.pattern} at ${where}: add them to PATTERN_WORDS`);
    words.push(text);
  }
  if (prop.type === 'string' && !prop.pattern && !prop.enum) {
    const limits = [];
    if (prop.minLength === 1) limits.push('not empty');
    else if (prop.minLength !== undefined) limits.push(`at least ${prop.minLength} characters`);
    if (prop.maxLength !== undefined) limits.push(`at most ${prop.maxLength} characters`);
    words.push(limits.join(', '));
  }
  if (prop.minimum !== undefined && prop.maximum !== undefined) words.push(`from ${prop.minimum} to ${prop.maximum}`);
  else if (prop.minimum !== undefined) words.push(`${prop.minimum} or more`);
  else if (prop.maximum !== undefined) words.push(`${prop.maximum} or less`);
  if (prop.type === 'array') {
    if (prop.minItems) words.push(`at least ${prop.minItems}`);
    if (prop.items.type !== 'object') {
      const each = valueWords(prop.items, name, `${where}[]`);
      if (each) words.push(`each ${each}`);
    }
  }
  if (prop.default !== undefined) words.push(`default ${code(prop.default)}`);
  return words.filter(Boolean).join('; ');
}

/**
 * One row per property, with nested paths: `address.locality`, `occupations[].soc`. `parent`
 * says how the enclosing object is present: null (the record itself), a required object, an
 * optional one, or each item of a list.
 */
function walk(objectSchema, prefix = '', parent = null) {
  const rows = [];
  const required = new Set(objectSchema.required ?? []);
  for (const [name, prop] of Object.entries(objectSchema.properties ?? {})) {
    const path = prefix + name;
    let presence = 'optional';
    if (required.has(name)) {
      if (!parent || parent.kind === 'required') presence = 'required';
      else if (parent.kind === 'list') presence = `required in each item of ${code(parent.path)}`;
      else presence = `required if ${code(parent.path)} is given`;
    }
    // What the validator does with a bad value here (src/contract/validate.ts): it drops the
    // innermost optional property or list item around it, or leaves the record out.
    const bad = !required.has(name)
      ? prop.type === 'array' && prop.items?.type !== 'object'
        ? 'bad items dropped'
        : 'dropped'
      : !parent
        ? 'record left out'
        : parent.bad;
    rows.push({ path, name, prop, presence, bad });
    const kind = parent?.kind === 'required' || !parent ? (required.has(name) ? 'required' : 'optional') : 'optional';
    const inside = required.has(name) ? bad : `${code(path)} dropped`;
    if (prop.type === 'object' && prop.properties) rows.push(...walk(prop, `${path}.`, { kind, path, bad: inside }));
    if (prop.type === 'array' && prop.items?.type === 'object') {
      rows.push(...walk(prop.items, `${path}[].`, { kind: 'list', path, bad: `the item of ${code(path)} dropped` }));
    }
  }
  return rows;
}

function checkNamedPaths(table, rows, ...maps) {
  const known = new Set(rows.map((r) => r.path));
  for (const map of maps) {
    for (const path of Object.keys(map[table] ?? {})) {
      if (!known.has(path)) fail(`the note for ${table} ${path} names a property that the schema does not have`);
    }
  }
}

function checkWords(what, words, values) {
  for (const value of values) if (!words[value]) fail(`no words for the ${what} ${code(value)}: add them to scripts/contract-doc.mjs`);
  for (const value of Object.keys(words))
    if (!values.includes(value)) fail(`words for the ${what} ${code(value)}, which the schema does not have`);
}

function table(key, rows) {
  checkNamedPaths(key, rows, REQUIRED_WHEN, VALUE_NOTES, LISTED_BELOW);
  const lines = ['| Property | Type | Required | Allowed values | When wrong | Meaning |', '| --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const when = REQUIRED_WHEN[key]?.[row.path];
    const presence = when ? `${row.presence}; required ${when}` : row.presence;
    const values = [valueWords(row.prop, row.name, `${key} ${row.path}`, LISTED_BELOW[key]?.[row.path]), VALUE_NOTES[key]?.[row.path]]
      .filter(Boolean)
      .join('; ');
    // What it means comes from the schema's own descriptions (src/contract/schema-docs.ts).
    const note = row.prop.description ?? fail(`no description for ${key} ${row.path} in the schema`);
    const bad =
      key === 'header'
        ? row.path === 'contractVersion'
          ? 'nothing is shown'
          : 'warning; the records still show'
        : when && row.bad !== 'record left out'
          ? `${row.bad}; record left out where it is required`
          : row.bad;
    lines.push(`| ${[code(row.path), typeWords(row.prop), presence, values, bad, note].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/* ------------------------------------------------------------------------------------------
 * Examples: records of the sample documents that the validator accepts without a word.
 * ---------------------------------------------------------------------------------------- */

const samples = SAMPLES.map((file) => {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const { issues } = validate(doc);
  const clean = (pointer) => !issues.some((i) => i.path === pointer || i.path.startsWith(`${pointer}/`));
  return { file, doc, clean };
});

/** The table paths a record fills in; null if it has a property the contract does not know. */
function coverage(record, rows) {
  const known = new Map(rows.map((r) => [r.path, r.prop]));
  const found = new Set();
  const visit = (value, prefix) => {
    for (const [name, v] of Object.entries(value)) {
      const path = prefix + name;
      if (!known.has(path)) return false;
      found.add(path);
      // An object keyed by its own names (`translations`, by language tag) is one row of the table.
      if (known.get(path).type === 'object' && !known.get(path).properties) continue;
      if (Array.isArray(v) && v.some((x) => typeof x === 'object')) {
        if (!v.every((x) => visit(x, `${path}[].`))) return false;
      } else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
        if (!visit(v, `${path}.`)) return false;
      }
    }
    return true;
  };
  return visit(record, '') ? found.size : null;
}

/**
 * The example for a section: among clean records that pass `accept`, the one that fills in the
 * most properties of the table; of those, the shortest.
 */
function pickExample(candidates, rows, accept = () => true) {
  let best = null;
  for (const { record, from } of candidates) {
    if (!accept(record)) continue;
    const score = coverage(record, rows);
    if (score === null) continue;
    const size = JSON.stringify(record).length;
    if (!best || score > best.score || (score === best.score && size < best.size)) best = { record, from, score, size };
  }
  return best;
}

function sectionCandidates(section) {
  return samples.flatMap(({ file, doc, clean }) =>
    (doc[section] ?? [])
      .map((record, i) => ({ record, from: `\`${file}\`, \`${section}[${i}]\`` }))
      .filter((c, i) => clean(`/${section}/${i}`)),
  );
}

const OUTCOME_EXAMPLES = [
  ['A reported figure with its cohort', (o) => o.status === 'reported' && o.cohort?.size !== undefined],
  ['A suppressed figure', (o) => o.status === 'suppressed'],
];

function exampleBlock(title, picked, what) {
  if (!picked) fail(`no clean record in the samples for the example: ${what}`);
  return `${title} (from ${picked.from}):\n\n\`\`\`json\n${JSON.stringify(picked.record, null, 2)}\n\`\`\``;
}

/* ------------------------------------------------------------------------------------------
 * A problem report, made by the validator from a broken copy of the consortium sample.
 * ---------------------------------------------------------------------------------------- */

function problemReport() {
  const doc = structuredClone(samples[0].doc);
  // Break records that nothing else names, so that each mistake gives exactly one line.
  const named = new Set(doc.outcomes.map((o) => o.subject.id));
  const programs = doc.programs.map((p, i) => (i >= 3 && !named.has(p.id) ? i : -1)).filter((i) => i >= 0);
  const reported = doc.outcomes.map((o, i) => (o.status === 'reported' && o.cohort?.size !== undefined ? i : -1)).filter((i) => i >= 0);
  if (programs.length < 2 || reported.length < 2) fail('the consortium sample is too small for the problem report');
  doc.dateModified = 'last week';
  doc.programs[programs[0]].timeToComplete = 'one year';
  doc.programs[programs[1]].institution = 'no-such-college';
  delete doc.outcomes[reported[0]].cohort.size;
  doc.outcomes[reported[1]].source = 'no-such-report';
  const lines = validate(doc).issues.map((i) => `${i.severity}: ${i.path}: ${i.message}`);
  const fatal = validate({ ...doc, contractVersion: '2.0' }).issues.map((i) => `${i.severity}: ${i.path}: ${i.message}`);
  return { lines, fatal };
}

/* ------------------------------------------------------------------------------------------
 * The document.
 * ---------------------------------------------------------------------------------------- */

function render() {
  checkWords('metric', METRIC_WORDS, schema.properties.outcomes.items.properties.metric.enum);
  checkWords('status', STATUS_WORDS, schema.properties.outcomes.items.properties.status.enum);
  checkWords('qualifier', QUALIFIER_WORDS, schema.properties.outcomes.items.properties.valueQualifier.enum);
  checkWords('section title', SECTION_TITLES, SECTIONS);
  checkWords('section intro', SECTION_INTROS, SECTIONS);
  checkWords('section standard', Object.fromEntries(STANDARDS), SECTIONS);

  const headerSchema = { properties: Object.fromEntries(HEADER.map((n) => [n, schema.properties[n]])), required: schema.required };
  const headerRows = walk(headerSchema);
  const headerCandidates = samples.map(({ file, doc }) => ({
    record: Object.fromEntries(HEADER.filter((n) => n in doc).map((n) => [n, doc[n]])),
    from: code(file),
  }));
  const header = pickExample(headerCandidates, headerRows);
  if (!header) fail('no sample has a clean document header');
  const headerExample = { $schema: schema.$id, ...header.record };
  const { lines: report, fatal } = problemReport();
  const sectionList = SECTIONS.map(code).join(', ');

  const parts = [];
  parts.push(`# The stem-widgets data contract, version ${MAJOR}

<!-- Generated by scripts/contract-doc.mjs from the schema in src/contract/. Do not edit by hand:
change the schema or the script, then run \`node scripts/contract-doc.mjs\`. -->

## What this is

Your programs, colleges, fields of study, outcome figures, their sources and your members go in **one JSON file**. Every stem-widgets widget on your website (the program finder, the outcome cards, the member directory) reads that same file, so you change a fact in one place and every page shows it.

JSON is plain text: you can edit it in any text editor, or export it from a spreadsheet or a database. This page lists every property the file can hold, what values are allowed, and one example of each kind of record.

## How to check your file

- **In the data checker.** Open the demo site's *Data checker* page (\`npm start\`, then *Data checker*), then drop, choose or paste your file. It lists every problem in plain words with its place in the file, and shows the three widgets on your data. Where a fix can be derived (a date written 8/30/2027, a length written "10 months", "In person" for \`in-person\`, a state's name for its code, a misspelt property name), *Apply the suggested fixes* mends them and gives you the corrected file to download. Nothing is uploaded: the file is checked in your browser. The page speaks English or Spanish (*English* / *Español* beside its navigation), the problems included.
- **On the command line.** After installing the command line (see [From a spreadsheet](#from-a-spreadsheet)), \`npx stem-widgets validate data.json\` (or a web address) prints each problem with its path, line and column, the value to write instead where one can be derived, and how many records the widgets show, leave out and show without a bad value. \`--json\` prints the same for programs; \`--strict\` also lists properties the contract does not know; \`--lang es\` says it all in Spanish (without it, the terminal's language: \`LC_ALL\`, \`LC_MESSAGES\`, then \`LANG\`). Exit codes:

  | code | when |
  | --- | --- |
  | 0 | every file is valid (with \`--strict\`: and has no unknown property) |
  | 1 | a file is JSON but has problems, including one the widgets cannot show at all (another contract version, no section, not an object) |
  | 2 | a file could not be read as JSON: no such file, a folder, no permission, an empty file, a syntax error, a network failure or an HTTP error |
- **In a code editor.** Put \`"$schema": "${schema.$id}"\` at the top of the file (see the example below; until the package is published, give the address of your copy of \`stem-data-contract.schema.json\` instead). Editors such as VS Code then underline mistakes as you type, suggest property names and values, and explain each property when you point at it.
- **On your web page.** The widgets check the file every time they load it. Open the browser's developer console: one \`[stem-widgets]\` group lists every problem with its place in the file. Add the \`show-errors\` attribute to \`<stem-data>\` to also show, on the page, why a file could not be used at all.
- **With any JSON Schema tool.** The schema is published in the npm package as \`dist/stem-data-contract.schema.json\` (JSON Schema draft 2020-12, made from the same definition the widgets use) and in the release zip as \`stem-data-contract.schema.json\`; once the package is published, also online at ${schema.$id}. Developers can also call \`validate()\` from \`stem-widgets\`.

The sample files \`src/sample/consortium.json\` (a consortium of community colleges) and \`src/sample/coalition.json\` (an advocacy coalition) in the repository are complete, valid examples.

## From a spreadsheet

You can keep your data in a spreadsheet (Excel, Google Sheets, LibreOffice) and let \`stem-widgets import\` write the JSON file. You need Node.js 20 or newer. Install the command line first: in an empty folder, run \`npm install ./stem-widgets-<version>.tgz\` (the package file from the release, beside the zip), then run the commands below in that folder.

1. **Get the templates.** \`npx stem-widgets templates my-data --xlsx\` writes one Excel workbook, \`my-data/stem-widgets-data.xlsx\`, with a sheet per section (${SECTIONS.map((s) => `\`${s}\``).join(', ')}). Each column header has a note saying what it holds and allows, and closed lists have drop-down lists. Without \`--xlsx\` it writes ${SECTIONS.map((s) => `\`${s}.csv\``).join(', ')} instead. Each sheet or file has the header row and one example row. Next to the main texts is a column for their Spanish translation, such as \`name@es\` after \`name\`: fill it in, or leave it empty (see below).
2. **Fill them in.** Keep the header row as it is, replace the example row with your rows (one record per row), and leave out sheets or files you do not need. Leave a cell empty when you have nothing for it. In a cell that holds a list, put one item per line (Alt+Enter). The columns are listed below; the tables further down say what each one means and what it allows.
3. **Save.** A workbook: save it as *Excel Workbook (.xlsx)*; sheets named as no section are ignored, with a warning. CSV files: in Excel, *Save As* → *CSV UTF-8 (Comma delimited)*; in Google Sheets, *File* → *Download* → *Comma-separated values*, once per sheet. Keep the file names.
4. **Import.** \`npx stem-widgets import my-data/stem-widgets-data.xlsx --publisher "Your consortium" --out data.json\` (or \`import my-data\` for the CSV files, or a folder holding one workbook). Messages name the sheet of a workbook: \`stem-widgets-data.xlsx, sheet programs, row 5, column G (timeToComplete)\`. The same for CSV files: \`npx stem-widgets import my-data --publisher "Your consortium" --out data.json\`. Every mistake is reported with its file, row and column, such as \`programs.csv, row 5, column G (timeToComplete)\`, with what to write instead where that can be derived. What the importer changed to fit the contract is said once per column, with the rows it touched (a *note*). A bad optional value is a warning: the record is still written, and the widgets show it without that value. The file is written only when no record would be left out, and the last line counts the rows read, written and left out. \`--publisher-url\` adds your website; \`--date\` sets \`dateModified\` (today by default); \`--day-first\` reads dates such as 30/08/2027 day first; \`--language es\` says the sheets are written in Spanish (the file's \`language\`; English when left out).
5. **Check and publish.** \`npx stem-widgets validate data.json\`, or the data checker, then put \`data.json\` on your website.

How cells are read:

- A column such as \`address.locality\` fills a property inside another: \`"address": { "locality": "…" }\`. Column names are not case-sensitive.
- Numbers may be written as a spreadsheet shows them: \`4,350\`, \`$4,350\`, \`82%\`. Yes/no columns take \`true\`, \`false\`, \`yes\`, \`no\`, \`Y\`, \`N\` (and \`sí\`).
- Dates may be written as Excel saves them in the US: \`8/30/2027\` (month first; \`--day-first\` for 30/08/2027), \`August 30, 2027\`, or as Excel's date number (\`46629\`). A date that could be read both ways, in a column that also holds one that can only be read the other way, is an error that gives both readings.
- Lengths may be written in words, in English or Spanish: \`10 months\`, \`1 year\`, \`1.5 years\`, \`16 weeks\`, \`1 año\`, \`120 hours\` become \`P10M\`, \`P1Y\`, \`P18M\`, \`P16W\`, \`P1Y\`, \`PT120H\`.
- Values from a closed list may be written in any case, with spaces or hyphens: \`In person\`, \`Certificate\`, \`Leadership Council\` (and \`presencial\`, \`en línea\`, \`híbrido\`). States may be written by name (\`Michigan\` for \`MI\`), countries as \`USA\`, web addresses without \`https://\`.
- A column header that is not a column, standing where one is missing, is answered with the column it most likely is (\`timeToComplet\`: did you mean \`timeToComplete\`?).
- A list (such as \`modes\` or \`caveats\`) has one item per line of its cell (Alt+Enter in Excel, Ctrl+Enter in Google Sheets). Lists of codes (modes, dates, SOC codes, roles) may also separate items with semicolons.
- Lists of objects are spread over columns read side by side: the first line of \`occupations.soc\` goes with the first line of \`occupations.title\`, and a member's \`memberships.role\` with its \`memberships.asOf\`.
- A translation is the column of the text it translates with \`@\` and a language tag: \`name@es\` fills \`"translations": { "es": { "name": "…" } }\` of the record, \`credential.name@es\` the credential's, and \`occupations.title@es\` each occupation's, read side by side with the other \`occupations\` columns (one line per occupation). A list such as \`caveats@es\` is the whole list, translated, one item per line. Any language tag works (\`es\`, \`es-US\`, \`fr\`), and the part before the \`@\` is not case-sensitive. An empty cell means no translation: the widgets show the text of the column it translates.
- Only text that visitors read is translated: a column such as \`id@es\` or \`cost.amount@es\` is ignored, with a warning that lists the columns that can be; so is \`name@spanish\`, answered with \`name@es\`.
- Commas, quotes and line breaks inside a cell are fine: the spreadsheet quotes them when it saves.

The columns of each file (a translation may name any language in place of \`es\`):

${SECTIONS.map(
  (s) =>
    `- \`${s}.csv\`: ${CSV_COLUMNS[s].map((c) => `\`${c.name}\``).join(', ')}; translations: ${CSV_COLUMNS[s]
      .filter((c) => c.translatable)
      .map((c) => `\`${c.name}@es\``)
      .join(', ')}`,
).join('\n')}

## Text in more than one language

Since version 1.1 a file can carry its text in more than one language, for bilingual sites and for students who read Spanish first.

- \`language\` at the top says the language the file is written in: \`"en"\` (the default) or \`"es"\`.
- Any record, and the objects inside it that hold text for visitors (a credential, a cost, an occupation, a cohort, a benchmark, a membership), can have \`translations\`: the same text properties, under a language tag. For example, a program: \`"translations": { "es": { "name": "Certificado en Ciberseguridad", "description": "…" } }\`, and its credential: \`"credential": { "name": "Certificate", "category": "certificate", "translations": { "es": { "name": "Certificado" } } }\`.
- Lists (\`prerequisites\`, \`certifications\`, \`caveats\`) are translated whole: the Spanish list replaces the English one.
- A widget in Spanish shows the Spanish text and, where a text has no translation, the file's own, marked as English for screen readers. Translate what visitors read: names, descriptions, credential names, populations, cohort labels, caveats, source names. Ids, codes, dates and numbers are never translated.
- In a spreadsheet, a translation is its column with \`@\` and the language: \`name@es\`, \`description@es\`, \`credential.name@es\` (see [From a spreadsheet](#from-a-spreadsheet)); \`stem-widgets import --language es\` writes \`language\` for sheets written in Spanish.
- A mistake in a translation drops only that translation: the record is still shown, in its own language.

## Versioning

- Write \`"contractVersion": "${CONTRACT_VERSION}"\`. This library reads version ${MAJOR}.x.
- A file with a higher minor version (such as \`"${MAJOR}.3"\`) is accepted. Properties this library does not know are ignored, so newer files still work with older widgets, and you can add your own properties.
- A file with a different major version (such as \`"2.0"\`) is refused with a clear message, because its meaning may have changed.

## What happens with mistakes

A mistake in one record does not hide the rest of your data.

- **Fatal: nothing is shown.** The file is not valid JSON or not a JSON object; \`contractVersion\` is missing or has another major version; or the file has none of the sections ${sectionList}.
- **Error: the record is left out.** A record without what it cannot be shown without (its id, its name, a reference, a figure's source: the *When wrong* column below says which) is left out and reported with its JSON Pointer path: \`/programs/3/name\` means the \`name\` of the fourth program (counting starts at 0). Whatever names that record later says it was left out and points at the cause. A record whose \`id\` repeats an earlier one in the same section is left out too. A section that is not a list is left out.
- **Warning: the record is shown, but fix it.** A bad optional value (one start date, a cost, a logo, a length written \`one year\`) is dropped, and the record is shown without it. A drop can take what holds the value with it: a \`cost\` without its \`amount\`, a list left empty (a member's only membership is what it cannot be shown without, so that member is left out). A program naming an institution or field that is not in the file is kept. So is an outcome whose \`subject\` names a record that is not in the file, or whose \`benchmark\` cites a missing source. A problem in \`publisher\` or \`dateModified\` is a warning too.
- **An outcome citing a source that is not in \`sources\` is left out**, because every figure must cite its source.

Here is what the report says for a copy of the consortium sample with five mistakes put in (a date in words, a duration in words, a program naming a missing college, a reported figure without its cohort size, and a figure citing a missing source):

\`\`\`text
${report.join('\n')}
\`\`\`

And for a file that says \`"contractVersion": "2.0"\`:

\`\`\`text
${fatal.join('\n')}
\`\`\`

## Rules beyond the tables

The JSON Schema cannot express these; the widgets check them, and editors do not:

- A \`reported\` outcome needs \`value\`, \`unit\` and \`cohort.size\`.
- \`unit\` \`currency\` needs \`currency\` (such as \`USD\`).
- With \`unit\` \`percent\`, the value and the benchmark value are from 0 to 100.
- \`metric\` \`custom\` needs a \`label\`.
- An outcome's \`subject\` needs an \`id\` unless its \`type\` is \`consortium\`.
- A \`period\`'s \`start\` is not after its \`end\` (\`2024\` and \`2024-07\` are compared as far as both go).
- \`distribution\` percentiles are in order: \`p25\`, then \`median\`, then \`p75\`.
- References between sections must match an \`id\`: see [What happens with mistakes](#what-happens-with-mistakes).

## Showing outcomes honestly

- **Four statuses, four meanings.** \`reported\`, \`suppressed\`, \`not-available\` and \`not-applicable\` mean different things (see [Statuses](#statuses)). When the source suppressed a figure, add the outcome with status \`suppressed\`: do not leave it out, and never write 0.
- **Say how exact a figure is.** If the source says "more than 1,300", write \`"value": 1300, "valueQualifier": "more-than"\`; do the same for the cohort with \`sizeQualifier\`. Qualifiers: ${Object.entries(
    QUALIFIER_WORDS,
  )
    .map(([q, w]) => `\`${q}\` (${w})`)
    .join(', ')}.
- **Cite every figure** in \`sources\`, with a link where there is one, and say who was counted (\`population\`, \`cohort\`), when (\`period\`, \`monthsAfterExit\`) and how many (\`cohort.size\`).
- **Publish only figures your source publishes.** Never compute a rate yourself, and never average rates across programs or colleges: a field-wide rate must be counted over all its students, by the source.
- **Mark illustrative data.** If figures are invented for a demonstration, the source's \`name\` and \`description\` must say so, as the sample's \`illustrative\` source does.
- A \`benchmark\` is shown labelled as a benchmark, never as a result.

## Standards

The contract borrows its names and meanings from these standards, so your data maps onto them.

| Section | Aligns with |
| --- | --- |
${STANDARDS.map(([s, w]) => `| ${code(s)} | ${cell(w)} |`).join('\n')}

## Reading the tables

- A path such as \`address.locality\` is a property inside another: \`"address": { "locality": "Arnold" }\`.
- \`[]\` means each item of a list: \`occupations[].soc\` is the \`soc\` of each occupation.
- Required properties must be there; optional ones can be left out. A required property inside an optional object is required only when that object is given.
- **When wrong** says what the widgets do with a bad or missing value: a record is left out only
  when it cannot be shown honestly without it (its id, its name, a reference, a figure's source);
  a bad optional value is dropped with a warning and the record is still shown. Every message
  names the JSON path and, where one can be derived, the value to write instead.
- Anything not listed is ignored. A property of similar spelling to a missing one (\`timeToComplet\`)
  is a warning that names the right one; other unknown properties are listed by the data checker
  and \`stem-widgets validate --strict\`, never in the browser console.

## Document header

The file is one JSON object. Next to these properties it holds at least one of the sections ${sectionList}, each a list of records.

${table('header', headerRows)}

Example (from ${header.from}, with \`$schema\` added):

\`\`\`json
${JSON.stringify(headerExample, null, 2)}
\`\`\``);

  for (const section of SECTIONS) {
    const rows = walk(schema.properties[section].items);
    const candidates = sectionCandidates(section);
    const examples =
      section === 'outcomes'
        ? OUTCOME_EXAMPLES.map(([title, accept]) => exampleBlock(title, pickExample(candidates, rows, accept), `${section}: ${title}`))
        : [exampleBlock('Example', pickExample(candidates, rows), section)];
    let extra = '';
    if (section === 'outcomes') {
      const metrics = Object.entries(METRIC_WORDS).map(
        ([m, [w, unit]]) => `| ${code(m)} | ${cell(w)} | ${unit === 'any' ? 'any' : code(unit)} |`,
      );
      const statuses = Object.entries(STATUS_WORDS).map(([s, w]) => `| ${code(s)} | ${cell(w)} |`);
      extra = `

### Metrics

| Metric | Meaning | Usual unit |
| --- | --- | --- |
${metrics.join('\n')}

### Statuses

| Status | Meaning |
| --- | --- |
${statuses.join('\n')}`;
    }
    parts.push(`## ${SECTION_TITLES[section]}: \`${section}\`

${SECTION_INTROS[section]}

${table(section, rows)}${extra}

${examples.join('\n\n')}`);
  }
  return parts.join('\n\n') + '\n';
}

const config = (await prettier.resolveConfig(OUT)) ?? {};
const text = await prettier.format(render(), { ...config, filepath: OUT });

if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : null;
  if (current !== text) {
    fail(`${OUT} is ${current === null ? 'missing' : 'out of date with the schema or the samples'}: run node scripts/contract-doc.mjs`);
  }
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`contract-doc: wrote ${OUT}`);
}

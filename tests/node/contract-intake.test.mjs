// Generated over the contract's own JSON Schema, so that a property added later is covered
// without a new test: what the validator does with a bad value in every property (drop it and
// keep the record, or leave the record out and say why wherever it is named), and that a
// misspelt property name is answered with the right one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importTs } from '../../scripts/import-ts.mjs';

// One bundle, so that the advice knows the very schema objects the validator checks with.
const entry = join(mkdtempSync(join(tmpdir(), 'stem-intake-')), 'entry.ts');
const src = (file) => JSON.stringify(resolve(file));
writeFileSync(
  entry,
  ['contract/json-schema.ts', 'contract/validate.ts', 'contract/advice.ts', 'tools/apply-fixes.ts']
    .map((f) => `export * from ${src(`src/${f}`)};`)
    .join('\n'),
);
const { contractJsonSchema, validate, ADVICE, applyFixes } = await importTs(entry);
// The tools' advice: did you mean, unknown properties, the value to write instead.
const advised = (doc) => validate(doc, { advise: ADVICE });
const schema = contractJsonSchema();
const SECTIONS = ['fields', 'institutions', 'programs', 'sources', 'outcomes', 'members'];

/** One record per section with every property set, naming each other (illustrative values). */
const FULL = {
  fields: {
    id: 'f1',
    name: 'Mechatronics',
    cip: { code: '15.0403', version: '2020' },
    description: 'Machines and controls.',
    translations: { es: { name: 'Mecatrónica', description: 'Máquinas y controles.' } },
  },
  institutions: {
    id: 'i1',
    name: 'Example College',
    url: 'https://example.edu',
    address: { streetAddress: '1 College Way', locality: 'Arnold', region: 'MD', postalCode: '21012', country: 'US' },
    geo: { latitude: 39, longitude: -76.5 },
    ipedsUnitId: '161572',
    logo: 'https://example.edu/logo.png',
    translations: { es: { name: 'Colegio de Ejemplo' } },
  },
  programs: {
    id: 'p1',
    name: 'Mechatronics Certificate',
    institution: 'i1',
    field: 'f1',
    url: 'https://example.edu/mech',
    description: 'One year.',
    credential: { name: 'Certificate', category: 'certificate', translations: { es: { name: 'Certificado' } } },
    timeToComplete: 'P1Y',
    numberOfCredits: 30,
    modes: ['in-person'],
    cost: { amount: 4000, currency: 'USD', description: 'Tuition', translations: { es: { description: 'Matrícula' } } },
    financialAidEligible: true,
    startDates: ['2027-08-30'],
    prerequisites: ['A diploma'],
    occupations: [
      { soc: '17-3024', title: 'Electro-Mechanical Technologists', translations: { es: { title: 'Tecnólogos electromecánicos' } } },
    ],
    certifications: ['A certification'],
    translations: {
      es: {
        name: 'Certificado en Mecatrónica',
        description: 'Un año.',
        prerequisites: ['Un diploma'],
        certifications: ['Una certificación'],
      },
    },
  },
  sources: {
    id: 's1',
    name: 'Illustrative report',
    publisher: 'Example College',
    url: 'https://example.edu/r',
    datePublished: '2026',
    description: 'Not real.',
    translations: { es: { name: 'Informe ilustrativo', publisher: 'Colegio de Ejemplo', description: 'No es real.' } },
  },
  // `not-available` with no unit: the rules that make a property required for a reported
  // figure do not apply, so each optional property is optional here.
  outcomes: {
    id: 'o1',
    subject: { type: 'program', id: 'p1' },
    metric: 'completion-rate',
    label: 'Completion',
    status: 'not-available',
    value: 50,
    valueQualifier: 'exact',
    currency: 'USD',
    cohort: { size: 40, sizeQualifier: 'exact', label: 'Entering students', translations: { es: { label: 'Estudiantes que ingresaron' } } },
    period: { start: '2024-08', end: '2025-07' },
    population: 'Students who started',
    monthsAfterExit: 6,
    distribution: { p25: 1, median: 2, p75: 3 },
    benchmark: { label: 'State average', value: 40, source: 's1', translations: { es: { label: 'Promedio estatal' } } },
    source: 's1',
    caveats: ['Illustrative.'],
    translations: { es: { label: 'Finalización', population: 'Estudiantes que empezaron', caveats: ['Ilustrativo.'] } },
  },
  members: {
    id: 'm1',
    name: 'Example College',
    url: 'https://example.edu',
    logo: 'https://example.edu/logo.png',
    description: 'A member.',
    sector: 'college',
    region: 'MD',
    memberships: [{ role: 'member', body: 'Council', since: '2019', asOf: '2026', translations: { es: { body: 'Consejo' } } }],
    translations: { es: { name: 'Colegio de Ejemplo', description: 'Un miembro.', region: 'MD' } },
  },
};

const documentWith = (section, record) => ({
  contractVersion: '1.0',
  publisher: { name: 'Test' },
  dateModified: '2026-12-01',
  ...Object.fromEntries(SECTIONS.map((s) => [s, [structuredClone(s === section ? record : FULL[s])]])),
});

/** Every property path of a record schema: { keys, required, inOptional, inList }. */
function properties(objectSchema, prefix = [], context = { inOptional: false, inList: false }) {
  const rows = [];
  const required = new Set(objectSchema.required ?? []);
  for (const [name, prop] of Object.entries(objectSchema.properties ?? {})) {
    const keys = [...prefix, name];
    rows.push({ keys, name, required: required.has(name), ...context });
    const inner = { inOptional: context.inOptional || !required.has(name), inList: context.inList };
    if (prop.type === 'object' && prop.properties) rows.push(...properties(prop, keys, inner));
    if (prop.type === 'array' && prop.items?.type === 'object')
      rows.push(...properties(prop.items, [...keys, 0], { ...inner, inList: true }));
  }
  return rows;
}

const recordSchema = (section) => schema.properties[section].items;
const pointer = (keys) => keys.map((k) => `/${k}`).join('');

function setAt(record, keys, value) {
  let node = record;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys.at(-1)] = value;
}

/** A value no property accepts in its place: text where a list or object goes, an object elsewhere. */
const badValueFor = (section, keys) => {
  let node = FULL[section];
  for (const key of keys) node = node?.[key];
  return typeof node === 'object' && node !== null ? 'not this' : { not: 'this' };
};

// Optional in the schema, but required by a rule for the base record: a program's outcome must
// name the program (only the consortium's need not).
const REQUIRED_HERE = new Set(['outcomes subject.id']);

// Who names a record of each section, and at which path.
const REFERENCES = {
  institutions: [['programs', '/programs/0/institution']],
  fields: [['programs', '/programs/0/field']],
  programs: [['outcomes', '/outcomes/0/subject/id']],
  sources: [['outcomes', '/outcomes/0/source']],
};

for (const section of SECTIONS) {
  const rows = properties(recordSchema(section));
  for (const row of rows) {
    const keys = row.keys;
    const path = `/${section}/0${pointer(keys)}`;
    // A required property of the record itself, or inside required objects, is what the record
    // cannot be shown without; anything else sits in an optional property or a list item.
    const essential = (row.required && !row.inOptional && !row.inList) || REQUIRED_HERE.has(`${section} ${keys.join('.')}`);
    if (!essential) {
      test(`${section}: a bad ${keys.join('.')} is dropped with a warning, and the record stays`, () => {
        const record = structuredClone(FULL[section]);
        // A list keeps another item, so that dropping the bad one leaves it not empty.
        const at = keys.indexOf(0);
        if (at > 0) {
          const list = keys.slice(0, at).reduce((node, key) => node[key], record);
          list.push(structuredClone(list[0]));
        }
        setAt(record, keys, badValueFor(section, keys));
        const result = validate(documentWith(section, record));
        assert.equal(result.data[section].length, 1, JSON.stringify(result.issues));
        const issue = result.issues.find((i) => i.path === path);
        assert.ok(issue, `no issue at ${path}: ${JSON.stringify(result.issues)}`);
        assert.equal(issue.severity, 'warning');
        assert.match(issue.message, /The record is shown without/);
        assert.ok(!result.issues.some((i) => i.severity === 'error'), JSON.stringify(result.issues));
        assert.deepEqual(result.leftOut, []);
        assert.equal(result.counts.dropped, 1);
        assert.equal(result.counts.kept, result.counts.records);
      });
    } else {
      test(`${section}: a bad ${keys.join('.')} leaves the record out, and what names it says why`, () => {
        const record = structuredClone(FULL[section]);
        setAt(record, keys, badValueFor(section, keys));
        const result = validate(documentWith(section, record));
        assert.equal(result.data[section].length, 0);
        const issue = result.issues.find((i) => i.path === path);
        assert.ok(issue, `no issue at ${path}: ${JSON.stringify(result.issues)}`);
        assert.equal(issue.severity, 'error');
        assert.equal(result.counts.leftOut, 1 + result.leftOut.filter((r) => r.section !== section).length);
        assert.equal(result.counts.kept + result.counts.leftOut, result.counts.records);
        // With its id unreadable, nothing can be matched to the record; every other cause is named.
        if (keys[0] === 'id') return;
        assert.ok(result.leftOut.some((r) => r.section === section && r.id === FULL[section].id && r.cause.startsWith(path)));
        for (const [from, at] of REFERENCES[section] ?? []) {
          const reference = result.issues.find((i) => i.path === at);
          assert.ok(reference, `${from} names ${FULL[section].id}, but says nothing at ${at}`);
          // It points at the cause, and does not say it again.
          assert.ok(reference.message.includes(`which was left out: ${path}`), reference.message);
          assert.ok(!reference.message.includes(`${path}:`), `the cause is said again: ${reference.message}`);
        }
        // Cause, not echo: no issue at the record other than the one cause.
        assert.deepEqual(
          result.issues.filter((i) => i.path.startsWith(`/${section}/0/`)).map((i) => i.path),
          [path],
        );
      });
    }
  }
}

/** Plain Levenshtein distance, written apart from the validator's own, to judge the typos. */
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** A one-edit typo: a letter missing for names of four letters or more; otherwise another case. */
const typoOf = (name) => (name.length >= 4 ? name.slice(0, -2) + name.at(-1) : name.toUpperCase());

for (const section of SECTIONS) {
  test(`${section}: a one-edit typo of every property name is answered with the right name`, () => {
    const rows = properties(recordSchema(section));
    let checked = 0;
    for (const row of rows) {
      const siblings = rows.filter(
        (r) => r.keys.length === row.keys.length && r.keys.slice(0, -1).join('.') === row.keys.slice(0, -1).join('.'),
      );
      const typo = typoOf(row.name);
      const nearest = Math.min(...siblings.filter((s) => s !== row).map((s) => distance(typo.toLowerCase(), s.name.toLowerCase())));
      // Equally close to another property: no single right answer to give.
      if (nearest <= distance(typo.toLowerCase(), row.name.toLowerCase())) continue;
      const record = structuredClone(FULL[section]);
      let parent = record;
      for (const key of row.keys.slice(0, -1)) parent = parent[key];
      parent[typo] = parent[row.name];
      delete parent[row.name];
      const result = advised(documentWith(section, record));
      const from = `/${section}/0${pointer([...row.keys.slice(0, -1), typo])}`;
      const issue = result.issues.find((i) => i.fix?.op === 'rename' && i.fix.from === from);
      assert.ok(issue, `nothing says ${typo} is ${row.name}: ${JSON.stringify(result.issues)}`);
      assert.equal(issue.fix.to, row.name);
      assert.ok(issue.message.includes(`'${row.name}'`), issue.message);
      assert.equal(issue.severity, row.required && !row.inOptional && !row.inList ? 'error' : issue.severity);
      assert.ok(!result.info.some((i) => i.path === from), 'a typo is not also listed as an unknown property');
      // Applying the fix gives back a document with no issue at all.
      const fixed = advised(applyFixes(documentWith(section, record), result.issues).document);
      assert.deepEqual(fixed.issues, []);
      checked++;
    }
    assert.ok(checked >= rows.length - 2, `only ${checked} of ${rows.length} names had a single right answer`);
  });
}

test('an unknown property with no near name is information, not a warning', () => {
  const record = { ...structuredClone(FULL.programs), internalNotes: 'for staff' };
  assert.deepEqual(validate(documentWith('programs', record)).info, [], 'the widgets do not look for them');
  const result = advised(documentWith('programs', record));
  assert.deepEqual(result.issues, []);
  assert.deepEqual(
    result.info.map((i) => [i.severity, i.path]),
    [['info', '/programs/0/internalNotes']],
  );
});

test('a bad period start is one problem, not also "an end before the start"', () => {
  const record = structuredClone(FULL.outcomes);
  record.period.start = '2024-13';
  const result = validate(documentWith('outcomes', record));
  assert.deepEqual(
    result.issues.map((i) => i.path),
    ['/outcomes/0/period/start'],
  );
});

test('the summary counts add up to the records in the file', () => {
  const doc = documentWith('programs', FULL.programs);
  doc.programs.push(
    { ...FULL.programs, id: 'p2', name: '' },
    { ...FULL.programs, id: 'p3', startDates: ['8/30/2027', '2027-09-01'] },
    'not a record',
  );
  const result = validate(doc);
  const inFile = SECTIONS.reduce((n, s) => n + doc[s].length, 0);
  assert.equal(result.counts.records, inFile);
  assert.equal(result.counts.kept + result.counts.leftOut, inFile);
  assert.equal(result.counts.leftOut, 2);
  assert.equal(result.counts.dropped, 1);
});

test('two bad items of one list are both dropped, and the good one stays', () => {
  const record = { ...structuredClone(FULL.programs), startDates: ['8/30/2027', '2027-09-01', '01/12/2027'] };
  const result = validate(documentWith('programs', record));
  assert.deepEqual(result.data.programs[0].startDates, ['2027-09-01']);
  assert.deepEqual(
    result.issues.map((i) => [i.severity, i.path]),
    [
      ['warning', '/programs/0/startDates/0'],
      ['warning', '/programs/0/startDates/2'],
    ],
  );
  assert.equal(result.counts.dropped, 2);
});

test('one bad web address is one problem, one drop, one fix', () => {
  const result = advised(documentWith('programs', { ...structuredClone(FULL.programs), url: 'www.example.edu/mech' }));
  assert.deepEqual(
    result.issues.map((i) => [i.path, i.fix?.value]),
    [['/programs/0/url', 'https://www.example.edu/mech']],
  );
  assert.equal(result.counts.dropped, 1);
});

test('a drop that a first drop makes necessary is said, and named by what is dropped in the end', () => {
  const record = structuredClone(FULL.outcomes);
  record.distribution = { p25: '10', median: 5, p75: 3 };
  const result = validate(documentWith('outcomes', record));
  assert.equal(result.data.outcomes.length, 1);
  assert.equal(result.data.outcomes[0].distribution, undefined);
  assert.ok(result.issues.length > 0);
  assert.ok(
    result.issues.every((i) => i.message.endsWith('The record is shown without distribution')),
    JSON.stringify(result.issues),
  );
  assert.equal(result.counts.dropped, 1);
});

test('a record left out names as its cause what it cannot be shown without, not a value that would only be dropped', () => {
  const record = structuredClone(FULL.institutions);
  record.url = 'not a web address';
  delete record.address.locality;
  const result = validate(documentWith('institutions', record));
  assert.equal(result.leftOut[0].path, '/institutions/0/address/locality');
  assert.equal(
    result.issues.find((i) => i.path === '/programs/0/institution').message,
    "names the institution 'i1', which was left out: /institutions/0/address/locality",
  );
});

test('a record that throws when read is left out alone; the others show', () => {
  const doc = documentWith('programs', FULL.programs);
  const hostile = () => {
    throw new Error('hostile');
  };
  doc.programs.push(new Proxy({}, { get: hostile, ownKeys: hostile, getOwnPropertyDescriptor: hostile, has: hostile }));
  const result = validate(doc);
  assert.equal(result.ok, true);
  assert.equal(result.data.programs.length, 1);
  assert.match(result.issues.find((i) => i.path === '/programs/1').message, /could not be read: hostile/);
});

test('a date that reads two ways gets both readings in words, but no fix to apply unread', () => {
  const record = { ...structuredClone(FULL.programs), startDates: ['01/12/2027'] };
  const [issue] = advised(documentWith('programs', record)).issues;
  assert.match(issue.message, /Write "2027-01-12" instead \(or "2027-12-01", if the day comes first\)/);
  assert.equal(issue.fix, undefined);
});

test('many bad references are spell-checked against the ids a bounded number of times, and each is still named', () => {
  const doc = documentWith('programs', FULL.programs);
  doc.institutions[0].id = 'institution-one';
  // 500 distinct names, the first hundred within two edits of the id.
  doc.programs = Array.from({ length: 500 }, (_, i) => ({
    ...structuredClone(FULL.programs),
    id: `p${i}`,
    institution: `institution-on${i}`,
  }));
  const result = advised(doc);
  assert.equal(result.issues.filter((i) => i.path.endsWith('/institution')).length, 500);
  const suggested = result.issues.filter((i) => /Did you mean/.test(i.message));
  assert.ok(suggested.length > 0 && suggested.length <= 50, `${suggested.length} suggestions`);
});

test('translations (contract 1.1): a bad one is dropped alone, the others and the record stay, and a misspelt text is named', () => {
  const record = structuredClone(FULL.programs);
  record.translations = {
    es: { name: 'Certificado en Mecatrónica', description: 42, prerequisites: ['Un diploma'] },
    'not a tag': { name: 'x' },
    fr: { nmae: 'Certificat de mécatronique' },
  };
  const result = advised({ ...documentWith('programs', record), contractVersion: '1.1', language: 'en' });
  const kept = result.data.programs[0].translations;
  assert.deepEqual(kept.es, { name: 'Certificado en Mecatrónica', prerequisites: ['Un diploma'] });
  assert.equal(kept['not a tag'], undefined);
  assert.equal(result.data.language, 'en');
  const at = (path) => result.issues.find((i) => i.path === path);
  assert.match(at('/programs/0/translations/es/description').message, /expected text.*shown without its es translation of description$/);
  assert.match(at('/programs/0/translations/not a tag').message, /shown without its not a tag translations$/);
  assert.match(
    [...result.issues, ...result.info].find((i) => i.path === '/programs/0/translations/fr/nmae').message,
    /Did you mean 'name'/,
  );
  assert.ok(!result.issues.some((i) => i.severity === 'error'));
});

test('a 1.0 document is still valid, in English by default; a bad language is a warning, the text still shown', () => {
  const plain = validate(documentWith('programs', FULL.programs));
  assert.equal(plain.ok, true);
  assert.equal(plain.data.language, 'en');
  const bad = validate({ ...documentWith('programs', FULL.programs), language: 'Spanish!' });
  assert.equal(bad.data.programs.length, 1);
  assert.equal(bad.data.language, 'en');
  assert.match(bad.issues.find((i) => i.path === '/language').message, /a language tag such as es or es-US/);
});

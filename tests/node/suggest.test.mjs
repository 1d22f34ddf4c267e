// What the tools suggest writing instead of a rejected value, as a table: what staff type into
// spreadsheets and editors, and what the contract wants. Each suggestion is checked against the
// schema by suggestValue itself; here, that it is the right one and that nothing is guessed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importTs } from '../../scripts/import-ts.mjs';

// One bundle, so that the schemas here are the very objects suggestValue knows them by.
const entry = join(mkdtempSync(join(tmpdir(), 'stem-suggest-')), 'entry.ts');
const src = (file) => JSON.stringify(resolve('src/contract', file));
writeFileSync(
  entry,
  `export { suggestValue } from ${src('suggest.ts')};\nexport { schemaAt } from ${src('schema-node.ts')};\nexport * as schema from ${src('schema.ts')};\n`,
);
const { suggestValue, schemaAt, schema } = await importTs(entry);
const program = (path) => schemaAt(schema.ProgramSchema, path.split('.'));

// [schema, what was written, what to write (undefined: no suggestion), the other reading]
const CASES = [
  [schema.DateSchema, '8/30/2027', '2027-08-30'],
  [schema.DateSchema, '01/12/2027', '2027-01-12', '2027-12-01'],
  [schema.DateSchema, '13/01/2027', '2027-01-13'],
  [schema.DateSchema, '8/30/27', '2027-08-30'],
  [schema.DateSchema, '2027/8/30', '2027-08-30'],
  [schema.DateSchema, 'August 30, 2027', '2027-08-30'],
  [schema.DateSchema, 'Aug 30th 2027', '2027-08-30'],
  [schema.DateSchema, '30 de agosto de 2027', '2027-08-30'],
  [schema.DateSchema, '2027-08-30T00:00:00', '2027-08-30'],
  [schema.DateSchema, 46629, '2027-08-30'],
  [schema.DateSchema, '46629', '2027-08-30'],
  [schema.DateSchema, '2/30/2027', undefined],
  [schema.DateSchema, 'Fall 2027', undefined],
  [schema.DateSchema, 'next August', undefined],
  [schema.PartialDateSchema, 'June 2026', '2026-06'],
  [schema.PartialDateSchema, '8/2024', '2024-08'],
  [schema.DurationSchema, '10 months', 'P10M'],
  [schema.DurationSchema, '1 year', 'P1Y'],
  [schema.DurationSchema, 'one year', 'P1Y'],
  [schema.DurationSchema, '1.5 years', 'P18M'],
  [schema.DurationSchema, '1 year 6 months', 'P1Y6M'],
  [schema.DurationSchema, '16 weeks', 'P16W'],
  [schema.DurationSchema, '1 año', 'P1Y'],
  [schema.DurationSchema, '9 meses', 'P9M'],
  [schema.DurationSchema, '120 hours', 'PT120H'],
  [schema.DurationSchema, 'p1y', 'P1Y'],
  [schema.DurationSchema, '10-12 months', undefined],
  [schema.DurationSchema, '1,000 hours', 'PT1000H'],
  [schema.DurationSchema, '1,5 años', 'P18M'],
  [schema.DateSchema, '7/1/98', '1998-07-01', '1998-01-07'],
  [schema.DateSchema, '12/31/29', '2029-12-31'],
  [schema.DurationSchema, '2 semesters', undefined],
  [program('modes'), 'In person', undefined],
  [program('credential.category'), 'Certificate', 'certificate'],
  [program('credential.category'), 'Industry Certification', 'industry-certification'],
  [program('credential.category'), 'Associate Degree', 'associate-degree'],
  [program('credential.category'), 'degree', undefined],
  [schema.MembershipSchema.entries.role, 'Leadership Council', 'leadership-council'],
  [schema.RegionCodeSchema, 'Michigan', 'MI'],
  [schema.RegionCodeSchema, 'north carolina', 'NC'],
  [schema.RegionCodeSchema, 'md', 'MD'],
  [schema.RegionCodeSchema, 'Mich.', undefined],
  [schema.CountryCodeSchema, 'USA', 'US'],
  [schema.CountryCodeSchema, 'United States', 'US'],
  [schema.CurrencyCodeSchema, '$', 'USD'],
  [schema.CurrencyCodeSchema, 'usd', 'USD'],
  [schema.SocCodeSchema, '151212', '15-1212'],
  [schema.SocCodeSchema, '15-1212.00', '15-1212'],
  [schema.CipCodeSchema, '110101', '11.0101'],
  [schema.WebUrlSchema, 'www.example.edu/cyber', 'https://www.example.edu/cyber'],
  [schema.WebUrlSchema, 'javascript:alert(1)', undefined],
  [program('financialAidEligible'), 'Yes', true],
  [program('financialAidEligible'), 'N', false],
  [program('financialAidEligible'), 'maybe', undefined],
  [program('numberOfCredits'), '30', 30],
  [program('cost.amount'), '$4,350.00', 4350],
  [program('cost.amount'), 'about 4000', undefined],
];

for (const [node, written, expected, alternative] of CASES) {
  test(`${JSON.stringify(written)} → ${expected === undefined ? 'no suggestion' : JSON.stringify(expected)}`, () => {
    const suggestion = suggestValue(node, written);
    assert.equal(suggestion?.value, expected);
    assert.equal(suggestion?.alternative, alternative);
  });
}

test('a list of modes takes each item: "In person" → in-person, "en línea" → online, "Presencial" → in-person', () => {
  const item = program('modes').item;
  assert.deepEqual(
    ['In person', 'en línea', 'Presencial', 'Hybrid', 'correspondence'].map((m) => suggestValue(item, m)?.value),
    ['in-person', 'online', 'in-person', 'hybrid', undefined],
  );
});

test('day first when the sheet says so: 01/12/2027 → 2027-12-01, and the US reading as the other', () => {
  const suggestion = suggestValue(schema.DateSchema, '01/12/2027', { dayFirst: true });
  assert.deepEqual([suggestion.value, suggestion.alternative], ['2027-12-01', '2027-01-12']);
});

test('hostile lengths are refused at once, not parsed', () => {
  const long = ' '.repeat(100_000) + '1 year';
  const started = process.hrtime.bigint();
  for (const node of [schema.DateSchema, schema.DurationSchema, schema.RegionCodeSchema, program('cost.amount')])
    assert.equal(suggestValue(node, long), undefined);
  assert.ok(process.hrtime.bigint() - started < 1_000_000_000n);
});

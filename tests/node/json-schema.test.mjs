// The published JSON Schema, checked with an independent validator (ajv), against the same
// sample documents that the library's own validator accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { importTs } from '../../scripts/import-ts.mjs';

const { contractJsonSchema } = await importTs('src/contract/json-schema.ts');
const { generateDocument } = await importTs('src/sample/generate.ts');
const schema = contractJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(schema);
const read = (file) => JSON.parse(readFileSync(new URL(`../../src/sample/${file}`, import.meta.url), 'utf8'));

test('the schema is draft 2020-12', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

for (const file of ['consortium.json', 'coalition.json']) {
  test(`${file} is valid against the published JSON Schema`, () => {
    assert.ok(check(read(file)), JSON.stringify(check.errors, null, 2));
  });
}

test('a generated document is valid against the published JSON Schema', () => {
  assert.ok(check(generateDocument({ programs: 500, seed: 11 })), JSON.stringify(check.errors?.slice(0, 5), null, 2));
});

test('the schema refuses what the contract refuses', () => {
  const doc = read('consortium.json');
  assert.equal(check({ ...doc, contractVersion: '2.0' }), false, 'another major version');
  assert.equal(check({ contractVersion: '1.0', publisher: doc.publisher, dateModified: doc.dateModified }), false, 'no section');
  const badProgram = { ...doc.programs[0], timeToComplete: 'one year' };
  assert.equal(check({ ...doc, programs: [badProgram] }), false, 'a bad duration');
  const badUrl = { ...doc.programs[0], url: 'javascript:alert(1)' };
  assert.equal(check({ ...doc, programs: [badUrl] }), false, 'a javascript: link');
});

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

/** Every property of the schema with its docs path, such as programs `occupations[].soc`. */
function properties(node, prefix = '') {
  return Object.entries(node.properties ?? {}).flatMap(([name, prop]) => [
    { path: prefix + name, prop },
    ...(prop.type === 'object' ? properties(prop, `${prefix}${name}.`) : []),
    ...(prop.type === 'array' && prop.items?.type === 'object' ? properties(prop.items, `${prefix}${name}[].`) : []),
  ]);
}

test('editors get words for every property and a title for every kind of record', () => {
  const missing = properties(schema)
    .filter(({ prop }) => typeof prop.description !== 'string' || prop.description.length < 10)
    .map(({ path }) => path);
  assert.deepEqual(missing, []);
  assert.equal(schema.properties.programs.items.title, 'Program');
  assert.match(schema.properties.programs.items.properties.timeToComplete.description, /how long/i);
});

test('every example in the schema is valid for its own property', () => {
  const withExamples = properties(schema).filter(({ prop }) => prop.examples);
  assert.ok(withExamples.length > 40, `only ${withExamples.length} properties have examples`);
  for (const { path, prop } of withExamples) {
    const checkOne = ajv.compile({ ...prop, $schema: undefined });
    for (const example of prop.examples) assert.ok(checkOne(example), `${path}: ${JSON.stringify(example)}`);
  }
});

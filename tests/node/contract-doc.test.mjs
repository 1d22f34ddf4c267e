// docs/DATA-CONTRACT.md is generated from the schema by scripts/contract-doc.mjs: a schema (or
// sample) change without regenerating the document fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importTs } from '../../scripts/import-ts.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);
const { METRICS, SECTIONS } = await importTs('src/contract/vocabulary.ts');
const doc = readFileSync('docs/DATA-CONTRACT.md', 'utf8');

test('docs/DATA-CONTRACT.md is what scripts/contract-doc.mjs generates', () => {
  const run = spawnSync(process.execPath, ['scripts/contract-doc.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr || run.stdout);
});

test('the contract document names every section', () => {
  for (const section of SECTIONS) assert.ok(doc.includes(`\`${section}\``), `no mention of the section ${section}`);
});

test('the contract document names every metric', () => {
  for (const metric of METRICS) assert.ok(doc.includes(`\`${metric}\``), `no mention of the metric ${metric}`);
});

test('the contract document has no placeholders left by a bug', () => {
  for (const bad of ['[object Object]', 'undefined', 'NaN']) assert.ok(!doc.includes(bad), `the document contains ${bad}`);
});

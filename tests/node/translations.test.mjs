// Every message in the code has a Spanish translation, and xliff/es.xlf is current with the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const units = (xml) => [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({ id, body }));

test('every message in xliff/es.xlf has a Spanish target', () => {
  const missing = units(readFileSync(join(root, 'xliff/es.xlf'), 'utf8')).filter((u) => !u.body.includes('<target>'));
  assert.deepEqual(
    missing.map((u) => u.body.match(/<source>(.*?)<\/source>/)?.[1]),
    [],
    'translate these in xliff/es.xlf, then npm run localize:build',
  );
});

test('xliff/es.xlf holds exactly the messages the code has (run npm run localize:extract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  config.interchange.xliffDir = dir;
  config.tsConfig = join(root, 'tsconfig.json');
  const configFile = join(dir, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(config));
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'extract', '--config', configFile],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 0, run.stderr);
  const fresh = units(readFileSync(join(dir, 'es.xlf'), 'utf8'))
    .map((u) => u.id)
    .sort();
  const committed = units(readFileSync(join(root, 'xliff/es.xlf'), 'utf8'))
    .map((u) => u.id)
    .sort();
  assert.deepEqual(committed, fresh);
});

test('src/generated/locales/es.ts is built from the current xliff (run npm run localize:build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'locales-'));
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  config.interchange.xliffDir = join(root, 'xliff');
  config.tsConfig = join(root, 'tsconfig.json');
  config.output.outputDir = dir;
  config.output.localeCodesModule = join(dir, 'locale-codes.ts');
  const configFile = join(dir, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(config));
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'build', '--config', configFile],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.equal(readFileSync(join(root, 'src/generated/locales/es.ts'), 'utf8'), readFileSync(join(dir, 'es.ts'), 'utf8'));
});

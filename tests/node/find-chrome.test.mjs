import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../../scripts/find-chrome.mjs';

const root = new URL('../..', import.meta.url).pathname;

test('npm test without any Chrome says in one line how to install Chromium', () => {
  // The test runner itself, as npm test starts it, with an empty PATH and no CHROME_PATH.
  const run = spawnSync(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js')], {
    cwd: root,
    env: { PATH: '' },
    encoding: 'utf8',
    timeout: 30000,
  });
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${run.stderr}`);
  assert.match(lines[0], /needs Chrome or Chromium/);
  assert.match(lines[0], /apt-get install chromium/);
  assert.match(lines[0], /CHROME_PATH/);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
});

test('finds Chromium on the PATH', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chrome-'));
  const fake = join(dir, 'chromium');
  writeFileSync(fake, '#!/bin/sh\n');
  chmodSync(fake, 0o755);
  assert.deepEqual(findChrome({ PATH: `/nonexistent:${dir}` }), { path: fake });
});

test('honours CHROME_PATH before the PATH, and names it when it is wrong', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chrome-'));
  const fake = join(dir, 'my-chrome');
  writeFileSync(fake, '#!/bin/sh\n');
  chmodSync(fake, 0o755);
  assert.deepEqual(findChrome({ CHROME_PATH: fake, PATH: '/usr/bin' }), { path: fake });
  const wrong = findChrome({ CHROME_PATH: join(dir, 'missing'), PATH: '/usr/bin' });
  assert.equal(wrong.path, null);
  assert.match(wrong.message, /CHROME_PATH is set to .*missing, which is not an executable file/);
});

test('without CHROME_PATH and with an empty PATH, nothing is found', () => {
  const found = findChrome({ PATH: '' });
  assert.equal(found.path, null);
  assert.match(found.message, /No Chrome or Chromium found/);
});

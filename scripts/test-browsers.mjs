#!/usr/bin/env node
// Runs the browser suite in each engine named (default: chromium firefox webkit), one after the
// other, whatever the result of the one before, then prints each engine's counts.
// Chromium runs with coverage (the default config); Firefox and WebKit without, to save time.
import { spawnSync } from 'node:child_process';

const CONFIGS = {
  chromium: 'web-test-runner.config.mjs',
  firefox: 'web-test-runner.firefox.config.mjs',
  webkit: 'web-test-runner.webkit.config.mjs',
};
const engines = process.argv.slice(2);
for (const name of engines) {
  if (!CONFIGS[name]) {
    console.error(`Unknown engine ${name}: use ${Object.keys(CONFIGS).join(', ')}`);
    process.exit(2);
  }
}
let failed = false;
for (const name of engines.length ? engines : Object.keys(CONFIGS)) {
  const started = Date.now();
  console.log(`\n== browser tests in ${name}`);
  const run = spawnSync('npx', ['web-test-runner', '--config', CONFIGS[name]], { stdio: 'inherit' });
  console.log(`== ${name}: exit ${run.status ?? run.signal} after ${Math.round((Date.now() - started) / 1000)} s`);
  if (run.status !== 0) failed = true;
}
const summary = spawnSync('node', ['scripts/test-summary.mjs', ...(engines.length ? engines : Object.keys(CONFIGS))], { stdio: 'inherit' });
process.exitCode = failed || summary.status !== 0 ? 1 : 0;

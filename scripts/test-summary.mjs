// Prints "tests: N passed, M failed (…)" from the counts the Node and browser test runs wrote, with
// each browser engine's counts and skips. With engine names as arguments, only those runs.
// A run that did not write its counts (it never started) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const ENGINES = {
  chromium: '.reports/browser-counts.json',
  firefox: '.reports/browser-counts-firefox.json',
  webkit: '.reports/browser-counts-webkit.json',
};
const OTHERS = { node: '.reports/node-counts.json', dist: '.reports/dist-counts.json' };
// Property tests run fewer generated documents outside Chromium (tests/browser/reliability/).
const propertyRuns = JSON.parse(readFileSync(new URL('../tests/browser/reliability/property-runs.json', import.meta.url), 'utf8'));

const asked = process.argv.slice(2);
let passed = 0;
let failed = 0;

function part(name, file) {
  if (!existsSync(file)) {
    failed++;
    return `${name} did not run`;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  const bad = counts.failed + (counts.fileErrors ?? 0);
  passed += counts.passed;
  failed += bad;
  return `${name} ${counts.passed}${bad ? ` (${bad} failed)` : ''}${counts.skipped ? ` + ${counts.skipped} skipped` : ''}`;
}

const browsers = Object.entries(ENGINES)
  .filter(([name]) => !asked.length || asked.includes(name))
  .map(([name, file]) => part(name, file));
const others = asked.length ? [] : Object.entries(OTHERS).map(([name, file]) => part(name, file));
const cases = Object.entries(propertyRuns.perWidget)
  .filter(([name]) => !asked.length || asked.includes(name))
  .map(([name, runs]) => `${name} ${runs}`);
const details = [browsers.join(', '), ...others, `property cases per widget: ${cases.join(', ')}`];
console.log(`tests: ${passed} passed, ${failed} failed (${details.join('; ')})`);
process.exitCode = failed > 0 ? 1 : 0;

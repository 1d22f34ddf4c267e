// Prints "tests: N passed, M failed" from the counts the Node and browser test runs wrote.
// A run that did not write its counts (it never started) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const runs = { node: '.reports/node-counts.json', browser: '.reports/browser-counts.json', dist: '.reports/dist-counts.json' };
let passed = 0;
let failed = 0;
let skipped = 0;
const parts = [];
for (const [name, file] of Object.entries(runs)) {
  if (!existsSync(file)) {
    failed++;
    parts.push(`${name}: did not run`);
    continue;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  passed += counts.passed;
  failed += counts.failed + (counts.fileErrors ?? 0);
  skipped += counts.skipped ?? 0;
  parts.push(`${name}: ${counts.passed} passed, ${counts.failed + (counts.fileErrors ?? 0)} failed`);
}
console.log(`(${parts.join('; ')}${skipped ? `; ${skipped} skipped` : ''})`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

#!/usr/bin/env node
// Runs the browser suite in each engine named (default: chromium firefox webkit), one after the
// other, whatever the result of the one before, then prints each engine's counts. With
// `--parallel`, the engines run at the same time (each in its own browser, one page at a time, so
// focus is never shared), and each engine's output is printed whole when it ends: CI runs Firefox
// and WebKit so, since both spend most of their time waiting on the browser.
// Chromium runs with coverage (the default config); Firefox and WebKit without, to save time.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

const CONFIGS = {
  chromium: 'web-test-runner.config.mjs',
  firefox: 'web-test-runner.firefox.config.mjs',
  webkit: 'web-test-runner.webkit.config.mjs',
};
const args = process.argv.slice(2);
const parallel = args.includes('--parallel');
const engines = args.filter((arg) => arg !== '--parallel');
for (const name of engines) {
  if (!CONFIGS[name]) {
    console.error(`Unknown engine ${name}: use ${Object.keys(CONFIGS).join(', ')}`);
    process.exit(2);
  }
}
const chosen = engines.length ? engines : Object.keys(CONFIGS);

/** One engine's run; resolves to true when it passed. Its output is buffered when others run beside it. */
async function runEngine(name) {
  const started = Date.now();
  const buffered = [];
  const port = parallel ? ['--port', String(await freePort())] : [];
  const child = spawn('npx', ['web-test-runner', '--config', CONFIGS[name], ...port], {
    stdio: parallel ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (parallel) {
    child.stdout.on('data', (chunk) => buffered.push(chunk));
    child.stderr.on('data', (chunk) => buffered.push(chunk));
  } else {
    console.log(`\n== browser tests in ${name}`);
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      if (parallel) {
        console.log(`\n== browser tests in ${name}`);
        process.stdout.write(Buffer.concat(buffered));
      }
      console.log(`== ${name}: exit ${code ?? signal} after ${Math.round((Date.now() - started) / 1000)} s`);
      resolve(code === 0);
    });
  });
}

let results = [];
if (parallel) results = await Promise.all(chosen.map(runEngine));
else for (const name of chosen) results.push(await runEngine(name));
const summary = spawn('node', ['scripts/test-summary.mjs', ...chosen], { stdio: 'inherit' });
summary.on('close', (code) => {
  process.exitCode = results.every(Boolean) && code === 0 ? 0 : 1;
});

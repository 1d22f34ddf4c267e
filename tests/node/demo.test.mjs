// The README's promise: `npm start` serves a page on localhost that renders every widget on
// the sample data, without console errors. Vite's dev server, driven in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, resolveConfig } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/chrome-args.mjs';

let server;
let browser;

before(async () => {
  // `npm start` runs the analyzer first: the embed builder makes its controls from the manifest.
  if (!existsSync('custom-elements.json')) execSync('npm run analyze', { stdio: 'ignore' });
  server = await createServer({ logLevel: 'error', server: { port: 0, open: false } });
  await server.listen();
  const chrome = findChrome();
  assert.ok(chrome.path, chrome.message);
  browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the demo page renders every widget on the sample data without console errors', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && m.text().includes('[stem-widgets]'))) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(`${server.resolvedUrls.local[0]}src/demo/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => [...document.querySelectorAll('.event-log')].every((o) => o.textContent.startsWith('stem-data-load')), {
    timeout: 15000,
  });
  const finderCards = await page.$$eval('stem-program-finder', (els) =>
    els.map((e) => e.shadowRoot.querySelectorAll('[part="card"]').length),
  );
  assert.deepEqual(finderCards, [12, 3]);
  const outcomeFigures = await page.$$eval('stem-outcome-card', (els) =>
    els.map((e) => e.shadowRoot.querySelectorAll('[part="figure"]').length),
  );
  assert.deepEqual(outcomeFigures, [3, 2, 1, 1, 0]);
  const directoryMembers = await page.$$eval('stem-member-directory', (els) =>
    els.map((e) => e.shadowRoot.querySelectorAll('[part="member"]').length),
  );
  assert.deepEqual(directoryMembers, [24, 10]);
  const logs = await page.$$eval('.event-log', (els) => els.map((e) => e.textContent));
  assert.match(logs[0], /5 fields, 10 institutions, 35 programs, \d+ sources, \d+ outcomes; 0 issue\(s\)/);
  assert.match(logs[1], /\d+ members; 0 issue\(s\)/);
  mkdirSync('.reports', { recursive: true });
  await page.screenshot({ path: '.reports/demo.png', fullPage: true });
  assert.deepEqual(problems, []);
});

test('npm start opens the embed builder, whose controls come from the manifest', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  // The page `npm start` opens: vite.config.ts's server.open (the start script adds no --open).
  const opened = (await resolveConfig({}, 'serve')).server.open;
  assert.equal(typeof opened, 'string');
  await page.goto(new URL(opened, server.resolvedUrls.local[0]).href, { waitUntil: 'networkidle0' });
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Embed builder');
  await page.waitForFunction(
    () => document.querySelector('#preview-frame stem-program-finder')?.shadowRoot?.querySelector('[part="card"]'),
    {
      timeout: 15000,
    },
  );
  // One control per attribute of the finder in the manifest, but `src` (the data section sets it).
  const manifest = JSON.parse(await (await fetch(new URL('/custom-elements.json', server.resolvedUrls.local[0]))).text());
  const finder = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'stem-program-finder');
  const controls = await page.$$eval('#controls .control, #controls .list-control', (els) =>
    els.map((e) => e.querySelector('code')?.textContent).filter(Boolean),
  );
  assert.deepEqual(
    controls.filter((c) => !c.startsWith('--')),
    finder.attributes.map((a) => a.name).filter((n) => n !== 'src'),
  );
  // On the development server too, the snippet names the partner's site, not this server.
  const snippet = await page.$eval('#snippet-script', (c) => c.textContent);
  assert.equal(
    snippet,
    '<script type="module" src="/js/stem-widgets.js"></script>\n<stem-program-finder src="/data/consortium.json"></stem-program-finder>\n',
  );
  assert.ok(!snippet.includes(new URL(server.resolvedUrls.local[0]).host), snippet);
  assert.deepEqual(problems, []);
});

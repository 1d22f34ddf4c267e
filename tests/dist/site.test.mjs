// The static demo site (npm run build:site) from a plain static server, in headless Chromium:
// the data checker lists a broken document's issues and previews a valid one, by keyboard, with
// nothing sent anywhere, and axe finds nothing. Run after `npm run build:site`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/chrome-args.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SAMPLE = JSON.parse(readFileSync('src/sample/consortium.json', 'utf8'));

let server;
let browser;

before(async () => {
  server = await serveStatic('site');
  browser = await puppeteer.launch({ executablePath: findChrome().path, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the site; collects console errors, failed requests, and every request made. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0' });
  return { page, problems, requests };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Types a document into the text box and presses Check with the keyboard. */
async function pasteAndCheck(page, doc) {
  await page.$eval('#text', (el, text) => (el.value = text), JSON.stringify(doc, null, 2));
  await page.focus('#text');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'check', 'Tab from the text box reaches Check');
  await page.keyboard.press('Enter');
}

test('the site root leads to the embed builder, and the pages share one navigation', async () => {
  const { page, problems } = await open('');
  await page.waitForSelector('.demo-nav');
  assert.match(page.url(), /\/src\/demo\/builder\.html$/);
  const links = await page.$$eval('.demo-nav a', (as) => as.map((a) => [a.textContent, a.getAttribute('aria-current')]));
  assert.deepEqual(links, [
    ['Embed builder', 'page'],
    ['Widgets', null],
    ['Data checker', null],
  ]);
  await Promise.all([page.waitForNavigation(), page.click('.demo-nav a[href="./index.html"]')]);
  assert.equal(await page.$eval('.demo-nav a[aria-current="page"]', (a) => a.textContent), 'Widgets');
  await Promise.all([page.waitForNavigation(), page.click('.demo-nav a[href="./checker.html"]')]);
  assert.equal(await page.$eval('h1', (h) => h.textContent), 'Data checker');
  assert.equal(await page.$eval('.demo-nav a[aria-current="page"]', (a) => a.textContent), 'Data checker');
  assert.deepEqual(problems, []);
});

test('the widgets page renders every widget from the static site', async () => {
  const { page, problems } = await open('src/demo/index.html');
  await page.waitForFunction(() => [...document.querySelectorAll('.event-log')].every((o) => o.textContent.startsWith('stem-data-load')));
  const cards = await page.$$eval('stem-program-finder', (els) => els.map((e) => e.shadowRoot.querySelectorAll('[part="card"]').length));
  assert.deepEqual(cards, [12, 3]);
  assert.deepEqual(problems, []);
});

test('checker: a broken document lists every issue with its place, announced politely', async () => {
  const { page, problems, requests } = await open('src/demo/checker.html');
  const doc = structuredClone(SAMPLE);
  doc.programs[3].timeToComplete = 'one year';
  doc.programs[4].name = '<img src=x onerror="window.pwned=1">';
  doc.programs[4].url = 'javascript:alert(1)';
  doc.outcomes[0].source = 'no-such-report';
  const before = requests.length;
  await pasteAndCheck(page, doc);
  await page.waitForSelector('#issues li');
  const summary = await page.$eval('#summary', (p) => [p.getAttribute('role'), p.textContent]);
  assert.equal(summary[0], 'status');
  // The outcome about a program that was left out adds a warning.
  assert.match(summary[1], /^3 errors, 1 warning\. The widgets show .*33 programs.*; records with errors are left out\.$/);
  const issues = await page.$$eval('#issues li', (lis) => lis.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(issues.length, 4, issues.join('\n'));
  assert.match(issues[0], /^Left out Program 4 \(.+\) › timeToComplete: expected an ISO 8601 duration such as P1Y, got 'one year' \/programs\/3\/timeToComplete line \d+, column \d+$/);
  // Data is shown as text: the name is the record's label, never markup.
  assert.match(issues[1], /Program 5 \(<img src=x onerror="window.pwned=1">\) › url/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$$eval('#issues img', (imgs) => imgs.length), 0);
  assert.match(issues[2], /Outcome 1 .*› source: .*no-such-report/);
  assert.equal(await page.$eval('#preview-widgets stem-program-finder', (el) => el.shadowRoot.querySelectorAll('[part="card"]').length), 6);
  assert.deepEqual(requests.slice(before), [], 'checking sends nothing anywhere');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
});

test('checker: text that is not JSON says where it breaks, and shows no preview', async () => {
  const { page } = await open('src/demo/checker.html');
  await page.$eval('#text', (el) => (el.value = '{\n  "contractVersion": "1.0",\n  "programs": [,]\n}'));
  await page.click('#check');
  await page.waitForSelector('#issues li');
  assert.match(await page.$eval('#summary', (p) => p.textContent), /1 fatal problem: the widgets cannot show this document/);
  assert.match(await page.$eval('#issues li', (li) => li.textContent), /not valid JSON[\s\S]*line 3, column 16/);
  assert.equal(await page.$eval('#preview', (s) => s.hidden), true);
});

test('checker: a valid document dropped on the page previews the three widgets', async () => {
  const { page, problems } = await open('src/demo/checker.html');
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'consortium.json', { type: 'application/json' }));
    document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, JSON.stringify(SAMPLE));
  await page.waitForFunction(() => !document.getElementById('preview').hidden);
  assert.equal(await page.$eval('#summary', (p) => p.textContent), 'No problems found. The widgets show 5 fields, 10 institutions, 35 programs, 4 sources, 22 outcomes.');
  assert.equal(await page.$eval('#issues', (ol) => ol.hidden), true);
  await page.waitForFunction(() =>
    ['stem-program-finder', 'stem-outcome-card', 'stem-member-directory'].every((tag) => {
      const el = document.querySelector(`#preview-widgets ${tag}`);
      return el?.shadowRoot?.querySelector('[part="card"], [part="figure"], [part="member"]');
    }),
  );
  const shown = await page.$$eval('#preview-widgets stem-data > *', (els) =>
    els.map((el) => [el.localName, el.shadowRoot.querySelectorAll('[part="card"], [part="figure"], [part="member"]').length]),
  );
  assert.deepEqual(
    shown.map(([tag, n]) => [tag, n > 0]),
    [
      ['stem-program-finder', true],
      ['stem-outcome-card', true],
      ['stem-member-directory', true],
    ],
  );
  assert.equal(shown[0][1], 6, 'one page of programs');
  assert.equal(shown[2][1], 10, 'the ten colleges, as the document has no members');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
});

// The static demo site (npm run build:site) from a plain static server, in headless Chromium:
// the data checker lists a broken document's issues and previews a valid one, by keyboard, with
// nothing sent anywhere, and axe finds nothing. Run after `npm run build:site`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
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
  // Only the outcome without its source is left out; the bad length and link are dropped from records still shown.
  assert.match(summary[1], /^1 error, 2 warnings\. The widgets show .*35 programs.* \(75 of 76 records shown: 1 left out, 2 bad values dropped\)\.$/);
  const issues = await page.$$eval('#issues li', (lis) => lis.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(issues.length, 3, issues.join('\n'));
  assert.match(
    issues[0],
    /^Shown, but fix it Program 4 \(.+\) › timeToComplete: expected an ISO 8601 duration such as P1Y, got 'one year'\. Write "P1Y" instead\. The record is shown without timeToComplete \/programs\/3\/timeToComplete line \d+, column \d+ \(a fix is suggested\)$/,
  );
  // Data is shown as text: the name is the record's label, never markup.
  assert.match(issues[1], /Program 5 \(<img src=x onerror="window.pwned=1">\) › url/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$$eval('#issues img', (imgs) => imgs.length), 0);
  assert.match(issues[2], /^Left out Outcome 1 .*› source: .*no-such-report/);
  await page.waitForFunction(() => document.querySelector('#preview-widgets stem-program-finder')?.shadowRoot?.querySelector('[part="card"]'));
  assert.equal(await page.$eval('#preview-widgets stem-program-finder', (el) => el.shadowRoot.querySelectorAll('[part="card"]').length), 6);
  assert.deepEqual(requests.slice(before), [], 'checking sends nothing anywhere');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
});

test('checker: "apply the suggested fixes" mends what can be derived and gives the corrected file; nothing is uploaded', async () => {
  const { page, problems, requests } = await open('src/demo/checker.html');
  const warnings = [];
  page.on('console', (m) => ['warn', 'warning', 'error'].includes(m.type()) && warnings.push(m.text()));
  const doc = structuredClone(SAMPLE);
  doc.dateModified = '8/30/2026';
  doc.programs[3].timeToComplete = '10 months';
  doc.programs[4].modes = ['In person'];
  doc.programs[5].timeToComplet = doc.programs[5].timeToComplete;
  delete doc.programs[5].timeToComplete;
  doc.institutions[1].address.region = 'Michigan';
  doc.programs[6].internalNotes = 'for staff';
  const before = requests.length;
  await pasteAndCheck(page, doc);
  await page.waitForSelector('#issues li');
  assert.equal(await page.$eval('#fix-count', (p) => p.textContent), '5 of the problems above have a suggested fix.');
  // A property the contract does not know is listed apart, as information.
  assert.equal(await page.$eval('#unknown', (d) => d.hidden), false);
  assert.equal(await page.$eval('#unknown-summary', (s) => s.textContent), '1 property the contract does not know');
  assert.match(await page.$eval('#unknown-list', (ol) => ol.textContent), /internalNotes/);
  // The preview checks the document as written, like a partner's page: the console names the
  // same problems as the list, and none that cleaning the data would add (no "/dateModified: is required").
  await page.waitForFunction(() => document.querySelector('#preview-widgets stem-program-finder')?.shadowRoot?.querySelector('[part="card"]'));
  const listed = await page.$$eval('#issues li code', (codes) => codes.map((c) => c.textContent));
  const logged = warnings.filter((w) => /^(warning|error): \//.test(w)).map((w) => w.split(': ')[1]);
  assert.ok(logged.length > 0, warnings.join('\n'));
  for (const path of logged) assert.ok(listed.includes(path), `the console names ${path}, which the checker does not list`);
  await page.focus('#apply-fixes');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#download:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'download', 'focus moves to the download link');
  assert.match(await page.$eval('#summary', (p) => p.textContent), /^No problems found\./);
  assert.equal(await page.$eval('#fix-count', (p) => p.textContent), '5 fixes were applied: the text above and the download hold the corrected file.');
  const fixed = JSON.parse(await page.$eval('#text', (t) => t.value));
  assert.equal(fixed.dateModified, '2026-08-30');
  assert.equal(fixed.programs[3].timeToComplete, 'P10M');
  assert.deepEqual(fixed.programs[4].modes, ['in-person']);
  assert.equal(fixed.programs[5].timeToComplete, SAMPLE.programs[5].timeToComplete);
  assert.equal(fixed.programs[5].timeToComplet, undefined);
  assert.equal(fixed.institutions[1].address.region, 'MI');
  assert.equal(fixed.programs[6].internalNotes, 'for staff', 'what the contract does not know is kept');
  const downloaded = await page.$eval('#download', async (a) => [a.getAttribute('download'), await (await fetch(a.href)).text()]);
  assert.equal(downloaded[0], 'stem-data-fixed.json');
  assert.deepEqual(JSON.parse(downloaded[1]), fixed);
  assert.deepEqual(
    requests.slice(before).filter((url) => !url.startsWith('blob:')),
    [],
    'nothing is sent anywhere',
  );
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
});

test('checker: the preview loads no logo from the hosts a file names until the visitor asks, and the page\'s policy enforces it', async () => {
  // A logo host that counts who asks for its images (a tracker, in the review's words).
  let hits = 0;
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const tracker = createServer((req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'image/png' }).end(png);
  });
  await new Promise((done) => tracker.listen(0, '127.0.0.1', done));
  const host = `http://127.0.0.1:${tracker.address().port}`;
  try {
    const { page, problems } = await open('src/demo/checker.html');
    assert.match(await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content), /img-src 'self' data: blob:/);
    const coalition = JSON.parse(readFileSync('src/sample/coalition.json', 'utf8'));
    coalition.members.forEach((m, i) => (m.logo = `${host}/logo-${i}.png`));
    await pasteAndCheck(page, coalition);
    await page.waitForFunction(() => document.querySelector('#preview-widgets stem-member-directory')?.shadowRoot?.querySelector('[part="member"]'));
    assert.equal(await page.$eval('#show-logos', (c) => c.checked), false);
    assert.match(await page.$eval('#logos-note', (n) => n.textContent), /no logos until you ask/);
    // Even a logo put on the page by hand is refused: the policy, not only the preview, keeps them out.
    await page.evaluate((src) => new Promise((done) => Object.assign(document.body.appendChild(new Image()), { src, onerror: done, onload: done })), `${host}/by-hand.png`);
    assert.equal(hits, 0, 'no request reached the logo host');
    // Asked for: the page loads again with the same text, and the logos come.
    await Promise.all([page.waitForNavigation(), page.click('#show-logos')]);
    await page.waitForFunction(() => document.querySelector('#preview-widgets stem-member-directory')?.shadowRoot?.querySelector('img'));
    assert.equal(await page.$eval('#show-logos', (c) => c.checked), true);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'show-logos', 'focus stays on the switch');
    assert.equal(JSON.parse(await page.$eval('#text', (t) => t.value)).members[0].logo, `${host}/logo-0.png`);
    await page.waitForFunction(() => [...document.querySelector('#preview-widgets stem-member-directory').shadowRoot.querySelectorAll('img')].some((i) => i.complete && i.naturalWidth > 0));
    assert.ok(hits > 0, 'the logos were loaded once asked for');
    assert.equal(await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.length), 0);
    assert.deepEqual(problems.filter((p) => !/Content Security Policy|by-hand/.test(p)), []);
    await page.evaluate(() => sessionStorage.clear());
  } finally {
    tracker.close();
  }
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

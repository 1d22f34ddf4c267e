// The example pages, on the built files, in headless Chromium: the widgets render their content
// and the console stays clean. Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/chrome-args.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { STRICT_CSP } from './csp.mjs';


let server;
let strictServer;
let browser;

before(async () => {
  server = await serveStatic(process.cwd());
  strictServer = await serveStatic(process.cwd(), { 'content-security-policy': STRICT_CSP });
  browser = await puppeteer.launch({ executablePath: findChrome().path, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await strictServer?.close();
});

/** Opens an example and returns what each widget shows, and every console problem. */
async function open(name, base = server, probe = () => null) {
  const page = await browser.newPage();
  const problems = [];
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base.url}/examples/${name}`, { waitUntil: 'networkidle0' });
  // Ready: every widget has rendered something other than its loading skeleton.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('stem-program-finder, stem-outcome-card, stem-member-directory')].every(
        (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="skeleton"]'),
      ),
    { timeout: 10000 },
  );
  const shown = await page.$$eval('stem-program-finder, stem-outcome-card, stem-member-directory', (els) =>
    els.map((el) => ({
      tag: el.localName,
      cards: el.shadowRoot.querySelectorAll('[part="card"], [part="member"], [part="figure"]').length,
      error: Boolean(el.shadowRoot.querySelector('[part="error"]')),
    })),
  );
  const global = await page.evaluate(() => window.StemWidgets && { version: window.StemWidgets.version, hasValidate: typeof window.StemWidgets.validate });
  const probed = await page.evaluate(probe);
  await page.close();
  return { shown, problems, warnings, global, probed };
}

test('one classic deferred script tag and inline data', async () => {
  const { shown, problems, global } = await open('script-tag-inline.html');
  assert.deepEqual(problems, []);
  assert.deepEqual(shown, [{ tag: 'stem-program-finder', cards: 2, error: false }]);
  assert.equal(global.hasValidate, 'function');
  assert.match(global.version, /^\d+\.\d+\.\d+/);
});

test('one module script tag and a data URL', async () => {
  const { shown, problems } = await open('script-tag-src.html');
  assert.deepEqual(problems, []);
  assert.equal(shown[0].error, false);
  assert.ok(shown[0].cards > 20, `members shown: ${shown[0].cards}`);
});

test('<stem-data> feeding all three widgets', async () => {
  const { shown, problems } = await open('stem-data.html');
  assert.deepEqual(problems, []);
  assert.deepEqual(
    shown.map((s) => [s.tag, s.error, s.cards > 0]),
    [
      ['stem-outcome-card', false, true],
      ['stem-program-finder', false, true],
      ['stem-member-directory', false, true],
    ],
  );
});

test('the ESM build through an import map', async () => {
  const { shown, problems } = await open('import-map.html');
  assert.deepEqual(problems, []);
  assert.deepEqual(shown, [{ tag: 'stem-outcome-card', cards: 3, error: false }]);
});

test('an application with its own @lit/localize: no error, its French stays, each widget keeps its own language', async () => {
  const { shown, problems, probed } = await open('host-app-localize.html', server, () => ({
    app: document.querySelector('app-greeting').shadowRoot.textContent.trim(),
    finder: document.querySelector('stem-program-finder').shadowRoot.textContent,
    card: document.querySelector('stem-outcome-card').shadowRoot.textContent,
    finderIsEnglish: document.querySelector('stem-program-finder').matches(':lang(en)'),
    cardIsSpanish: document.querySelector('stem-outcome-card').matches(':lang(es)'),
  }));
  assert.deepEqual(problems, []);
  assert.deepEqual(
    shown.map((s) => [s.tag, s.error, s.cards > 0]),
    [
      ['stem-program-finder', false, true],
      ['stem-outcome-card', false, true],
    ],
  );
  assert.equal(probed.app, 'Bonjour et bienvenue');
  assert.match(probed.finder, /Search programs/);
  assert.doesNotMatch(probed.finder, /Buscar/);
  assert.match(probed.card, /Fuente/);
  assert.ok(probed.finderIsEnglish && probed.cardIsSpanish, JSON.stringify(probed));
});

test('the script loaded twice: no error, the widgets still render, no warning for the same version', async () => {
  const { shown, problems, warnings } = await open('loaded-twice.html');
  assert.deepEqual(problems, []);
  assert.equal(shown[0].error, false);
  assert.ok(shown[0].cards > 0);
  assert.deepEqual(
    warnings.filter((w) => w.includes('already defined')),
    [],
  );
});

test('under a strict Content-Security-Policy with Trusted Types, every widget renders with no violation', async () => {
  const { shown, problems, probed } = await open('strict-csp.html', strictServer, () => ({
    directory: document.querySelector('stem-member-directory').shadowRoot.textContent,
    finder: document.querySelector('stem-program-finder').shadowRoot.textContent,
  }));
  assert.deepEqual(problems, []);
  // The Spanish directory's messages came from stem-widgets.es.js under the same policy; the others stay English.
  assert.match(probed.directory, /Buscar miembros/);
  assert.match(probed.finder, /Search programs/);
  assert.deepEqual(
    shown.map((s) => [s.tag, s.error, s.cards > 0]),
    [
      ['stem-outcome-card', false, true],
      ['stem-program-finder', false, true],
      ['stem-member-directory', false, true],
    ],
  );
});

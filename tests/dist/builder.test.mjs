// The embed builder in the static demo site, in headless Chromium: a site owner changes
// controls and sees the preview and the snippet follow, copies the snippet, and the snippet
// pasted into a blank page with the built script renders the same widget. Run after
// `npm run build` and `npm run build:site`: the repository root is served, so the addresses typed
// into the builder can be those of dist/stem-widgets.js and a sample, as a partner types theirs.
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
const BUILDER = 'site/src/demo/builder.html';
/** The partner's copies, here on the test server, typed into the builder's address fields. */
const SCRIPT_ADDRESS = '/dist/stem-widgets.js';
const DATA_ADDRESS = '/site/src/sample/consortium.json';

let server;
let otherSite;
let browser;

before(async () => {
  server = await serveStatic('.');
  // Another origin (another port) that sends no CORS header, as most partners' servers.
  otherSite = await serveStatic('.');
  browser = await puppeteer.launch({ executablePath: findChrome().path, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await otherSite?.close();
});

/** Opens a page; collects console errors and failed requests. */
async function open(path, html) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  if (html !== undefined) {
    // The blank partner page, next to the builder so relative data URLs resolve the same way.
    await page.setRequestInterception(true);
    page.on('request', (r) => (r.url().endsWith('/blank.html') ? r.respond({ contentType: 'text/html', body: html }) : r.continue()));
  }
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0' });
  return { page, problems };
}

/** Waits until the widget in `scope` has rendered from its data, and returns what a visitor sees of it. */
async function widgetShown(page, scope) {
  // A tab in the background gets no animation frames, which rendering and waiting use.
  await page.bringToFront();
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      return el?.shadowRoot?.querySelector('[part="card"], [part="figure"], [part="member"], [part="empty"], [part="error"]');
    },
    { timeout: 10000 },
    scope,
  );
  // Rendering settles after the data: wait for two frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.$eval(scope, (el) => {
    const style = getComputedStyle(el);
    const link = el.shadowRoot.querySelector('[part="card"] a, [part="member"] a');
    const src = el.getAttribute('src');
    return {
      tag: el.localName,
      // The file the data comes from, however its address is written.
      data: src === null ? null : new URL(src, document.baseURI).href,
      attributes: el
        .getAttributeNames()
        .filter((n) => n !== 'data-stem-theme' && n !== 'style' && n !== 'src')
        .map((n) => [n, el.getAttribute(n)])
        .sort(),
      theme: el.dataset.stemTheme,
      accent: style.getPropertyValue('--stem-color-accent').trim(),
      linkColor: link ? getComputedStyle(link).color : null,
      // What is on screen; live regions are left out, as what they say depends on timing.
      text: [...el.shadowRoot.querySelectorAll('*')]
        .filter((n) => !n.closest('[aria-live], [role="status"]') && n.children.length === 0)
        .map((n) => n.textContent.trim())
        .filter(Boolean)
        .join(' ')
        .replace(/\s+/g, ' '),
      cards: [...el.shadowRoot.querySelectorAll('[part="card"], [part="figure"], [part="member"]')].map((c) =>
        c.textContent.replace(/\s+/g, ' ').trim(),
      ),
    };
  });
}

const snippet = (page) => page.$eval('#snippet-script', (c) => c.textContent);

/** Types into a field with the keyboard and leaves it, as a person does (the change event). */
async function typeInto(page, selector, text) {
  await page.focus(selector);
  await page.$eval(selector, (el) => el.select?.());
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Checks a checkbox or radio by its label text, with the keyboard. */
async function checkByLabel(page, scope, label) {
  const handle = await page.evaluateHandle(
    (s, l) => [...document.querySelectorAll(`${s} label`)].find((x) => x.textContent.trim().startsWith(l))?.querySelector('input'),
    scope,
    label,
  );
  assert.ok(handle.asElement(), `no control labelled ${label}`);
  await handle.focus();
  await page.keyboard.press('Space');
}

/** A blank page holding only the snippet, as it was copied. */
const blankPage = (text) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title><link rel="icon" href="data:,"></head><body>
${text}
</body></html>`;

/** A snippet must work on the partner's site: no address of the server the builder runs on. */
function assertNoDevAddress(text) {
  assert.doesNotMatch(text, /localhost|127\.0\.0\.1|:5173|\/@vite|\.ts\b|node_modules|unpkg/);
  assert.ok(!text.includes(server.url), 'the builder page\'s own origin');
}

async function pasteIntoBlankPage(text) {
  assertNoDevAddress(text);
  assert.match(text, /^<script type="module" src="\/dist\/stem-widgets\.js"><\/script>\n/, 'the snippet loads the script from the address typed in');
  return open('site/src/demo/blank.html', blankPage(text));
}

/** Types where the partner's copies of the script (and the data file) will be. */
async function typeAddresses(page, data = DATA_ADDRESS) {
  await typeInto(page, '#script-address', SCRIPT_ADDRESS);
  if (data) await typeInto(page, '#data-address', data);
}

test('changing controls updates the preview and the snippet; the copied snippet renders the same on a blank page', async () => {
  const { page, problems } = await open(BUILDER);
  const first = await widgetShown(page, '#preview-frame stem-program-finder');
  assert.equal(first.cards.length, 12, 'the default page size');
  assert.equal(await page.$eval('#script-address', (i) => i.value), '/js/stem-widgets.js');
  assert.equal(await page.$eval('#data-address', (i) => i.value), '/data/consortium.json');
  assert.equal(
    await snippet(page),
    `<script type="module" src="/js/stem-widgets.js"></script>\n<stem-program-finder src="/data/consortium.json"></stem-program-finder>\n`,
    'the suggested addresses on the partner\'s site, and nothing else, before anything is changed',
  );
  await typeAddresses(page);
  assert.equal(
    await snippet(page),
    `<script type="module" src="${SCRIPT_ADDRESS}"></script>\n<stem-program-finder src="${DATA_ADDRESS}"></stem-program-finder>\n`,
    'the addresses typed in',
  );

  await typeInto(page, '#attr-page-size', '6');
  await checkByLabel(page, '.list-control', 'Cybersecurity (cybersecurity)');
  await page.select('#attr-layout', 'list');
  await page.select('#attr-theme', 'dark');
  await page.$eval('#token--stem-color-accent', (input) => {
    input.value = '#ffb86b';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const shown = await widgetShown(page, '#preview-frame stem-program-finder');
  assert.equal(shown.cards.length, 6);
  assert.match(shown.text, /11 programs/, 'the preselected field filters the programs');
  assert.ok(
    shown.cards.every((c) => c.includes('Cybersecurity')),
    'every card is in the field',
  );
  assert.equal(shown.theme, 'dark');
  assert.equal(shown.accent, '#ffb86b');
  assert.equal(shown.linkColor, 'rgb(255, 184, 107)');
  assert.equal(
    await snippet(page),
    [
      `<script type="module" src="${SCRIPT_ADDRESS}"></script>`,
      '<style>',
      '  stem-program-finder {',
      '    --stem-color-accent: #ffb86b;',
      '  }',
      '</style>',
      `<stem-program-finder src="${DATA_ADDRESS}" fields="cybersecurity" page-size="6" layout="list" theme="dark"></stem-program-finder>`,
      '',
    ].join('\n'),
  );
  const npm = await page.$eval('#snippet-npm', (c) => c.textContent);
  assert.match(npm, /^npm install \.\/stem-widgets-\d+\.\d+\.\d+\.tgz\n[\s\S]*import 'stem-widgets\/program-finder\.js';[\s\S]*<stem-program-finder src=/);
  assertNoDevAddress(npm);

  // Copy with the keyboard; the status says so politely.
  await page.browserContext().overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  await page.focus('[data-copy="snippet-script"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === 'Copied');
  assert.equal(await page.$eval('#copy-status', (p) => p.getAttribute('role')), 'status');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet(page));

  const blank = await pasteIntoBlankPage(copied);
  const pasted = await widgetShown(blank.page, 'body > stem-program-finder');
  assert.deepEqual(pasted, shown, 'the same attributes, theme, token colours and cards');
  assert.deepEqual(blank.problems, []);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
});

test('the outcome card offers the subjects the document has figures for, and the language', async () => {
  const { page, problems } = await open(BUILDER);
  await widgetShown(page, '#preview-frame stem-program-finder');
  await checkByLabel(page, 'fieldset', '<stem-outcome-card>');
  await widgetShown(page, '#preview-frame stem-outcome-card');
  const programs = await page.$$eval('#attr-program option', (os) => os.map((o) => [o.value, o.textContent]));
  const withFigures = new Set(SAMPLE.outcomes.filter((o) => o.subject.type === 'program').map((o) => o.subject.id));
  assert.deepEqual(programs.map(([v]) => v).filter(Boolean).sort(), [...withFigures].sort());
  assert.ok(programs.some(([v, label]) => v === 'aacc-cyber-technology' && label === 'Cyber Technology Certificate (aacc-cyber-technology)'));
  await page.select('#attr-program', 'aacc-cyber-technology');
  await page.select('#attr-variant', 'compact');
  await page.select('#attr-lang', 'es');
  await page.waitForFunction(() => document.querySelector('#preview-frame stem-outcome-card')?.getAttribute('lang') === 'es');
  const shown = await widgetShown(page, '#preview-frame stem-outcome-card');
  assert.ok(shown.cards.length > 0, 'figures are shown');
  await typeAddresses(page);
  assert.match(await snippet(page), /<stem-outcome-card src="[^"]+" program="aacc-cyber-technology" variant="compact" lang="es"><\/stem-outcome-card>/);

  const blank = await pasteIntoBlankPage(await snippet(page));
  assert.deepEqual(await widgetShown(blank.page, 'body > stem-outcome-card'), shown, 'the same card, in Spanish');
  assert.deepEqual(blank.problems, []);
  assert.deepEqual(problems, []);
});

test('a pasted document or URL with quotes and </script> stays data: the snippet escapes it', async () => {
  const { page, problems } = await open(BUILDER);
  await widgetShown(page, '#preview-frame stem-program-finder');
  const doc = structuredClone(SAMPLE);
  const hostile = 'A welding </script><script>window.pwned=1</script> "quoted" & <!-- more';
  doc.programs[0].name = hostile;
  await typeAddresses(page, null);
  await checkByLabel(page, 'fieldset', 'Paste a document');
  await page.waitForSelector('#data-text');
  assert.equal(await page.$('#data-address'), null, 'pasted data needs no data file');
  await page.$eval(
    '#data-text',
    (el, text) => {
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    JSON.stringify(doc),
  );
  await page.waitForFunction(() => document.getElementById('snippet-script').textContent.includes('A welding'));
  const shown = await widgetShown(page, '#preview-frame stem-program-finder');
  assert.ok(
    shown.cards.some((c) => c.includes(hostile)),
    'the name shows as text',
  );
  const text = await snippet(page);
  assert.doesNotMatch(text, /<\/script><script>|<!--/);
  assert.match(text, /<stem-program-finder>\n {2}<script type="application\/json">/, 'no data URL: the document is inline');

  const blank = await pasteIntoBlankPage(text);
  assert.deepEqual(await widgetShown(blank.page, 'body > stem-program-finder'), shown);
  assert.equal(await blank.page.evaluate(() => window.pwned), undefined);
  assert.equal(await blank.page.$$eval('body > script', (s) => s.length), 1, 'only the library script');
  assert.deepEqual(blank.problems, []);

  // A URL with quotes stays one attribute value.
  await checkByLabel(page, 'fieldset', 'Your data file');
  const url = '../sample/consortium.json?x="><img src=x onerror="window.pwned=1">';
  await typeInto(page, '#data-url', url);
  await widgetShown(page, '#preview-frame stem-program-finder');
  const urlSnippet = await snippet(page);
  assert.match(urlSnippet, /src="\.\.\/sample\/consortium\.json\?x=&quot;>&lt;img src=x onerror=&quot;window\.pwned=1&quot;>"/);
  const second = await pasteIntoBlankPage(urlSnippet);
  const pasted = await widgetShown(second.page, 'body > stem-program-finder');
  assert.equal(
    await second.page.$eval('body > stem-program-finder', (el) => el.getAttribute('src')),
    url,
    'the URL, quotes and all, is one attribute value',
  );
  assert.equal(pasted.cards.length, 12);
  assert.equal(await second.page.$$eval('img', (imgs) => imgs.length), 0);
  assert.equal(await second.page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(problems, []);
});

test('the member directory on the coalition sample offers its roles and sectors; the builder passes axe', async () => {
  const { page, problems } = await open(BUILDER);
  await widgetShown(page, '#preview-frame stem-program-finder');
  await checkByLabel(page, 'fieldset', '<stem-member-directory>');
  await checkByLabel(page, 'fieldset', 'The sample coalition');
  await widgetShown(page, '#preview-frame stem-member-directory');
  const coalition = JSON.parse(readFileSync('src/sample/coalition.json', 'utf8'));
  const roles = await page.$$eval('fieldset.list-control', (sets) =>
    Object.fromEntries(sets.map((s) => [s.querySelector('legend').textContent, [...s.querySelectorAll('input')].map((i) => i.value)])),
  );
  assert.deepEqual(roles.sectors.sort(), [...new Set(coalition.members.map((m) => m.sector))].sort());
  assert.ok(roles.roles.includes('chair'));
  await checkByLabel(page, 'fieldset.list-control', 'chair');
  await page.select('#attr-group-by', 'sector');
  const shown = await widgetShown(page, '#preview-frame stem-member-directory');
  assert.match(await snippet(page), /<stem-member-directory src="\/data\/coalition\.json" roles="chair" group-by="sector"><\/stem-member-directory>/);
  assert.ok(shown.cards.length > 0 && shown.cards.length < coalition.members.length, 'only the chairs');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
});

test('a data file on another site without CORS: the builder says in plain words what happened and how to fix it', async () => {
  const { page, problems } = await open(BUILDER);
  await widgetShown(page, '#preview-frame stem-program-finder');
  await checkByLabel(page, 'fieldset', 'Your data file');
  const url = `${otherSite.url}/site/src/sample/consortium.json`;
  await typeInto(page, '#data-url', url);
  await page.waitForFunction(() => document.getElementById('preview-status').textContent.startsWith('Your browser'), { timeout: 10000 });
  assert.equal(
    await page.$eval('#preview-status', (p) => p.textContent),
    `Your browser could not read ${url} from this page. The server must allow it: add the header Access-Control-Allow-Origin: * to that file, or check the data with the file itself: choose “Paste a document” above and paste it.`,
  );
  assert.equal(await page.$eval('#preview-status', (p) => p.getAttribute('role')), 'status');
  // The snippet still names the partner's file: on their own site the browser reads it.
  assert.match(await snippet(page), new RegExp(`<stem-program-finder src="${url.replace(/[.]/g, '\\.')}"></stem-program-finder>`));
  // Only what the browser and the widget log about the blocked request.
  assert.deepEqual(
    problems.filter((p) => !p.includes(url) && !p.includes('net::ERR_FAILED')),
    [],
  );
});

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

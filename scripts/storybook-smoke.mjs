#!/usr/bin/env node
// Shows every story of the built Storybook (storybook-static/) in headless Chromium, as a
// designer clicking through the sidebar would (a few preview pages, each switching from story to
// story), and fails a story on a console error, an uncaught error or rejection, an HTTP
// error or an axe-core violation (WCAG 2.0/2.1/2.2 A and AA). Screenshots of each widget's main
// story go to .reports/storybook-screens/. Run `npm run build-storybook` first; pass words to
// visit only the stories whose id contains one of them.
/* global axe -- page.evaluate functions run in the page, where axe-core is injected */
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { CHROME_ARGS } from './chrome-args.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STATIC = join(ROOT, 'storybook-static');
const SCREENS = join(ROOT, '.reports', 'storybook-screens');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The deliberately missing document of the LoadError / HttpError stories: its 404 is the point. */
const EXPECTED_MISSING = '/sample/missing.json';

/**
 * Stories whose subject is an error the webmaster must be told about. The widgets tell them on
 * the console, by design (src/data/report.ts), so in these stories that one report is expected;
 * it is also required (a story that stops reporting fails), and any other console error still
 * fails the story.
 */
const EXPECTED_REPORTS = [
  { story: (e) => /^(Load|Http) Error$/.test(e.name), text: /^\[stem-widgets\] \S*\/sample\/missing\.json: / },
  { story: (e) => e.id === 'elements-stem-data--unsupported-version', text: /^fatal: \/contractVersion: / },
];

/** Stories visited at once. */
const SMOKE_PAGES = 3;

/** The first story of each of these titles is screenshotted. */
const SCREENSHOT_TITLES = [
  'Elements/stem-program-finder',
  'Elements/stem-outcome-card',
  'Elements/stem-member-directory',
  'Elements/stem-data',
];

const RENDER_TIMEOUT = 15_000;
const SETTLE_TIMEOUT = 5_000;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** A static file server for storybook-static/, on 127.0.0.1 and a free port. */
function serve(dir) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(dir, `.${path}`);
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path === '/favicon.ico' && !existsSync(file)) {
      // The browser asks for it on its own; Storybook declares its icon in the page.
      res.writeHead(204).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'max-age=600',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/** Every stem-* element in the story, through open shadow roots. Runs in the page. */
function inPageWaitForRender(loading, settleTimeout) {
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('stem-')) out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const storyRoot = document.querySelector('#storybook-root');
  const settle = async () => {
    const els = deep(storyRoot);
    const undefinedTags = [...new Set(els.filter((e) => !customElements.get(e.localName)).map((e) => e.localName))];
    if (undefinedTags.length) return { undefinedTags };
    await Promise.all(els.map((e) => e.updateComplete));
    return { els };
  };
  return (async () => {
    const started = performance.now();
    let state = await settle();
    // The preview registers the elements before any story renders: a short wait is plenty, and
    // keeps a broken registration from costing the whole settle time on every story.
    while (state.undefinedTags && performance.now() - started < Math.min(settleTimeout, 2000)) {
      await new Promise((r) => setTimeout(r, 50));
      state = await settle();
    }
    if (state.undefinedTags) return { problem: `custom elements never defined: ${state.undefinedTags.join(', ')}` };
    if (loading) return {};
    const isLoading = (e) => Boolean(e.shadowRoot?.querySelector('[part="skeleton"]'));
    while (performance.now() - started < settleTimeout) {
      state = await settle();
      const stuck = (state.els ?? []).filter(isLoading);
      if (!state.undefinedTags && stuck.length === 0) {
        // One more frame so that any update scheduled by the last one has painted.
        await new Promise((r) => requestAnimationFrame(() => r()));
        await settle();
        return {};
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const stuck = [
      ...new Set(
        deep(storyRoot)
          .filter(isLoading)
          .map((e) => e.localName),
      ),
    ];
    return { problem: `still loading after ${settleTimeout / 1000} s: ${stuck.join(', ')}` };
  })();
}

async function runAxe(page) {
  // Once per page: switching stories keeps the page, and with it axe.
  if (!(await page.evaluate(() => typeof axe !== 'undefined'))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    axe.reset();
    const results = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
        html: n.html,
        summary: n.failureSummary,
      })),
    }));
  }, AXE_TAGS);
}

const squeeze = (text, max) => {
  const t = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** "axe <rule> [impact] <help>: <element> <html> (<why>)", for at most three elements. */
function describeViolation(v) {
  const nodes = v.nodes
    .slice(0, 3)
    .map((n) => `${n.target} ${squeeze(n.html, 100)} (${squeeze((n.summary ?? '').split('\n').slice(1).join(' '), 200)})`)
    .join('; ');
  const more = v.nodes.length > 3 ? `; and ${v.nodes.length - 3} more` : '';
  return `axe ${v.id} [${v.impact}] ${v.help}: ${nodes}${more}`;
}

/**
 * Switches the preview to a story as Storybook's sidebar does (the channel's setCurrentStory),
 * and resolves with the event that ended the render. Runs in the page.
 */
function inPageShowStory(storyId, timeout) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (!channel) return Promise.resolve({ event: 'no channel' });
  const ends = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
  return new Promise((resolve) => {
    const handlers = {};
    const finish = (event) => {
      for (const e of ends) channel.off(e, handlers[e]);
      clearTimeout(timer);
      resolve({ event });
    };
    for (const e of ends) channel.on(e, (handlers[e] = () => finish(e)));
    const timer = setTimeout(() => finish('timeout'), timeout);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

const isExpectedMissing = (url) => {
  try {
    return new URL(url).pathname.endsWith(EXPECTED_MISSING);
  } catch {
    return false;
  }
};

/**
 * One preview page that shows story after story, as a designer clicking through the sidebar
 * sees them: Storybook's preview and axe load once per page, not once per story (most of the
 * smoke test's CPU went there). What the page reports goes to the story on show.
 */
async function openPreview(browser, base) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.evaluateOnNewDocument(() => {
    window.__smokeRejections = [];
    window.addEventListener('unhandledrejection', (e) => {
      const r = e.reason;
      window.__smokeRejections.push(r instanceof Error ? `${r.name}: ${r.message}` : String(r));
    });
  });
  const current = { problems: [], expected: [] };
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    // The browser's own "Failed to load resource" line for the deliberate 404 is that same 404.
    if (/^Failed to load resource/.test(text) && isExpectedMissing(m.location()?.url ?? '')) return;
    const report = current.expected.find((x) => x.text.test(text));
    if (report) report.seen = true;
    else current.problems.push(`console error: ${text.split('\n')[0]}`);
  });
  page.on('pageerror', (e) => current.problems.push(`uncaught: ${String(e?.message ?? e).split('\n')[0]}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !isExpectedMissing(r.url())) current.problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? 'failed';
    if (reason !== 'net::ERR_ABORTED') current.problems.push(`request failed: ${reason} ${r.url()}`);
  });
  // The page is reused only after a visit that went to its end: after any failure the next story
  // starts from a fresh load.
  let reusable = false;
  return {
    close: () => page.close().catch(() => {}),
    /** The problems of one story: shown in this page, settled, checked with axe. */
    async visit(entry, screenshot) {
      const problems = (current.problems = []);
      current.expected = EXPECTED_REPORTS.filter((x) => x.story(entry)).map((x) => ({ ...x, seen: false }));
      const reuse = reusable;
      reusable = false;
      try {
        if (!reuse) {
          // `a11y.manual`: the a11y addon would run its own axe on every story as it renders;
          // this script runs axe itself (below), so the addon's run would only double the time.
          const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=a11y.manual:!true`;
          await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT });
        } else {
          await page.evaluate(() => (window.__smokeRejections = []));
          const shown = await page.evaluate(inPageShowStory, entry.id, RENDER_TIMEOUT);
          if (shown.event === 'timeout' || shown.event === 'no channel' || shown.event === 'storyMissing') {
            problems.push(`the story did not render within ${RENDER_TIMEOUT / 1000} s (${shown.event})`);
            return problems;
          }
        }
        try {
          // Rendered, and Storybook's own steps after it (play functions, afterEach hooks such as
          // an a11y addon run) are finished: two axe runs at once in one page fail.
          await page.waitForFunction(
            () => {
              if (document.body.classList.contains('sb-show-errordisplay')) return true;
              const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
              return (
                (phase === undefined || ['finished', 'errored', 'aborted'].includes(phase)) &&
                document.body.classList.contains('sb-show-main') &&
                document.querySelector('#storybook-root')?.childNodes.length > 0
              );
            },
            { timeout: RENDER_TIMEOUT, polling: 50 },
          );
        } catch {
          problems.push(`the story did not render within ${RENDER_TIMEOUT / 1000} s`);
          return problems;
        }
        const shownError = await page.evaluate(() =>
          document.body.classList.contains('sb-show-errordisplay')
            ? `${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent ?? ''}`.trim()
            : null,
        );
        if (shownError !== null) {
          problems.push(`Storybook shows an error: ${shownError.split('\n')[0]}`);
          return problems;
        }
        const settled = await page.evaluate(inPageWaitForRender, entry.name === 'Loading', SETTLE_TIMEOUT);
        if (settled.problem) problems.push(settled.problem);

        for (const v of await runAxe(page)) problems.push(describeViolation(v));

        for (const x of current.expected) if (!x.seen) problems.push(`expected console report missing: ${x.text}`);
        const rejections = await page.evaluate(() => window.__smokeRejections);
        for (const r of rejections) {
          if (!problems.some((p) => p.includes(r))) problems.push(`unhandled rejection: ${r}`);
        }
        if (screenshot) {
          mkdirSync(SCREENS, { recursive: true });
          await page.screenshot({ path: join(SCREENS, `${entry.id}.png`), fullPage: true });
        }
        reusable = true;
      } catch (e) {
        problems.push(`smoke test error: ${String(e?.message ?? e).split('\n')[0]}`);
      }
      return problems;
    },
  };
}

async function main() {
  const started = Date.now();
  const indexFile = join(STATIC, 'index.json');
  if (!existsSync(indexFile)) {
    console.error('storybook smoke: storybook-static/index.json not found; run `npm run build-storybook` first.');
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const all = Object.values(index.entries).filter((e) => e.type === 'story');
  const screenshotIds = new Set(SCREENSHOT_TITLES.map((t) => all.find((s) => s.title === t)?.id).filter(Boolean));
  // `node scripts/storybook-smoke.mjs outcome-card--spanish …` visits only the stories whose id contains one of the words.
  const only = process.argv.slice(2);
  const stories = only.length ? all.filter((e) => only.some((w) => e.id.includes(w))) : all;

  const chrome = findChrome();
  if (!chrome.path) {
    console.error(`storybook smoke: ${chrome.message}`);
    process.exit(1);
  }
  const server = await serve(STATIC);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: CHROME_ARGS });
  let failed = 0;
  try {
    // A few preview pages at once: a visit mostly waits (rendering, axe, a screenshot); each
    // page shows one story at a time, so none shares another's focus or console.
    const queue = [...stories];
    const worker = async () => {
      const preview = await openPreview(browser, base);
      try {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const problems = await preview.visit(entry, screenshotIds.has(entry.id));
          if (problems.length) {
            failed++;
            console.log(`FAIL ${entry.id}: ${problems.join(' | ')}`);
          }
        }
      } finally {
        await preview.close();
      }
    };
    await Promise.all(Array.from({ length: SMOKE_PAGES }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`storybook smoke: screenshots in ${relative(ROOT, SCREENS)}/, ${seconds} s`);
  console.log(`storybook smoke: ${stories.length} stories visited, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();

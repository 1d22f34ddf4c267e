#!/usr/bin/env node
// The performance benchmark, in headless Chromium with no network. Writes bench/results.json and
// the bench section of docs/BENCHMARKS.md; `--quick` (CI) runs small sets and few runs and writes
// .reports/bench-quick.json only, so the committed figures are never replaced by a quick run.
//   npm run bench [-- --quick] [-- --out file.json] [-- --only engine,interaction,start,hostile,cls,size] [-- --sizes 10000]
// Figures are medians of repeated runs beside a peer measured in the same run; nothing is asserted.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import * as prettier from 'prettier';
import { findChrome } from '../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../scripts/chrome-args.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { importTs } from '../scripts/import-ts.mjs';
import { benchMarkdown, writeBenchSection } from './report.mjs';
import { CONFIGS } from './config.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
    sizes: { type: 'string' },
  },
});
const mode = args.quick ? 'quick' : 'full';
// `--sizes 10000` narrows a run to some of the data sets while working on one figure.
const config = { ...CONFIGS[mode] };
if (args.sizes) config.sizes = config.sizes.filter((n) => args.sizes.split(',').map(Number).includes(n));
const only = args.only ? new Set(args.only.split(',')) : null;
const wanted = (suite) => !only || only.has(suite);
// Only a full run of every suite replaces the committed results.
const partial = only || args.sizes;
const outFile = resolve(
  args.out ?? (args.quick ? '.reports/bench-quick.json' : partial ? '.reports/bench-only.json' : 'bench/results.json'),
);
const BUNDLE = 'dist/stem-widgets.js';
const INSTANTSEARCH = 'node_modules/instantsearch.js/dist/instantsearch.production.min.js';
const started = Date.now();
const log = (line) => console.error(`bench [${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

if ((wanted('start') || wanted('size')) && !existsSync(BUNDLE)) {
  console.error(`bench: ${BUNDLE} is missing: run npm run build first`);
  process.exit(1);
}
const chrome = findChrome();
if (!chrome.path) {
  console.error(`bench: ${chrome.message}`);
  process.exit(1);
}

// ---- the site: data sets, bundled bench pages, the shipped bundle, the built demo page ----

const site = mkdtempSync(join(tmpdir(), 'stem-bench-'));
const { generateDocument } = await importTs('src/sample/generate.ts');
const sizes = [...new Set([...config.sizes, config.heapPrograms, config.hostilePrograms])];
for (const programs of sizes) {
  writeFileSync(join(site, `data-${programs}.json`), JSON.stringify(generateDocument({ programs, seed: 1 })));
}
await build({
  entryPoints: { engine: 'bench/pages/engine.ts', interaction: 'bench/pages/interaction.ts', demo: 'src/demo/demo.ts' },
  outdir: site,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'error',
});
const page = (body, script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${script ? `<script type="module" src="./${script}"></script>` : ''}</head><body>${body}</body></html>`;
writeFileSync(join(site, 'engine.html'), page('<main></main>', 'engine.js'));
writeFileSync(join(site, 'interaction.html'), page('<main style="max-width:1100px;margin:auto"></main>', 'interaction.js'));
if (existsSync(BUNDLE)) cpSync(BUNDLE, join(site, 'stem-widgets.js'));
// The demo page as `npm start` serves it, bundled: same HTML, CSS and sample data.
mkdirSync(join(site, 'demo'));
writeFileSync(join(site, 'demo/index.html'), readFileSync('src/demo/index.html', 'utf8').replace('./demo.ts', '../demo.js'));
cpSync('src/demo/demo.css', join(site, 'demo/demo.css'));
cpSync('src/sample', join(site, 'sample'), { recursive: true });
log(`site ready (${sizes.map((n) => n.toLocaleString('en')).join(', ')} programs)`);

// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs.
const server = await serveStatic(site, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
const browser = await puppeteer.launch({
  executablePath: chrome.path,
  headless: true,
  // itemsjs takes tens of seconds to index 100,000 programs, several times over in one call.
  protocolTimeout: 30 * 60 * 1000,
  // Frames are not held to a 60 Hz clock, so "to the next paint" measures work, not vsync waits.
  args: [...CHROME_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
const results = {
  mode,
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium: await browser.version() },
  runs: config,
  engine: [],
  interaction: [],
  start: [],
  heap: null,
  hostile: [],
  cls: [],
  size: null,
};

async function openPage(path, viewport = { width: 1280, height: 800 }) {
  const p = await browser.newPage();
  await p.setViewport(viewport);
  p.on('pageerror', (e) => log(`page error: ${e.message}`));
  await p.goto(`${server.url}/${path}`, { waitUntil: 'load' });
  return p;
}

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

try {
  // ---- engine: build, then query plus facet counts, beside itemsjs and a naive filter ----
  if (wanted('engine')) {
    for (const programs of config.sizes) {
      const p = await openPage('engine.html');
      const runs = config.engine[programs];
      const r = await p.evaluate((url, o) => window.benchEngine(url, o), `data-${programs}.json`, runs);
      await p.close();
      const total = (peer) => r.queries.reduce((sum, q) => sum + q.ms[peer], 0);
      r.totalMs = { ours: total('ours'), itemsjs: total('itemsjs'), naive: total('naive') };
      r.speedupVsItemsjs = r.totalMs.itemsjs / r.totalMs.ours;
      results.engine.push(r);
      log(
        `engine ${programs}: build ${r.buildMs.ours.toFixed(1)} ms, queries ${r.totalMs.ours.toFixed(1)} ms vs itemsjs ${r.totalMs.itemsjs.toFixed(1)} ms`,
      );
    }
  }

  // ---- interaction: keystroke to painted results, the finder beside the hand-written floor ----
  if (wanted('interaction')) {
    for (const programs of config.sizes) {
      const row = { programs };
      for (const kind of ['floor', 'finder']) {
        const p = await openPage('interaction.html');
        await p.evaluate((url, k) => window.setupInteraction(url, k), `data-${programs}.json`, kind);
        const samples = [];
        for (let rep = 0; rep < config.interactionReps[programs]; rep++) {
          for (const word of config.typed) {
            for (const ch of word) {
              await p.keyboard.type(ch);
              samples.push(await p.evaluate(() => window.nextSample()));
              await sleep(config.keyGapMs);
            }
            // A pause, as after a word (the announcement and the event fire), then clear the box.
            await sleep(config.wordGapMs);
            await p.keyboard.down('Control');
            await p.keyboard.press('a');
            await p.keyboard.up('Control');
            await p.keyboard.press('Backspace');
            samples.push(await p.evaluate(() => window.nextSample()));
            await sleep(config.wordGapMs);
          }
        }
        await p.close();
        const ms = samples.map((s) => s.ms);
        const part = (k) => median(samples.map((s) => s.parts[k]));
        const settled = samples.map((s) => s.settledMs);
        row[kind] = {
          median: median(ms),
          p95: percentile(ms, 95),
          settled: { median: median(settled), p95: percentile(settled, 95) },
          samples: ms.length,
          parts: { input: part('input'), script: part('script'), frame: part('frame') },
        };
      }
      row.ratio = row.finder.median / row.floor.median;
      results.interaction.push(row);
      log(
        `interaction ${programs}: finder ${row.finder.median.toFixed(1)} ms (p95 ${row.finder.p95.toFixed(1)}), floor ${row.floor.median.toFixed(1)} ms`,
      );
    }
  }

  // ---- start: the script-tag bundle's evaluation, and first render with the data in the page ----
  if (wanted('start')) {
    // Evaluation alone, on a page with no element to upgrade (an upgrade would render inside it).
    writeFileSync(
      join(site, 'evaluate.html'),
      page(
        `<script type="module">performance.mark('script-start')</script><script type="module" src="./stem-widgets.js"></script>` +
          `<script type="module">performance.mark('script-end')</script>`,
      ),
    );
    const evaluations = [];
    for (let i = 0; i < config.startRuns; i++) {
      const p = await openPage('evaluate.html');
      evaluations.push(
        await p.evaluate(() => {
          const mark = (name) => performance.getEntriesByName(name)[0].startTime;
          return mark('script-end') - mark('script-start');
        }),
      );
      await p.close();
    }
    for (const programs of config.startSizes) {
      const json = readFileSync(join(site, `data-${programs}.json`), 'utf8').replaceAll('</', '<\\/');
      writeFileSync(
        join(site, `start-${programs}.html`),
        page(
          `<script type="module" src="./stem-widgets.js"></script>` +
            `<stem-program-finder><script type="application/json">${json}</script></stem-program-finder>`,
        ),
      );
      const runs = [];
      for (let i = 0; i < config.startRuns; i++) {
        const p = await openPage(`start-${programs}.html`);
        const firstRenderMs = await p.evaluate(async () => {
          const finder = document.querySelector('stem-program-finder');
          while (!finder.shadowRoot?.querySelector('.card')) await new Promise((res) => setTimeout(res, 1));
          await new Promise((res) => requestAnimationFrame(() => setTimeout(res)));
          return performance.now();
        });
        const metrics = await p.metrics();
        await p.close();
        runs.push({ firstRenderMs, scriptMs: metrics.ScriptDuration * 1000 });
      }
      const m = (key) => median(runs.map((r) => r[key]));
      results.start.push({ programs, evaluateMs: median(evaluations), firstRenderMs: m('firstRenderMs'), scriptMs: m('scriptMs') });
      log(`start ${programs}: evaluate ${median(evaluations).toFixed(1)} ms, first render ${m('firstRenderMs').toFixed(0)} ms`);
    }

    // Heap after loading a catalogue through src, against the same page with no data.
    const heapPage = async (src) => {
      writeFileSync(
        join(site, 'heap.html'),
        page(`<script type="module" src="./stem-widgets.js"></script><stem-program-finder ${src}></stem-program-finder>`),
      );
      const p = await openPage('heap.html');
      if (src) {
        await p.evaluate(async () => {
          const finder = document.querySelector('stem-program-finder');
          while (!finder.shadowRoot?.querySelector('.card')) await new Promise((res) => setTimeout(res, 10));
        });
      }
      await sleep(1000);
      const cdp = await p.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      const { JSHeapUsedSize } = await p.metrics();
      await p.close();
      return JSHeapUsedSize;
    };
    const empty = await heapPage('');
    const loaded = await heapPage(`src="./data-${config.heapPrograms}.json"`);
    results.heap = { programs: config.heapPrograms, emptyMB: empty / 1e6, loadedMB: loaded / 1e6, dataMB: (loaded - empty) / 1e6 };
    log(`heap ${config.heapPrograms}: ${(loaded / 1e6).toFixed(1)} MB (${((loaded - empty) / 1e6).toFixed(1)} MB for the data)`);
  }

  // ---- a crafted link: the worst query an address can carry, on a large catalogue ----
  if (wanted('hostile')) {
    const programs = config.hostilePrograms;
    writeFileSync(
      join(site, 'hostile.html'),
      page(
        `<script type="module" src="./stem-widgets.js"></script><stem-program-finder sync-url page-size="12" src="./data-${programs}.json"></stem-program-finder>`,
      ),
    );
    // What the security review sent: 100,000 characters of 11,000 words, and 998-letter words.
    const crafted = {
      '100,000 characters, 11,000 words': Array.from({ length: 11000 }, (_, i) => `wq${i}x`)
        .join(' ')
        .slice(0, 100000),
      'twelve words of 998 letters': Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i).repeat(998)).join(' '),
      // What costs the engine most within the limits: one-letter words (each a prefix of much of
      // the vocabulary) and words that look like the catalogue's own, each matched with typos.
      'twelve one-letter words': 'a c e i m n o r s t u y',
      "words like the catalogue's, with typos": 'mechatronnics cybersecurty enviromental compsites technican certficate batery mantenance',
    };
    const measure = async (query) => {
      const p = await openPage(`hostile.html${query === undefined ? '' : `?finder-q=${encodeURIComponent(query)}`}`);
      const figures = await p.evaluate(async (typed) => {
        const longest = (entries) => Math.max(0, ...entries.map((e) => e.duration));
        const atLoad = [];
        new PerformanceObserver((list) => atLoad.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
        const finder = document.querySelector('stem-program-finder');
        while (!finder.shadowRoot?.querySelector('.count')) await new Promise((res) => setTimeout(res, 5));
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res)));
        const loadLongest = longest(atLoad);
        if (typed === undefined) return { loadLongest };
        // The same query pasted into the search box once the catalogue is ready: as much of it as
        // the box takes (a paste stops at maxlength, as typing does).
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
        observer.observe({ type: 'longtask' });
        const input = finder.shadowRoot.querySelector('input[type="search"]');
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await finder.updateComplete;
        const t0 = performance.now();
        input.value = typed.slice(0, input.maxLength > 0 ? input.maxLength : undefined);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await finder.updateComplete;
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res)));
        const typedMs = performance.now() - t0;
        await new Promise((res) => setTimeout(res, 100));
        observer.disconnect();
        return { loadLongest, typedMs, typedLongest: longest(tasks) };
      }, query);
      await p.close();
      return figures;
    };
    const plain = [];
    for (let i = 0; i < config.hostileRuns; i++) plain.push((await measure(undefined)).loadLongest);
    for (const [name, query] of Object.entries(crafted)) {
      const runs = [];
      for (let i = 0; i < config.hostileRuns; i++) runs.push(await measure(query));
      const m = (key) => median(runs.map((r) => r[key]));
      results.hostile.push({
        programs,
        query: name,
        loadLongestMs: m('loadLongest'),
        plainLoadLongestMs: median(plain),
        typedMs: m('typedMs'),
        typedLongestMs: m('typedLongest'),
      });
      log(
        `hostile ${name}: typed ${m('typedMs').toFixed(1)} ms (longest task ${m('typedLongest').toFixed(0)} ms), load's longest task ${m('loadLongest').toFixed(0)} ms against ${median(plain).toFixed(0)} ms without it`,
      );
    }
  }

  // ---- layout stability: the demo page from load to idle ----
  if (wanted('cls')) {
    for (const viewport of [
      { name: 'desktop 1280×800', width: 1280, height: 800 },
      { name: 'phone 390×844', width: 390, height: 844 },
    ]) {
      const values = [];
      let sources = [];
      for (let i = 0; i < config.clsRuns; i++) {
        const p = await browser.newPage();
        await p.setViewport(viewport);
        await p.evaluateOnNewDocument(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (e.hadRecentInput) continue;
              const nodes = (e.sources ?? []).map((s) => s.node?.nodeName ?? '?');
              window.__shifts.push({ value: e.value, at: e.startTime, nodes });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await p.goto(`${server.url}/demo/`, { waitUntil: 'networkidle0' });
        await p.evaluate(async () => {
          const widgets = [...document.querySelectorAll('stem-program-finder, stem-outcome-card, stem-member-directory')];
          await Promise.all(widgets.map((w) => w.updateComplete));
          await new Promise((res) => requestIdleCallback(res, { timeout: 2000 }));
        });
        await sleep(1000);
        const shifts = await p.evaluate(() => window.__shifts);
        await p.close();
        values.push(shifts.reduce((s, e) => s + e.value, 0));
        if (shifts.length) sources = shifts;
      }
      results.cls.push({ viewport: viewport.name, cls: median(values), worst: Math.max(...values), shifts: sources.slice(0, 10) });
      log(`cls ${viewport.name}: ${median(values).toFixed(4)}`);
    }
  }

  // ---- size: the script-tag bundle beside InstantSearch.js's production bundle ----
  if (wanted('size')) {
    const measure = (file) => {
      const code = readFileSync(file);
      return { file, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
    };
    const ours = measure(BUNDLE);
    const peer = existsSync(INSTANTSEARCH) ? measure(INSTANTSEARCH) : null;
    results.size = { ours, instantsearch: peer, ratio: peer ? peer.gzip / ours.gzip : null };
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

results.seconds = Math.round((Date.now() - started) / 1000);
mkdirSync(resolve(outFile, '..'), { recursive: true });
// Formatted as `prettier --check` wants it: the full run's file is committed.
writeFileSync(outFile, await prettier.format(JSON.stringify(results, null, 2), { filepath: outFile }));
const markdown = benchMarkdown(results);
console.log(markdown);
if (mode === 'full' && !args.out && !partial) await writeBenchSection('docs/BENCHMARKS.md', markdown);
log(`wrote ${outFile}${mode === 'full' && !args.out && !partial ? ' and docs/BENCHMARKS.md' : ''}`);

#!/usr/bin/env node
// Size report: each built entry, minified and compressed as a browser would receive it, against
// its budget. Fails (exit 1) when an entry is over budget or missing, and with `--check` when the
// table in docs/BENCHMARKS.md is not this build's (`--write` rewrites it). Run after `npm run build`.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import * as prettier from 'prettier';

// Budgets in bytes (1 kB = 1000) of min+gzip. The script-tag bundle carries Lit and everything
// else but the Spanish messages, and its budget is 45 kB (issue 7; again since issue 22).
// ESM entries are measured with the chunks they load at once and without their dependencies (Lit and
// valibot), as a bundler user gets them; the script-tag file carries everything.
const ENTRIES = [
  {
    file: 'dist/stem-widgets.js',
    selfContained: true,
    // 46 kB since a crafted link's cost is bounded (issue 20: query limits, the banded edit
    // distance and the letters filter, +0.4 kB; a 1 MB document's worst link 13.8 s → about 30 ms)
    // and the review of issue 19 made the validator right where it was wrong (one problem per
    // place, the cause where it is, a record that throws left out alone: +0.2 kB).
    // 48.5 kB since the audit of issue 21 (+2.3 kB): the dark canvas, field borders, forced-colours
    // buttons and badges, scroll margins; focus that follows "Try again", "Show all" and "Read
    // more"; headings from the page's outline; the host's lang; error help in both languages.
    // 45 kB since issue 22: the Spanish messages load apart, from stem-widgets.es.js, when a Spanish
    // widget appears (−5.3 kB), less what per-element languages, translated data and its lang marks,
    // and Spanish state names add (+0.9 kB): 47.9 → 43.5 kB.
    budget: 45 * 1000,
    note: 'script tag: every element, Lit and valibot included (Spanish loads apart)',
  },
  // 41 kB since issue 21 (+2.2 kB, as the script-tag bundle).
  // 38.5 kB since issue 22: the Spanish messages a chunk of their own (as the script-tag bundle).
  { file: 'dist/index.js', budget: 38.5 * 1000, note: 'ESM, the stable entry: the element classes and the validator' },
  // Every entry that validates: +1.1 kB since the validator keeps a record with a bad optional value
  // (drop and check again), says why a reference finds nothing, and counts what it kept (issue 19);
  // the two search widgets +0.4 kB more since a query's cost is bounded (issue 20).
  // 17.5 kB since issue 21: the error state's help in both languages, the host's lang, focus after "Try again" (+0.9 kB).
  // Issue 22 took the Spanish messages out of every entry (about −5 kB each): the budgets below follow.
  { file: 'dist/stem-data.js', budget: 14 * 1000, note: 'ESM: <stem-data> define entry' },
  // 32 kB since cards and filter groups off screen catch up a frame after a keystroke (VisibleFirst),
  // unchanged cards skip re-rendering (guard) and marks are written directly (+1.4 kB, keystroke 16.9 to 11.8 ms).
  // Issue 21 (+2.2 kB finder, +1.7 kB card, +2.0 kB directory): see the script-tag bundle above.
  { file: 'dist/program-finder.js', budget: 34 * 1000, note: 'ESM: <stem-program-finder> (brings <stem-outcome-card>)' },
  { file: 'dist/outcome-card.js', budget: 20 * 1000, note: 'ESM: <stem-outcome-card>' },
  // 26 kB since the shared search UI caches filter order, highlight lookups and word expansions (+0.4 kB for a third off a keystroke);
  // 27 kB since it fills the filter groups in view first while typing and writes marks directly (+1.1 kB).
  { file: 'dist/member-directory.js', budget: 29 * 1000, note: 'ESM: <stem-member-directory>' },
  // Loaded only when a Spanish widget appears (issue 22): every message, and nothing else.
  {
    file: 'dist/stem-widgets.es.js',
    selfContained: true,
    budget: 6 * 1000,
    note: 'script tag: the Spanish messages, loaded by the first Spanish widget',
  },
];

// A peer measured the same way in the same run: InstantSearch.js's production bundle from npm.
const PEERS = [
  { file: 'node_modules/instantsearch.js/dist/instantsearch.production.min.js', name: 'instantsearch.js (production, from npm)' },
];

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
let over = false;
const rows = [];
for (const entry of ENTRIES) {
  if (!existsSync(entry.file)) {
    console.error(`size: ${entry.file} is missing: run npm run build first`);
    over = true;
    continue;
  }
  // The script-tag file is measured as shipped; an ESM entry is bundled with its chunks
  // (dependencies stay external, as a bundler user has them) and minified.
  const out = entry.selfContained
    ? { outputFiles: [{ text: readFileSync(entry.file, 'utf8') }] }
    : await build({
        entryPoints: [entry.file],
        bundle: true,
        write: false,
        // What loads later (the Spanish catalogue) is its own chunk, measured on its own row.
        splitting: true,
        outdir: 'size-out',
        minify: true,
        format: 'esm',
        target: 'es2022',
        external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'valibot'],
        logLevel: 'error',
      });
  const min = (out.outputFiles.find((f) => f.path?.endsWith(basename(entry.file))) ?? out.outputFiles[0]).text;
  const gz = gzipSync(min, { level: 9 }).length;
  const br = brotliCompressSync(min).length;
  const ok = gz <= entry.budget;
  over ||= !ok;
  rows.push({ file: entry.file, min: min.length, gzip: gz, brotli: br, budget: entry.budget, ok, note: entry.note });
}

console.log('| entry | min | min+gzip | min+brotli | budget (gzip) | |');
console.log('|---|---:|---:|---:|---:|---|');
for (const r of rows)
  console.log(`| ${r.file} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.budget)} | ${r.ok ? 'ok' : 'OVER'} |`);
for (const peer of PEERS) {
  if (!existsSync(peer.file)) continue;
  const code = readFileSync(peer.file);
  const row = { file: peer.name, min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
  console.log(`| ${row.file} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | (peer) | |`);
  rows.push({ ...row, peer: true });
}
mkdirSync('.reports', { recursive: true });
writeFileSync('.reports/size.json', JSON.stringify(rows, null, 2));
// The size section of docs/BENCHMARKS.md, from this run: `--write` puts it there, `--check` (CI) fails
// when the committed section is not what this build measures.
{
  const table = [
    '| entry | min | min+gzip | min+brotli | budget (gzip) |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.peer ? r.file : `\`${r.file}\``} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.peer ? 'peer' : kb(r.budget)} |`,
    ),
  ].join('\n');
  const section = `<!-- size:start -->\n<!-- Written by \`npm run size -- --write\` after \`npm run build\`. -->\n\n## Size\n\nMinified, then compressed as a browser receives it (1 kB = 1,000 bytes; gzip level 9). ESM entries are\nmeasured with the chunks they load at once and without their dependencies; the script-tag file as shipped,\nwith everything but the Spanish messages, which load apart (their own row) when a Spanish widget appears.\nInstantSearch.js's production bundle from npm is measured in the same run.\n\n${table}\n\n<!-- size:end -->`;
  // Only the size section is rewritten: the performance section (npm run bench) stays.
  const file = 'docs/BENCHMARKS.md';
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks and sizes\n';
  const from = doc.indexOf('<!-- size:start -->');
  const to = doc.indexOf('<!-- size:end -->');
  // Formatted as `prettier --check` (npm run lint) wants it, so --write leaves a clean file and
  // --check compares like with like.
  const next = await prettier.format(
    from >= 0 && to > from ? doc.slice(0, from) + section + doc.slice(to + '<!-- size:end -->'.length) : `${doc.trimEnd()}\n\n${section}\n`,
    { ...(await prettier.resolveConfig(file)), filepath: file },
  );
  if (process.argv.includes('--write')) {
    writeFileSync(file, next);
  } else if (process.argv.includes('--check') && next !== doc) {
    const rows = (text) => new Set(text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---')));
    const now = rows(next);
    const before = rows(doc);
    for (const line of before) if (!now.has(line)) console.error(`size: ${file} says      ${line}`);
    for (const line of now) if (!before.has(line)) console.error(`size: this build gives ${line}`);
    console.error(
      `size: the size table in ${file} is not what this build measures: run \`npm run size -- --write\` (after npm run build) and commit ${file}`,
    );
    over = true;
  }
}
if (over) {
  console.error('size: over budget, missing or a stale table, see above');
  process.exit(1);
}

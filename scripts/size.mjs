#!/usr/bin/env node
// Size report: each built entry, minified and compressed as a browser would receive it, against
// its budget. Fails (exit 1) when an entry is over budget or missing. Run after `npm run build`.
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

// Budgets in bytes of min+gzip. The script-tag bundle carries Lit and everything else.
// ESM entries are measured with their chunks and without their dependencies (Lit, valibot,
// MiniSearch), as a bundler user gets them; the script-tag file carries everything.
const ENTRIES = [
  { file: 'dist/stem-widgets.js', budget: 60 * 1024, note: 'script tag: every element, Lit, valibot and MiniSearch included' },
  { file: 'dist/index.js', budget: 40 * 1024, note: 'ESM: every class, the validator and the engines' },
  { file: 'dist/stem-data.js', budget: 15 * 1024, note: 'ESM: <stem-data> define entry' },
  { file: 'dist/program-finder.js', budget: 30 * 1024, note: 'ESM: <stem-program-finder> (brings <stem-outcome-card>)' },
  { file: 'dist/outcome-card.js', budget: 20 * 1024, note: 'ESM: <stem-outcome-card>' },
  { file: 'dist/member-directory.js', budget: 25 * 1024, note: 'ESM: <stem-member-directory>' },
];

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let over = false;
const rows = [];
for (const entry of ENTRIES) {
  if (!existsSync(entry.file)) {
    console.error(`size: ${entry.file} is missing: run npm run build first`);
    over = true;
    continue;
  }
  // Bundle the entry with its chunks (dependencies stay external, as a bundler user has them).
  const out = await build({
    entryPoints: [entry.file],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'valibot', 'minisearch'],
    logLevel: 'error',
  });
  const min = out.outputFiles[0].text;
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
mkdirSync('.reports', { recursive: true });
writeFileSync('.reports/size.json', JSON.stringify(rows, null, 2));
if (over) {
  console.error('size: over budget or missing, see above');
  process.exit(1);
}

#!/usr/bin/env node
// Keystroke to paint, before and after a change: the interaction page built from a git ref and
// from the working tree, loaded in turn in one browser, the benchmark's words typed into each.
// Runs alternate (A B, B A, ...) so that the machine's drift falls on both sides.
//   node bench/ab.mjs <git-ref> [--rounds 4] [--programs 10000] [--floor]
// Prints each side's median, 95th percentile, parts and the share of keystrokes under 16 ms,
// then the median per keystroke. Nothing is written.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../scripts/chrome-args.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { importTs } from '../scripts/import-ts.mjs';
import { CONFIGS } from './config.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '4' }, programs: { type: 'string', default: '10000' }, floor: { type: 'boolean' } },
});
const ref = positionals[0];
if (!ref) {
  console.error('usage: node bench/ab.mjs <git-ref> [--rounds 4] [--programs 10000] [--floor]');
  process.exit(2);
}
const chrome = findChrome();
if (!chrome.path) {
  console.error(`bench/ab: ${chrome.message}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'stem-ab-'));
const before = join(work, 'before');
execFileSync('git', ['worktree', 'add', '--detach', before, ref], { stdio: 'ignore' });
symlinkSync(resolve('node_modules'), join(before, 'node_modules'));
const { generateDocument } = await importTs('src/sample/generate.ts');
const data = JSON.stringify(generateDocument({ programs: Number(args.programs), seed: 1 }));
const sides = { before: join(work, 'site-before'), after: join(work, 'site-after') };
for (const [side, tree] of [
  ['before', before],
  ['after', resolve('.')],
]) {
  await build({
    entryPoints: { interaction: join(tree, 'bench/pages/interaction.ts') },
    absWorkingDir: tree,
    outdir: sides[side],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(tree, 'tsconfig.json'),
    logLevel: 'error',
  });
  writeFileSync(join(sides[side], 'data.json'), data);
  writeFileSync(
    join(sides[side], 'i.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ab</title><script type="module" src="./interaction.js"></script></head><body><main style="max-width:1100px;margin:auto"></main></body></html>',
  );
}

const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const servers = { before: await serveStatic(sides.before, headers), after: await serveStatic(sides.after, headers) };
const browser = await puppeteer.launch({
  executablePath: chrome.path,
  headless: true,
  args: [...CHROME_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
const { typed, keyGapMs, wordGapMs } = CONFIGS.full;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const samples = { before: [], after: [] };
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const side of round % 2 ? ['after', 'before'] : ['before', 'after']) {
      const p = await browser.newPage();
      await p.setViewport({ width: 1280, height: 800 });
      await p.goto(`${servers[side].url}/i.html`, { waitUntil: 'load' });
      await p.evaluate((k) => window.setupInteraction('data.json', k), args.floor ? 'floor' : 'finder');
      // The first pass warms the page up and is not counted.
      for (let pass = 0; pass < 2; pass++) {
        for (const word of typed) {
          for (const [i, ch] of [...word].entries()) {
            await p.keyboard.type(ch);
            const s = await p.evaluate(() => window.nextSample());
            if (pass) samples[side].push({ key: `${word.slice(0, i + 1)}`, ...s });
            await sleep(keyGapMs);
          }
          await sleep(wordGapMs);
          await p.keyboard.down('Control');
          await p.keyboard.press('a');
          await p.keyboard.up('Control');
          await p.keyboard.press('Backspace');
          const s = await p.evaluate(() => window.nextSample());
          if (pass) samples[side].push({ key: `${word} ⌫`, ...s });
          await sleep(wordGapMs);
        }
      }
      await p.close();
    }
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) s.close?.();
  execFileSync('git', ['worktree', 'remove', '--force', before], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.ceil(s.length / 2) - 1];
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1];
const f = (x) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));
console.log(
  `${args.floor ? 'floor' : 'finder'}, ${Number(args.programs).toLocaleString('en')} programs, ${args.rounds} rounds; before = ${ref}, after = working tree`,
);
console.log('| | median | p95 | input / script / frame | every card painted | under 16 ms | keystrokes |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const side of ['before', 'after']) {
  const s = samples[side];
  const ms = s.map((x) => x.ms);
  const part = (k) => f(median(s.map((x) => x.parts[k])));
  const settled = s.every((x) => x.settledMs !== undefined) ? f(median(s.map((x) => x.settledMs))) : '–';
  const under = `${Math.round((100 * ms.filter((x) => x < 16).length) / ms.length)}%`;
  console.log(
    `| ${side} | ${f(median(ms))} | ${f(p95(ms))} | ${part('input')} / ${part('script')} / ${part('frame')} | ${settled} | ${under} | ${ms.length} |`,
  );
}
const keys = [...new Set(samples.after.map((x) => x.key))];
console.log('\nmedian per keystroke (before → after, ms):');
console.log(
  keys
    .map((k) => {
      const at = (side) => median(samples[side].filter((x) => x.key === k).map((x) => x.ms));
      return `${k}: ${f(at('before'))} → ${f(at('after'))}`;
    })
    .join('; '),
);

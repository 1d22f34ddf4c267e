#!/usr/bin/env node
// `npm run analyze`: custom-elements.json from the JSDoc of src/**/*.ts (the custom elements
// manifest analyzer, Lit plugin). `npm start`, `npm run build`, `build:site`, `storybook` and
// `build-storybook` each begin with it, so CI, which runs several of them, would analyze the same
// sources several times (about 10 s each). The analyzer runs only when the sources' content, the
// analyzer's version or its arguments changed since the manifest it last wrote: a hash of them is
// kept beside the manifest's inputs in node_modules/.cache/ (a fresh clone has none, so it
// analyzes). Content, not modification times: a deleted file or a checkout with old times still
// counts as a change. `npm run analyze -- --force` always analyzes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const ARGS = ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--exclude', 'src/generated/**'];
const MANIFEST = 'custom-elements.json';
const STAMP = 'node_modules/.cache/stem-widgets/custom-elements.sha256';

const require = createRequire(import.meta.url);
const analyzerPackage = require.resolve('@custom-elements-manifest/analyzer/package.json');
const analyzer = JSON.parse(readFileSync(analyzerPackage, 'utf8'));

// The files the globs above take, in a stable order (what the analyzer reads).
const sources = readdirSync('src', { recursive: true })
  .map((file) => join('src', file).split('\\').join('/'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('src/generated/'))
  .sort();
const hash = createHash('sha256').update(JSON.stringify([analyzer.version, ARGS]));
for (const file of sources) hash.update(`\0${file}\0`).update(readFileSync(file));
const digest = hash.digest('hex');

const force = process.argv.includes('--force');
if (!force && existsSync(MANIFEST) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === digest) {
  console.log(`analyze: ${MANIFEST} is up to date with ${sources.length} sources (npm run analyze -- --force to redo it)`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [join(dirname(analyzerPackage), analyzer.bin['custom-elements-manifest']), ...ARGS], {
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);
mkdirSync(dirname(STAMP), { recursive: true });
writeFileSync(STAMP, `${digest}\n`);

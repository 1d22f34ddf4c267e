// Imports a TypeScript module from Node scripts and Node tests: esbuild bundles it to a
// temporary file first (Node 20 cannot run TypeScript by itself).
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(file) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'stem-ts-')), 'module.mjs');
  await build({
    entryPoints: [resolve(file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    tsconfig: resolve('tsconfig.json'),
  });
  return import(pathToFileURL(outfile).href);
}

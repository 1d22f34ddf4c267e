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
    // CommonJS packages (exceljs) require Node's built-ins, which an ES module has to be given.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return import(pathToFileURL(outfile).href);
}

import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { contractJsonSchema } from './src/contract/json-schema.js';

/** Writes the contract's JSON Schema into dist/, made from the same schema the validator uses. */
function contractSchemaFile(): Plugin {
  return {
    name: 'stem-contract-schema',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'stem-data-contract.schema.json',
        source: JSON.stringify(contractJsonSchema(), null, 2) + '\n',
      });
    },
  };
}

/**
 * The demo pages fetch the sample documents by relative URL, so the static site carries them
 * too; its root page leads to the embed builder, the demo's front door.
 */
function siteFiles(): Plugin {
  return {
    name: 'stem-site-files',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source:
          '<!doctype html><html lang="en"><meta charset="utf-8"><title>stem-widgets demo</title><link rel="icon" href="data:,">' +
          '<meta http-equiv="refresh" content="0; url=./src/demo/builder.html"><a href="./src/demo/builder.html">stem-widgets demo</a></html>\n',
      });
      for (const file of readdirSync('src/sample').filter((f) => f.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `src/sample/${file}`, source: readFileSync(`src/sample/${file}`) });
      }
    },
  };
}

/**
 * A generated catalogue takes `str` from @lit/localize; the same three lines inline make it a
 * file of its own, loaded by the first widget in its language, needing nothing else.
 */
function selfContainedCatalogues(): Plugin {
  return {
    name: 'stem-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/generated\/locales\/[^/]+\.ts$/.test(id)) return null;
      const replaced = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*'@lit\/localize';/,
        'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true, strings, values });',
      );
      if (replaced === code) throw new Error(`${id}: the catalogue no longer imports str as expected`);
      return { code: replaced, map: null };
    },
  };
}

/** Every HTML page of the demo site: a new page in src/demo/ is built without a change here. */
const demoPages = () =>
  Object.fromEntries(
    readdirSync('src/demo')
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), `src/demo/${f}`]),
  );

/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` templates, which a JS minifier leaves
 * alone: about a tenth of the script-tag bundle. Whitespace between inline elements is kept as
 * one space, and empty attributes (alt="") are kept.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'stem-minify-templates',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        html: { conservativeCollapse: true, removeEmptyAttributes: false },
      });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * Vite leaves whitespace in an ES library build (to keep pure annotations for bundlers); the
 * script-tag file is not bundled again by anyone, so it gets a full minification.
 */
function minifyWhitespace(): Plugin {
  return {
    name: 'stem-minify-bundle',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // Terser packs about 2% tighter than esbuild here; two passes, nothing unsafe.
        const result = await minify(chunk.code, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
        chunk.code = result.code ?? chunk.code;
        // The map would describe the unminified code; drop it rather than ship a wrong one.
        chunk.map = null;
      }
    },
  };
}

// `vite build` makes the ESM build for bundlers (dependencies external); `vite build --mode cdn`
// makes the one self-contained file for script tags; `vite build --mode cli` makes dist/cli.js,
// the Node command line (`npx stem-widgets`), every dependency bundled in, none in the browser builds;
// `vite build --mode site` makes the static demo site in site/ (open site/src/demo/index.html).
export default defineConfig(({ mode }) => ({
  // Relative URLs: the site works from any folder of any static host.
  base: mode === 'site' ? './' : '/',
  server: { open: '/src/demo/builder.html' },
  // The command line runs from the package installed with no dependencies of its own (they are
  // devDependencies), so every import (exceljs too) is bundled into dist/cli.js; Node's builtins stay imports.
  ...(mode === 'cli' ? { ssr: { noExternal: true, target: 'node' as const } } : {}),
  // Pre-bundle every dependency before the first page load: otherwise a fresh checkout's first
  // `npm start` discovers them late, answers 504 "Outdated Optimize Dep" and reloads the page.
  optimizeDeps: {
    entries: ['src/demo/**/*.html'],
    include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', '@lit/context', '@lit/localize', 'valibot'],
  },
  build:
    mode === 'site'
      ? { outDir: 'site', emptyOutDir: true, rollupOptions: { input: demoPages() } }
      : mode === 'cli'
        ? {
            ssr: 'src/cli/main.ts',
            emptyOutDir: false,
            target: 'node22',
            minify: false,
            rollupOptions: { output: { entryFileNames: 'cli.js', banner: '#!/usr/bin/env node', codeSplitting: false } },
          }
        : mode === 'cdn'
          ? {
              emptyOutDir: false,
              // minifyWhitespace() minifies instead: Vite's own pass would put the whitespace back.
              minify: false,
              lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'stem-widgets.js' },
              // The Spanish catalogue beside the bundle, loaded when a Spanish widget appears.
              rollupOptions: { output: { chunkFileNames: 'stem-widgets.[name].js' } },
            }
          : {
              sourcemap: true,
              minify: false,
              lib: {
                entry: {
                  index: 'src/index.ts',
                  internal: 'src/internal.ts',
                  define: 'src/define.ts',
                  'stem-data': 'src/stem-data/stem-data.ts',
                  'program-finder': 'src/program-finder/program-finder.ts',
                  'outcome-card': 'src/outcome-card/outcome-card.ts',
                  'member-directory': 'src/member-directory/member-directory.ts',
                  // stem-widgets/test-suite: the shared widget states, for widgets that extend StemWidget.
                  'test-suite': 'src/test-suite/index.ts',
                },
                formats: ['es'],
              },
              // @lit/localize is bundled: only its pure message lookup is used, never its page-wide setup.
              rollupOptions: {
                external: [/^lit($|\/)/, /^@lit\/(?!localize)/, /^valibot($|\/)/, /^@lit-labs\//, /^@open-wc\//],
                // The Spanish messages' chunk says what it holds ("es-*.js" read as an ES-module build).
                output: { chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'locale-[name]-[hash].js' : '[name]-[hash].js') },
              },
            },
  plugins:
    mode === 'site'
      ? [selfContainedCatalogues(), siteFiles()]
      : mode === 'cli'
        ? [selfContainedCatalogues()]
        : mode === 'cdn'
          ? [selfContainedCatalogues(), minifyTemplates(), minifyWhitespace()]
          : [selfContainedCatalogues(), minifyTemplates(), contractSchemaFile()],
}));

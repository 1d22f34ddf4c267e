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
// makes the one self-contained file for script tags.
export default defineConfig(({ mode }) => ({
  server: { open: '/src/demo/' },
  // Pre-bundle every dependency before the first page load: otherwise a fresh checkout's first
  // `npm start` discovers them late, answers 504 "Outdated Optimize Dep" and reloads the page.
  optimizeDeps: {
    entries: ['src/demo/**/*.html'],
    include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', '@lit/context', '@lit/localize', 'valibot'],
  },
  build:
    mode === 'cdn'
      ? {
          emptyOutDir: false,
          // minifyWhitespace() minifies instead: Vite's own pass would put the whitespace back.
          minify: false,
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'stem-widgets.js' },
        }
      : {
          sourcemap: true,
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              define: 'src/define.ts',
              'stem-data': 'src/stem-data/stem-data.ts',
              'program-finder': 'src/program-finder/program-finder.ts',
              'outcome-card': 'src/outcome-card/outcome-card.ts',
              'member-directory': 'src/member-directory/member-directory.ts',
            },
            formats: ['es'],
          },
          rollupOptions: { external: [/^lit($|\/)/, /^@lit\//, /^valibot($|\/)/, /^@lit-labs\//] },
        },
  plugins: mode === 'cdn' ? [minifyTemplates(), minifyWhitespace()] : [minifyTemplates(), contractSchemaFile()],
}));

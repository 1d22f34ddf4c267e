import { defineConfig, type Plugin } from 'vite';
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

// `vite build` makes the ESM build for bundlers (dependencies external); `vite build --mode cdn`
// makes the one self-contained file for script tags.
export default defineConfig(({ mode }) => ({
  server: { open: '/src/demo/' },
  build:
    mode === 'cdn'
      ? {
          emptyOutDir: false,
          sourcemap: true,
          minify: true,
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
          rollupOptions: { external: [/^lit($|\/)/, /^@lit\//, /^valibot($|\/)/, /^@lit-labs\//, /^minisearch($|\/)/] },
        },
  plugins: mode === 'cdn' ? [] : [contractSchemaFile()],
}));

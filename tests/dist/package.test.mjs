// What npm users get: the packed files, lint of the package's exports, and the typings for
// React, Preact and Vue compiling against real framework types. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';

const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 120000, env: { ...process.env, npm_config_loglevel: 'error' } });

test('npm pack ships the builds, types, manifest and schema, and no sources, tests, stories or maps', () => {
  const pack = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  assert.equal(pack.status, 0, pack.stderr);
  const files = JSON.parse(pack.stdout)[0].files.map((f) => f.path);
  for (const needed of [
    'dist/stem-widgets.js',
    'dist/index.js',
    'dist/define.js',
    'dist/program-finder.js',
    'dist/outcome-card.js',
    'dist/member-directory.js',
    'dist/stem-data.js',
    'dist/stem-data-contract.schema.json',
    'dist/cli.js',
    'dist/types/index.d.ts',
    'dist/internal.js',
    'dist/types/internal.d.ts',
    'dist/types/frameworks/react.d.ts',
    'custom-elements.json',
    'package.json',
    'README.md',
  ]) {
    assert.ok(files.includes(needed), `missing ${needed}`);
  }
  const unwanted = files.filter((f) => /^(src|tests|stories|examples|scripts|\.storybook|xliff)\//.test(f) || f.endsWith('.map'));
  assert.deepEqual(unwanted, []);
});

test('the stable entry promises the elements, their events, validate and the contract; engines and base classes are in stem-widgets/internal', async () => {
  const exported = (file) => new Set([...readFileSync(file, 'utf8').matchAll(/\b(?:export|type)\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop())).filter(Boolean));
  const stable = exported('dist/types/index.d.ts');
  const internal = exported('dist/types/internal.d.ts');
  for (const name of ['StemProgramFinder', 'StemOutcomeCard', 'StemMemberDirectory', 'StemData', 'validate', 'SearchChangeDetail', 'StemEventMap']) {
    assert.ok(stable.has(name), `stem-widgets exports ${name}`);
  }
  for (const name of ['ProgramSearch', 'programSearchFor', 'MemberSearch', 'loadJson', 'dataContext', 'StemWidget', 'StemElement', 'SearchWidget', 'defineElement', 'PROGRAM_FACETS']) {
    assert.ok(!stable.has(name), `stem-widgets does not promise ${name}`);
    assert.ok(internal.has(name), `stem-widgets/internal has ${name}`);
  }
});

test('the command line\'s dependencies stay out of every browser build, and out of what npm installs', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const cliOnly = ['commander', 'csv-parse', 'jsonc-parser'];
  // dist/cli.js carries them (release.test.mjs runs it with nothing else installed).
  // @lit/localize is not one: its message lookup is bundled, and its page-wide runtime never used.
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', 'lit', 'valibot']);
  for (const dep of cliOnly) assert.ok(pkg.devDependencies[dep], `${dep} is a devDependency`);
  const cli = readFileSync('dist/cli.js', 'utf8');
  const imported = [...cli.matchAll(/^import .* from "([^"]+)";$/gm), ...cli.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
  assert.deepEqual(
    // exceljs names builtins without the node: prefix ("crypto", "stream").
    imported.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name)),
    [],
    'dist/cli.js imports only Node builtins',
  );
  // Code each of them carries, as it survives minification: commander's and csv-parse's error
  // classes, jsonc's scanner, the workbook library and its zip reader, the importer's notes, the tools' advice.
  const carried = ['CommanderError', 'CsvError', 'createScanner', 'xl/workbook.xml', 'Corrupted zip', 'read as the contract writes it', 'looks like a misspelling of it'];
  for (const mark of carried) assert.ok(cli.includes(mark), `dist/cli.js has no ${mark}, so its absence below would prove nothing`);
  const browserFiles = readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'cli.js');
  assert.ok(browserFiles.includes('stem-widgets.js') && browserFiles.includes('index.js'));
  for (const file of browserFiles) {
    const code = readFileSync(join('dist', file), 'utf8');
    for (const mark of [...cliOnly, 'exceljs', ...carried, 'node:fs']) {
      assert.ok(!code.includes(mark), `dist/${file} contains ${mark}`);
    }
  }
});

test('publint finds nothing wrong with the package', () => {
  const lint = run(process.execPath, ['node_modules/publint/src/cli.js', '--strict']);
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
});

test('@arethetypeswrong finds the types for every entry (ESM only)', () => {
  const attw = run(process.execPath, ['node_modules/@arethetypeswrong/cli/dist/index.js', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii']);
  assert.equal(attw.status, 0, attw.stdout + attw.stderr);
});

test('the React, Preact and Vue typings type-check a page that uses every element', () => {
  const dir = join('.reports', 'typings');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'react.tsx'),
    `import type {} from 'stem-widgets/react';
import type { SearchChangeDetail } from 'stem-widgets';
export const page = (
  <stem-data src="/data.json">
    <stem-program-finder query="cyber" pageSize={12} onstem-search-change={(e: CustomEvent<SearchChangeDetail>) => e.detail.resultCount} />
    <stem-outcome-card program="aacc-cyber" minCohort={10} variant="compact" />
    <stem-member-directory groupBy="alpha" className="x" />
  </stem-data>
);
// @ts-expect-error pageSize is a number
export const wrong = <stem-program-finder pageSize="twelve" />;
`,
  );
  writeFileSync(
    join(dir, 'preact.tsx'),
    `/** @jsxImportSource preact */
import type {} from 'stem-widgets/preact';
export const page = <stem-outcome-card consortium variant="full" />;
`,
  );
  writeFileSync(
    join(dir, 'vue.ts'),
    `import type {} from 'stem-widgets/vue';
import type { GlobalComponents } from 'vue';
type FinderProps = InstanceType<GlobalComponents['stem-program-finder']>['$props'];
export const props: FinderProps = { query: 'cyber', pageSize: 12 };
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], types: [] },
      files: ['react.tsx', 'preact.tsx', 'vue.ts'],
    }),
  );
  const tsc = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', join(dir, 'tsconfig.json')]);
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test('docs/EMBEDDING.md is generated from the current manifest', () => {
  const check = run(process.execPath, ['scripts/embedding-doc.mjs', '--check']);
  assert.equal(check.status, 0, check.stderr);
});


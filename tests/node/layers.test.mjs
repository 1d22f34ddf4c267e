// The folders of src/ depend on each other one way (docs/ARCHITECTURE.md, Layers): no import cycle
// between two folders, and none of the directions listed below. Read from the source text (every
// relative import, export-from and import() specifier), so it needs no build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const src = join(root, 'src');

/**
 * Imports that must never be written, as [from folder, to folder, why]. `(root)` is src/'s own files
 * (index.ts, define.ts, cdn.ts): the entries, which nothing imports.
 */
const FORBIDDEN = [
  ['data', 'core', 'data/ is below core/: the element base and the widget base use the data layer, never the reverse'],
  ['i18n', '*', 'i18n/ is the leaf every layer may use (it may read only generated/)'],
  ['contract', 'core', 'the contract and its validator depend on no element'],
  ['contract', 'data', 'the contract and its validator depend on no element'],
  ['search', 'core', 'the search engine has no DOM'],
  ['search', 'data', 'the search engine has no DOM'],
  ['core', 'search-ui', 'core/ knows no widget'],
  ['core', 'program-finder', 'core/ knows no widget'],
  ['core', 'outcome-card', 'core/ knows no widget'],
  ['core', 'member-directory', 'core/ knows no widget'],
  ['core', 'stem-data', 'core/ knows no widget'],
  ['*', '(root)', 'the entries (src/index.ts, define.ts, cdn.ts) are imported by no module but the demo pages'],
];
/** Where a rule above does not apply: for `from *`, the folders it may import after all; for `* to`, the folders that may import it. */
const EXCEPT = { 'i18n *': ['generated'], '* (root)': ['demo'] };

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

const withoutComments = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');

const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The folder of src/ a path is in: `core`, `data`, … or `(root)` for src/'s own files. */
const folderOf = (path) => {
  const parts = relative(src, path).split(/[\\/]/);
  return parts.length > 1 ? parts[0] : '(root)';
};

/** Every relative import between files of src/, as { from, to, fromFolder, toFolder } (paths from src/). */
function importsOf(files = sourceFiles(src)) {
  const edges = [];
  for (const file of files) {
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const pattern of SPECIFIERS) {
      for (const [, specifier] of text.matchAll(pattern)) {
        if (!specifier.startsWith('.')) continue;
        const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
        // A JSON file (a sample document) imports nothing, so it is a leaf wherever it lies.
        if (relative(src, target).startsWith('..') || !target.endsWith('.ts')) continue;
        edges.push({ from: relative(src, file), to: relative(src, target), fromFolder: folderOf(file), toFolder: folderOf(target) });
      }
    }
  }
  return edges;
}

/** Folders that reach each other (strongly connected, more than one folder), each a sorted list. */
function folderCycles(edges) {
  const next = new Map();
  for (const { fromFolder, toFolder } of edges) {
    if (fromFolder === toFolder) continue;
    if (!next.has(fromFolder)) next.set(fromFolder, new Set());
    next.get(fromFolder).add(toFolder);
  }
  const reach = (start) => {
    const seen = new Set();
    const stack = [start];
    while (stack.length > 0) {
      for (const folder of next.get(stack.pop()) ?? []) {
        if (!seen.has(folder)) {
          seen.add(folder);
          stack.push(folder);
        }
      }
    }
    return seen;
  };
  const reaches = new Map([...next.keys()].map((folder) => [folder, reach(folder)]));
  const cycles = new Map();
  for (const [folder, reached] of reaches) {
    const group = [...reached].filter((other) => reaches.get(other)?.has(folder));
    if (group.length > 1) cycles.set([...group].sort().join(' '), [...group].sort());
  }
  return [...cycles.values()];
}

const describe = (edge) => `src/${edge.from} imports src/${edge.to}`;

test('no import cycle between the folders of src/', () => {
  const edges = importsOf();
  const offending = folderCycles(edges).map((group) => {
    const inside = edges.filter((e) => e.fromFolder !== e.toFolder && group.includes(e.fromFolder) && group.includes(e.toFolder));
    return `${group.join(' <-> ')}:\n    ${inside.map(describe).join('\n    ')}`;
  });
  assert.deepEqual(offending, [], `folders that import each other (make the dependency go one way):\n  ${offending.join('\n  ')}`);
});

test('no folder of src/ imports one it must not', () => {
  const matches = (pattern, folder) => pattern === '*' || pattern === folder;
  const offending = importsOf()
    .filter((e) => e.fromFolder !== e.toFolder)
    .flatMap((e) =>
      FORBIDDEN.filter(([from, to]) => matches(from, e.fromFolder) && matches(to, e.toFolder))
        .filter(([from, to]) => !EXCEPT[`${from} ${to}`]?.includes(from === '*' ? e.fromFolder : e.toFolder))
        .map(([from, to, why]) => `${describe(e)} (${from} -> ${to}: ${why})`),
    );
  assert.deepEqual(offending, [], `imports against the layering:\n  ${offending.join('\n  ')}`);
});

test('the check reads imports, export-froms and dynamic imports', () => {
  const edges = importsOf([join(src, 'core/localization.ts'), join(src, 'index.ts')]);
  const pairs = edges.map((e) => `${e.from} -> ${e.to}`);
  assert.ok(pairs.includes('core/localization.ts -> generated/locales/es.ts'), 'dynamic import');
  assert.ok(pairs.includes('index.ts -> core/events.ts'), 'export-from');
  assert.ok(pairs.includes('core/localization.ts -> i18n/msg.ts'), 'import');
});

// Self-checking tokens: every private property a widget's styles read is set somewhere, every one
// set is read, every documented --stem-* token reaches a widget, and every one a widget reads is
// documented. A typo in a token name otherwise fails silently: the fallback (or nothing) applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Files under src/ whose names end with `suffix`, with their text. */
function sources(suffix) {
  return readdirSync(join(ROOT, 'src'), { recursive: true })
    .filter((f) => f.endsWith(suffix) && !f.startsWith('demo') && !f.startsWith('generated'))
    .map((f) => ({ file: `src/${f}`, text: readFileSync(join(ROOT, 'src', f), 'utf8') }));
}

/** Comments say things like "var(--_x)" without using them: only code counts. */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const styles = sources('.styles.ts').map(({ file, text }) => ({ file, text: code(text) }));
assert.ok(styles.length >= 5, 'the widget styles are found');

/** Every match of `pattern`'s first group in the styles, with the files it is in. */
function found(pattern) {
  const where = new Map();
  for (const { file, text } of styles)
    for (const m of text.matchAll(pattern)) where.set(m[1], [...new Set([...(where.get(m[1]) ?? []), file])]);
  return where;
}

const privateRead = found(/var\(\s*(--_[\w-]+)/g);
const privateSet = found(/(--_[\w-]+)\s*:/g);
const publicRead = found(/var\(\s*(--stem-[\w-]+)/g);

/** The documented tokens: the theming table and notes of docs/EMBEDDING.md, and each element's @cssprop tags. */
function documented() {
  const names = new Set();
  const embedding = readFileSync(join(ROOT, 'docs/EMBEDDING.md'), 'utf8');
  const theming = embedding.slice(embedding.indexOf('## Theming'), embedding.indexOf('\n## ', embedding.indexOf('## Theming') + 1));
  for (const m of theming.matchAll(/`(--stem-[\w-]+)/g)) names.add(m[1]);
  for (const { text } of sources('.component.ts')) for (const m of text.matchAll(/@cssprop\s+\[?(--stem-[\w-]+)/g)) names.add(m[1]);
  return names;
}

const list = (names) => [...names].sort().join(', ');

test('every private token a style reads is set somewhere', () => {
  const unset = [...privateRead.keys()].filter((name) => !privateSet.has(name));
  assert.equal(list(unset), '', `read but never set: ${unset.map((n) => `${n} (${privateRead.get(n).join(', ')})`).join('; ')}`);
  assert.ok(privateRead.size > 10, 'the private tokens are found');
});

test('every private token set is read by some style', () => {
  const unread = [...privateSet.keys()].filter((name) => !privateRead.has(name));
  assert.equal(list(unread), '', `set but never read: ${unread.map((n) => `${n} (${privateSet.get(n).join(', ')})`).join('; ')}`);
});

test('every documented --stem-* token is read by a widget, and every token a widget reads is documented', () => {
  const docs = documented();
  assert.ok(docs.has('--stem-color-accent') && docs.has('--stem-outcome-bar-color'), 'the table and the @cssprop tags are read');
  const unread = [...docs].filter((name) => !publicRead.has(name));
  assert.equal(list(unread), '', 'documented, but no widget reads it');
  const undocumented = [...publicRead.keys()].filter((name) => !docs.has(name));
  assert.equal(
    list(undocumented),
    '',
    `read by a widget, but not documented: ${undocumented.map((n) => `${n} (${publicRead.get(n).join(', ')})`).join('; ')}`,
  );
});

// Every message in the code has a Spanish translation, xliff/es.xlf is current with the code, and
// both catalogues built from it are current: the tools' (every message) and the widgets' (theirs only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const units = (xml) => [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({ id, body }));

test('every message in xliff/es.xlf has a Spanish target', () => {
  const missing = units(readFileSync(join(root, 'xliff/es.xlf'), 'utf8')).filter((u) => !u.body.includes('<target>'));
  assert.deepEqual(
    missing.map((u) => u.body.match(/<source>(.*?)<\/source>/)?.[1]),
    [],
    'translate these in xliff/es.xlf, then npm run localize:build',
  );
});

/**
 * lit-localize for one of the project's configs, its output in a temporary folder. In process, and
 * one TypeScript program per config: the extract check and the tools' build share one analysis.
 */
function makeLocalizer(file) {
  const tmp = mkdtempSync(join(tmpdir(), 'lit-localize-'));
  const config = JSON.parse(readFileSync(join(root, file), 'utf8'));
  config.tsConfig = join(root, config.tsConfig);
  config.interchange.xliffDir = join(root, 'xliff');
  config.output.outputDir = tmp;
  if (config.output.localeCodesModule) config.output.localeCodesModule = join(tmp, 'locale-codes.ts');
  const configFile = join(tmp, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(config));
  return { tmp, localizer: new RuntimeLitLocalizer(readConfigFileAndWriteSchema(configFile)) };
}
const localizers = new Map();
const localizerFor = (file) => localizers.get(file) ?? localizers.set(file, makeLocalizer(file)).get(file);

const ids = (file) =>
  units(readFileSync(file, 'utf8'))
    .map((u) => u.id)
    .sort();

test('xliff/es.xlf holds exactly the messages the code has (run npm run localize:extract)', () => {
  // What `lit-localize extract` would write: one unit per message of the code, by its name.
  const { messages, errors } = localizerFor('lit-localize.json').localizer.extractSourceMessages();
  assert.deepEqual(errors.map(String), []);
  assert.deepEqual(ids(join(root, 'xliff/es.xlf')), messages.map((m) => m.name).sort());
});

for (const [file, built] of [
  ['lit-localize.json', 'src/generated/tools-locales/es.ts'],
  ['lit-localize.widgets.json', 'src/generated/locales/es.ts'],
]) {
  test(`${built} is built from the current xliff (run npm run localize:build)`, async () => {
    const { tmp, localizer } = localizerFor(file);
    assert.deepEqual(localizer.validateTranslations().errors, []);
    await localizer.build();
    assert.equal(readFileSync(join(root, built), 'utf8'), readFileSync(join(tmp, 'es.ts'), 'utf8'));
  });
}

test("the widgets' catalogue holds none of the tools' words: a page with a widget does not download them", () => {
  const widgets = readFileSync(join(root, 'src/generated/locales/es.ts'), 'utf8');
  const tools = readFileSync(join(root, 'src/generated/tools-locales/es.ts'), 'utf8');
  for (const words of ['Revisor de datos', 'Uso:', 'Escriba ']) {
    assert.ok(tools.includes(words), `the tools' catalogue has ${words}`);
    assert.ok(!widgets.includes(words), `the widgets' catalogue has ${words}`);
  }
  assert.ok(widgets.includes('Buscar programas'), "the widgets' own words are there");
});

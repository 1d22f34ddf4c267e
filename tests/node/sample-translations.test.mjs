// The consortium sample speaks Spanish too (contract 1.1): every text a visitor reads has an `es`
// translation, except the proper nouns listed here, which stay in English (and the widgets mark
// them lang="en"). Which texts are translatable is read from the contract's own JSON Schema, so
// a text added to the contract later is covered without a new test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTs } from '../../scripts/import-ts.mjs';

const { contractJsonSchema } = await importTs('src/contract/json-schema.ts');
const { validate } = await importTs('src/contract/validate.ts');
const doc = JSON.parse(readFileSync(new URL('../../src/sample/consortium.json', import.meta.url), 'utf8'));

/** Texts left in English because they are proper nouns: `section/id/property`, `*` for every record. */
const PROPER_NOUNS = new Set([
  'institutions/*/name', // college names
  'sources/certificates-count/name', // the report's own title
  'sources/certificates-count/publisher', // two organisations' names
]);
/** List items that stay as they are inside a translated list: certification and product names. */
const PROPER_ITEMS = new Set([
  'CompTIA Security+',
  'CompTIA Network+',
  'CompTIA A+',
  'Siemens Mechatronic Systems Certification',
  'OSHA 10',
  'ACMA Certified Composites Technician',
  'ASE Electrical/Electronic Systems (A6)',
  'EVITP',
]);

/** Every object of the document that can carry translations, with its translatable properties. */
function translatables(value, schema, path) {
  if (Array.isArray(value)) return value.flatMap((item, i) => translatables(item, schema.items, `${path}/${i}`));
  if (value === null || typeof value !== 'object' || schema?.type !== 'object') return [];
  const here = schema.properties?.translations
    ? [{ value, path, keys: Object.keys(schema.properties.translations.additionalProperties.properties) }]
    : [];
  return [
    ...here,
    ...Object.entries(value)
      .filter(([key]) => key !== 'translations' && schema.properties?.[key])
      .flatMap(([key, v]) => translatables(v, schema.properties[key], `${path}/${key}`)),
  ];
}

const schema = contractJsonSchema();
const sections = Object.entries(schema.properties).filter(([, s]) => s.type === 'array');
const objects = [
  ...translatables(doc.publisher, schema.properties.publisher, '/publisher'),
  ...sections.flatMap(([section, sectionSchema]) =>
    (doc[section] ?? []).flatMap((record, i) =>
      translatables(record, sectionSchema.items, `/${section}/${i}`).map((o) => ({ ...o, section, id: record.id })),
    ),
  ),
];
const isProperNoun = ({ section, id }, key) => PROPER_NOUNS.has(`${section}/*/${key}`) || PROPER_NOUNS.has(`${section}/${id}/${key}`);
const texts = (predicate) =>
  objects.flatMap((o) => o.keys.filter((key) => o.value[key] !== undefined && predicate(o, key)).map((key) => `${o.path}/${key}`));

test('the consortium sample is contract 1.1 in English, valid with zero issues', () => {
  const result = validate(doc);
  assert.deepEqual(result.issues, []);
  assert.equal(doc.contractVersion, '1.1');
  assert.equal(result.data.language, 'en');
  assert.deepEqual(Object.keys(doc).slice(0, 4), ['contractVersion', 'publisher', 'dateModified', 'language']);
});

test('every descriptive text has a Spanish translation; only the listed proper nouns have none', () => {
  assert.ok(objects.length > 100, `found only ${objects.length} objects with translatable text`);
  const es = (o) => o.value.translations?.es ?? {};
  // A list of proper names only (such as CompTIA certifications) needs no translation.
  const allProper = (o, key) => Array.isArray(o.value[key]) && o.value[key].every((item) => PROPER_ITEMS.has(item));
  assert.deepEqual(
    texts((o, key) => es(o)[key] === undefined && !isProperNoun(o, key) && !allProper(o, key)),
    [],
    'translate these',
  );
  assert.deepEqual(
    texts((o, key) => es(o)[key] !== undefined && isProperNoun(o, key)),
    [],
    'these are listed as proper nouns',
  );
  const extra = objects.flatMap((o) =>
    Object.keys(es(o))
      .filter((key) => o.value[key] === undefined)
      .map((key) => `${o.path}/${key}`),
  );
  assert.deepEqual(extra, [], 'a translation of a text that is not there');
});

test('no translation repeats its English text, except proper names inside a list', () => {
  const same = objects.flatMap((o) =>
    Object.entries(o.value.translations?.es ?? {}).flatMap(([key, es]) => {
      const en = o.value[key];
      if (!Array.isArray(en)) return es === en ? [`${o.path}/${key}`] : [];
      if (es.length !== en.length) return [`${o.path}/${key}: ${es.length} items for ${en.length}`];
      if (es.every((item, i) => item === en[i])) return [`${o.path}/${key}: nothing translated`];
      return es.flatMap((item, i) => (item === en[i] && !PROPER_ITEMS.has(item) ? [`${o.path}/${key}/${i}`] : []));
    }),
  );
  assert.deepEqual(same, []);
});

test('the Spanish reads as Spanish: no English words left in it', () => {
  const english = objects.flatMap((o) =>
    Object.entries(o.value.translations?.es ?? {})
      .flatMap(([key, es]) => [es].flat().map((text, i) => ({ at: `${o.path}/${key}${Array.isArray(es) ? `/${i}` : ''}`, text })))
      .filter(({ text }) => /\b(the|and|with|for|from|in|to)\b/i.test(text))
      .map(({ at }) => at),
  );
  assert.deepEqual(english, []);
});

test('both languages say the data is a sample and the Spanish translation is its own', () => {
  assert.match(doc.publisher.translations.es.name, /datos de muestra; traducción propia de la muestra/);
  for (const source of doc.sources) {
    assert.match(source.description, /\(Spanish translation is the sample's own\.\)$/, source.id);
    assert.match(source.translations.es.description, /traducción propia de la muestra\.\)$/i, source.id);
  }
  for (const source of doc.sources.filter((s) => /not real|sample data/i.test(`${s.name} ${s.description}`)))
    assert.match(`${source.translations.es.name} ${source.translations.es.description}`, /no son datos reales|datos de muestra/, source.id);
});

// schema.org JSON-LD from the samples (src/structured-data/json-ld.ts): what a crawler or another
// consumer reads. The types the issue names are there, every program and member is listed, and no
// value can close the script element that carries it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTs } from '../../scripts/import-ts.mjs';

const { programsJsonLd, membersJsonLd, jsonLdText } = await importTs('src/structured-data/json-ld.ts');
const { validate } = await importTs('src/contract/validate.ts');
const load = (name) => validate(JSON.parse(readFileSync(`src/sample/${name}.json`, 'utf8'))).data;
const consortium = load('consortium');
const coalition = load('coalition');

test('the programs are an ItemList of EducationalOccupationalProgram, each with its college, credential and occupations', () => {
  const list = JSON.parse(jsonLdText(programsJsonLd(consortium)));
  assert.equal(list['@context'], 'https://schema.org');
  assert.equal(list['@type'], 'ItemList');
  assert.equal(list.numberOfItems, consortium.programs.length);
  assert.deepEqual(
    list.itemListElement.map((e) => e.position),
    consortium.programs.map((_, i) => i + 1),
  );
  const colleges = new Map(consortium.institutions.map((i) => [i.id, i]));
  list.itemListElement.forEach(({ item }, i) => {
    const program = consortium.programs[i];
    assert.equal(item['@type'], 'EducationalOccupationalProgram');
    assert.equal(item.name, program.name);
    assert.equal(item.provider.name, colleges.get(program.institution).name);
    assert.equal(item.provider.address.addressRegion, colleges.get(program.institution).address.region);
    assert.equal(item.educationalCredentialAwarded.name, program.credential.name);
    if (program.url) assert.equal(item.url, program.url);
    if (program.timeToComplete) assert.equal(item.timeToComplete, program.timeToComplete);
    if (program.cost) assert.deepEqual([item.offers.price, item.offers.priceCurrency], [program.cost.amount, program.cost.currency]);
    const codes = [item.occupationalCategory ?? []].flat().map((c) => c.codeValue);
    assert.deepEqual(
      codes,
      (program.occupations ?? []).map((o) => o.soc),
    );
    for (const mode of [item.educationalProgramMode ?? []].flat()) assert.ok(['onsite', 'online', 'blended'].includes(mode), mode);
  });
  // The sample publishes these, so the mapping is exercised, not only its absence.
  const items = list.itemListElement.map((e) => e.item);
  for (const key of ['timeToComplete', 'offers', 'occupationalCategory', 'educationalProgramMode', 'url']) {
    assert.ok(
      items.some((item) => key in item),
      key,
    );
  }
});

test('no outcome figure is said: figures need their cohort, period and source beside them', () => {
  const text = jsonLdText(programsJsonLd(consortium));
  assert.doesNotMatch(text, /salaryUponCompletion|median|completionRate/i);
});

test('the members are an ItemList of Organization with their links', () => {
  const list = JSON.parse(jsonLdText(membersJsonLd(coalition)));
  assert.equal(list.numberOfItems, coalition.members.length);
  list.itemListElement.forEach(({ item }, i) => {
    assert.equal(item['@type'], 'Organization');
    assert.equal(item.name, coalition.members[i].name);
    if (coalition.members[i].url) assert.equal(item.url, coalition.members[i].url);
  });
});

test('a value cannot end the script element that carries the JSON-LD', () => {
  const hostile = structuredClone(consortium);
  hostile.programs[0].name = '</script><script>alert(1)</script><!--';
  const text = jsonLdText(programsJsonLd(hostile));
  assert.doesNotMatch(text, /</);
  assert.equal(JSON.parse(text).itemListElement[0].item.name, hostile.programs[0].name);
});

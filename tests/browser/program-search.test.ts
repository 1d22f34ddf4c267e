import { expect } from '@open-wc/testing';
import consortium from '../../src/sample/consortium.json';
import { validate } from '../../src/contract/validate.js';
import { FACET_KEYS, ProgramSearch, programSearchFor } from '../../src/program-finder/program-search.js';
import { durationMonths, lengthBucket } from '../../src/core/duration.js';
import { highlight } from '../../src/search/highlight.js';
import { FacetIndex } from '../../src/search/facets.js';
import { generateDocument } from '../../src/sample/generate.js';
import type { ContractDocument } from '../../src/contract/types.js';

const doc = validate(consortium).data as ContractDocument;
const engine = new ProgramSearch(doc);
const names = (r: ReturnType<ProgramSearch['search']>) => r.hits.map((h) => h.record.program.name);
const fieldOf = (r: ReturnType<ProgramSearch['search']>) => new Set(r.hits.map((h) => h.record.program.field));

describe('the program search engine', () => {
  it('returns every program, by name, without a query', () => {
    const r = engine.search();
    expect(r.hits).to.have.length(doc.programs!.length);
    expect(r.sort).to.equal('name');
    const sorted = [...names(r)].sort((a, b) => a.localeCompare(b));
    expect(names(r)).to.deep.equal(sorted);
  });

  it('tolerates typos: "cyber securty" finds the Cybersecurity programs', () => {
    const r = engine.search({ text: 'cyber securty' });
    expect(r.hits.length).to.be.greaterThan(0);
    expect([...fieldOf(r)]).to.deep.equal(['cybersecurity']);
    expect(r.partial).to.be.false;
  });

  it('matches prefixes and ignores accents and case', () => {
    expect([...fieldOf(engine.search({ text: 'MECHA' }))]).to.include('mechatronics');
    expect(engine.search({ text: 'mécatronics' }).hits.length).to.equal(engine.search({ text: 'mecatronics' }).hits.length);
  });

  it('searches colleges, cities, occupations and certifications', () => {
    expect(engine.search({ text: 'Macomb' }).hits.every((h) => h.record.program.institution === 'macomb')).to.be.true;
    expect(engine.search({ text: 'Security+' }).hits.length).to.be.greaterThan(0);
    expect(engine.search({ text: 'information security analysts' }).hits.length).to.be.greaterThan(0);
  });

  it('falls back to any word when no program matches every word, and says so', () => {
    const r = engine.search({ text: 'mechatronics zzzzqqq' });
    expect(r.partial).to.be.true;
    expect([...fieldOf(r)]).to.include('mechatronics');
  });

  it('finds nothing for nonsense', () => {
    expect(engine.search({ text: 'qqqqzzzz' }).hits).to.deep.equal([]);
  });

  it('sorts by relevance with a query: the name match comes first', () => {
    const r = engine.search({ text: 'electric vehicle' });
    expect(r.sort).to.equal('relevance');
    expect(r.hits[0]!.record.program.name.toLowerCase()).to.include('electric vehicle');
  });

  it('sorts shortest first and lowest cost first, unknowns last', () => {
    const short = engine.search({ sort: 'shortest' }).hits.map((h) => h.record.months ?? Infinity);
    expect(short).to.deep.equal([...short].sort((a, b) => a - b));
    const cost = engine.search({ sort: 'cost' }).hits.map((h) => h.record.program.cost?.amount ?? Infinity);
    expect(cost).to.deep.equal([...cost].sort((a, b) => a - b));
  });

  it('sorts nearest first from a position, with distances, and by name without one', () => {
    const cleveland = { latitude: 41.5, longitude: -81.69 };
    const r = engine.search({ sort: 'nearest', origin: cleveland });
    expect(r.sort).to.equal('nearest');
    expect(r.hits[0]!.record.institution!.address.region).to.equal('OH');
    const d = r.hits.map((h) => h.distanceKm ?? Infinity);
    expect(d).to.deep.equal([...d].sort((a, b) => a - b));
    expect(engine.search({ sort: 'nearest' }).sort).to.equal('name');
  });

  it('counts facets disjunctively: a group ignores its own selection, not the others', () => {
    const none = engine.search();
    const cyber = engine.search({ filters: { field: ['cybersecurity'] } });
    // The field group's counts are unchanged by selecting a field...
    expect([...cyber.counts.field]).to.deep.equal([...none.counts.field]);
    // ...while the state counts only count cybersecurity programs.
    const stateTotal = [...cyber.counts.state.values()].reduce((a, b) => a + b, 0);
    expect(stateTotal).to.equal(cyber.hits.length);
    // Two values in one group: OR. Across groups: AND.
    const two = engine.search({ filters: { field: ['cybersecurity', 'mechatronics'] } });
    expect(two.hits.length).to.equal(none.counts.field.get('cybersecurity')! + none.counts.field.get('mechatronics')!);
    const and = engine.search({ filters: { field: ['cybersecurity'], mode: ['online'] } });
    expect(and.hits.every((h) => h.record.program.field === 'cybersecurity' && h.record.program.modes?.includes('online'))).to.be.true;
    expect(and.counts.mode.get('online')).to.equal(and.hits.length);
  });

  it('filters by every group: field, state, college, mode, length, credential', () => {
    const checks = {
      field: ['mechatronics'],
      state: ['WA'],
      institution: ['ivy-tech'],
      mode: ['hybrid'],
      length: ['up-to-6'],
      credential: ['industry-certification'],
    } as const;
    for (const [group, values] of Object.entries(checks)) {
      const r = engine.search({ filters: { [group]: values } });
      const counted = engine.search().counts[group as keyof typeof checks].get(values[0]) ?? 0;
      expect(r.hits.length, group).to.equal(counted);
    }
  });

  it('shares one engine per document', () => {
    expect(programSearchFor(doc)).to.equal(programSearchFor(doc));
  });

  it('handles a large generated catalogue', () => {
    const big = new ProgramSearch(generateDocument({ programs: 5000, seed: 5 }));
    const r = big.search({ text: 'robotics', filters: { mode: ['online'] }, sort: 'cost' });
    expect(r.hits.length).to.be.greaterThan(0);
    expect(r.hits.every((h) => h.record.program.modes?.includes('online'))).to.be.true;
  });

  it('puts only the page shown in order, and it is the start of the full order', () => {
    const big = new ProgramSearch(generateDocument({ programs: 3000, seed: 7 }));
    const detroit = { latitude: 42.33, longitude: -83.05 };
    const queries = [
      { text: 'c' },
      { text: 'cyber securty' },
      { text: 'battery', filters: { mode: ['online', 'hybrid'] } },
      { text: 'mecha', sort: 'name' as const },
      { sort: 'nearest' as const, origin: detroit },
      { text: 'robotics', sort: 'nearest' as const, origin: detroit },
    ];
    for (const q of queries) {
      const ids = (hits: { record: { program: { id: string } } }[]) => hits.map((h) => h.record.program.id);
      const all = ids(big.search(q).hits);
      expect(all.length, JSON.stringify(q)).to.be.greaterThan(12);
      for (const count of [1, 12, 50]) {
        const r = big.search(q);
        expect(r.total).to.equal(all.length);
        expect(ids(r.page(count)), `${JSON.stringify(q)} page ${count}`).to.deep.equal(all.slice(0, count));
      }
    }
    const near = big.search({ sort: 'nearest', origin: detroit }).page(40);
    const km = near.map((h) => h.distanceKm ?? Infinity);
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
  });
});

describe('durations and lengths', () => {
  it('reads ISO 8601 durations in months', () => {
    expect(durationMonths('P1Y')).to.equal(12);
    expect(durationMonths('P1Y6M')).to.equal(18);
    expect(durationMonths('P9M')).to.equal(9);
    expect(durationMonths('P16W')).to.be.closeTo(3.68, 0.01);
    expect(durationMonths('PT40H')).to.be.closeTo(0.055, 0.001);
    expect(durationMonths('one year')).to.be.undefined;
    expect(durationMonths(undefined)).to.be.undefined;
  });

  it('buckets lengths: up to 6 months, 6 to 12, over 12', () => {
    expect([3, 6, 6.5, 12, 18].map(lengthBucket)).to.deep.equal(['up-to-6', 'up-to-6', '6-to-12', '6-to-12', 'over-12']);
    expect(lengthBucket(undefined)).to.be.undefined;
  });
});

describe('highlighting', () => {
  it('marks matched words and prefixes, keeping everything else as text', () => {
    expect(highlight('Cyber Technology Certificate', ['cyber', 'tech'])).to.deep.equal([
      { text: 'Cyber', hit: true },
      { text: ' ', hit: false },
      { text: 'Technology', hit: true },
      { text: ' Certificate', hit: false },
    ]);
  });

  it('never turns data into markup: angle brackets stay text', () => {
    const segments = highlight('<img src=x onerror=alert(1)> cyber', ['cyber']);
    expect(segments.map((s) => s.text).join('')).to.equal('<img src=x onerror=alert(1)> cyber');
  });

  it('folds accents when matching', () => {
    expect(highlight('Técnico', ['tecnico'])).to.deep.equal([{ text: 'Técnico', hit: true }]);
  });
});

describe('facet', () => {
  it('counts an item that fails only one group in that group', () => {
    const items = [
      { a: 'x', b: 'p' },
      { a: 'y', b: 'p' },
      { a: 'y', b: 'q' },
    ];
    const groups = [
      { key: 'a' as const, values: (i: (typeof items)[0]) => [i.a] },
      { key: 'b' as const, values: (i: (typeof items)[0]) => [i.b] },
    ];
    const r = new FacetIndex(items, groups).run(undefined, { a: ['x'], b: ['q'] });
    expect(r.matches).to.deep.equal([]);
    expect(Object.fromEntries(r.counts.a)).to.deep.equal({ y: 1 });
    expect(Object.fromEntries(r.counts.b)).to.deep.equal({ p: 1 });
  });

  it('counts what a plain recount of the matches gives, for one-value and many-value groups, with and without filters', () => {
    const big = new ProgramSearch(generateDocument({ programs: 2000, seed: 9 }) as ContractDocument);
    const queries = [
      {},
      { text: 'battery' },
      { filters: { state: ['CA', 'TX'] } },
      { text: 'cyber', filters: { mode: ['online'], length: ['6-to-12'] } },
    ];
    for (const query of queries) {
      const r = big.search(query);
      for (const group of FACET_KEYS) {
        // Disjunctive: the group's own selection left out, the others applied.
        const others = { ...query, filters: { ...(query.filters ?? {}), [group]: [] } };
        const expected = new Map<string, number>();
        for (const hit of big.search(others).hits)
          for (const v of new Set(hit.record.facets[group])) expected.set(v, (expected.get(v) ?? 0) + 1);
        expect(Object.fromEntries(r.counts[group]), `${JSON.stringify(query)} ${group}`).to.deep.equal(Object.fromEntries(expected));
      }
    }
  });

  it('keeps the pool order, counts a value listed twice once, and a selected value no item has selects nothing', () => {
    const items = [{ tags: ['x', 'x', 'y'] }, { tags: ['y'] }, { tags: [] as string[] }, { tags: ['x'] }];
    const index = new FacetIndex(items, [{ key: 'tags' as const, values: (i: (typeof items)[0]) => i.tags }]);
    const all = index.run(undefined, {});
    expect(all.matches).to.deep.equal([0, 1, 2, 3]);
    expect(Object.fromEntries(all.counts.tags)).to.deep.equal({ x: 2, y: 2 });
    expect(index.run([3, 2, 0], { tags: ['x'] }).matches).to.deep.equal([3, 0]);
    expect(index.run([3, 1], {}).matches).to.deep.equal([3, 1]);
    expect(index.run(undefined, { tags: ['nowhere'] }).matches).to.deep.equal([]);
  });
});

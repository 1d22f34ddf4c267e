// The engine benchmark, run in the page: ProgramSearch beside itemsjs and a naive array filter,
// on the same document and the same queries. Exposed as window.benchEngine.
import itemsjs from 'itemsjs';
import { ProgramSearch, FACET_KEYS, type ProgramQuery } from '../../src/program-finder/program-search.js';
import { validate } from '../../src/contract/validate.js';
import type { ContractDocument } from '../../src/contract/types.js';
import { QUERIES } from './queries.js';
import { loadDocument, median, timeEach, timeIt } from './measure.js';
import { NaiveSearch, flatItems } from './naive.js';

interface Peer {
  build: (doc: ContractDocument) => unknown;
  search: (engine: unknown, q: ProgramQuery) => number;
}

const AGGREGATIONS = Object.fromEntries(FACET_KEYS.map((k) => [k, { title: k, size: 10000, conjunction: false }]));

/** itemsjs configured for the same work: every facet disjunctive with all its values, text over the same fields. */
const ITEMSJS: Peer = {
  build: (doc) =>
    itemsjs(flatItems(doc), {
      aggregations: AGGREGATIONS,
      sortings: { name_asc: { field: 'name', order: 'asc' } },
      searchableFields: ['fieldName', 'institutionName', 'occupations', 'certifications', 'description'],
    }),
  search: (engine, q) => {
    const r = (engine as ReturnType<typeof itemsjs>).search({
      query: q.text ?? '',
      filters: (q.filters ?? {}) as Record<string, string[]>,
      per_page: 12,
      ...(q.text ? {} : { sort: 'name_asc' }),
    });
    return r.pagination.total;
  },
};

const OURS: Peer = {
  build: (doc) => new ProgramSearch(doc),
  search: (engine, q) => {
    // The same work as itemsjs's per_page 12: every count, and the first page in order.
    const r = (engine as ProgramSearch).search(q);
    r.page(12);
    return r.total;
  },
};

const NAIVE: Peer = {
  build: (doc) => new NaiveSearch(doc),
  search: (engine, q) => (engine as NaiveSearch).search(q).total,
};

const PEERS = { ours: OURS, itemsjs: ITEMSJS, naive: NAIVE } as const;

declare global {
  interface Window {
    benchEngine: (url: string, options: { buildRuns: number; queryRuns: number }) => Promise<unknown>;
  }
}

window.benchEngine = async (url, { buildRuns, queryRuns }) => {
  const { doc, text } = await loadDocument(url);
  const validation = median(timeIt(buildRuns, () => validate(doc)));
  const parse = median(timeIt(buildRuns, () => JSON.parse(text)));
  const build: Record<string, number> = {};
  const engines: Record<string, unknown> = {};
  for (const [name, peer] of Object.entries(PEERS)) {
    // Each build gets a fresh copy (parsed outside the timing): itemsjs writes an _id into its items.
    const times = timeEach(
      buildRuns,
      () => JSON.parse(text) as ContractDocument,
      (copy) => (engines[name] = peer.build(copy)),
    );
    build[name] = median(times);
  }
  const queries = QUERIES.map((bq) => {
    const row: { name: string; kind: string; results: Record<string, number>; ms: Record<string, number> } = {
      name: bq.name,
      kind: bq.kind,
      results: {},
      ms: {},
    };
    for (const [name, peer] of Object.entries(PEERS)) {
      row.results[name] = peer.search(engines[name], bq.query);
      row.ms[name] = median(timeIt(queryRuns, () => peer.search(engines[name], bq.query)));
    }
    return row;
  });
  return { programs: doc.programs?.length ?? 0, parseMs: parse, validateMs: validation, buildMs: build, queries };
};

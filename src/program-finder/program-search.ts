import type { ContractDocument, Field, Institution, Outcome, Program } from '../contract/types.js';
import { TextIndex } from '../search/text-index.js';
import { FacetIndex, type Selections } from '../search/facets.js';
import { durationMonths, lengthBucket, type LengthBucket } from '../core/duration.js';
import { distanceKm, type Point } from './geo.js';
import { PROGRAM_FACETS, type ProgramFacet } from './program-facets.js';

/** A program joined with what the finder shows and filters by. Built once per document. */
export interface ProgramRecord {
  program: Program;
  institution: Institution | undefined;
  field: Field | undefined;
  months: number | undefined;
  length: LengthBucket | undefined;
  outcomes: Outcome[];
  /** Position in name order, so sorting by name is a number comparison, not a collation. */
  nameRank: number;
  /** This record's values per facet group, read once rather than on every keystroke. */
  facets: Record<FacetKey, readonly string[]> & Partial<Record<string, readonly string[]>>;
}

/** The finder's facet groups, from its facet table (program-facets.ts). */
export type FacetKey = (typeof PROGRAM_FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = PROGRAM_FACETS.map((f) => f.key);

/** Counts per facet group: the finder's own, and any a subclass's table adds. */
export type FacetCounts = Record<FacetKey, Map<string, number>> & Partial<Record<string, Map<string, number>>>;

export const SORT_KEYS = ['relevance', 'name', 'shortest', 'cost', 'nearest'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ProgramQuery {
  text?: string;
  filters?: Selections<string>;
  sort?: SortKey;
  /** The visitor's position, for `nearest` and distances; never leaves the page. */
  origin?: Point;
}

export interface ProgramHit {
  record: ProgramRecord;
  /** Index terms this program matched, for highlighting. */
  terms: readonly string[];
  distanceKm?: number;
}

export interface ProgramResults {
  /** How many programs match. */
  total: number;
  /**
   * The first `count` hits in the order asked for. Only these are ranked and built: a keystroke
   * shows one page, and ordering every match of "c" in a national catalogue would be wasted.
   */
  page(count: number): ProgramHit[];
  /** Every hit in order, built when first read. */
  readonly hits: ProgramHit[];
  counts: FacetCounts;
  /** Only some of the words matched: the finder says so. */
  partial: boolean;
  /** The sort applied: relevance without a query, or nearest without a position, falls back to name. */
  sort: SortKey;
}

const byLocale = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The first `count` of `items` by `compare`, in order, without sorting the rest: a short sorted
 * list that an item enters only when it beats the last one. Sorts outright when most are wanted.
 */
export function firstInOrder(items: readonly number[], count: number, compare: (a: number, b: number) => number): number[] {
  if (count <= 0) return [];
  if (count * 8 >= items.length) return [...items].sort(compare).slice(0, count);
  const top: number[] = [];
  for (const item of items) {
    const last = top.length === count ? top[count - 1] : undefined;
    if (last !== undefined && compare(item, last) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = top[mid];
      if (at !== undefined && compare(item, at) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Compares record positions by `key`, unknown values last, then by name: every order is total and stable. */
function byKeyThenName(records: readonly ProgramRecord[], key: (i: number) => number | undefined): (a: number, b: number) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === undefined) return 1;
      if (kb === undefined) return -1;
      return ka - kb;
    }
    return recordAt(records, a).nameRank - recordAt(records, b).nameRank;
  };
}

/** The record at a position the engine itself handed out (an index, an order, a match): a miss is a bug here. */
function recordAt(records: readonly ProgramRecord[], i: number): ProgramRecord {
  const record = records[i];
  if (!record) throw new Error(`program-search: no record at position ${i} of ${records.length}`);
  return record;
}

/**
 * The finder's engine: plain TypeScript, no DOM, so it is tested and benchmarked alone. Build it
 * once per document (`programSearchFor`), then `search` per keystroke: text match, disjunctive
 * facet counts, sort.
 */
export class ProgramSearch {
  readonly records: ProgramRecord[];
  private readonly byId: Map<string, ProgramRecord>;
  private readonly index: TextIndex<ProgramRecord>;
  private readonly facets: FacetIndex<ProgramRecord, string>;

  /** @param facetTable The facet groups to count and filter by (the finder's table, or a subclass's). */
  constructor(
    doc: ContractDocument,
    private readonly facetTable: readonly ProgramFacet[] = PROGRAM_FACETS,
  ) {
    const institutions = new Map((doc.institutions ?? []).map((i) => [i.id, i]));
    const fields = new Map((doc.fields ?? []).map((f) => [f.id, f]));
    const outcomes = new Map<string, Outcome[]>();
    for (const o of doc.outcomes ?? []) {
      if (o.subject.type !== 'program' || !o.subject.id) continue;
      const list = outcomes.get(o.subject.id) ?? [];
      list.push(o);
      outcomes.set(o.subject.id, list);
    }
    this.records = (doc.programs ?? []).map((program) => {
      const months = durationMonths(program.timeToComplete);
      const institution = institutions.get(program.institution);
      const length = lengthBucket(months);
      const record: ProgramRecord = {
        program,
        institution,
        field: fields.get(program.field),
        months,
        length,
        outcomes: outcomes.get(program.id) ?? [],
        nameRank: 0,
        facets: {} as ProgramRecord['facets'],
      };
      record.facets = Object.fromEntries(facetTable.map((f) => [f.key, f.values(record)])) as ProgramRecord['facets'];
      return record;
    });
    const byName = this.records
      .map((_, i) => i)
      .sort((a, b) => byLocale.compare(recordAt(this.records, a).program.name, recordAt(this.records, b).program.name));
    byName.forEach((i, rank) => (recordAt(this.records, i).nameRank = rank));
    this.orders.set('name', byName);
    this.byId = new Map(this.records.map((r) => [r.program.id, r]));
    this.facets = new FacetIndex(
      this.records,
      facetTable.map((f) => ({ key: f.key, values: (r: ProgramRecord) => r.facets[f.key] ?? [] })),
    );
    this.index = new TextIndex(this.records, {
      name: { text: (r) => r.program.name, boost: 3 },
      field: { text: (r) => r.field?.name ?? '', boost: 2 },
      institution: { text: (r) => (r.institution ? `${r.institution.name} ${r.institution.address.locality}` : ''), boost: 1.5 },
      occupations: { text: (r) => (r.program.occupations ?? []).map((o) => o.title).join(' ') },
      certifications: { text: (r) => (r.program.certifications ?? []).join(' ') },
      description: { text: (r) => r.program.description ?? '' },
    });
  }

  private allValues: Map<string, readonly string[]> | undefined;

  /** Every value a facet group has in this document. */
  values(group: string): readonly string[] {
    if (!this.allValues) {
      const counts = this.search().counts;
      this.allValues = new Map(this.facetTable.map((f) => [f.key, [...(counts[f.key]?.keys() ?? [])]]));
    }
    return this.allValues.get(group) ?? [];
  }

  get(id: string): ProgramRecord | undefined {
    return this.byId.get(id);
  }

  /** Record positions in each stored order, made on first use: a keystroke then filters, never sorts. */
  private readonly orders = new Map<'name' | 'shortest' | 'cost', number[]>();

  private order(sort: 'name' | 'shortest' | 'cost'): number[] {
    let order = this.orders.get(sort);
    if (!order) {
      // 'name' is stored by the constructor; these two sort once, ties by name.
      const records = this.records;
      const key =
        sort === 'shortest' ? (i: number) => recordAt(records, i).months : (i: number) => recordAt(records, i).program.cost?.amount;
      this.orders.set(sort, (order = records.map((_, i) => i).sort(byKeyThenName(records, key))));
    }
    return order;
  }

  private lastTerms: readonly string[] = [];

  search(query: ProgramQuery = {}): ProgramResults {
    const text = query.text?.trim() ?? '';
    const origin = query.origin;
    let sort = query.sort ?? (text ? 'relevance' : 'name');
    if ((sort === 'relevance' && !text) || (sort === 'nearest' && !origin)) sort = 'name';
    let partial = false;
    let terms: readonly string[] = [];
    // The pool the facets filter, already in the order asked for (relevance, or a stored order).
    let pool: number[] | undefined;
    const stored = sort === 'name' || sort === 'shortest' || sort === 'cost' ? this.order(sort) : undefined;
    let found: ReturnType<TextIndex<ProgramRecord>['search']> | undefined;
    if (text) {
      // Unranked: only the page shown is put in order, after the filters.
      found = this.index.search(text, false);
      partial = found.partial;
      // The same marked words as last time are the same array, so a card can tell it is unchanged.
      terms = sameList(found.terms, this.lastTerms) ? this.lastTerms : (this.lastTerms = found.terms);
      pool = found.indices;
      if (stored) {
        const hit = new Uint8Array(this.records.length);
        for (const i of pool) hit[i] = 1;
        pool = stored.filter((i) => hit[i] === 1);
      }
    } else {
      pool = stored;
    }
    const run = this.facets.run(pool, query.filters ?? {});
    const matches = run.matches;
    const km = (i: number): number | undefined => {
      const geo = recordAt(this.records, i).institution?.geo;
      return origin && geo ? distanceKm(origin, geo) : undefined;
    };
    const hitAt = (i: number): ProgramHit => {
      const hit: ProgramHit = { record: recordAt(this.records, i), terms };
      const distance = km(i);
      if (distance !== undefined) hit.distanceKm = distance;
      return hit;
    };
    // Stored orders come out of the facets already in order; relevance and distance rank on demand.
    let first: (count: number) => number[] = (count) => matches.slice(0, count);
    if (sort === 'relevance') {
      const score = found!.score;
      first = (count) => firstInOrder(matches, count, (a, b) => score(b) - score(a) || a - b);
    } else if (sort === 'nearest') {
      // Each match's distance once, not once per comparison.
      const distances = new Map(matches.map((i) => [i, km(i)]));
      first = (count) =>
        firstInOrder(
          matches,
          count,
          byKeyThenName(this.records, (i) => distances.get(i)),
        );
    }
    let built: ProgramHit[] = [];
    const page = (count: number): ProgramHit[] => {
      const n = Math.max(0, Math.min(count, matches.length));
      if (built.length < n) built = first(n).map(hitAt);
      return built.slice(0, n);
    };
    return {
      total: matches.length,
      page,
      get hits() {
        return page(matches.length);
      },
      counts: run.counts as FacetCounts,
      partial,
      sort,
    };
  }
}

const cache = new WeakMap<ContractDocument, WeakMap<readonly ProgramFacet[], ProgramSearch>>();

/** One engine per document (and facet table), shared by every finder that shows it. */
export function programSearchFor(doc: ContractDocument, facetTable: readonly ProgramFacet[] = PROGRAM_FACETS): ProgramSearch {
  let byTable = cache.get(doc);
  if (!byTable) cache.set(doc, (byTable = new WeakMap()));
  let engine = byTable.get(facetTable);
  if (!engine) byTable.set(facetTable, (engine = new ProgramSearch(doc, facetTable)));
  return engine;
}

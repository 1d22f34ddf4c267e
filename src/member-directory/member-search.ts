import type { ContractDocument } from '../contract/types.js';
import { ROLES, type Role, type Sector } from '../contract/vocabulary.js';
import { TextIndex } from '../search/text-index.js';
import { FacetIndex, type Selections } from '../search/facets.js';
import { fold } from '../search/normalize.js';
import { collator } from '../core/format.js';
import { MEMBER_FACET_TABLE, type MemberFacetEntry } from './member-facets.js';

/** One entry of the directory: a member organisation, or a college when the directory lists institutions. */
export interface MemberRecord {
  id: string;
  name: string;
  url: string | undefined;
  logo: string | undefined;
  description: string | undefined;
  sector: Sector;
  region: string | undefined;
  roles: Role[];
  /** The highest role, which groups and badges the entry. */
  role: Role;
  /** The body the role is in, such as "Leadership Council". */
  body: string | undefined;
  /** The earliest "member since" date. */
  since: string | undefined;
  /** When the roster that gives the role was true: rosters change. */
  asOf: string | undefined;
  /** A–Z, or # for names that start otherwise: for grouping and the jump bar. */
  letter: string;
}

/** The directory's facet groups, from its facet table (member-facets.ts). */
export type MemberFacet = (typeof MEMBER_FACET_TABLE)[number]['key'];
export const MEMBER_FACETS: readonly MemberFacet[] = MEMBER_FACET_TABLE.map((f) => f.key);

/** Counts per facet group: the directory's own, and any a subclass's table adds. */
export type MemberCounts = Record<MemberFacet, Map<string, number>> & Partial<Record<string, Map<string, number>>>;

export const MEMBER_SORTS = ['name', 'since'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

export interface MemberHit {
  record: MemberRecord;
  terms: readonly string[];
}

function letterOf(name: string): string {
  const first = fold(name.trim()).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

function fromDocument(doc: ContractDocument, source: 'members' | 'institutions'): MemberRecord[] {
  if (source === 'institutions') {
    return (doc.institutions ?? []).map((i) => ({
      id: i.id,
      name: i.name,
      url: i.url,
      logo: i.logo,
      description: undefined,
      sector: 'college',
      region: i.address.region,
      roles: ['member'],
      role: 'member',
      body: undefined,
      since: undefined,
      asOf: undefined,
      letter: letterOf(i.name),
    }));
  }
  return (doc.members ?? []).map((m) => {
    const roles = [...new Set(m.memberships.map((ms) => ms.role))].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    const top = m.memberships.find((ms) => ms.role === roles[0]);
    const since = m.memberships
      .map((ms) => ms.since)
      .filter((s): s is string => !!s)
      .sort()[0];
    const asOf = m.memberships
      .map((ms) => ms.asOf)
      .sort()
      .reverse()[0];
    return {
      id: m.id,
      name: m.name,
      url: m.url,
      logo: m.logo,
      description: m.description,
      sector: m.sector,
      region: m.region,
      roles,
      // The contract asks for one membership at least (the validator leaves out a member without).
      role: roles[0] ?? 'member',
      body: top?.body,
      since,
      asOf,
      letter: letterOf(m.name),
    };
  });
}

/**
 * The directory's engine, on the same text index and faceting as the program finder: no DOM,
 * built once per document and source.
 */
export class MemberSearch {
  readonly records: MemberRecord[];
  private readonly index: TextIndex<MemberRecord>;
  private readonly facets: FacetIndex<MemberRecord, string>;
  private allValues: Map<string, readonly string[]> | undefined;

  constructor(
    doc: ContractDocument,
    source: 'members' | 'institutions' = 'members',
    private readonly facetTable: readonly MemberFacetEntry[] = MEMBER_FACET_TABLE,
  ) {
    this.records = fromDocument(doc, source);
    this.facets = new FacetIndex(this.records, facetTable);
    this.index = new TextIndex(this.records, {
      name: { text: (r) => r.name, boost: 3 },
      body: { text: (r) => r.body ?? '' },
      description: { text: (r) => r.description ?? '' },
    });
  }

  /** Every value a facet group has in this document. */
  values(group: string): readonly string[] {
    if (!this.allValues) {
      const counts = this.search({}, 'en').counts;
      this.allValues = new Map(this.facetTable.map((f) => [f.key, [...(counts[f.key]?.keys() ?? [])]]));
    }
    return this.allValues.get(group) ?? [];
  }

  search(query: { text?: string; filters?: Selections<string>; sort?: MemberSort }, locale: string) {
    const text = query.text?.trim() ?? '';
    let pool: number[] | undefined;
    let partial = false;
    let terms: readonly string[] = [];
    if (text) {
      const found = this.index.search(text);
      partial = found.partial;
      terms = found.terms;
      pool = found.indices;
    }
    const run = this.facets.run(pool, query.filters ?? {});
    const counts = run.counts as MemberCounts;
    const matches = run.matches.map((i) => {
      const record = this.records[i];
      // The facets hand out positions of this.records only.
      if (!record) throw new Error(`member-search: no record at position ${i} of ${this.records.length}`);
      return record;
    });
    // Locale-aware: "Éco" sorts with "E", "alpha" before "Beta", as a reader expects.
    const names = collator(locale, { sensitivity: 'base', numeric: true });
    const byName = (a: MemberRecord, b: MemberRecord) => names.compare(a.name, b.name);
    const sorted = [...matches].sort(
      query.sort === 'since'
        ? (a, b) => (a.since ?? '\uffff').localeCompare(b.since ?? '\uffff') || byName(a, b)
        : text && !query.sort
          ? () => 0
          : byName,
    );
    return { hits: sorted.map((record) => ({ record, terms })), counts, partial };
  }
}

const cache = new WeakMap<ContractDocument, Map<string, WeakMap<readonly MemberFacetEntry[], MemberSearch>>>();

/** One engine per document, source (and facet table), shared by every directory that shows it. */
export function memberSearchFor(
  doc: ContractDocument,
  source: 'members' | 'institutions',
  facetTable: readonly MemberFacetEntry[] = MEMBER_FACET_TABLE,
): MemberSearch {
  let bySource = cache.get(doc);
  if (!bySource) cache.set(doc, (bySource = new Map()));
  let byTable = bySource.get(source);
  if (!byTable) bySource.set(source, (byTable = new WeakMap()));
  let engine = byTable.get(facetTable);
  if (!engine) byTable.set(facetTable, (engine = new MemberSearch(doc, source, facetTable)));
  return engine;
}

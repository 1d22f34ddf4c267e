import type { ContractDocument } from '../contract/types.js';
import { ROLES, type Role, type Sector } from '../contract/vocabulary.js';
import { TextIndex } from '../search/text-index.js';
import { FacetIndex, type FacetGroup, type Selections } from '../search/facets.js';
import { fold } from '../search/normalize.js';
import { collator } from '../core/format.js';

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

export const MEMBER_FACETS = ['sector', 'role', 'region'] as const;
export type MemberFacet = (typeof MEMBER_FACETS)[number];

export const MEMBER_SORTS = ['name', 'since'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

export interface MemberHit {
  record: MemberRecord;
  terms: readonly string[];
}

const GROUPS: FacetGroup<MemberRecord, MemberFacet>[] = [
  { key: 'sector', values: (r) => [r.sector] },
  { key: 'role', values: (r) => r.roles },
  { key: 'region', values: (r) => (r.region ? [r.region] : []) },
];

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
  private readonly facets: FacetIndex<MemberRecord, MemberFacet>;
  private allValues: Record<MemberFacet, string[]> | undefined;

  constructor(doc: ContractDocument, source: 'members' | 'institutions' = 'members') {
    this.records = fromDocument(doc, source);
    this.facets = new FacetIndex(this.records, GROUPS);
    this.index = new TextIndex(this.records, {
      name: { text: (r) => r.name, boost: 3 },
      body: { text: (r) => r.body ?? '' },
      description: { text: (r) => r.description ?? '' },
    });
  }

  /** Every value a facet group has in this document. */
  values(group: MemberFacet): readonly string[] {
    this.allValues ??= Object.fromEntries(MEMBER_FACETS.map((k) => [k, [...this.search({}, 'en').counts[k].keys()]])) as Record<
      MemberFacet,
      string[]
    >;
    return this.allValues[group];
  }

  search(query: { text?: string; filters?: Selections<MemberFacet>; sort?: MemberSort }, locale: string) {
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
    const counts = run.counts;
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

const cache = new WeakMap<ContractDocument, Map<string, MemberSearch>>();

/** One engine per document and source, shared by every directory that shows it. */
export function memberSearchFor(doc: ContractDocument, source: 'members' | 'institutions'): MemberSearch {
  let bySource = cache.get(doc);
  if (!bySource) cache.set(doc, (bySource = new Map()));
  let engine = bySource.get(source);
  if (!engine) bySource.set(source, (engine = new MemberSearch(doc, source)));
  return engine;
}

// The floor: no index, a lower-case substring test on every program for every word, then the same
// disjunctive filters and counts in plain loops. It has no typo tolerance and no ranking.
import type { ContractDocument } from '../../src/contract/types.js';
import { FACET_KEYS, type FacetKey, type ProgramQuery } from '../../src/program-finder/program-search.js';
import { durationMonths, lengthBucket } from '../../src/core/duration.js';

export interface FlatItem {
  id: string;
  name: string;
  fieldName: string;
  institutionName: string;
  occupations: string;
  certifications: string;
  description: string;
  field: string[];
  state: string[];
  institution: string[];
  mode: string[];
  length: string[];
  credential: string[];
}

/** The programs as flat items with the facet values as arrays: the shape itemsjs wants. */
export function flatItems(doc: ContractDocument): FlatItem[] {
  const institutions = new Map((doc.institutions ?? []).map((i) => [i.id, i]));
  const fields = new Map((doc.fields ?? []).map((f) => [f.id, f]));
  return (doc.programs ?? []).map((p) => {
    const inst = institutions.get(p.institution);
    const length = lengthBucket(durationMonths(p.timeToComplete));
    return {
      id: p.id,
      name: p.name,
      fieldName: fields.get(p.field)?.name ?? '',
      institutionName: inst ? `${inst.name} ${inst.address.locality}` : '',
      occupations: (p.occupations ?? []).map((o) => o.title).join(' '),
      certifications: (p.certifications ?? []).join(' '),
      description: p.description ?? '',
      field: [p.field],
      state: inst ? [inst.address.region] : [],
      institution: [p.institution],
      mode: [...(p.modes ?? [])],
      length: length ? [length] : [],
      credential: [p.credential.category],
    };
  });
}

export class NaiveSearch {
  private readonly items: FlatItem[];
  private readonly haystacks: string[];

  constructor(doc: ContractDocument) {
    this.items = flatItems(doc);
    this.haystacks = this.items.map((i) =>
      [i.name, i.fieldName, i.institutionName, i.occupations, i.certifications, i.description].join(' ').toLowerCase(),
    );
  }

  search(q: ProgramQuery): { total: number; page: FlatItem[]; counts: Record<FacetKey, Map<string, number>> } {
    const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const selected = FACET_KEYS.map((k) => (q.filters?.[k]?.length ? new Set(q.filters[k]) : null));
    const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
    const matches: FlatItem[] = [];
    this.items.forEach((item, n) => {
      const hay = this.haystacks[n] ?? '';
      if (!words.every((w) => hay.includes(w))) return;
      const fails = FACET_KEYS.filter((k, g) => {
        const chosen = selected[g];
        return !!chosen && !item[k].some((v) => chosen.has(v));
      });
      if (fails.length === 0) matches.push(item);
      if (fails.length > 1) return;
      for (const k of FACET_KEYS) {
        if (fails.length === 1 && fails[0] !== k) continue;
        for (const v of item[k]) counts[k].set(v, (counts[k].get(v) ?? 0) + 1);
      }
    });
    if (!words.length) matches.sort((a, b) => a.name.localeCompare(b.name));
    return { total: matches.length, page: matches.slice(0, 12), counts };
  }
}

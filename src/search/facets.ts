/** A facet group: how to read an item's values for it. */
export interface FacetGroup<T, K extends string> {
  key: K;
  values: (item: T) => readonly string[];
}

export type Selections<K extends string> = Partial<Record<K, readonly string[]>>;

interface EncodedGroup<K extends string> {
  key: K;
  /** Each distinct value once, in the order the items first have it. */
  values: string[];
  /** Item i's value codes are `codes[offsets[i]]` to `codes[offsets[i + 1]]`, each once. */
  offsets: Int32Array;
  codes: Int32Array;
}

/**
 * Disjunctive faceting: an item matches when, in every group with a selection, it has one of the
 * selected values (OR within a group, AND across groups). Each group's counts respect every other
 * group's selection but not its own, so a visitor sees how many more they would get by also
 * ticking another value in the same group.
 *
 * Built once per document: every item's values become small integers, so a keystroke's pass over
 * the items counts into typed arrays instead of maps (about ten times faster at 100,000 items).
 */
export class FacetIndex<T, K extends string> {
  private readonly groups: EncodedGroup<K>[];
  private readonly size: number;

  constructor(items: readonly T[], groups: readonly FacetGroup<T, K>[]) {
    this.size = items.length;
    this.groups = groups.map((g) => {
      const dictionary = new Map<string, number>();
      const values: string[] = [];
      const offsets = new Int32Array(items.length + 1);
      const codes: number[] = [];
      items.forEach((item, i) => {
        offsets[i] = codes.length;
        for (const v of g.values(item)) {
          let code = dictionary.get(v);
          if (code === undefined) {
            dictionary.set(v, (code = values.length));
            values.push(v);
          }
          // A value listed twice on one item counts once.
          if (!codes.includes(code, offsets[i])) codes.push(code);
        }
      });
      offsets[items.length] = codes.length;
      return { key: g.key, values, offsets, codes: Int32Array.from(codes) };
    });
  }

  /**
   * The items of `pool` (indices, in the order given; every item when omitted) that pass the
   * selections, and each group's counts.
   */
  run(pool: readonly number[] | undefined, selected: Selections<K>): { matches: number[]; counts: Record<K, Map<string, number>> } {
    const groups = this.groups;
    const active = groups.map((g) => {
      const chosen = selected[g.key];
      if (!chosen?.length) return null;
      // A selected value no item has selects nothing, but the group still filters.
      const flags = new Uint8Array(g.values.length);
      for (const v of chosen) {
        const code = g.values.indexOf(v);
        if (code >= 0) flags[code] = 1;
      }
      return flags;
    });
    const tallies = groups.map((g) => new Int32Array(g.values.length));
    // Items are visited in storage order, not the pool's: a pool in another order (by name, by
    // relevance) read item by item would miss the cache on every item, ten times slower at 100,000.
    let member: Uint8Array | undefined;
    if (pool) {
      member = new Uint8Array(this.size);
      for (const i of pool) member[i] = 1;
    }
    const passed = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) {
      if (member && member[i] === 0) continue;
      let failed = 0;
      let failedAt = -1;
      for (let g = 0; g < groups.length && failed < 2; g++) {
        const flags = active[g];
        if (!flags) continue;
        const { offsets, codes } = groups[g]!;
        let pass = false;
        for (let c = offsets[i]!; !pass && c < offsets[i + 1]!; c++) pass = flags[codes[c]!] === 1;
        if (!pass) {
          failed++;
          failedAt = g;
        }
      }
      if (failed === 0) passed[i] = 1;
      else if (failed > 1) continue;
      // Counted in every group if it passes all; else only in the one group it fails.
      for (let g = 0; g < groups.length; g++) {
        if (failed === 1 && g !== failedAt) continue;
        const { offsets, codes } = groups[g]!;
        const tally = tallies[g]!;
        for (let c = offsets[i]!; c < offsets[i + 1]!; c++) tally[codes[c]!]!++;
      }
    }
    const matches: number[] = [];
    if (pool) {
      for (const i of pool) if (passed[i] === 1) matches.push(i);
    } else {
      for (let i = 0; i < this.size; i++) if (passed[i] === 1) matches.push(i);
    }
    const counts = {} as Record<K, Map<string, number>>;
    groups.forEach((g, k) => {
      const map = new Map<string, number>();
      const tally = tallies[k]!;
      for (let code = 0; code < g.values.length; code++) if (tally[code]) map.set(g.values[code]!, tally[code]!);
      counts[g.key] = map;
    });
    return { matches, counts };
  }
}

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
  /** When no item has two values: item i's code, or -1. Counting then reads one array. */
  single: Int32Array | undefined;
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
  private everyItem: Int32Array | undefined;

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
      let single: Int32Array | undefined = new Int32Array(items.length).fill(-1);
      for (let i = 0; i < items.length && single; i++) {
        const start = offsets[i] ?? 0;
        const width = (offsets[i + 1] ?? start) - start;
        if (width > 1) single = undefined;
        else if (width === 1) single[i] = codes[start] ?? -1;
      }
      return { key: g.key, values, offsets, codes: Int32Array.from(codes), single };
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
    const n = this.size;
    let ids: Int32Array;
    if (pool) {
      const member = new Uint8Array(n);
      for (const i of pool) member[i] = 1;
      ids = new Int32Array(pool.length);
      let k = 0;
      for (let i = 0; i < n; i++) if (member[i] === 1) ids[k++] = i;
      ids = ids.subarray(0, k);
    } else {
      ids = this.everyItem ??= Int32Array.from({ length: n }, (_, i) => i);
    }
    let matches: number[];
    if (active.every((flags) => !flags)) {
      // Nothing selected (most keystrokes): every item passes and counts in every group, so each
      // group is one tight pass over its own arrays.
      groups.forEach((g, k) => {
        const counts = tallies[k];
        if (counts) tally(g, ids, counts);
      });
      matches = pool ? [...pool] : Array.from(ids);
    } else {
      const passed = new Uint8Array(n);
      for (const i of ids) {
        let failed = 0;
        let failedAt = -1;
        for (let g = 0; g < groups.length && failed < 2; g++) {
          const flags = active[g];
          const group = groups[g];
          if (!flags || !group) continue;
          const { offsets, codes } = group;
          const end = offsets[i + 1] ?? 0;
          let pass = false;
          for (let c = offsets[i] ?? end; !pass && c < end; c++) pass = flags[codes[c] ?? -1] === 1;
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
          const group = groups[g];
          const counts = tallies[g];
          if (group && counts) countItem(counts, group.offsets, group.codes, i);
        }
      }
      matches = [];
      if (pool) {
        for (const i of pool) if (passed[i] === 1) matches.push(i);
      } else {
        for (let i = 0; i < n; i++) if (passed[i] === 1) matches.push(i);
      }
    }
    const counts = {} as Record<K, Map<string, number>>;
    groups.forEach((g, k) => {
      const map = new Map<string, number>();
      const tally = tallies[k];
      g.values.forEach((value, code) => {
        const count = tally?.[code];
        if (count) map.set(value, count);
      });
      counts[g.key] = map;
    });
    return { matches, counts };
  }
}

/** Adds the values of the items `ids` in group `g` to `counts`. */
function tally<K extends string>(g: EncodedGroup<K>, ids: Int32Array, counts: Int32Array): void {
  const { single, offsets, codes } = g;
  if (single) {
    for (const i of ids) {
      const code = single[i] ?? -1;
      if (code >= 0) counts[code] = (counts[code] ?? 0) + 1;
    }
    return;
  }
  for (const i of ids) countItem(counts, offsets, codes, i);
}

/** Adds item `i`'s values (its codes, `codes[offsets[i]]` to `codes[offsets[i + 1]]`) to `counts`. */
function countItem(counts: Int32Array, offsets: Int32Array, codes: Int32Array, i: number): void {
  const end = offsets[i + 1] ?? 0;
  for (let c = offsets[i] ?? end; c < end; c++) {
    const code = codes[c] ?? -1;
    if (code >= 0) counts[code] = (counts[code] ?? 0) + 1;
  }
}

/** A facet group: how to read an item's values for it. */
export interface FacetGroup<T, K extends string> {
  key: K;
  values: (item: T) => readonly string[];
}

export type Selections<K extends string> = Partial<Record<K, readonly string[]>>;

/**
 * Disjunctive faceting: an item matches when, in every group with a selection, it has one of the
 * selected values (OR within a group, AND across groups). Each group's counts respect every other
 * group's selection but not its own, so a visitor sees how many more they would get by also
 * ticking another value in the same group. One pass over the items.
 */
export function facet<T, K extends string>(
  items: readonly T[],
  groups: readonly FacetGroup<T, K>[],
  selected: Selections<K>,
): { matches: T[]; counts: Record<K, Map<string, number>> } {
  const active = groups.map((g) => {
    const values = selected[g.key];
    return values && values.length ? new Set(values) : null;
  });
  const counts = Object.fromEntries(groups.map((g) => [g.key, new Map<string, number>()])) as Record<K, Map<string, number>>;
  const matches: T[] = [];
  const passes: boolean[] = new Array(groups.length);
  const itemValues: (readonly string[])[] = new Array(groups.length);
  for (const item of items) {
    let failed = 0;
    let failedAt = -1;
    for (let g = 0; g < groups.length; g++) {
      const values = groups[g]!.values(item);
      itemValues[g] = values;
      const set = active[g];
      let pass = !set;
      for (let i = 0; !pass && i < values.length; i++) pass = set!.has(values[i]!);
      passes[g] = pass;
      if (!passes[g]) {
        failed++;
        failedAt = g;
      }
    }
    if (failed === 0) matches.push(item);
    if (failed > 1) continue;
    // Counted in every group if it passes all; else only in the one group it fails.
    for (let g = 0; g < groups.length; g++) {
      if (failed === 1 && g !== failedAt) continue;
      const map = counts[groups[g]!.key];
      const values = itemValues[g]!;
      // A value listed twice on one item counts once. (Lists are short: no Set per item.)
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (values.indexOf(v) === i) map.set(v, (map.get(v) ?? 0) + 1);
      }
    }
  }
  return { matches, counts };
}

import type { ContractDocument } from '../contract/types.js';
import { collator } from '../core/format.js';
import type { Selections } from '../search/facets.js';

/** What an option's words may depend on. */
export interface LabelContext {
  doc: ContractDocument;
  locale: string;
}

/**
 * One filter group, as data. The engine counts and filters by `values`; the panel, the chips, the
 * address and the preselection attribute all read the same entry, so a new facet is one entry in
 * a widget's table.
 *
 * @typeParam R The engine's record.
 * @typeParam H The widget, for the typed accessor of its preselection property.
 */
export interface Facet<R, H = never> {
  /** Its name in the `filters` attribute and the address (`finder-field=…`). */
  readonly key: string;
  /** The values one record has in this group. */
  values(record: R): readonly string[];
  /** The group's heading, in the current language. */
  label(): string;
  /** An option's words, in the current language. */
  optionLabel(value: string, ctx: LabelContext): string;
  /** A closed vocabulary's order; without it, options are ordered by their words. */
  readonly order?: readonly string[];
  /** The widget property that preselects values (comma-separated ids), read through `read`. */
  readonly preselect?: {
    readonly attribute: string;
    read(host: H): string;
    /** A closed list: other values warn and are dropped. */
    readonly allowed?: readonly string[];
    /** An open list: ids the document lacks warn once per document (and stay, harmlessly). */
    known?(doc: ContractDocument): ReadonlySet<string>;
  };
}

/** One checkbox of a group. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** An active filter as a chip shows it: "Field of study: Cybersecurity". */
export interface ActiveFilter {
  group: string;
  value: string;
  label: string;
}

/** Each group's values in display order with their words, per document's value list, group and locale: a keystroke only recounts. */
const displayOrder = new WeakMap<readonly string[], Map<string, readonly (readonly [string, string])[]>>();

function ordered(
  pairs: (readonly [string, string])[],
  order: readonly string[] | undefined,
  locale: string,
): (readonly [string, string])[] {
  if (order) return pairs.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const byLabel = collator(locale);
  return pairs.sort(([, a], [, b]) => byLabel.compare(a, b));
}

/**
 * A group's checkboxes: every value the document has (so an option that gives nothing now shows
 * as (0) rather than vanishing) and every selected one, in the facet's order or by label.
 */
export function facetOptions<R>(
  facet: Facet<R, unknown>,
  all: readonly string[],
  counts: ReadonlyMap<string, number>,
  selections: Selections<string>,
  ctx: LabelContext,
): FacetOption[] {
  let byGroup = displayOrder.get(all);
  if (!byGroup) displayOrder.set(all, (byGroup = new Map()));
  const cacheKey = `${facet.key}|${ctx.locale}`;
  let pairs = byGroup.get(cacheKey);
  if (!pairs) {
    pairs = ordered(
      all.map((v) => [v, facet.optionLabel(v, ctx)] as const),
      facet.order,
      ctx.locale,
    );
    byGroup.set(cacheKey, pairs);
  }
  const selected = new Set(selections[facet.key] ?? []);
  // A selected value the data lacks (a shared link to an old catalogue) still shows, so it can be cleared.
  const extra = [...selected].filter((v) => !all.includes(v));
  const list = extra.length
    ? ordered([...pairs, ...extra.map((v) => [v, facet.optionLabel(v, ctx)] as const)], facet.order, ctx.locale)
    : pairs;
  return list.map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0, selected: selected.has(value) }));
}

/** The chips: each selected value of each shown group, "Group: option". */
export function activeFilters<R>(facets: readonly Facet<R, unknown>[], selections: Selections<string>, ctx: LabelContext): ActiveFilter[] {
  return facets.flatMap((facet) =>
    (selections[facet.key] ?? []).map((value) => ({
      group: facet.key,
      value,
      label: `${facet.label()}: ${facet.optionLabel(value, ctx)}`,
    })),
  );
}

import { FACET_KEYS, SORT_KEYS, type FacetKey, type SortKey } from './program-search.js';
import type { Selections } from '../search/facets.js';

/** What the finder keeps in the page's address, so a search can be shared and survives Back. */
export interface FinderUrlState {
  query: string;
  filters: Selections<FacetKey>;
  sort: SortKey | '';
  pages: number;
}

const key = (prefix: string, name: string) => `${prefix}-${name}`;

/** Reads the finder's state from a query string; absent keys are absent, so attributes still apply. */
export function readUrlState(search: string, prefix: string): Partial<FinderUrlState> {
  const params = new URLSearchParams(search);
  const state: Partial<FinderUrlState> = {};
  const q = params.get(key(prefix, 'q'));
  if (q !== null) state.query = q;
  const filters: Selections<FacetKey> = {};
  let any = false;
  for (const k of FACET_KEYS) {
    const v = params.get(key(prefix, k));
    if (v !== null) {
      filters[k] = v.split(',').filter(Boolean);
      any = true;
    }
  }
  if (any) state.filters = filters;
  const sort = params.get(key(prefix, 'sort'));
  if (sort && (SORT_KEYS as readonly string[]).includes(sort)) state.sort = sort as SortKey;
  const pages = Number(params.get(key(prefix, 'page')));
  if (Number.isInteger(pages) && pages > 1) state.pages = pages;
  return state;
}

/** Writes the state into a query string, keeping the page's other parameters. */
export function writeUrlState(search: string, prefix: string, state: FinderUrlState): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string) => (value ? params.set(key(prefix, name), value) : params.delete(key(prefix, name)));
  set('q', state.query.trim());
  for (const k of FACET_KEYS) set(k, (state.filters[k] ?? []).join(','));
  set('sort', state.sort);
  set('page', state.pages > 1 ? String(state.pages) : '');
  const out = params.toString();
  return out ? `?${out}` : '';
}

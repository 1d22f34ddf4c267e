import type { Selections } from '../search/facets.js';
import { MAX_QUERY_LENGTH } from '../search/text-index.js';

/** What a search widget keeps in the page's address, so a search can be shared and survives Back. */
export interface UrlState<K extends string> {
  query: string;
  filters: Selections<K>;
  sort: string;
  pages: number;
}

const key = (prefix: string, name: string) => `${prefix}-${name}`;

/** Reads a widget's state from a query string; absent keys are absent, so attributes still apply. */
export function readUrlState<K extends string>(
  search: string,
  prefix: string,
  groups: readonly K[],
  sorts: readonly string[],
): Partial<UrlState<K>> {
  const params = new URLSearchParams(search);
  const state: Partial<UrlState<K>> = {};
  const q = params.get(key(prefix, 'q'));
  // A link can carry any length; the search reads no more than a person types.
  if (q !== null) state.query = q.slice(0, MAX_QUERY_LENGTH);
  const filters: Selections<K> = {};
  let any = false;
  for (const k of groups) {
    const v = params.get(key(prefix, k));
    if (v !== null) {
      filters[k] = v.split(',').filter(Boolean);
      any = true;
    }
  }
  if (any) state.filters = filters;
  const sort = params.get(key(prefix, 'sort'));
  if (sort && sorts.includes(sort)) state.sort = sort;
  const pages = Number(params.get(key(prefix, 'page')));
  if (Number.isInteger(pages) && pages > 1) state.pages = pages;
  return state;
}

/** Writes the state into a query string, keeping the page's other parameters. */
export function writeUrlState<K extends string>(search: string, prefix: string, groups: readonly K[], state: UrlState<K>): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string) => (value ? params.set(key(prefix, name), value) : params.delete(key(prefix, name)));
  set('q', state.query.trim());
  for (const k of groups) set(k, (state.filters[k] ?? []).join(','));
  set('sort', state.sort);
  set('page', state.pages > 1 ? String(state.pages) : '');
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** Puts the state in the address: a new history entry for a choice, the same one while typing. */
export function pushUrlState<K extends string>(prefix: string, groups: readonly K[], state: UrlState<K>, kind: 'typing' | 'choice'): void {
  const url = `${location.pathname}${writeUrlState(location.search, prefix, groups, state)}${location.hash}`;
  if (kind === 'typing') history.replaceState(history.state, '', url);
  else history.pushState(history.state, '', url);
}

import type { Selections } from '../search/facets.js';

/** Detail of `stem-search-change`, from the finder or the directory: the visitor's search, after they pause typing. */
export interface SearchChangeDetail {
  query: string;
  filters: Selections<string>;
  sort: string;
  resultCount: number;
}

declare module '../core/events.js' {
  interface StemEventMap {
    'stem-search-change': CustomEvent<SearchChangeDetail>;
  }
}

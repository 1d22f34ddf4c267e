import type { Institution, Program } from '../contract/types.js';
import type { Selections } from '../search/facets.js';
import type { FacetKey, SortKey } from './program-search.js';

/** Detail of `stem-search-change`: the visitor's search, after they pause typing. */
export interface SearchChangeDetail {
  query: string;
  filters: Selections<FacetKey>;
  sort: SortKey;
  resultCount: number;
}

/** Detail of `stem-program-select`: the program whose link the visitor followed. */
export interface ProgramSelectDetail {
  program: Program;
  institution: Institution | undefined;
}

declare module '../core/events.js' {
  interface StemEventMap {
    'stem-search-change': CustomEvent<SearchChangeDetail>;
    'stem-program-select': CustomEvent<ProgramSelectDetail>;
  }
}

/**
 * stem-widgets/internal: UNSTABLE. The engines, the loader, the base classes, the facet tables
 * and the context key, for those who build on the widgets (a subclass with another facet, a
 * widget of their own on `StemWidget`). Anything here may change in a minor release; the
 * stable API is `stem-widgets`.
 */
export { defineElement } from './core/define.js';
export { emit } from './core/events.js';
export { StemElement } from './core/stem-element.js';
export { StemWidget } from './core/stem-widget.js';
export { matchLocale } from './core/localization.js';
export { english, type Translator } from './i18n/msg.js';
export { loadJson, clearLoadCache, type FetchOutcome, type LoadOptions } from './data/loader.js';
export { dataContext, type DataState } from './data/data-state.js';
export type { Facet, FacetOption, ActiveFilter, LabelContext } from './search-ui/facet.js';
export { SearchWidget } from './search-ui/search-widget.js';
export { StemProgramFinder } from './program-finder/program-finder.component.js';
export { StemMemberDirectory } from './member-directory/member-directory.component.js';
export { SearchState } from './search-ui/search-state.js';
export { ProgramSearch, programSearchFor, FACET_KEYS, SORT_KEYS } from './program-finder/program-search.js';
export type { FacetKey, SortKey, ProgramQuery, ProgramResults, ProgramHit, ProgramRecord } from './program-finder/program-search.js';
export { PROGRAM_FACETS, type ProgramFacet, type FinderPreselections } from './program-finder/program-facets.js';
export { MemberSearch, memberSearchFor, MEMBER_FACETS, MEMBER_SORTS } from './member-directory/member-search.js';
export type { MemberRecord, MemberFacet, MemberSort, MemberHit } from './member-directory/member-search.js';
export { MEMBER_FACET_TABLE, type MemberFacetEntry, type DirectoryPreselections } from './member-directory/member-facets.js';

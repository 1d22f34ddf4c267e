/**
 * stem-widgets: the side-effect-free entry. Importing it registers nothing; import
 * `stem-widgets/define.js` (or a single element's define file) to register the elements.
 */
export { VERSION } from './core/version.js';
export { defineElement } from './core/define.js';
export { StemElement } from './core/stem-element.js';
export { StemWidget } from './core/stem-widget.js';
export { emit, type StemEventMap, type DataLoadDetail, type DataErrorDetail } from './core/events.js';
export { matchLocale, SUPPORTED_LOCALES, type StemLocale } from './core/localization.js';
export { english, type Translator } from './i18n/msg.js';
export { validate } from './contract/validate.js';
export * from './contract/vocabulary.js';
export type * from './contract/types.js';
export { loadJson, clearLoadCache, type FetchOutcome, type LoadOptions } from './data/loader.js';
export type { LoadFailure, LoadFailureKind } from './data/load-error.js';
export { dataContext, type DataState } from './data/data-state.js';
export { StemData } from './stem-data/stem-data.component.js';
export { StemProgramFinder } from './program-finder/program-finder.component.js';
export { ProgramSearch, programSearchFor, FACET_KEYS, SORT_KEYS } from './program-finder/program-search.js';
export type { FacetKey, SortKey, ProgramQuery, ProgramResults, ProgramHit, ProgramRecord } from './program-finder/program-search.js';
export type { SearchChangeDetail, ProgramSelectDetail } from './program-finder/program-finder.types.js';
export { StemOutcomeCard } from './outcome-card/outcome-card.component.js';
export type { SourceOpenDetail } from './outcome-card/outcome-card.types.js';
export { StemMemberDirectory } from './member-directory/member-directory.component.js';
export { MemberSearch, memberSearchFor, MEMBER_FACETS, MEMBER_SORTS } from './member-directory/member-search.js';
export type { MemberRecord, MemberFacet, MemberSort, MemberHit } from './member-directory/member-search.js';
export type { MemberSelectDetail } from './member-directory/member-directory.types.js';

/**
 * stem-widgets: the side-effect-free entry, and the API this version promises to keep. Importing
 * it registers nothing; import `stem-widgets/define.js` (or a single element's define file) to
 * register the elements. Engines, the loader, base classes and the context key are in
 * `stem-widgets/internal`, which may change in any release.
 */
export { VERSION } from './core/version.js';
export type { StemEventMap, DataLoadDetail, DataErrorDetail } from './core/events.js';
export { SUPPORTED_LOCALES, type StemLocale } from './core/localization.js';
export { validate } from './contract/validate.js';
export * from './contract/vocabulary.js';
export type * from './contract/types.js';
export type { LoadFailure, LoadFailureKind } from './data/load-error.js';
export { StemData } from './stem-data/stem-data.component.js';
export { StemProgramFinder } from './program-finder/program-finder.component.js';
export type { SearchChangeDetail, ProgramSelectDetail } from './program-finder/program-finder.types.js';
export { StemOutcomeCard } from './outcome-card/outcome-card.component.js';
export type { SourceOpenDetail } from './outcome-card/outcome-card.types.js';
export { StemMemberDirectory } from './member-directory/member-directory.component.js';
export type { MemberSelectDetail } from './member-directory/member-directory.types.js';

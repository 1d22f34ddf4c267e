/**
 * stem-widgets: the side-effect-free entry. Importing it registers nothing; import
 * `stem-widgets/define.js` (or a single element's define file) to register the elements.
 */
export { VERSION } from './core/version.js';
export { defineElement } from './core/define.js';
export { StemElement } from './core/stem-element.js';
export { StemWidget } from './core/stem-widget.js';
export { emit, type StemEventMap, type DataLoadDetail, type DataErrorDetail } from './core/events.js';
export { setStemLocale, getStemLocale, matchLocale, SUPPORTED_LOCALES } from './core/localization.js';
export { validate } from './contract/validate.js';
export * from './contract/vocabulary.js';
export type * from './contract/types.js';
export { loadJson, clearLoadCache, type FetchOutcome, type LoadOptions } from './data/loader.js';
export type { LoadFailure, LoadFailureKind } from './data/load-error.js';
export { dataContext, type DataState } from './data/data-state.js';
export { StemData } from './stem-data/stem-data.component.js';

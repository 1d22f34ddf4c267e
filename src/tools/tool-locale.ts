import { catalogueTranslator, matchLocale, type Templates } from '../core/localization.js';
import * as es from '../generated/tools-locales/es.js';
import { english, translating, type Translator } from '../i18n/msg.js';

/*
 * The tools' language: the command line's, the data checker's and the embed builder's words, and
 * the validator's, which they show. Their Spanish is a catalogue of its own (every message,
 * src/generated/tools-locales/), so that the widgets' (src/generated/locales/, used by
 * core/localization.ts) holds only what a visitor can see: no page with a widget downloads the
 * tools' words. Both are built from xliff/es.xlf (npm run localize:build).
 */

const spanish = catalogueTranslator(es.templates as Templates);

/** The tools' translator for a language tag ("es-MX" gives Spanish, anything else English). */
export function toolTranslatorFor(tag: string | null | undefined): Translator {
  return matchLocale(tag) === 'es' ? spanish : english;
}

/** Runs `fn` with every message, the tools' and the validator's, in `tag`'s language. */
export function inToolLocale<T>(tag: string | null | undefined, fn: () => T): T {
  return translating(toolTranslatorFor(tag), fn);
}

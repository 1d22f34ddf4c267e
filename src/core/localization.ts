import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { english, translating, type Translator } from '../i18n/msg.js';
import { primaryLanguage } from '../i18n/language-tag.js';

/*
 * Each element renders in its own language (StemElement puts its translator in scope while it
 * updates). Nothing is configured page-wide: lit-localize's runtime is never installed, so an
 * application's own @lit/localize keeps its locale, and two widgets in two languages each keep theirs.
 * A translation loads when the first element in its language appears (the script-tag bundle's
 * `stem-widgets.es.js`, beside it): an English page never downloads the Spanish catalogue.
 */

export const SUPPORTED_LOCALES = [sourceLocale, ...targetLocales] as const;
export type StemLocale = (typeof SUPPORTED_LOCALES)[number];

export type Templates = Parameters<typeof runtimeMsg>[0];
const catalogues: Partial<Record<StemLocale, Templates>> = {};
const loaders: Record<Exclude<StemLocale, typeof sourceLocale>, () => Promise<{ templates: unknown }>> = {
  es: () => import('../generated/locales/es.js'),
};
const loading = new Map<StemLocale, Promise<void>>();

/** Whether `tag`'s messages can be said now (English always can). */
export function localeReady(tag: string | null | undefined): boolean {
  const locale = matchLocale(tag);
  return locale === sourceLocale || catalogues[locale] !== undefined;
}

/** Loads `tag`'s catalogue once; if it cannot be had, messages stay English rather than blank. */
export function loadLocale(tag: string | null | undefined): Promise<void> {
  const locale = matchLocale(tag);
  if (localeReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as keyof typeof loaders]().then(
      (module) => {
        catalogues[locale] = module.templates as Templates;
      },
      (e: unknown) => console.warn(`[stem-widgets] the ${locale} messages could not be loaded; showing English.`, e),
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Picks the supported locale for a BCP 47 tag: "es-MX" gives "es", anything unknown gives "en". */
export function matchLocale(tag: string | null | undefined): StemLocale {
  const base = primaryLanguage(tag);
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? (base as StemLocale) : sourceLocale;
}

const translators = new Map<string, Translator>([[sourceLocale, english]]);

/** Says each message as a lit-localize catalogue has it, the source's words where it has none. */
export function catalogueTranslator(templates: Templates): Translator {
  return (template, options) => runtimeMsg(templates, template, options) as string;
}

/** The translator of a supported locale ("es-MX" gives Spanish); English until its catalogue has loaded. */
export function translatorFor(tag: string | null | undefined): Translator {
  const locale = matchLocale(tag);
  let t = translators.get(locale);
  const templates = catalogues[locale];
  if (!t && templates) {
    t = catalogueTranslator(templates);
    translators.set(locale, t);
  }
  return t ?? english;
}

let active: StemLocale = sourceLocale;

/** Runs `fn` with every message in `tag`'s language; the language in scope is `activeLocale()`. */
export function inLocale<T>(tag: string | null | undefined, fn: () => T): T {
  const outer = active;
  active = matchLocale(tag);
  try {
    return translating(translatorFor(active), fn);
  } finally {
    active = outer;
  }
}

/** The language of the messages being made now: the rendering element's. */
export function activeLocale(): StemLocale {
  return active;
}

/**
 * The locale for numbers, money and dates from a language tag. Bare `es` is US Spanish: the
 * contract describes US programs, and Spain's formats ("4890 US$") would misprint their prices.
 * A region in the tag (`es-MX`) is the partner's choice and is kept.
 */
export function formatLocale(tag: string | null | undefined): string {
  const locale = matchLocale(tag);
  const given = (tag ?? '').trim();
  if (given && primaryLanguage(given) === locale && /[-_]/.test(given)) return given.replace('_', '-');
  return locale === 'es' ? 'es-US' : 'en-US';
}

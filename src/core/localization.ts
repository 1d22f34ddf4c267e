import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as es from '../generated/locales/es.js';
import { english, translating, type Translator } from '../i18n/msg.js';

/*
 * Each element renders in its own language (StemElement puts its translator in scope while it
 * updates). Nothing is configured page-wide: lit-localize's runtime is never installed, so an
 * application's own @lit/localize keeps its locale, and two widgets in two languages each keep theirs.
 * Spanish is bundled, not fetched: a widget on a partner's page must not make a second request
 * (and a strict CSP may forbid it) just to change language.
 */

export const SUPPORTED_LOCALES = [sourceLocale, ...targetLocales] as const;
export type StemLocale = (typeof SUPPORTED_LOCALES)[number];

type Templates = Parameters<typeof runtimeMsg>[0];
const catalogues: Record<string, Templates> = { es: es.templates as Templates };

/** The language of a BCP 47 tag, without its region or script: "es-MX" gives "es". */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Picks the supported locale for a BCP 47 tag: "es-MX" gives "es", anything unknown gives "en". */
export function matchLocale(tag: string | null | undefined): StemLocale {
  const base = primaryLanguage(tag);
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? (base as StemLocale) : sourceLocale;
}

const translators = new Map<string, Translator>([[sourceLocale, english]]);

/** The translator of a supported locale ("es-MX" gives Spanish). */
export function translatorFor(tag: string | null | undefined): Translator {
  const locale = matchLocale(tag);
  let t = translators.get(locale);
  if (!t) {
    const templates = catalogues[locale];
    t = (template, options) => runtimeMsg(templates, template, options) as string;
    translators.set(locale, t);
  }
  return t;
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

import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as es from '../generated/locales/es.js';

// Spanish is bundled, not fetched: a widget on a partner's page must not make a second request
// (and a strict CSP may forbid it) just to change language.
const bundled = { es } as const;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => Promise.resolve(bundled[locale as keyof typeof bundled]),
});

export const SUPPORTED_LOCALES = [sourceLocale, ...targetLocales] as const;

/** The language of a BCP 47 tag, without its region or script: "es-MX" gives "es". */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Picks the supported locale for a BCP 47 tag: "es-MX" gives "es", anything unknown gives "en". */
export function matchLocale(tag: string | null | undefined): string {
  const base = primaryLanguage(tag);
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? base : sourceLocale;
}

/** Switches every widget on the page to `tag` ("es", "es-MX", "en"); resolves when rendered text can change. */
export function setStemLocale(tag: string): Promise<void> {
  return setLocale(matchLocale(tag));
}

export { getLocale as getStemLocale, LOCALE_STATUS_EVENT };

// Start in the page's language, so a Spanish site gets Spanish widgets without configuration.
if (typeof document !== 'undefined') {
  const pageLocale = matchLocale(document.documentElement.lang);
  if (pageLocale !== sourceLocale) void setLocale(pageLocale);
}

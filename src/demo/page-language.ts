// The language of the demo tools' own words (the checker's, the builder's), chosen on the page
// and kept in its address (?lang=es), so that a reload, a shared link and the other demo pages
// keep it. It is the page's <html lang>: the widgets on the page follow it too, unless one has
// its own `lang`.
import { html, type TemplateResult } from 'lit';
import { matchLocale, type StemLocale } from '../core/localization.js';
import { inToolLocale } from '../tools/tool-locale.js';
import { msg } from '../i18n/msg.js';

/** Each language named in itself, as a person looking for their own would read it. */
const LANGUAGES: readonly [StemLocale, string][] = [
  ['en', 'English'],
  ['es', 'Español'],
];

export const pageLanguage = (): StemLocale => matchLocale(document.documentElement.lang);

/** Runs `fn` with every message in the page's language. */
export const inPageLanguage = <T>(fn: () => T): T => inToolLocale(pageLanguage(), fn);

/** Takes the language the address asks for (?lang=es), before anything renders. */
export function readPageLanguage(): void {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked) document.documentElement.lang = matchLocale(asked);
}

/** The address of another demo page, in this page's language. */
export function inThisLanguage(file: string): string {
  return pageLanguage() === 'en' ? `./${file}` : `./${file}?lang=${pageLanguage()}`;
}

function setPageLanguage(lang: StemLocale): void {
  document.documentElement.lang = lang;
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}

/** Two buttons, English and Español; the one pressed is the page's language. */
export function languageSwitch(onChange: () => void): TemplateResult {
  const current = pageLanguage();
  return html`<div class="language-switch" role="group" aria-label=${msg('Language')}>
    ${LANGUAGES.map(
      ([lang, name]) =>
        html`<button
          type="button"
          class="secondary"
          lang=${lang}
          aria-pressed=${current === lang ? 'true' : 'false'}
          @click=${() => {
            if (pageLanguage() === lang) return;
            setPageLanguage(lang);
            onChange();
          }}
        >
          ${name}
        </button>`,
    )}
  </div>`;
}

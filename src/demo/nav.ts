// The demo site's pages, in one list: a new page is an HTML file in src/demo/ (the site build
// finds it) plus one line here, and every page's navigation shows it.
import { html, nothing, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../i18n/msg.js';
import { inPageLanguage, inThisLanguage, languageSwitch } from './page-language.js';

export const DEMO_PAGES = [
  { file: 'builder.html', title: () => msg('Embed builder') },
  { file: 'index.html', title: () => msg('Widgets') },
  { file: 'checker.html', title: () => msg('Data checker') },
] as const;

export interface DemoNavOptions {
  /** Offers the language switch; called after the page's language changed, to render it again. */
  onLanguageChange?: () => void;
}

/**
 * Puts the site navigation at the top of the page's header, marking the current page, in the
 * page's language; with `onLanguageChange`, the language switch beside it.
 */
export function addDemoNav(options: DemoNavOptions = {}): void {
  const here = location.pathname.split('/').pop() || 'index.html';
  const nav = document.createElement('nav');
  nav.className = 'demo-nav';
  const { onLanguageChange } = options;
  const update = () =>
    inPageLanguage(() => {
      nav.setAttribute('aria-label', msg('Demo pages'));
      render(
        html`<ul>
            ${DEMO_PAGES.map(
              (page) =>
                html`<li>
                  <a href=${inThisLanguage(page.file)} aria-current=${ifDefined(page.file === here ? 'page' : undefined)}
                    >${page.title()}</a
                  >
                </li>`,
            )}
          </ul>
          ${
            onLanguageChange
              ? languageSwitch(() => {
                  update();
                  onLanguageChange();
                })
              : nothing
          }`,
        nav,
      );
    });
  update();
  document.querySelector('header')?.prepend(nav);
}

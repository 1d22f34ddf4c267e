import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { activeLocale } from './localization.js';
import { msg, str } from '../i18n/msg.js';
import type { ContractIssue } from '../contract/types.js';
import { failureHelp, failureMessage, type LoadFailure } from '../data/load-error.js';

const SHOWN_ISSUES = 20;

/** A skeleton that holds the widget's space while data loads, so the page does not jump. */
export function renderLoading(lines = 6): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true" tabindex="-1">
    <span class="visually-hidden">${msg('Loading…')}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`)}
  </div>`;
}

/** The empty state: the data loaded but holds nothing for this widget. */
export function renderEmpty(message: string): TemplateResult {
  return html`<div class="empty" part="empty" role="status">${message}</div>`;
}

/**
 * What a visitor reads where the data named something but a mistake in it left the thing out:
 * plain words, and the cause for the site owner in a disclosure (the console has it too).
 */
export function renderUnavailable(message: string, cause: string): TemplateResult {
  return html`<div class="empty" part="empty" role="status">
    <p>${message}</p>
    <details>
      <summary>${msg('Details for the site owner')}</summary>
      <p>${cause}</p>
    </details>
  </div>`;
}

/**
 * The error state: one sentence for the visitor, the detail and the JSON paths for the webmaster
 * (in a disclosure, so the visitor is not buried in it), and a retry button when one can help.
 */
export function renderError(
  error: LoadFailure,
  issues: readonly ContractIssue[],
  retry?: () => void,
  issuesLanguage?: string,
): TemplateResult {
  const problems = issues.filter((i) => i.severity !== 'warning');
  const help = failureHelp(error.kind);
  // Problems said by a <stem-data> in another language than this widget's keep their own lang.
  const problemsLang = issuesLanguage && issuesLanguage !== activeLocale() ? issuesLanguage : undefined;
  return html`<div class="error" part="error" role="alert">
    <p class="error-title">${failureMessage(error.kind)}</p>
    ${help ? html`<p class="error-help">${help}</p>` : nothing}
    ${
      error.detail || problems.length
        ? html`<details>
            <summary>${msg('Details for the site owner')}</summary>
            ${error.detail ? html`<p lang=${ifDefined(error.kind === 'invalid' ? problemsLang : undefined)}><code>${error.detail}</code></p>` : nothing}
            ${
              problems.length
                ? html`<ul lang=${ifDefined(problemsLang)}>
                    ${problems.slice(0, SHOWN_ISSUES).map((i) => html`<li><code>${i.path || '/'}</code>: ${i.message}</li>`)}
                  </ul>`
                : nothing
            }
            ${problems.length > SHOWN_ISSUES ? html`<p>${msg(str`…and ${problems.length - SHOWN_ISSUES} more (see the browser console).`)}</p>` : nothing}
          </details>`
        : nothing
    }
    ${retry ? html`<button class="button" part="retry-button" type="button" @click=${retry}>${msg('Try again')}</button>` : nothing}
  </div>`;
}

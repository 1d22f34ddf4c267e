import { html, type TemplateResult } from 'lit';
import { dataText } from '../data/shown-text.js';
import { msg } from '../i18n/msg.js';

/** An active filter as a chip shows it: "Field of study: Cybersecurity". */
export interface ActiveFilter<K extends string> {
  group: K;
  value: string;
  label: string;
}

/** The active filters as removable chips, and "Clear all". */
export function renderChips<K extends string>(
  active: readonly ActiveFilter<K>[],
  onRemove: (filter: ActiveFilter<K>, index: number) => void,
  onClearAll: () => void,
): TemplateResult {
  return html`<div class="chips" part="chips">
    <ul role="list" aria-label=${msg('Active filters')}>
      ${active.map(
        (f, i) =>
          html`<li>
            <button class="chip" type="button" @click=${() => onRemove(f, i)}>
              <span class="visually-hidden">${msg('Remove filter')}</span>
              ${dataText(f.label)} <span aria-hidden="true">×</span>
            </button>
          </li>`,
      )}
    </ul>
    <button class="link-button" type="button" @click=${onClearAll}>${msg('Clear all')}</button>
  </div>`;
}

import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { withData } from '../data/shown-text.js';
import { msg, str } from '../i18n/msg.js';
import { formatNumber } from '../core/format.js';
import { MAX_QUERY_LENGTH } from '../search/text-index.js';
import { renderChips } from './chips.js';
import { renderFacetPanel } from './facet-panel.js';
import { renderNewTabNote } from './entry-text.js';
import type { ActiveFilter, Facet, FacetOption } from './facet.js';
import type { SearchState } from './search-state.js';

type State = SearchState<ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }>;

/** The pieces the finder and the directory share. Pure: each reads the state and returns a template; clicks call the state. */
export function renderSearchBox(state: State, label: string, placeholder = ''): TemplateResult {
  // Named after its widget: a page with a finder and a directory has two search landmarks.
  return html`<div class="search" role="search" aria-label=${label}>
    <label for="q">${label}</label>
    <input
      id="q"
      part="search-input"
      type="search"
      maxlength=${MAX_QUERY_LENGTH}
      autocomplete="off"
      spellcheck="false"
      placeholder=${placeholder}
      .value=${state.text}
      @input=${(e: Event) => state.setText((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function renderFiltersToggle(
  state: State,
  groups: readonly Facet<unknown, never>[],
  activeCount: number,
): TemplateResult | typeof nothing {
  if (!groups.length) return nothing;
  return html`<button
    class="secondary filters-toggle"
    type="button"
    aria-expanded=${state.filtersOpen ? 'true' : 'false'}
    aria-controls="filters"
    @click=${() => state.toggleFilters()}
  >
    ${activeCount ? msg(str`Filters (${activeCount})`) : msg('Filters')}
  </button>`;
}

/** The filter groups, each with its options (`options[i]` for `groups[i]`). */
export function renderFilterPanel(
  state: State,
  groups: readonly Facet<unknown, never>[],
  options: readonly FacetOption[][],
  locale: string,
): TemplateResult | typeof nothing {
  if (!groups.length) return nothing;
  return html`<div
    id="filters"
    class="filters ${state.filtersOpen ? '' : 'collapsed'}"
    part="filters"
    role="group"
    aria-label=${msg('Filters')}
  >
    ${renderFacetPanel(
      groups.map((g) => g.key),
      (key) => options[groups.findIndex((g) => g.key === key)] ?? [],
      {
        locale,
        groupLabel: (key) => groups.find((g) => g.key === key)?.label() ?? key,
        expanded: state.expanded,
        onToggle: (g, v, c) => state.toggle(g, v, c),
        onExpand: (g, open) => state.expandGroup(g, open),
      },
    )}
  </div>`;
}

export function renderActiveChips(state: State, active: readonly ActiveFilter[]): TemplateResult | typeof nothing {
  return active.length
    ? renderChips(
        active,
        (f, i) => state.removeFilter(f.group, f.value, i),
        () => state.clearAll(),
      )
    : nothing;
}

export function renderMore(state: State, shown: number, total: number, pageSize: number, locale: string): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  return html`<div class="more">
    <span class="muted">${msg(str`Showing ${formatNumber(shown, locale)} of ${formatNumber(total, locale)}`)}</span>
    <button class="secondary" part="show-more" type="button" @click=${() => state.showMore(shown)}>
      ${msg(str`Show ${formatNumber(Math.min(pageSize, total - shown), locale)} more`)}
    </button>
  </div>`;
}

/** The polite live region, and the one note every link that opens a new tab is described by. */
export function renderLiveRegion(text: string): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>
    ${renderNewTabNote()}`;
}

/**
 * The empty state that helps: what led to nothing, and a button for each search word or filter
 * to remove, with what removing it would give when `countWithout` can say.
 */
export function renderNoResults(
  state: State,
  active: readonly ActiveFilter[],
  texts: { withText: (text: string) => string; withoutText: string },
  countWithout?: (filter: ActiveFilter | 'text') => string,
): TemplateResult {
  const text = state.text.trim();
  const suffix = (f: ActiveFilter | 'text') => (countWithout ? ` (${countWithout(f)})` : '');
  return html`<div class="empty" part="empty">
    <p>${text ? texts.withText(text) : texts.withoutText} ${active.length || text ? msg('Try removing one:') : nothing}</p>
    <ul role="list">
      ${
        text
          ? html`<li>
              <button class="secondary" type="button" @click=${() => state.clearText()}>
                ${msg(str`Clear the search “${text}”`)}${suffix('text')}
              </button>
            </li>`
          : nothing
      }
      ${active.map(
        (f, i) =>
          html`<li>
            <button class="secondary" type="button" @click=${() => state.removeFilter(f.group, f.value, i)}>
              ${withData((label) => msg(str`Remove ${label}`), [f.label])}${suffix(f)}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

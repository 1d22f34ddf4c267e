import { html, nothing, type TemplateResult } from 'lit';
import { dataText } from '../data/shown-text.js';
import { msg, str } from '../i18n/msg.js';
import { formatNumber } from '../core/format.js';

/** Long groups (colleges in a national catalogue) show this many options until expanded... */
export const COLLAPSED_OPTIONS = 8;
/** ...but a group only a little longer shows whole: "Show all 9" to hide one would be silly. */
const COLLAPSE_ABOVE = 10;

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetPanelContext<K extends string> {
  locale: string;
  groupLabel: (group: K) => string;
  expanded: ReadonlySet<K>;
  onToggle: (group: K, value: string, checked: boolean) => void;
  /** Shows a long group whole, or short again. */
  onExpand: (group: K, open: boolean) => void;
}

/** One group of checkboxes with counts; an option that would give nothing is disabled, not hidden. */
function renderGroup<K extends string>(group: K, options: FacetOption[], ctx: FacetPanelContext<K>): TemplateResult {
  const long = options.length > COLLAPSE_ABOVE;
  const expanded = ctx.expanded.has(group) || !long;
  // Selected options always show, even past the cut.
  const shown = expanded ? options : options.filter((o, i) => i < COLLAPSED_OPTIONS || o.selected);
  return html`<fieldset class="facet-group" part="facet-group" data-group=${String(group)}>
    <legend>${ctx.groupLabel(group)}</legend>
    <ul role="list" id=${`options-${group}`}>
      ${shown.map(
        (o) =>
          html`<li>
            <label class=${o.count === 0 && !o.selected ? 'empty-option' : ''}>
              <input
                type="checkbox"
                .checked=${o.selected}
                ?disabled=${o.count === 0 && !o.selected}
                @change=${(e: Event) => ctx.onToggle(group, o.value, (e.target as HTMLInputElement).checked)}
              />
              <span>${dataText(o.label)} <span class="count">(${formatNumber(o.count, ctx.locale)})</span></span>
            </label>
          </li>`,
      )}
    </ul>
    ${
      long
        ? html`<button
            class="link-button"
            type="button"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${`options-${group}`}
            @click=${() => ctx.onExpand(group, !expanded)}
          >
            ${expanded ? msg('Show fewer') : msg(str`Show all ${options.length}`)}<span class="visually-hidden">
              ${ctx.groupLabel(group)}</span
            >
          </button>`
        : nothing
    }
  </fieldset>`;
}

/** Checkbox groups with counts, shared by the finder and the directory. */
export function renderFacetPanel<K extends string>(
  groups: readonly K[],
  options: (group: K) => FacetOption[],
  ctx: FacetPanelContext<K>,
): TemplateResult {
  return html`${groups.map((g) => renderGroup(g, options(g), ctx))}`;
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { withData } from '../data/shown-text.js';
import { msg, str } from '../i18n/msg.js';
import { StemWidget } from '../core/stem-widget.js';
import { collator, formatNumber } from '../core/format.js';
import { renderNewTabNote } from './entry-text.js';
import { emit } from '../core/events.js';
import { splitList, warnInvalid, wholeNumber } from '../core/attribute-warnings.js';
import type { Selections } from '../search/facets.js';
import { PoliteAnnouncer } from './announcer.js';
import { renderChips, type ActiveFilter } from './chips.js';
import { COLLAPSED_OPTIONS, renderFacetPanel, type FacetOption } from './facet-panel.js';
import { ListInView } from './visible-first.js';
import { pushUrlState, readUrlState } from './search-url.js';
import { MAX_QUERY_LENGTH } from '../search/text-index.js';
import { searchUiStyles } from './search-ui.styles.js';
import './search-events.js';

const EVENT_DELAY_MS = 400;

/** While typing, the address is written once the visitor pauses: Chrome throttles (and slows on) a replaceState per key. */
const URL_DELAY_MS = 250;

/** Two option lists render the same group. */
const sameOptions = (a: FacetOption[], b: FacetOption[]): boolean =>
  a.length === b.length &&
  a.every((o, i) => o.value === b[i]!.value && o.label === b[i]!.label && o.count === b[i]!.count && o.selected === b[i]!.selected);

/**
 * What the program finder and the member directory share: the search box, filters with chips,
 * sort, "Show more" pages, the address (sync-url), `stem-search-change`, one polite live region,
 * and where focus goes when the list changes. Subclasses run their engine and render results.
 */
export abstract class SearchWidget<K extends string> extends StemWidget {
  static override styles = [...StemWidget.styles, searchUiStyles];

  /** The search text to start with. */
  @property() query = '';

  /** Keep the search in the page's address under this prefix (empty attribute: the widget's default), so it can be shared and survives Back. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  @state() protected text = '';
  @state() protected selections: Selections<K> = {};
  @state() protected sortKey = '';
  @state() protected pages = 1;
  @state() protected filtersOpen = false;
  @state() protected expanded = new Set<K>();
  /** The entries whose whole description the visitor opened. */
  @state() protected openTexts = new Set<string>();

  @query('input[type="search"]') protected searchInput!: HTMLInputElement;

  protected readonly announcer = new PoliteAnnouncer(this);
  /** Lists filled visible-first while typing; updateComplete waits until every entry caught up. */
  private readonly inViewLists: ListInView<unknown>[] = [];
  /** This render answers a keystroke: entries off screen may catch up in the frame after. */
  protected typing = false;
  private readonly facetsInView = this.inView<FacetOption[]>('.facet-group', sameOptions);
  /** The preselections from attributes: where Back returns to when the address has none. */
  protected attributeSelections: Selections<K> = {};
  protected pendingFocus: (() => HTMLElement | null | undefined) | undefined;
  /** The result count of the last render, for the event. */
  protected resultCount = 0;
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;

  /** The tag, for warnings. */
  protected abstract readonly tag: string;
  protected abstract readonly facetKeys: readonly K[];
  protected abstract readonly sortKeys: readonly string[];
  protected abstract readonly defaultPageSize: number;
  protected abstract readonly defaultUrlPrefix: string;
  /** The `filters` attribute: which groups show, in order. */
  abstract filters: string;
  /** The `page-size` attribute. */
  abstract pageSize: number;
  protected abstract groupLabel(group: K): string;
  /** The sort the `sort` attribute asks for (validated). */
  protected abstract attributeSort(): string;
  /** The preselection attributes: the group each fills, and the values it allows when the list is closed. */
  protected abstract readonly preselections: Readonly<Record<string, { group: K; allowed?: readonly string[] }>>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl !== null) window.addEventListener('popstate', this.applyUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.applyUrl);
    clearTimeout(this.eventTimer);
    // What was typed last still reaches the address when the widget leaves the page.
    if (this.urlTimer !== undefined) this.writeUrl('typing');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.text = this.query.slice(0, MAX_QUERY_LENGTH);
    // `sort` is each subclass's own property; PropertyValues is keyed by name at run time.
    if ((changed as Map<PropertyKey, unknown>).has('sort')) this.sortKey = this.attributeSort();
    this.preselect(changed as Map<PropertyKey, unknown>);
    // The address wins over the attributes: it is where the visitor was.
    if (!this.hasUpdated && this.syncUrl !== null) this.applyUrl();
  }

  /** A list whose entries in view are filled first while typing (`pickFor(items, this.typing)`). */
  protected inView<T>(selector: string, same: (a: T, b: T) => boolean): ListInView<T> {
    const list = new ListInView<T>(this, selector, same);
    this.inViewLists.push(list as ListInView<unknown>);
    return list;
  }

  /** Resolves once every entry shows the current state, off-screen ones included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let late = this.lateList(); late; late = this.lateList()) {
      await late.settled;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private lateList(): ListInView<unknown> | undefined {
    return this.inViewLists.find((list) => list.settled);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.typing = false;
    const focus = this.pendingFocus?.();
    this.pendingFocus = undefined;
    focus?.focus();
  }

  /** Reads the preselection attributes that changed; values outside a closed list warn once and are dropped. */
  private preselect(changed: Map<PropertyKey, unknown>): void {
    for (const [attribute, { group, allowed }] of Object.entries(this.preselections)) {
      if (!changed.has(attribute)) continue;
      const raw = String((this as unknown as Record<string, unknown>)[attribute] ?? '');
      const values = splitList(raw);
      const valid = allowed ? values.filter((v) => allowed.includes(v)) : values;
      if (valid.length < values.length) warnInvalid(this.tag, attribute, raw, allowed!.join(', '), 'the valid ones only');
      this.attributeSelections = { ...this.attributeSelections, [group]: valid };
      this.selections = { ...this.selections, [group]: valid };
    }
  }

  /**
   * A group's checkboxes: every value the document has (so an option that gives nothing now shows
   * as (0) rather than vanishing) and every selected one, in `order` or by label.
   */
  protected facetOptions(
    group: K,
    counts: Map<string, number>,
    all: readonly string[],
    label: (value: string) => string,
    order?: readonly string[],
  ): FacetOption[] {
    const selected = new Set(this.selections[group] ?? []);
    const option = (value: string, text: string): FacetOption => ({
      value,
      label: text,
      count: counts.get(value) ?? 0,
      selected: selected.has(value),
    });
    const list = this.sortedOptions(group, all, label, order).map(([value, text]) => option(value, text));
    // A selected value the data lacks (a shared link to an old catalogue) still shows, so it can be cleared.
    const extra = [...selected].filter((v) => !all.includes(v));
    if (!extra.length) return list;
    return this.sortOptions([...list, ...extra.map((v) => option(v, label(v)))], order);
  }

  /** Each group's values in display order with their labels, per data document and locale: a keystroke only recounts. */
  private optionOrder = new WeakMap<readonly string[], Map<string, [string, string][]>>();

  private sortedOptions(group: K, all: readonly string[], label: (value: string) => string, order?: readonly string[]): [string, string][] {
    let byGroup = this.optionOrder.get(all);
    if (!byGroup) this.optionOrder.set(all, (byGroup = new Map()));
    const key = `${group}|${this.locale}`;
    let sorted = byGroup.get(key);
    if (!sorted) {
      const options = this.sortOptions(
        all.map((value) => ({ value, label: label(value), count: 0, selected: false })),
        order,
      );
      byGroup.set(key, (sorted = options.map((o) => [o.value, o.label])));
    }
    return sorted;
  }

  private sortOptions(list: FacetOption[], order?: readonly string[]): FacetOption[] {
    const byLabel = collator(this.locale);
    return order
      ? list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
      : list.sort((a, b) => byLabel.compare(a.label, b.label));
  }

  // ---- configuration, read leniently ----

  protected get effectivePageSize(): number {
    return wholeNumber(this.tag, 'page-size', this.pageSize, 1, 1000, this.defaultPageSize);
  }

  protected get facetGroups(): K[] {
    const listed = splitList(this.filters);
    const bad = listed.filter((g) => !(this.facetKeys as readonly string[]).includes(g));
    if (bad.length) warnInvalid(this.tag, 'filters', this.filters, this.facetKeys.join(', '), 'the valid ones only');
    return listed.filter((g): g is K => !bad.includes(g));
  }

  private get urlPrefix(): string {
    return this.syncUrl || this.defaultUrlPrefix;
  }

  // ---- state changes ----

  /** Takes the state from the address; what it does not say comes from the attributes. */
  private applyUrl = (): void => {
    const s = readUrlState(location.search, this.urlPrefix, this.facetKeys, this.sortKeys);
    this.text = (s.query ?? this.query).slice(0, MAX_QUERY_LENGTH);
    this.selections = s.filters ?? this.attributeSelections;
    this.sortKey = s.sort ?? this.attributeSort();
    this.pages = s.pages ?? 1;
  };

  /** The sort actually applied, for the event (the finder falls back from relevance without a query). */
  protected appliedSort(): string {
    return this.sortKey;
  }

  /** Records a change: the address (a new entry for a choice, the same one while typing) and the event. */
  protected changed(kind: 'typing' | 'choice'): void {
    if (this.syncUrl !== null) {
      clearTimeout(this.urlTimer);
      this.urlTimer = undefined;
      if (kind === 'typing') this.urlTimer = setTimeout(() => this.writeUrl('typing'), URL_DELAY_MS);
      else this.writeUrl('choice');
    }
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => {
      const filters: Selections<string> = Object.fromEntries(
        Object.entries<readonly string[] | undefined>(this.selections).filter(([, v]) => v?.length),
      );
      emit(this, 'stem-search-change', { query: this.text.trim(), filters, sort: this.appliedSort(), resultCount: this.resultCount });
    }, EVENT_DELAY_MS);
  }

  private writeUrl(kind: 'typing' | 'choice'): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    pushUrlState(
      this.urlPrefix,
      this.facetKeys,
      { query: this.text, filters: this.selections, sort: this.sortKey, pages: this.pages },
      kind,
    );
  }

  protected toggle(group: K, value: string, checked: boolean): void {
    const current = new Set(this.selections[group] ?? []);
    if (checked) current.add(value);
    else current.delete(value);
    this.selections = { ...this.selections, [group]: [...current] };
    this.pages = 1;
    this.changed('choice');
  }

  /** Removes one filter and keeps focus among the chips: the next one, else the one before, else the search box. */
  protected removeFilter(group: K, value: string, index: number): void {
    this.toggle(group, value, false);
    this.pendingFocus = () => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      return chips[index] ?? chips[index - 1] ?? this.searchInput;
    };
  }

  /** Shows a long filter group whole and moves focus to its first option just shown, or shows it short again. */
  private expandGroup(group: K, open: boolean): void {
    const next = new Set(this.expanded);
    if (open) next.add(group);
    else next.delete(group);
    this.expanded = next;
    if (!open) return;
    this.pendingFocus = () => {
      const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`.facet-group[data-group="${group}"] input`)];
      // Selected options showed already; one that gives nothing cannot take focus.
      return inputs.slice(COLLAPSED_OPTIONS).find((i) => !i.checked && !i.disabled);
    };
  }

  protected toggleText(id: string): void {
    const next = new Set(this.openTexts);
    if (!next.delete(id)) next.add(id);
    this.openTexts = next;
  }

  protected clearAll(): void {
    this.selections = {};
    this.text = '';
    this.pages = 1;
    this.changed('choice');
    this.pendingFocus = () => this.searchInput;
  }

  protected clearText(): void {
    this.text = '';
    this.changed('choice');
    this.pendingFocus = () => this.searchInput;
  }

  /** Shows another page and moves focus to its first entry's link (or heading). */
  protected showMore(firstNew: number, total: number, entrySelector: string): void {
    this.pages++;
    this.changed('choice');
    const shown = Math.min(total, this.pages * this.effectivePageSize);
    this.announcer.announce(
      this.inOwnLocale(() => msg(str`Showing ${formatNumber(shown, this.locale)} of ${formatNumber(total, this.locale)}`)),
    );
    this.pendingFocus = () => {
      const entry = this.renderRoot.querySelectorAll<HTMLElement>(entrySelector)[firstNew];
      return entry?.querySelector<HTMLElement>('a') ?? entry?.querySelector<HTMLElement>('[role="heading"]');
    };
  }

  /** The visitor chose a new order: the next count says it (a sort that follows the query does not). */
  protected sortChosen = false;

  /** The name of a sort, as the sort menu says it. */
  protected abstract sortName(key: string): string;

  /**
   * Notes the result count for the event and announces it, after a pause; with the new order
   * when the visitor chose one (the count alone would not change, and would not be said again).
   */
  protected noteResults(count: number, text: string): void {
    this.resultCount = count;
    const resorted = this.sortChosen && count > 1;
    this.sortChosen = false;
    this.announcer.announce(resorted ? msg(str`${text}; order: ${this.sortName(this.appliedSort())}`) : text);
  }

  // ---- shared pieces of the page ----

  protected renderSearchBox(label: string, placeholder = ''): TemplateResult {
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
        .value=${this.text}
        @input=${(e: Event) => {
          // maxlength stops typing, not a script or a paste that sets the value.
          const value = (e.target as HTMLInputElement).value.slice(0, MAX_QUERY_LENGTH);
          // Only a change renders; the flag is cleared after that render.
          if (value !== this.text) this.typing = true;
          this.text = value;
          this.pages = 1;
          this.changed('typing');
        }}
      />
    </div>`;
  }

  protected renderFiltersToggle(activeCount: number): TemplateResult | typeof nothing {
    if (!this.facetGroups.length) return nothing;
    return html`<button
      class="secondary filters-toggle"
      type="button"
      aria-expanded=${this.filtersOpen ? 'true' : 'false'}
      aria-controls="filters"
      @click=${() => (this.filtersOpen = !this.filtersOpen)}
    >
      ${activeCount ? msg(str`Filters (${activeCount})`) : msg('Filters')}
    </button>`;
  }

  protected renderFilterPanel(options: (group: K) => FacetOption[]): TemplateResult | typeof nothing {
    const groups = this.facetGroups;
    if (!groups.length) return nothing;
    return html`<div
      id="filters"
      class="filters ${this.filtersOpen ? '' : 'collapsed'}"
      part="filters"
      role="group"
      aria-label=${msg('Filters')}
    >
      ${renderFacetPanel(groups, this.groupsInView(groups, options), {
        locale: this.locale,
        groupLabel: (g) => this.groupLabel(g),
        expanded: this.expanded,
        onToggle: (g, v, c) => this.toggle(g, v, c),
        onExpand: (g, open) => this.expandGroup(g, open),
      })}
    </div>`;
  }

  /** Each group's options; while typing, a group off screen keeps its counts until the frame after. */
  private groupsInView(groups: readonly K[], options: (group: K) => FacetOption[]): (group: K) => FacetOption[] {
    const shown = this.facetsInView.pickFor(
      groups.map((g) => options(g)),
      this.typing,
    );
    return (group) => shown[groups.indexOf(group)]!;
  }

  protected renderActiveChips(active: readonly ActiveFilter<K>[]): TemplateResult | typeof nothing {
    return active.length
      ? renderChips(
          active,
          (f, i) => this.removeFilter(f.group, f.value, i),
          () => this.clearAll(),
        )
      : nothing;
  }

  protected renderMore(shown: number, total: number, entrySelector: string): TemplateResult | typeof nothing {
    if (shown >= total) return nothing;
    return html`<div class="more">
      <span class="muted">${msg(str`Showing ${formatNumber(shown, this.locale)} of ${formatNumber(total, this.locale)}`)}</span>
      <button class="secondary" part="show-more" type="button" @click=${() => this.showMore(shown, total, entrySelector)}>
        ${msg(str`Show ${formatNumber(Math.min(this.effectivePageSize, total - shown), this.locale)} more`)}
      </button>
    </div>`;
  }

  /** The polite live region, and the one note every link that opens a new tab is described by. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      ${renderNewTabNote()}`;
  }

  /**
   * The empty state that helps: what led to nothing, and a button for each search word or filter
   * to remove, with what removing it would give when `countWithout` can say.
   */
  protected renderNoResults(
    active: readonly ActiveFilter<K>[],
    texts: { withText: (text: string) => string; withoutText: string },
    countWithout?: (filter: ActiveFilter<K> | 'text') => string,
  ): TemplateResult {
    const text = this.text.trim();
    const suffix = (f: ActiveFilter<K> | 'text') => (countWithout ? ` (${countWithout(f)})` : '');
    return html`<div class="empty" part="empty">
      <p>${text ? texts.withText(text) : texts.withoutText} ${active.length || text ? msg('Try removing one:') : nothing}</p>
      <ul role="list">
        ${
          text
            ? html`<li>
                <button class="secondary" type="button" @click=${() => this.clearText()}>
                  ${msg(str`Clear the search “${text}”`)}${suffix('text')}
                </button>
              </li>`
            : nothing
        }
        ${active.map(
          (f, i) =>
            html`<li>
              <button class="secondary" type="button" @click=${() => this.removeFilter(f.group, f.value, i)}>
                ${withData((label) => msg(str`Remove ${label}`), [f.label])}${suffix(f)}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { StemWidget } from '../core/stem-widget.js';
import type { ContractDocument } from '../contract/types.js';
import { CREDENTIAL_CATEGORIES, PROGRAM_MODES, type CredentialCategory, type ProgramMode } from '../contract/vocabulary.js';
import { LENGTH_BUCKETS, type LengthBucket } from '../core/duration.js';
import { emit } from '../core/events.js';
import { oneOf, splitList, warnInvalid } from '../core/attribute-warnings.js';
import { regionName } from '../core/us-states.js';
import type { Selections } from '../search/facets.js';
import { DEFAULT_MIN_COHORT } from '../outcomes/outcome-format.js';
import { FACET_KEYS, SORT_KEYS, programSearchFor, type FacetKey, type ProgramResults, type SortKey } from './program-search.js';
import type { Point } from './geo.js';
import { credentialLabel, groupLabel, lengthLabel, modeLabel, sortLabel } from './finder-labels.js';
import { renderFacetPanel, type FacetOption } from '../search-ui/facet-panel.js';
import { renderChips, type ActiveFilter } from '../search-ui/chips.js';
import { PoliteAnnouncer } from '../search-ui/announcer.js';
import { pushUrlState, readUrlState } from '../search-ui/search-url.js';
import { searchUiStyles } from '../search-ui/search-ui.styles.js';
import { renderProgramCard, type CardContext } from './program-card.js';
import { finderStyles } from './program-finder.styles.js';
import './program-finder.types.js';

const TAG = 'stem-program-finder';
const EVENT_DELAY_MS = 400;
const PRESELECT_ATTRIBUTES = { fields: 'field', states: 'state', institutions: 'institution', modes: 'mode' } as const;

/**
 * Search and filter certificate programs across member colleges: full-text search with typo
 * tolerance, filters with counts, sorting (nearest first on request), and cards with each
 * program's length, format, cost, next start and an honest outcome summary.
 *
 * @summary Search and filter certificate programs.
 * @tag stem-program-finder
 *
 * @csspart search-input - The search box.
 * @csspart filters - The filter panel.
 * @csspart facet-group - One group of filter checkboxes.
 * @csspart chips - The active filters and "Clear all".
 * @csspart results - The list of programs.
 * @csspart card - One program.
 * @csspart card-link - The link to a program's page.
 * @csspart outcome-summary - The outcome figure on a card.
 * @csspart outcomes-button - The button that opens all of a program's outcomes.
 * @csspart show-more - The "Show more" button.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart skeleton - The loading state.
 *
 * @cssprop [--stem-finder-card-min-width=260px] - The narrowest a card gets in the grid layout.
 * @cssprop [--stem-search-sidebar-width=240px] - The width of the filter column in wide containers.
 * @cssprop [--stem-color-highlight=#fff3b0] - The background of matched words.
 *
 * @fires {CustomEvent<SearchChangeDetail>} stem-search-change - The search, filters or sort changed (after typing pauses): query, filters, sort and result count.
 * @fires {CustomEvent<ProgramSelectDetail>} stem-program-select - The visitor followed a program's link.
 * @fires {CustomEvent<DataLoadDetail>} stem-data-load - Its own `src` loaded.
 * @fires {CustomEvent<DataErrorDetail>} stem-data-error - Its own `src` failed.
 */
export class StemProgramFinder extends StemWidget {
  static override styles = [...StemWidget.styles, searchUiStyles, finderStyles];

  /** The search text to start with. */
  @property() query = '';

  /** Fields of study to preselect: comma-separated field ids. */
  @property() fields = '';

  /** States to preselect: comma-separated two-letter codes. */
  @property() states = '';

  /** Colleges to preselect: comma-separated institution ids. */
  @property() institutions = '';

  /** Formats to preselect: comma-separated `in-person`, `online`, `hybrid`. */
  @property() modes = '';

  /** The order: `relevance` (with a query), `name`, `shortest`, `cost` or `nearest`. Empty: best match when searching, else name. */
  @property() sort = '';

  /** Programs per page; "Show more" adds a page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** `grid` (cards) or `list` (one per row). */
  @property() layout = 'grid';

  /** Which filter groups show, in order: any of `field`, `state`, `institution`, `mode`, `length`, `credential`. */
  @property() filters = FACET_KEYS.join(',');

  /** Keep the search in the page's address under this prefix (empty attribute: `finder`), so it can be shared and survives Back. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** Outcome figures about fewer people than this are not shown. */
  @property({ type: Number, attribute: 'min-cohort' }) minCohort = DEFAULT_MIN_COHORT;

  /** The heading level of each program's name, 2 to 6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private text = '';
  @state() private selections: Selections<FacetKey> = {};
  @state() private sortKey: SortKey | '' = '';
  @state() private pages = 1;
  @state() private origin: Point | undefined;
  @state() private locating: 'idle' | 'pending' | 'failed' = 'idle';
  @state() private filtersOpen = false;
  @state() private expanded = new Set<FacetKey>();
  @state() private outcomesFor: string | undefined;

  @query('input[type="search"]') private searchInput!: HTMLInputElement;

  private readonly announcer = new PoliteAnnouncer(this);
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private memo: { key: string; doc: ContractDocument; results: ProgramResults } | undefined;
  private checkedPreselections = new WeakSet<ContractDocument>();
  private dialogOpener: HTMLElement | undefined;
  /** The preselections from attributes: where Back returns to when the address has none. */
  private attributeSelections: Selections<FacetKey> = {};
  private pendingFocus: (() => HTMLElement | null | undefined) | undefined;

  protected override skeletonLines = 10;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl !== null) window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.eventTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.text = this.query;
    if (changed.has('sort')) this.sortKey = this.sort === '' ? '' : oneOf(TAG, 'sort', this.sort, SORT_KEYS, 'relevance');
    for (const [attribute, group] of Object.entries(PRESELECT_ATTRIBUTES) as [keyof typeof PRESELECT_ATTRIBUTES, FacetKey][]) {
      if (!changed.has(attribute)) continue;
      let values = splitList(this[attribute]);
      if (group === 'mode') {
        const bad = values.filter((v) => !(PROGRAM_MODES as readonly string[]).includes(v));
        if (bad.length) warnInvalid(TAG, 'modes', this.modes, PROGRAM_MODES.join(', '), 'the valid ones only');
        values = values.filter((v) => !bad.includes(v));
      }
      this.attributeSelections = { ...this.attributeSelections, [group]: values };
      this.selections = { ...this.selections, [group]: values };
    }
    // The address wins over the attributes: it is where the visitor was.
    if (!this.hasUpdated && this.syncUrl !== null) this.applyUrl();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus?.();
    this.pendingFocus = undefined;
    focus?.focus();
  }

  // ---- configuration, read leniently ----

  private get effectiveLayout(): 'grid' | 'list' {
    return oneOf(TAG, 'layout', this.layout, ['grid', 'list'] as const, 'grid');
  }

  private get effectivePageSize(): number {
    if (Number.isInteger(this.pageSize) && this.pageSize > 0 && this.pageSize <= 1000) return this.pageSize;
    warnInvalid(TAG, 'page-size', String(this.pageSize), 'a whole number from 1 to 1000', '12');
    return 12;
  }

  private get effectiveHeadingLevel(): number {
    if (Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6) return this.headingLevel;
    warnInvalid(TAG, 'heading-level', String(this.headingLevel), 'a whole number from 2 to 6', '3');
    return 3;
  }

  private get facetGroups(): FacetKey[] {
    const listed = splitList(this.filters);
    const bad = listed.filter((g) => !(FACET_KEYS as readonly string[]).includes(g));
    if (bad.length) warnInvalid(TAG, 'filters', this.filters, FACET_KEYS.join(', '), 'the valid ones only');
    return listed.filter((g): g is FacetKey => !bad.includes(g));
  }

  private get urlPrefix(): string {
    return this.syncUrl || 'finder';
  }

  // ---- state changes ----

  /** Takes the state from the address; what it does not say comes from the attributes. */
  private applyUrl(): void {
    const s = readUrlState(location.search, this.urlPrefix, FACET_KEYS, SORT_KEYS);
    this.text = s.query ?? this.query;
    this.selections = s.filters ?? this.attributeSelections;
    this.sortKey = (s.sort as SortKey | undefined) ?? (this.sort === '' ? '' : oneOf(TAG, 'sort', this.sort, SORT_KEYS, 'relevance'));
    this.pages = s.pages ?? 1;
  }

  private onPopState = (): void => {
    this.applyUrl();
  };

  /** Records a change: the address (push for a choice, replace while typing) and the event. */
  private changed(kind: 'typing' | 'choice'): void {
    if (this.syncUrl !== null) {
      pushUrlState(this.urlPrefix, FACET_KEYS, { query: this.text, filters: this.selections, sort: this.sortKey, pages: this.pages }, kind);
    }
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => {
      const results = this.currentResults();
      if (!results) return;
      emit(this, 'stem-search-change', {
        query: this.text.trim(),
        filters: this.activeSelections(),
        sort: results.sort,
        resultCount: results.hits.length,
      });
    }, EVENT_DELAY_MS);
  }

  private activeSelections(): Selections<FacetKey> {
    return Object.fromEntries(Object.entries(this.selections).filter(([, v]) => v && v.length)) as Selections<FacetKey>;
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.pages = 1;
    this.changed('typing');
  }

  private toggle(group: FacetKey, value: string, checked: boolean): void {
    const current = new Set(this.selections[group] ?? []);
    if (checked) current.add(value);
    else current.delete(value);
    this.selections = { ...this.selections, [group]: [...current] };
    this.pages = 1;
    this.changed('choice');
  }

  private removeChip(group: FacetKey, value: string, index: number): void {
    this.toggle(group, value, false);
    // Keep focus in the chips: the next one, else the one before, else the search box.
    this.pendingFocus = () => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      return chips[index] ?? chips[index - 1] ?? this.searchInput;
    };
  }

  private clearAll(): void {
    this.selections = {};
    this.text = '';
    this.pages = 1;
    this.changed('choice');
    this.pendingFocus = () => this.searchInput;
  }

  private clearText(): void {
    this.text = '';
    this.changed('choice');
    this.pendingFocus = () => this.searchInput;
  }

  private onSort(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as SortKey;
    this.sortKey = value;
    this.pages = 1;
    if (value === 'nearest' && !this.origin) this.locate();
    this.changed('choice');
  }

  /** Asks the browser for the visitor's position, only when they choose "Nearest first". It stays in the page. */
  private locate(): void {
    if (!('geolocation' in navigator)) {
      this.locating = 'failed';
      return;
    }
    this.locating = 'pending';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.origin = { latitude: p.coords.latitude, longitude: p.coords.longitude };
        this.locating = 'idle';
      },
      () => {
        this.locating = 'failed';
      },
      { maximumAge: 600000, timeout: 15000 },
    );
  }

  private showMore(firstNew: number): void {
    this.pages++;
    this.changed('choice');
    this.pendingFocus = () => {
      const item = this.renderRoot.querySelectorAll<HTMLElement>('.results > li')[firstNew];
      return item?.querySelector<HTMLElement>('a') ?? item?.querySelector<HTMLElement>('[role="heading"]');
    };
  }

  private openOutcomes(id: string, opener: HTMLElement): void {
    this.dialogOpener = opener;
    this.outcomesFor = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private closeOutcomes(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClose(): void {
    this.outcomesFor = undefined;
    this.dialogOpener?.focus();
  }

  // ---- results ----

  private currentResults(): ProgramResults | undefined {
    const doc = this.document;
    if (!doc) return undefined;
    const engine = programSearchFor(doc);
    const key = JSON.stringify([this.text, this.selections, this.sortKey, this.origin]);
    if (this.memo?.doc === doc && this.memo.key === key) return this.memo.results;
    const results = engine.search({ text: this.text, filters: this.selections, sort: this.sortKey || undefined, origin: this.origin });
    this.memo = { key, doc, results };
    this.announcer.announce(results.hits.length === 0 ? msg('No programs found.') : this.countText(results.hits.length));
    return results;
  }

  private countText(n: number): string {
    const formatted = new Intl.NumberFormat(this.locale).format(n);
    return new Intl.PluralRules(this.locale).select(n) === 'one' ? msg(str`${formatted} program`) : msg(str`${formatted} programs`);
  }

  private optionLabel(group: FacetKey, value: string, doc: ContractDocument): string {
    switch (group) {
      case 'field':
        return doc.fields?.find((f) => f.id === value)?.name ?? value;
      case 'institution':
        return doc.institutions?.find((i) => i.id === value)?.name ?? value;
      case 'state':
        return regionName(value);
      case 'mode':
        return modeLabel(value as ProgramMode);
      case 'length':
        return lengthLabel(value as LengthBucket);
      case 'credential':
        return credentialLabel(value as CredentialCategory);
    }
  }

  private options(group: FacetKey, results: ProgramResults, doc: ContractDocument): FacetOption[] {
    const counts = results.counts[group];
    const selected = new Set(this.selections[group] ?? []);
    // Every value the document has, so an option that gives nothing now shows as (0) rather than vanishing.
    const all = programSearchFor(doc).values(group);
    const fixed: Partial<Record<FacetKey, readonly string[]>> = {
      mode: PROGRAM_MODES,
      length: LENGTH_BUCKETS,
      credential: CREDENTIAL_CATEGORIES,
    };
    const values = new Set([...all, ...selected]);
    const order = fixed[group];
    const list = [...values].map((value) => ({
      value,
      label: this.optionLabel(group, value, doc),
      count: counts.get(value) ?? 0,
      selected: selected.has(value),
    }));
    const collator = new Intl.Collator(this.locale);
    return order
      ? list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
      : list.sort((a, b) => collator.compare(a.label, b.label));
  }

  /** Warns once per document about preselected ids the data does not have. */
  private checkPreselections(doc: ContractDocument): void {
    if (this.checkedPreselections.has(doc)) return;
    this.checkedPreselections.add(doc);
    const known: Record<string, Set<string>> = {
      fields: new Set((doc.fields ?? []).map((f) => f.id)),
      institutions: new Set((doc.institutions ?? []).map((i) => i.id)),
      states: new Set((doc.institutions ?? []).map((i) => i.address.region)),
    };
    for (const [attribute, ids] of Object.entries(known)) {
      const value = this[attribute as 'fields' | 'institutions' | 'states'];
      const unknown = splitList(value).filter((v) => !ids.has(v));
      if (unknown.length) warnInvalid(TAG, attribute, value, `ids from the data (${unknown.join(', ')} not found)`, 'the others');
    }
  }

  // ---- rendering ----

  protected isEmpty(doc: ContractDocument): boolean {
    return !doc.programs?.length;
  }

  protected emptyMessage(): string {
    return msg('There are no programs in this data yet.');
  }

  protected renderReady(doc: ContractDocument): TemplateResult {
    this.checkPreselections(doc);
    const results = this.currentResults()!;
    const groups = this.facetGroups;
    const active = groups.flatMap((g) => (this.selections[g] ?? []).map((value) => ({ group: g, value })));
    const shownCount = Math.min(results.hits.length, this.pages * this.effectivePageSize);
    const layout = this.effectiveLayout;
    const sortOptions = SORT_KEYS.filter((k) => k !== 'relevance' || this.text.trim());
    const card: CardContext = {
      locale: this.locale,
      headingLevel: this.effectiveHeadingLevel,
      minCohort: this.minCohort,
      today: new Date().toISOString().slice(0, 10),
      sources: new Map((doc.sources ?? []).map((s) => [s.id, s])),
      canOpenOutcomes: customElements.get('stem-outcome-card') !== undefined,
      onSelect: (hit) => emit(this, 'stem-program-select', { program: hit.record.program, institution: hit.record.institution }),
      onOpenOutcomes: (hit, opener) => this.openOutcomes(hit.record.program.id, opener),
    };
    const activeCount = active.length;
    return html`<div class="finder">
      <div class="search" role="search">
        <label for="q">${msg('Search programs')}</label>
        <input
          id="q"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${msg('Program, college, career or certification')}
          .value=${this.text}
          @input=${this.onInput}
        />
      </div>
      <div class="toolbar">
        <p class="count" tabindex="-1">${this.countText(results.hits.length)}</p>
        <label>
          ${msg('Sort by')}
          <select part="sort" @change=${this.onSort}>
            ${sortOptions.map((k) => html`<option value=${k} ?selected=${k === results.sort || (k === 'nearest' && this.sortKey === 'nearest')}>${sortLabel(k)}</option>`)}
          </select>
        </label>
        ${
          groups.length
            ? html`<button
                class="secondary filters-toggle"
                type="button"
                aria-expanded=${this.filtersOpen ? 'true' : 'false'}
                aria-controls="filters"
                @click=${() => (this.filtersOpen = !this.filtersOpen)}
              >
                ${activeCount ? msg(str`Filters (${activeCount})`) : msg('Filters')}
              </button>`
            : nothing
        }
      </div>
      ${this.locating === 'pending' ? html`<p class="notice">${msg('Finding your location…')}</p>` : nothing}
      ${
        this.locating === 'failed' && this.sortKey === 'nearest'
          ? html`<p class="notice">${msg('Your location is not available, so programs are sorted by name.')}</p>`
          : nothing
      }
      ${
        activeCount
          ? renderChips(
              active.map(({ group, value }) => ({ group, value, label: this.chipText(group, value, doc) })),
              (f: ActiveFilter<FacetKey>, i) => this.removeChip(f.group, f.value, i),
              () => this.clearAll(),
            )
          : nothing
      }
      <div class="body">
        ${
          groups.length
            ? html`<div
                id="filters"
                class="filters ${this.filtersOpen ? '' : 'collapsed'}"
                part="filters"
                role="group"
                aria-label=${msg('Filters')}
              >
                ${renderFacetPanel(groups, (g) => this.options(g, results, doc), {
                  locale: this.locale,
                  groupLabel,
                  expanded: this.expanded,
                  onToggle: (g, v, c) => this.toggle(g, v, c),
                  onExpand: (g) => (this.expanded = new Set([...this.expanded, g])),
                })}
              </div>`
            : nothing
        }
        <div class="results-column">
          ${
            results.partial && results.hits.length
              ? html`<p class="notice">
                  ${msg(str`No program matches every word of “${this.text.trim()}”; showing programs that match some of them.`)}
                </p>`
              : nothing
          }
          ${
            results.hits.length === 0
              ? this.renderNoResults(active, doc)
              : html`<ul class="results layout-${layout}" part="results" role="list">
                    ${results.hits.slice(0, shownCount).map((hit) => html`<li>${renderProgramCard(hit, card)}</li>`)}
                  </ul>
                  ${
                    shownCount < results.hits.length
                      ? html`<div class="more">
                          <span class="muted">${msg(str`Showing ${shownCount} of ${results.hits.length}`)}</span>
                          <button class="secondary" part="show-more" type="button" @click=${() => this.showMore(shownCount)}>
                            ${msg(str`Show ${Math.min(this.effectivePageSize, results.hits.length - shownCount)} more`)}
                          </button>
                        </div>`
                      : nothing
                  }`
          }
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      ${this.renderOutcomesDialog(doc)}
    </div>`;
  }

  private chipText(group: FacetKey, value: string, doc: ContractDocument): string {
    return `${groupLabel(group)}: ${this.optionLabel(group, value, doc)}`;
  }
  /** The empty state that helps: what led to nothing, and what each removal would give. */
  private renderNoResults(active: { group: FacetKey; value: string }[], doc: ContractDocument): TemplateResult {
    const engine = programSearchFor(doc);
    const text = this.text.trim();
    const without = (group: FacetKey, value: string) => {
      const filters = { ...this.selections, [group]: (this.selections[group] ?? []).filter((v) => v !== value) };
      return engine.search({ text, filters }).hits.length;
    };
    const withoutText = text ? engine.search({ filters: this.selections }).hits.length : 0;
    return html`<div class="empty" part="empty">
      <p>
        ${text ? msg(str`No programs match “${text}” with these filters.`) : msg('No programs match these filters.')}
        ${active.length || text ? msg('Try removing one:') : nothing}
      </p>
      <ul role="list">
        ${
          text
            ? html`<li>
                <button class="secondary" type="button" @click=${this.clearText}>
                  ${msg(str`Clear the search “${text}” (${this.countText(withoutText)})`)}
                </button>
              </li>`
            : nothing
        }
        ${active.map(
          ({ group, value }, i) =>
            html`<li>
              <button class="secondary" type="button" @click=${() => this.removeChip(group, value, i)}>
                ${msg(str`Remove ${this.chipText(group, value, doc)} (${this.countText(without(group, value))})`)}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderOutcomesDialog(doc: ContractDocument): TemplateResult | typeof nothing {
    if (!this.outcomesFor) return nothing;
    return html`<dialog aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      <div class="dialog-header">
        <h2 id="dialog-title">${msg('Program outcomes')}</h2>
        <button class="secondary" type="button" @click=${this.closeOutcomes}>${msg('Close')}</button>
      </div>
      <stem-outcome-card program=${this.outcomesFor} min-cohort=${this.minCohort} .data=${doc}></stem-outcome-card>
    </dialog>`;
  }
}

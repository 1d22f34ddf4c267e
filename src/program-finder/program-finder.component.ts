import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../i18n/msg.js';
import type { ContractDocument } from '../contract/types.js';
import { emit } from '../core/events.js';
import { oneOf } from '../core/attribute-warnings.js';
import { dataText, withData } from '../data/shown-text.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { DEFAULT_MIN_COHORT } from '../outcomes/outcome-format.js';
import { SearchWidget } from '../search-ui/search-widget.js';
import { SearchState } from '../search-ui/search-state.js';
import { ENTRY_SELECTOR } from '../search-ui/focus-intent.js';
import { activeFilters, facetOptions, type ActiveFilter, type FacetOption } from '../search-ui/facet.js';
import {
  renderActiveChips,
  renderFilterPanel,
  renderFiltersToggle,
  renderLiveRegion,
  renderMore,
  renderNoResults,
  renderSearchBox,
} from '../search-ui/search-parts.js';
import { SORT_KEYS, programSearchFor, type ProgramHit, type ProgramResults, type SortKey } from './program-search.js';
import { PROGRAM_FACETS, type ProgramFacet } from './program-facets.js';
import type { Point } from './geo.js';
import { sortLabel } from './finder-labels.js';
import { renderProgramCard, type CardContext } from './program-card.js';
import { finderStyles } from './program-finder.styles.js';
import './program-finder.types.js';

const TAG = 'stem-program-finder';

/** What of a hit its card shows: the program, the marked words (the engine reuses an equal list), the distance. */
const cardKey = (hit: ProgramHit): readonly unknown[] => [hit.record, hit.terms, hit.distanceKm];

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
 *
 * @fires {CustomEvent<SearchChangeDetail>} stem-search-change - The search, filters or sort changed (after typing pauses): query, filters, sort and result count.
 * @fires {CustomEvent<ProgramSelectDetail>} stem-program-select - The visitor followed a program's link.
 * @fires {CustomEvent<DataLoadDetail>} stem-data-load - Its own `src` loaded.
 * @fires {CustomEvent<DataErrorDetail>} stem-data-error - Its own `src` failed.
 */
export class StemProgramFinder extends SearchWidget<StemProgramFinder> {
  static override styles = [...SearchWidget.styles, finderStyles];

  /** The filter groups the finder can show; a subclass adds one by adding an entry (see program-facets.ts). */
  static facets: readonly ProgramFacet[] = PROGRAM_FACETS;

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
  @property() filters = (this.constructor as typeof StemProgramFinder).facets.map((f) => f.key).join(',');

  /** Outcome figures about fewer people than this are not shown. */
  @property({ type: Number, attribute: 'min-cohort' }) minCohort: number = DEFAULT_MIN_COHORT;

  @state() private origin: Point | undefined;
  @state() private locating: 'idle' | 'pending' | 'failed' = 'idle';
  @state() private outcomesFor: string | undefined;

  protected readonly tag = TAG;
  protected readonly defaultPageSize = 12;
  protected readonly defaultUrlPrefix = 'finder';
  protected get facetTable(): readonly ProgramFacet[] {
    return (this.constructor as typeof StemProgramFinder).facets;
  }
  protected readonly search: SearchState<StemProgramFinder> = new SearchState<StemProgramFinder>(
    this,
    this.searchOptions(
      SORT_KEYS,
      () => (this.sort === '' ? '' : oneOf(TAG, 'sort', this.sort, SORT_KEYS, 'relevance')),
      () => ({ resultCount: this.view?.results.total ?? 0, sort: this.view?.results.sort ?? this.search.sort }),
    ),
  );
  protected override skeletonLines = 10;

  /** While typing, cards in view are filled in the keystroke's frame, the others in the frame after. */
  private readonly cards = this.deferredList<ProgramHit, CardContext>(ENTRY_SELECTOR, cardKey);
  private dialogOpener: HTMLElement | undefined;

  /** What the ready state shows, made in willUpdate: render only reads it. */
  private view:
    | {
        doc: ContractDocument;
        key: string;
        results: ProgramResults;
        active: ActiveFilter[];
        options: FacetOption[][];
        shownCount: number;
        card: CardContext;
        layout: 'grid' | 'list';
      }
    | undefined;

  protected sortName(key: string): string {
    return sortLabel(key as SortKey);
  }

  protected derive(): void {
    const doc = this.shown?.doc;
    if (!doc || this.dataSource.state.status !== 'ready' || !doc.programs?.length) {
      this.view = undefined;
      return;
    }
    this.search.checkPreselections(doc);
    const s = this.search;
    const engine = programSearchFor(doc, this.facetTable);
    const key = JSON.stringify([s.text, s.selections, s.sort, this.origin, this.locale]);
    const fresh = this.view?.doc !== doc || this.view.key !== key;
    const results = fresh
      ? engine.search({ text: s.text, filters: s.selections, sort: (s.sort as SortKey) || undefined, origin: this.origin })
      : this.view!.results;
    const shownCount = Math.min(results.total, s.pages * this.effectivePageSize);
    const ctx = { doc, locale: this.locale };
    this.view = {
      doc,
      key,
      results,
      active: activeFilters(this.groups, s.selections, ctx),
      options: this.groups.map((g) => facetOptions(g, engine.values(g.key), results.counts[g.key] ?? new Map(), s.selections, ctx)),
      shownCount,
      layout: oneOf(TAG, 'layout', this.layout, ['grid', 'list'] as const, 'grid'),
      card: this.cards.context({
        locale: this.locale,
        shown: this.shown,
        headingLevel: this.headingLevelFrom(2),
        minCohort: this.minCohort,
        today: new Date().toISOString().slice(0, 10),
        sources: this.sourcesOf(doc),
        canOpenOutcomes: customElements.get('stem-outcome-card') !== undefined,
        onSelect: this.onSelect,
        onOpenOutcomes: this.onOpenOutcomes,
        openTexts: s.openTexts,
        onToggleText: this.onToggleText,
      }),
    };
    if (fresh || s.moreShown) {
      this.announceResults(
        results.total === 0 ? msg('No programs found.') : this.countText(results.total),
        results.total,
        shownCount,
        results.sort,
      );
    }
  }

  private sourceMaps = new WeakMap<ContractDocument, CardContext['sources']>();

  private sourcesOf(doc: ContractDocument): CardContext['sources'] {
    let map = this.sourceMaps.get(doc);
    if (!map) this.sourceMaps.set(doc, (map = new Map((doc.sources ?? []).map((s) => [s.id, s]))));
    return map;
  }

  private readonly onSelect = (hit: ProgramHit): void => {
    emit(this, 'stem-program-select', { program: hit.record.program, institution: hit.record.institution });
  };

  private readonly onOpenOutcomes = (hit: ProgramHit, opener: HTMLElement): void => {
    this.dialogOpener = opener;
    this.outcomesFor = hit.record.program.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  };

  private readonly onToggleText = (id: string): void => this.search.toggleText(id);

  private onSort(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as SortKey;
    if (value === 'nearest' && !this.origin) this.locate();
    this.search.chooseSort(value);
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

  private closeOutcomes(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClose(): void {
    this.outcomesFor = undefined;
    this.dialogOpener?.focus();
  }

  private countText(n: number): string {
    const formatted = formatNumber(n, this.locale);
    return pluralCategory(n, this.locale) === 'one' ? msg(str`${formatted} program`) : msg(str`${formatted} programs`);
  }

  // ---- rendering ----

  protected isEmpty(doc: ContractDocument): boolean {
    return !doc.programs?.length;
  }

  protected emptyMessage(): string {
    return msg('There are no programs in this data yet.');
  }

  protected renderReady(doc: ContractDocument): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    const { results, active, shownCount, card } = view;
    const s = this.search;
    const sortOptions = SORT_KEYS.filter((k) => k !== 'relevance' || s.text.trim());
    return html`<div class="finder">
      ${renderSearchBox(s, msg('Search programs'), msg('Program, college, career or certification'))}
      <div class="toolbar">
        <p class="count" tabindex="-1">${this.countText(results.total)}</p>
        <label>
          ${msg('Sort by')}
          <select part="sort" @change=${this.onSort}>
            ${sortOptions.map((k) => html`<option value=${k} ?selected=${k === results.sort || (k === 'nearest' && s.sort === 'nearest')}>${sortLabel(k)}</option>`)}
          </select>
        </label>
        ${renderFiltersToggle(s, this.groups, active.length)}
      </div>
      ${this.locating === 'pending' ? html`<p class="notice">${msg('Finding your location…')}</p>` : nothing}
      ${this.locating === 'failed' && s.sort === 'nearest' ? html`<p class="notice">${msg('Your location is not available, so programs are sorted by name.')}</p>` : nothing}
      ${renderActiveChips(s, active)}
      <div class="body">
        ${renderFilterPanel(s, this.groups, this.groupsInView.pick(view.options, s.typing), this.locale)}
        <div class="results-column">
          ${
            results.partial && results.total
              ? html`<p class="notice">
                  ${msg(str`No program matches every word of “${s.text.trim()}”; showing programs that match some of them.`)}
                </p>`
              : nothing
          }
          ${
            results.total === 0
              ? renderNoResults(
                  s,
                  active,
                  {
                    withText: (t) => msg(str`No programs match “${t}” with these filters.`),
                    withoutText: msg('No programs match these filters.'),
                  },
                  (f) => this.countText(this.countWithout(doc, f)),
                )
              : html`<ul class="results layout-${view.layout}" part="results" role="list">
                    ${this.cards.pick(results.page(shownCount), s.typing).map((hit) => this.cards.entry(hit, card, renderProgramCard))}
                  </ul>
                  ${renderMore(s, shownCount, results.total, this.effectivePageSize, this.locale)}`
          }
        </div>
      </div>
      ${renderLiveRegion(this.announcer.text)} ${this.renderOutcomesDialog(doc)}
    </div>`;
  }

  /** How many programs there would be without one search word or filter, for the empty state. */
  private countWithout(doc: ContractDocument, f: ActiveFilter | 'text'): number {
    const engine = programSearchFor(doc, this.facetTable);
    const { text, selections } = this.search;
    if (f === 'text') return engine.search({ filters: selections }).total;
    const filters = { ...selections, [f.group]: (selections[f.group] ?? []).filter((v) => v !== f.value) };
    return engine.search({ text: text.trim(), filters }).total;
  }

  private renderOutcomesDialog(doc: ContractDocument): TemplateResult | typeof nothing {
    if (!this.outcomesFor) return nothing;
    // Named after the program and its college: "Program outcomes" said nothing of which.
    const program = doc.programs?.find((p) => p.id === this.outcomesFor);
    const college = program && doc.institutions?.find((i) => i.id === program.institution)?.name;
    const title = !program
      ? msg('Program outcomes')
      : college
        ? withData((name, at) => msg(str`${name} at ${at}`), [program.name, college])
        : dataText(program.name);
    return html`<dialog aria-labelledby="dialog-title" @close=${this.onDialogClose}>
      <div class="dialog-header">
        <h2 id="dialog-title">${title}</h2>
        <button class="secondary" type="button" @click=${this.closeOutcomes}>${msg('Close')}</button>
      </div>
      <stem-outcome-card program=${this.outcomesFor} min-cohort=${this.minCohort} .data=${this.document}></stem-outcome-card>
    </dialog>`;
  }
}

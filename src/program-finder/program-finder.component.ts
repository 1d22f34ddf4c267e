import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '../i18n/msg.js';
import type { ContractDocument } from '../contract/types.js';
import { CREDENTIAL_CATEGORIES, PROGRAM_MODES, type CredentialCategory, type ProgramMode } from '../contract/vocabulary.js';
import { LENGTH_BUCKETS, type LengthBucket } from '../core/duration.js';
import { emit } from '../core/events.js';
import { oneOf, splitList, warnInvalid } from '../core/attribute-warnings.js';
import { dataText, withData } from '../data/shown-text.js';
import { regionName } from '../contract/us-states.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { DEFAULT_MIN_COHORT } from '../outcomes/outcome-format.js';
import { SearchWidget } from '../search-ui/search-widget.js';
import type { FacetOption } from '../search-ui/facet-panel.js';
import type { ActiveFilter } from '../search-ui/chips.js';
import {
  FACET_KEYS,
  SORT_KEYS,
  programSearchFor,
  type FacetKey,
  type ProgramHit,
  type ProgramResults,
  type SortKey,
} from './program-search.js';
import type { Point } from './geo.js';
import { credentialLabel, groupLabel, lengthLabel, modeLabel, sortLabel } from './finder-labels.js';
import { renderProgramCard, type CardContext } from './program-card.js';
import { finderStyles } from './program-finder.styles.js';
import './program-finder.types.js';

const TAG = 'stem-program-finder';

/** Two hits render the same card: same program, same marked words (the engine reuses an equal list), same distance. */
const sameCard = (a: ProgramHit, b: ProgramHit): boolean => a.record === b.record && a.terms === b.terms && a.distanceKm === b.distanceKm;

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
export class StemProgramFinder extends SearchWidget<FacetKey> {
  static override styles = [...SearchWidget.styles, finderStyles];

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

  /** Outcome figures about fewer people than this are not shown. */
  @property({ type: Number, attribute: 'min-cohort' }) minCohort: number = DEFAULT_MIN_COHORT;

  @state() private origin: Point | undefined;
  @state() private locating: 'idle' | 'pending' | 'failed' = 'idle';
  @state() private outcomesFor: string | undefined;

  protected readonly tag = TAG;
  protected readonly facetKeys = FACET_KEYS;
  protected readonly sortKeys = SORT_KEYS;
  protected readonly defaultPageSize = 12;
  protected readonly defaultUrlPrefix = 'finder';
  protected readonly preselections = {
    fields: { group: 'field' },
    states: { group: 'state' },
    institutions: { group: 'institution' },
    modes: { group: 'mode', allowed: PROGRAM_MODES },
  } as const;
  protected override skeletonLines = 10;

  private memo: { key: string; doc: ContractDocument; results: ProgramResults } | undefined;
  private checkedPreselections = new WeakSet<ContractDocument>();
  private dialogOpener: HTMLElement | undefined;
  /** While typing, cards in view are filled in the keystroke's frame, the others in the frame after. */
  private readonly cards = this.inView<ProgramHit>('.results > li', sameCard);

  protected groupLabel(group: FacetKey): string {
    return groupLabel(group);
  }

  protected sortName(key: string): string {
    return sortLabel(key as SortKey);
  }

  protected attributeSort(): string {
    return this.sort === '' ? '' : oneOf(TAG, 'sort', this.sort, SORT_KEYS, 'relevance');
  }

  protected override appliedSort(): string {
    return this.currentResults()?.sort ?? this.sortKey;
  }

  private get effectiveLayout(): 'grid' | 'list' {
    return oneOf(TAG, 'layout', this.layout, ['grid', 'list'] as const, 'grid');
  }

  private onSort(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as SortKey;
    this.sortKey = value;
    this.sortChosen = true;
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
    const doc = this.shown?.doc;
    if (!doc) return undefined;
    const engine = programSearchFor(doc);
    const key = JSON.stringify([this.text, this.selections, this.sortKey, this.origin]);
    if (this.memo?.doc === doc && this.memo.key === key) return this.memo.results;
    const results = engine.search({
      text: this.text,
      filters: this.selections,
      sort: (this.sortKey as SortKey) || undefined,
      origin: this.origin,
    });
    this.memo = { key, doc, results };
    this.noteResults(results.total, results.total === 0 ? msg('No programs found.') : this.countText(results.total));
    return results;
  }

  private countText(n: number): string {
    const formatted = formatNumber(n, this.locale);
    return pluralCategory(n, this.locale) === 'one' ? msg(str`${formatted} program`) : msg(str`${formatted} programs`);
  }

  /** Field and college names by id, per document: a national catalogue has thousands of colleges. */
  private names: { doc: ContractDocument; field: Map<string, string>; institution: Map<string, string> } | undefined;

  private optionLabel(group: FacetKey, value: string, doc: ContractDocument): string {
    if (this.names?.doc !== doc) {
      this.names = {
        doc,
        field: new Map((doc.fields ?? []).map((f) => [f.id, f.name])),
        institution: new Map((doc.institutions ?? []).map((i) => [i.id, i.name])),
      };
    }
    switch (group) {
      case 'field':
      case 'institution':
        return this.names[group].get(value) ?? value;
      case 'state':
        return regionName(value, this.locale);
      case 'mode':
        return modeLabel(value as ProgramMode);
      case 'length':
        return lengthLabel(value as LengthBucket);
      case 'credential':
        return credentialLabel(value as CredentialCategory);
    }
  }

  private options(group: FacetKey, results: ProgramResults, doc: ContractDocument): FacetOption[] {
    const fixed: Partial<Record<FacetKey, readonly string[]>> = {
      mode: PROGRAM_MODES,
      length: LENGTH_BUCKETS,
      credential: CREDENTIAL_CATEGORIES,
    };
    return this.facetOptions(
      group,
      results.counts[group],
      programSearchFor(doc).values(group),
      (v) => this.optionLabel(group, v, doc),
      fixed[group],
    );
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
    const active: ActiveFilter<FacetKey>[] = this.facetGroups.flatMap((group) =>
      (this.selections[group] ?? []).map((value) => ({
        group,
        value,
        label: `${groupLabel(group)}: ${this.optionLabel(group, value, doc)}`,
      })),
    );
    const shownCount = Math.min(results.total, this.pages * this.effectivePageSize);
    const sortOptions = SORT_KEYS.filter((k) => k !== 'relevance' || this.text.trim());
    const card: CardContext = {
      locale: this.locale,
      headingLevel: this.headingLevelFrom(2),
      minCohort: this.minCohort,
      today: new Date().toISOString().slice(0, 10),
      sources: new Map((doc.sources ?? []).map((s) => [s.id, s])),
      canOpenOutcomes: customElements.get('stem-outcome-card') !== undefined,
      onSelect: (hit) => emit(this, 'stem-program-select', { program: hit.record.program, institution: hit.record.institution }),
      onOpenOutcomes: (hit, opener) => this.openOutcomes(hit.record.program.id, opener),
      isTextOpen: (id) => this.openTexts.has(id),
      onToggleText: (id) => this.toggleText(id),
    };
    // A card is rendered again only when what it shows changed: re-formatting and re-marking twelve
    // unchanged cards was most of a keystroke's script.
    const cardInputs = [doc, card.locale, card.headingLevel, card.minCohort, card.today, card.canOpenOutcomes];
    return html`<div class="finder">
      ${this.renderSearchBox(msg('Search programs'), msg('Program, college, career or certification'))}
      <div class="toolbar">
        <p class="count" tabindex="-1">${this.countText(results.total)}</p>
        <label>
          ${msg('Sort by')}
          <select part="sort" @change=${this.onSort}>
            ${sortOptions.map((k) => html`<option value=${k} ?selected=${k === results.sort || (k === 'nearest' && this.sortKey === 'nearest')}>${sortLabel(k)}</option>`)}
          </select>
        </label>
        ${this.renderFiltersToggle(active.length)}
      </div>
      ${this.locating === 'pending' ? html`<p class="notice">${msg('Finding your location…')}</p>` : nothing}
      ${this.locating === 'failed' && this.sortKey === 'nearest' ? html`<p class="notice">${msg('Your location is not available, so programs are sorted by name.')}</p>` : nothing}
      ${this.renderActiveChips(active)}
      <div class="body">
        ${this.renderFilterPanel((g) => this.options(g, results, doc))}
        <div class="results-column">
          ${
            results.partial && results.total
              ? html`<p class="notice">
                  ${msg(str`No program matches every word of “${this.text.trim()}”; showing programs that match some of them.`)}
                </p>`
              : nothing
          }
          ${
            results.total === 0
              ? this.renderNoResults(
                  active,
                  {
                    withText: (t) => msg(str`No programs match “${t}” with these filters.`),
                    withoutText: msg('No programs match these filters.'),
                  },
                  (f) => this.countText(this.countWithout(doc, f)),
                )
              : html`<ul class="results layout-${this.effectiveLayout}" part="results" role="list">
                    ${this.cards
                      .pickFor(results.page(shownCount), this.typing)
                      .map(
                        (hit) =>
                          html`<li>
                            ${guard([hit.record, hit.terms, hit.distanceKm, this.openTexts.has(hit.record.program.id), ...cardInputs], () =>
                              renderProgramCard(hit, card),
                            )}
                          </li>`,
                      )}
                  </ul>
                  ${this.renderMore(shownCount, results.total, '.results > li')}`
          }
        </div>
      </div>
      ${this.renderLiveRegion()} ${this.renderOutcomesDialog(doc)}
    </div>`;
  }

  /** How many programs there would be without one search word or filter, for the empty state. */
  private countWithout(doc: ContractDocument, f: ActiveFilter<FacetKey> | 'text'): number {
    const engine = programSearchFor(doc);
    if (f === 'text') return engine.search({ filters: this.selections }).total;
    const filters = { ...this.selections, [f.group]: (this.selections[f.group] ?? []).filter((v) => v !== f.value) };
    return engine.search({ text: this.text.trim(), filters }).total;
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

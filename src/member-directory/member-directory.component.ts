import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../i18n/msg.js';
import type { ContractDocument } from '../contract/types.js';
import { ROLES, SECTORS, type Role, type Sector } from '../contract/vocabulary.js';
import { emit } from '../core/events.js';
import { oneOf } from '../core/attribute-warnings.js';
import { dataText } from '../data/shown-text.js';
import { regionName } from '../contract/us-states.js';
import { collator, formatNumber, pluralCategory } from '../core/format.js';
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
import { MEMBER_SORTS, memberSearchFor, type MemberHit, type MemberRecord, type MemberSearch, type MemberSort } from './member-search.js';
import { MEMBER_FACET_TABLE, type MemberFacetEntry } from './member-facets.js';
import { roleLabel, sectorLabel } from './member-labels.js';
import { renderMemberEntry, type EntryContext } from './member-entry.js';
import { directoryStyles } from './member-directory.styles.js';
import './member-directory.types.js';

const TAG = 'stem-member-directory';
const GROUP_BY = ['none', 'role', 'sector', 'region', 'alpha'] as const;
type GroupBy = (typeof GROUP_BY)[number];
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** The heading each member goes under, and the order of the headings. */
interface Grouping {
  key: (record: MemberRecord) => string;
  label: (key: string) => unknown;
  order: (a: string, b: string) => number;
}

/** What of a hit its entry shows: the member and the marked words. */
const entryKey = (hit: MemberHit): readonly unknown[] => [hit.record, hit.terms];

/**
 * A coalition's or consortium's members: search, filters with counts by sector, role and region,
 * grouping with headings (and an A to Z jump bar), three layouts, logos with an initials fallback,
 * and safe links to each member's site. Fast with thousands of members: "Show more" pages.
 *
 * @summary The members of a coalition or consortium.
 * @tag stem-member-directory
 *
 * @csspart search-input - The search box.
 * @csspart filters - The filter panel.
 * @csspart facet-group - One group of filter checkboxes.
 * @csspart chips - The active filters and "Clear all".
 * @csspart jump-bar - The A to Z bar (with `group-by="alpha"`).
 * @csspart results - A list of members.
 * @csspart member - One member.
 * @csspart logo - A member's logo box.
 * @csspart role - A member's role badge.
 * @csspart member-link - The link to a member's site.
 * @csspart show-more - The "Show more" button.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart skeleton - The loading state.
 *
 * @cssprop [--stem-directory-card-min-width=240px] - The narrowest an entry gets in the grid layout.
 * @cssprop [--stem-directory-logo-size=64px] - The logo box.
 * @cssprop [--stem-search-sidebar-width=240px] - The width of the filter column in wide containers.
 *
 * @fires {CustomEvent<MemberSelectDetail>} stem-member-select - The visitor followed a member's link.
 * @fires {CustomEvent<SearchChangeDetail>} stem-search-change - The search, filters or sort changed (after typing pauses).
 * @fires {CustomEvent<DataLoadDetail>} stem-data-load - Its own `src` loaded.
 * @fires {CustomEvent<DataErrorDetail>} stem-data-error - Its own `src` failed.
 */
export class StemMemberDirectory extends SearchWidget<StemMemberDirectory> {
  static override styles = [...SearchWidget.styles, directoryStyles];

  /** The filter groups the directory can show; a subclass adds one by adding an entry (see member-facets.ts). */
  static facets: readonly MemberFacetEntry[] = MEMBER_FACET_TABLE;

  /** `members` (the document's members) or `institutions` (a consortium's colleges). */
  @property() source = 'members';

  /** Sectors to preselect, comma-separated: `college`, `industry`, `nonprofit`, `professional-society`, `government`, `foundation`, `other`. */
  @property() sectors = '';

  /** Roles to preselect, comma-separated: `chair`, `co-chair`, `leadership-council`, `member`. */
  @property() roles = '';

  /** Regions to preselect, comma-separated, as the data writes them (e.g. `VA`, `National`). */
  @property() regions = '';

  /** Headings by `none`, `role`, `sector`, `region` or `alpha` (with an A to Z jump bar). */
  @property({ attribute: 'group-by' }) groupBy = 'none';

  /** `grid` (cards with logos), `list` (one per row) or `compact` (names and roles only). */
  @property() layout = 'grid';

  /** The order: `name` (as a reader of the page's language expects) or `since` (longest-standing first). */
  @property() sort = 'name';

  /** Members per page; "Show more" adds a page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;

  /** Which filter groups show, in order: any of `sector`, `role`, `region`; empty for none. */
  @property() filters = (this.constructor as typeof StemMemberDirectory).facets.map((f) => f.key).join(',');

  /** Where members' sites open: `_blank` (a new tab) or `_self`. */
  @property({ attribute: 'link-target' }) linkTarget = '_blank';

  @state() private brokenLogos: ReadonlySet<string> = new Set<string>();

  protected readonly tag = TAG;
  protected readonly defaultPageSize = 24;
  protected readonly defaultUrlPrefix = 'members';
  protected get facetTable(): readonly MemberFacetEntry[] {
    return (this.constructor as typeof StemMemberDirectory).facets;
  }
  protected readonly search: SearchState<StemMemberDirectory> = new SearchState<StemMemberDirectory>(
    this,
    this.searchOptions(
      MEMBER_SORTS,
      () => oneOf(TAG, 'sort', this.sort, MEMBER_SORTS, 'name'),
      () => ({ resultCount: this.view?.hits.length ?? 0, sort: this.search.sort }),
    ),
  );
  protected override skeletonLines = 8;

  private readonly entries = this.deferredList<MemberHit, EntryContext>(ENTRY_SELECTOR, entryKey);

  /** What the ready state shows, made in willUpdate: render only reads it. */
  private view:
    | {
        engine: MemberSearch;
        key: string;
        results: ReturnType<MemberSearch['search']>;
        /** In the order shown: by group first when grouped, the chosen order inside each group. */
        hits: MemberHit[];
        grouping: Grouping | undefined;
        groupBy: GroupBy;
        /** Each group's heading id, by its position among every group: never made from data. */
        headingIds: Map<string, string>;
        active: ActiveFilter[];
        options: FacetOption[][];
        entry: EntryContext;
      }
    | undefined;

  protected sortName(key: string): string {
    return key === 'since' ? msg('Longest-standing first') : msg('Name');
  }

  private get effectiveSource(): 'members' | 'institutions' {
    return oneOf(TAG, 'source', this.source, ['members', 'institutions'] as const, 'members');
  }

  protected derive(): void {
    const doc = this.shown?.doc;
    if (!doc || this.dataSource.state.status !== 'ready' || this.isEmpty(doc)) {
      this.view = undefined;
      return;
    }
    this.search.checkPreselections(doc);
    const s = this.search;
    const engine = memberSearchFor(doc, this.effectiveSource, this.facetTable);
    const groupBy = oneOf(TAG, 'group-by', this.groupBy, GROUP_BY, 'none');
    const key = JSON.stringify([s.text, s.selections, s.sort, this.locale, groupBy]);
    const fresh = this.view?.engine !== engine || this.view.key !== key;
    let { results, hits, grouping, headingIds } = this.view ?? {};
    if (fresh || !results || !hits || !headingIds) {
      results = engine.search({ text: s.text, filters: s.selections, sort: s.sort as MemberSort }, this.locale);
      grouping = this.grouping(groupBy);
      const g = grouping;
      // Grouped lists are ordered by group first, keeping the chosen order inside each group.
      hits = g ? [...results.hits].sort((a, b) => g.order(g.key(a.record), g.key(b.record))) : results.hits;
      headingIds = new Map([...new Set(hits.map((h) => g?.key(h.record) ?? ''))].map((k, i) => [k, `group-${i}`]));
    }
    const ctx = { doc, locale: this.locale };
    this.view = {
      engine,
      key,
      results,
      hits,
      grouping,
      groupBy,
      headingIds,
      active: activeFilters(this.groups, s.selections, ctx),
      options: this.groups.map((g) => facetOptions(g, engine.values(g.key), results.counts[g.key] ?? new Map(), s.selections, ctx)),
      entry: this.entries.context({
        locale: this.locale,
        shown: this.shown,
        layout: oneOf(TAG, 'layout', this.layout, ['grid', 'list', 'compact'] as const, 'grid'),
        // Entries go under the group headings when there are groups.
        headingLevel: groupBy === 'none' ? this.headingLevelFrom(2) : this.headingLevelFrom(3, 1),
        linkTarget: oneOf(TAG, 'link-target', this.linkTarget, ['_blank', '_self'] as const, '_blank'),
        brokenLogos: this.brokenLogos,
        onLogoError: this.onLogoError,
        onSelect: this.onSelect,
        openTexts: s.openTexts,
        onToggleText: this.onToggleText,
      }),
    };
    if (fresh || s.moreShown) {
      const shown = Math.min(hits.length, s.pages * this.effectivePageSize);
      this.announceResults(hits.length ? this.countText(hits.length) : msg('No members found.'), hits.length, shown, s.sort);
    }
  }

  private readonly onLogoError = (id: string): void => {
    this.brokenLogos = new Set([...this.brokenLogos, id]);
  };

  private readonly onSelect = (member: MemberRecord): void => {
    emit(this, 'stem-member-select', { member });
  };

  private readonly onToggleText = (id: string): void => this.search.toggleText(id);

  /** Shows the page that holds the letter's first member, then moves focus to its heading. */
  private jumpTo(letter: string, e: Event): void {
    e.preventDefault();
    const index = this.view?.hits.findIndex((h) => h.record.letter === letter) ?? -1;
    this.search.showHeading(letter, Math.ceil((index + 1) / this.effectivePageSize));
  }

  // ---- rendering ----

  protected isEmpty(doc: ContractDocument): boolean {
    return this.effectiveSource === 'institutions' ? !doc.institutions?.length : !doc.members?.length;
  }

  protected emptyMessage(): string {
    return msg('There are no members in this data yet.');
  }

  private countText(n: number): string {
    const formatted = formatNumber(n, this.locale);
    return pluralCategory(n, this.locale) === 'one' ? msg(str`${formatted} member`) : msg(str`${formatted} members`);
  }

  private grouping(by: GroupBy): Grouping | undefined {
    const byName = collator(this.locale);
    const locale = this.locale;
    switch (by) {
      case 'role':
        return {
          key: (r) => r.role,
          label: (k) => roleLabel(k as Role),
          order: (a, b) => ROLES.indexOf(a as Role) - ROLES.indexOf(b as Role),
        };
      case 'sector':
        return {
          key: (r) => r.sector,
          label: (k) => sectorLabel(k as Sector),
          order: (a, b) => SECTORS.indexOf(a as Sector) - SECTORS.indexOf(b as Sector),
        };
      case 'region':
        return {
          key: (r) => r.region ?? '',
          label: (k) => (k ? dataText(regionName(k, locale)) : msg('No region')),
          order: (a, b) => byName.compare(regionName(a, locale), regionName(b, locale)),
        };
      case 'alpha':
        return { key: (r) => r.letter, label: (k) => k, order: (a, b) => LETTERS.indexOf(a) - LETTERS.indexOf(b) };
      default:
        return undefined;
    }
  }

  protected renderReady(): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    const { results, hits, active, entry } = view;
    const s = this.search;
    const shown = this.entries.pick(hits.slice(0, s.pages * this.effectivePageSize), s.typing);
    return html`<div class="directory">
      ${renderSearchBox(s, msg('Search members'))}
      <div class="toolbar">
        <p class="count">${this.countText(hits.length)}</p>
        <label>
          ${msg('Sort by')}
          <select part="sort" @change=${(e: Event) => s.chooseSort((e.target as HTMLSelectElement).value)}>
            ${MEMBER_SORTS.map((k) => html`<option value=${k} ?selected=${s.sort === k}>${this.sortName(k)}</option>`)}
          </select>
        </label>
        ${renderFiltersToggle(s, this.groups, active.length)}
      </div>
      ${renderActiveChips(s, active)} ${view.groupBy === 'alpha' ? this.renderJumpBar(hits, view.headingIds) : ''}
      <div class="body">
        ${renderFilterPanel(s, this.groups, this.groupsInView.pick(view.options, s.typing), this.locale)}
        <div class="results-column">
          ${
            results.partial && hits.length
              ? html`<p class="notice">
                  ${msg(str`No member matches every word of “${s.text.trim()}”; showing members that match some of them.`)}
                </p>`
              : ''
          }
          ${
            hits.length
              ? this.renderList(shown, view.grouping, view.headingIds, entry)
              : renderNoResults(s, active, {
                  withText: (t) => msg(str`No members match “${t}” with these filters.`),
                  withoutText: msg('No members match these filters.'),
                })
          }
          ${renderMore(s, shown.length, hits.length, this.effectivePageSize, this.locale)}
        </div>
      </div>
      ${renderLiveRegion(this.announcer.text)}
    </div>`;
  }

  private renderList(
    shown: MemberHit[],
    grouping: Grouping | undefined,
    headingIds: Map<string, string>,
    entry: EntryContext,
  ): TemplateResult {
    const list = (items: MemberHit[]) =>
      html`<ul class="results layout-${entry.layout}" part="results" role="list">
        ${items.map((h) => this.entries.entry(h, entry, renderMemberEntry))}
      </ul>`;
    if (!grouping) return list(shown);
    const sections = new Map<string, MemberHit[]>();
    for (const h of shown) {
      const k = grouping.key(h.record);
      sections.set(k, [...(sections.get(k) ?? []), h]);
    }
    const level = entry.headingLevel - 1;
    return html`${[...sections].map(([k, items]) => {
      const id = headingIds.get(k) ?? '';
      return html`<section aria-labelledby=${id}>
        <div class="group-heading" role="heading" aria-level=${level} id=${id} data-group-key=${k} tabindex="-1">
          ${grouping.label(k)} <span class="muted">(${formatNumber(items.length, this.locale)})</span>
        </div>
        ${list(items)}
      </section>`;
    })}`;
  }

  /** A to Z: letters with members are links; empty letters are shown but skipped by keyboard and screen readers. */
  private renderJumpBar(hits: readonly MemberHit[], headingIds: Map<string, string>): TemplateResult {
    const present = new Set(hits.map((h) => h.record.letter));
    return html`<nav aria-label=${msg('Jump to letter')} part="jump-bar">
      <ul class="jump" role="list">
        ${LETTERS.filter((l) => l !== '#' || present.has('#')).map((l) =>
          present.has(l)
            ? html`<li><a href=${`#${headingIds.get(l) ?? ''}`} @click=${(e: Event) => this.jumpTo(l, e)}>${l}</a></li>`
            : html`<li aria-hidden="true"><span>${l}</span></li>`,
        )}
      </ul>
    </nav>`;
  }
}

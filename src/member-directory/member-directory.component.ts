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
import type { FacetOption } from '../search-ui/facet-panel.js';
import type { ActiveFilter } from '../search-ui/chips.js';
import {
  MEMBER_FACETS,
  MEMBER_SORTS,
  memberSearchFor,
  type MemberFacet,
  type MemberHit,
  type MemberSearch,
  type MemberSort,
} from './member-search.js';
import { memberGroupLabel, roleLabel, sectorLabel } from './member-labels.js';
import { renderMemberEntry, type EntryContext } from './member-entry.js';
import { directoryStyles } from './member-directory.styles.js';
import './member-directory.types.js';

const TAG = 'stem-member-directory';
const GROUP_BY = ['none', 'role', 'sector', 'region', 'alpha'] as const;
type GroupBy = (typeof GROUP_BY)[number];
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

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
export class StemMemberDirectory extends SearchWidget<MemberFacet> {
  static override styles = [...SearchWidget.styles, directoryStyles];

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
  @property() filters = MEMBER_FACETS.join(',');

  /** Where members' sites open: `_blank` (a new tab) or `_self`. */
  @property({ attribute: 'link-target' }) linkTarget = '_blank';

  @state() private brokenLogos = new Set<string>();

  private memo:
    | {
        key: string;
        engine: MemberSearch;
        results: ReturnType<MemberSearch['search']>;
        hits: MemberHit[];
        grouping: ReturnType<StemMemberDirectory['grouping']>;
      }
    | undefined;

  protected readonly tag = TAG;
  protected readonly facetKeys = MEMBER_FACETS;
  protected readonly sortKeys = MEMBER_SORTS;
  protected readonly defaultPageSize = 24;
  protected readonly defaultUrlPrefix = 'members';
  protected readonly preselections = {
    sectors: { group: 'sector', allowed: SECTORS },
    roles: { group: 'role', allowed: ROLES },
    regions: { group: 'region' },
  } as const;
  protected override skeletonLines = 8;

  protected groupLabel(group: MemberFacet): string {
    return memberGroupLabel(group);
  }

  protected sortName(key: string): string {
    return key === 'since' ? msg('Longest-standing first') : msg('Name');
  }

  protected attributeSort(): string {
    return oneOf(TAG, 'sort', this.sort, MEMBER_SORTS, 'name');
  }

  private get effectiveSource(): 'members' | 'institutions' {
    return oneOf(TAG, 'source', this.source, ['members', 'institutions'] as const, 'members');
  }

  private get effectiveGroupBy(): GroupBy {
    return oneOf(TAG, 'group-by', this.groupBy, GROUP_BY, 'none');
  }

  private get effectiveLayout(): 'grid' | 'list' | 'compact' {
    return oneOf(TAG, 'layout', this.layout, ['grid', 'list', 'compact'] as const, 'grid');
  }

  /** Shows the page that holds the letter's first member, then moves focus to its heading. */
  private jumpTo(letter: string, hits: readonly MemberHit[], e: Event): void {
    e.preventDefault();
    const index = hits.findIndex((h) => h.record.letter === letter);
    this.pages = Math.max(this.pages, Math.ceil((index + 1) / this.effectivePageSize));
    this.pendingFocus = () => {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#letter-${letter === '#' ? 'other' : letter}`);
      heading?.scrollIntoView({ block: 'start' });
      return heading;
    };
    this.requestUpdate();
  }

  // ---- rendering ----

  protected isEmpty(doc: ContractDocument): boolean {
    return this.effectiveSource === 'institutions' ? !doc.institutions?.length : !doc.members?.length;
  }

  protected emptyMessage(): string {
    return msg('There are no members in this data yet.');
  }

  private optionLabel(group: MemberFacet, value: string): string {
    if (group === 'sector') return sectorLabel(value as Sector);
    if (group === 'role') return roleLabel(value as Role);
    return regionName(value, this.locale);
  }

  private countText(n: number): string {
    const formatted = formatNumber(n, this.locale);
    return pluralCategory(n, this.locale) === 'one' ? msg(str`${formatted} member`) : msg(str`${formatted} members`);
  }

  /** The heading each member goes under, and the order of the headings. */
  private grouping(
    by: GroupBy,
  ): { key: (h: MemberHit) => string; label: (k: string) => unknown; order: (a: string, b: string) => number } | undefined {
    const byName = collator(this.locale);
    switch (by) {
      case 'role':
        return {
          key: (h) => h.record.role,
          label: (k) => roleLabel(k as Role),
          order: (a, b) => ROLES.indexOf(a as Role) - ROLES.indexOf(b as Role),
        };
      case 'sector':
        return {
          key: (h) => h.record.sector,
          label: (k) => sectorLabel(k as Sector),
          order: (a, b) => SECTORS.indexOf(a as Sector) - SECTORS.indexOf(b as Sector),
        };
      case 'region':
        return {
          key: (h) => h.record.region ?? '',
          label: (k) => (k ? dataText(regionName(k, this.locale)) : msg('No region')),
          order: (a, b) => byName.compare(regionName(a, this.locale), regionName(b, this.locale)),
        };
      case 'alpha':
        return { key: (h) => h.record.letter, label: (k) => k, order: (a, b) => LETTERS.indexOf(a) - LETTERS.indexOf(b) };
      default:
        return undefined;
    }
  }

  /** Searches, sorts and groups once per change of query, filters, sort, grouping or language, not on every render. */
  private currentResults(engine: MemberSearch) {
    const groupBy = this.effectiveGroupBy;
    const key = JSON.stringify([this.text, this.selections, this.sortKey, this.locale, groupBy]);
    if (this.memo?.engine === engine && this.memo.key === key) return this.memo;
    const results = engine.search({ text: this.text, filters: this.selections, sort: this.sortKey as MemberSort }, this.locale);
    const grouping = this.grouping(groupBy);
    // Grouped lists are ordered by group first, keeping the chosen order inside each group.
    const hits = grouping ? [...results.hits].sort((a, b) => grouping.order(grouping.key(a), grouping.key(b))) : results.hits;
    this.noteResults(hits.length, hits.length ? this.countText(hits.length) : msg('No members found.'));
    this.memo = { key, engine, results, hits, grouping };
    return this.memo;
  }

  protected renderReady(doc: ContractDocument): TemplateResult {
    const engine = memberSearchFor(doc, this.effectiveSource);
    const { results, hits, grouping } = this.currentResults(engine);
    const groupBy = this.effectiveGroupBy;
    const shown = hits.slice(0, this.pages * this.effectivePageSize);
    const active: ActiveFilter<MemberFacet>[] = this.facetGroups.flatMap((group) =>
      (this.selections[group] ?? []).map((value) => ({
        group,
        value,
        label: `${memberGroupLabel(group)}: ${this.optionLabel(group, value)}`,
      })),
    );
    const entry: EntryContext = {
      locale: this.locale,
      layout: this.effectiveLayout,
      // Entries go under the group headings when there are groups.
      headingLevel: groupBy === 'none' ? this.headingLevelFrom(2) : this.headingLevelFrom(3, 1),
      linkTarget: oneOf(TAG, 'link-target', this.linkTarget, ['_blank', '_self'] as const, '_blank'),
      brokenLogos: this.brokenLogos,
      onLogoError: (id) => (this.brokenLogos = new Set([...this.brokenLogos, id])),
      onSelect: (member) => emit(this, 'stem-member-select', { member }),
      isTextOpen: (id) => this.openTexts.has(id),
      onToggleText: (id) => this.toggleText(id),
    };
    return html`<div class="directory">
      ${this.renderSearchBox(msg('Search members'))}
      <div class="toolbar">
        <p class="count">${this.countText(hits.length)}</p>
        <label>
          ${msg('Sort by')}
          <select
            part="sort"
            @change=${(e: Event) => {
              this.sortKey = (e.target as HTMLSelectElement).value;
              this.sortChosen = true;
              this.changed('choice');
            }}
          >
            ${MEMBER_SORTS.map((k) => html`<option value=${k} ?selected=${this.sortKey === k}>${this.sortName(k)}</option>`)}
          </select>
        </label>
        ${this.renderFiltersToggle(active.length)}
      </div>
      ${this.renderActiveChips(active)} ${groupBy === 'alpha' ? this.renderJumpBar(hits) : ''}
      <div class="body">
        ${this.renderFilterPanel((g) => this.options(g, results.counts[g], engine.values(g)))}
        <div class="results-column">
          ${
            results.partial && hits.length
              ? html`<p class="notice">
                  ${msg(str`No member matches every word of “${this.text.trim()}”; showing members that match some of them.`)}
                </p>`
              : ''
          }
          ${
            hits.length
              ? this.renderList(shown, grouping, entry)
              : this.renderNoResults(active, {
                  withText: (t) => msg(str`No members match “${t}” with these filters.`),
                  withoutText: msg('No members match these filters.'),
                })
          }
          ${this.renderMore(shown.length, hits.length, '[part="member"]')}
        </div>
      </div>
      ${this.renderLiveRegion()}
    </div>`;
  }

  private options(group: MemberFacet, counts: Map<string, number>, all: readonly string[]): FacetOption[] {
    const order = group === 'sector' ? SECTORS : group === 'role' ? ROLES : undefined;
    return this.facetOptions(group, counts, all, (v) => this.optionLabel(group, v), order);
  }

  private renderList(shown: MemberHit[], grouping: ReturnType<StemMemberDirectory['grouping']>, entry: EntryContext): TemplateResult {
    const list = (items: MemberHit[]) =>
      html`<ul class="results layout-${entry.layout}" part="results" role="list">
        ${items.map((h) => html`<li>${renderMemberEntry(h, entry)}</li>`)}
      </ul>`;
    if (!grouping) return list(shown);
    const sections = new Map<string, MemberHit[]>();
    for (const h of shown) {
      const k = grouping.key(h);
      sections.set(k, [...(sections.get(k) ?? []), h]);
    }
    const level = entry.headingLevel - 1;
    return html`${[...sections].map(
      ([k, items]) =>
        html`<section aria-labelledby=${`letter-${k === '#' ? 'other' : k || 'none'}`}>
          <div class="group-heading" role="heading" aria-level=${level} id=${`letter-${k === '#' ? 'other' : k || 'none'}`} tabindex="-1">
            ${grouping.label(k)} <span class="muted">(${formatNumber(items.length, this.locale)})</span>
          </div>
          ${list(items)}
        </section>`,
    )}`;
  }

  /** A to Z: letters with members are links; empty letters are shown but skipped by keyboard and screen readers. */
  private renderJumpBar(hits: readonly MemberHit[]): TemplateResult {
    const present = new Set(hits.map((h) => h.record.letter));
    return html`<nav aria-label=${msg('Jump to letter')} part="jump-bar">
      <ul class="jump" role="list">
        ${LETTERS.filter((l) => l !== '#' || present.has('#')).map((l) =>
          present.has(l)
            ? html`<li><a href=${`#letter-${l === '#' ? 'other' : l}`} @click=${(e: Event) => this.jumpTo(l, hits, e)}>${l}</a></li>`
            : html`<li aria-hidden="true"><span>${l}</span></li>`,
        )}
      </ul>
    </nav>`;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { StemWidget } from '../core/stem-widget.js';
import type { ContractDocument } from '../contract/types.js';
import { ROLES, SECTORS, type Role, type Sector } from '../contract/vocabulary.js';
import { emit } from '../core/events.js';
import { oneOf, splitList, warnInvalid } from '../core/attribute-warnings.js';
import { regionName } from '../core/us-states.js';
import type { Selections } from '../search/facets.js';
import { renderFacetPanel, type FacetOption } from '../search-ui/facet-panel.js';
import { renderChips, type ActiveFilter } from '../search-ui/chips.js';
import { PoliteAnnouncer } from '../search-ui/announcer.js';
import { pushUrlState, readUrlState } from '../search-ui/search-url.js';
import { searchUiStyles } from '../search-ui/search-ui.styles.js';
import { MEMBER_FACETS, MEMBER_SORTS, memberSearchFor, type MemberFacet, type MemberHit, type MemberSort } from './member-search.js';
import { memberGroupLabel, roleLabel, sectorLabel } from './member-labels.js';
import { renderMemberEntry, type EntryContext } from './member-entry.js';
import { directoryStyles } from './member-directory.styles.js';
import './member-directory.types.js';

const TAG = 'stem-member-directory';
const GROUP_BY = ['none', 'role', 'sector', 'region', 'alpha'] as const;
type GroupBy = (typeof GROUP_BY)[number];
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
const EVENT_DELAY_MS = 400;
const PRESELECT = { sectors: 'sector', roles: 'role', regions: 'region' } as const;

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
export class StemMemberDirectory extends StemWidget {
  static override styles = [...StemWidget.styles, searchUiStyles, directoryStyles];

  /** `members` (the document's members) or `institutions` (a consortium's colleges). */
  @property() source = 'members';

  /** The search text to start with. */
  @property() query = '';

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

  /** Keep the search in the page's address under this prefix (empty attribute: `members`). */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** The heading level of each member's name, 2 to 6 (group headings are one level above). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private text = '';
  @state() private selections: Selections<MemberFacet> = {};
  @state() private sortKey: MemberSort = 'name';
  @state() private pages = 1;
  @state() private filtersOpen = false;
  @state() private expanded = new Set<MemberFacet>();
  @state() private brokenLogos = new Set<string>();

  @query('input[type="search"]') private searchInput!: HTMLInputElement;

  private readonly announcer = new PoliteAnnouncer(this);
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private attributeSelections: Selections<MemberFacet> = {};
  private pendingFocus: (() => HTMLElement | null | undefined) | undefined;
  private lastCount: number | undefined;

  protected override skeletonLines = 8;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl !== null) window.addEventListener('popstate', this.applyUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.applyUrl);
    clearTimeout(this.eventTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.text = this.query;
    if (changed.has('sort')) this.sortKey = oneOf(TAG, 'sort', this.sort, MEMBER_SORTS, 'name');
    for (const [attribute, group] of Object.entries(PRESELECT) as [keyof typeof PRESELECT, MemberFacet][]) {
      if (!changed.has(attribute)) continue;
      const allowed: readonly string[] | undefined = group === 'sector' ? SECTORS : group === 'role' ? ROLES : undefined;
      const values = splitList(this[attribute]);
      const valid = allowed ? values.filter((v) => allowed.includes(v)) : values;
      if (valid.length < values.length) warnInvalid(TAG, attribute, this[attribute], allowed!.join(', '), 'the valid ones only');
      this.attributeSelections = { ...this.attributeSelections, [group]: valid };
      this.selections = { ...this.selections, [group]: valid };
    }
    if (!this.hasUpdated && this.syncUrl !== null) this.applyUrl();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus?.();
    this.pendingFocus = undefined;
    focus?.focus();
  }

  // ---- configuration, read leniently ----

  private get effectiveSource(): 'members' | 'institutions' {
    return oneOf(TAG, 'source', this.source, ['members', 'institutions'] as const, 'members');
  }
  private get effectiveGroupBy(): GroupBy {
    return oneOf(TAG, 'group-by', this.groupBy, GROUP_BY, 'none');
  }
  private get effectiveLayout(): 'grid' | 'list' | 'compact' {
    return oneOf(TAG, 'layout', this.layout, ['grid', 'list', 'compact'] as const, 'grid');
  }
  private get effectivePageSize(): number {
    if (Number.isInteger(this.pageSize) && this.pageSize > 0 && this.pageSize <= 1000) return this.pageSize;
    warnInvalid(TAG, 'page-size', String(this.pageSize), 'a whole number from 1 to 1000', '24');
    return 24;
  }
  private get effectiveHeadingLevel(): number {
    if (Number.isInteger(this.headingLevel) && this.headingLevel >= 3 && this.headingLevel <= 6) return this.headingLevel;
    warnInvalid(TAG, 'heading-level', String(this.headingLevel), 'a whole number from 3 to 6', '3');
    return 3;
  }
  private get facetGroups(): MemberFacet[] {
    const listed = splitList(this.filters);
    const bad = listed.filter((g) => !(MEMBER_FACETS as readonly string[]).includes(g));
    if (bad.length) warnInvalid(TAG, 'filters', this.filters, MEMBER_FACETS.join(', '), 'the valid ones only');
    return listed.filter((g): g is MemberFacet => !bad.includes(g));
  }
  private get urlPrefix(): string {
    return this.syncUrl || 'members';
  }

  // ---- state changes ----

  private applyUrl = (): void => {
    const s = readUrlState(location.search, this.urlPrefix, MEMBER_FACETS, MEMBER_SORTS);
    this.text = s.query ?? this.query;
    this.selections = s.filters ?? this.attributeSelections;
    this.sortKey = (s.sort as MemberSort | undefined) ?? oneOf(TAG, 'sort', this.sort, MEMBER_SORTS, 'name');
    this.pages = s.pages ?? 1;
  };

  private changed(kind: 'typing' | 'choice'): void {
    if (this.syncUrl !== null) {
      pushUrlState(
        this.urlPrefix,
        MEMBER_FACETS,
        { query: this.text, filters: this.selections, sort: this.sortKey, pages: this.pages },
        kind,
      );
    }
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => {
      const filters = Object.fromEntries(Object.entries(this.selections).filter(([, v]) => v?.length));
      emit(this, 'stem-search-change', { query: this.text.trim(), filters, sort: this.sortKey, resultCount: this.lastCount ?? 0 });
    }, EVENT_DELAY_MS);
  }

  private toggle(group: MemberFacet, value: string, checked: boolean): void {
    const current = new Set(this.selections[group] ?? []);
    if (checked) current.add(value);
    else current.delete(value);
    this.selections = { ...this.selections, [group]: [...current] };
    this.pages = 1;
    this.changed('choice');
  }

  private removeFilter(f: ActiveFilter<MemberFacet>, index: number): void {
    this.toggle(f.group, f.value, false);
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
    return regionName(value);
  }

  private countText(n: number): string {
    const formatted = new Intl.NumberFormat(this.locale).format(n);
    return new Intl.PluralRules(this.locale).select(n) === 'one' ? msg(str`${formatted} member`) : msg(str`${formatted} members`);
  }

  /** The heading each member goes under, and the order of the headings. */
  private grouping(
    by: GroupBy,
  ): { key: (h: MemberHit) => string; label: (k: string) => string; order: (a: string, b: string) => number } | undefined {
    const collator = new Intl.Collator(this.locale);
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
          label: (k) => (k ? regionName(k) : msg('No region')),
          order: (a, b) => collator.compare(regionName(a), regionName(b)),
        };
      case 'alpha':
        return { key: (h) => h.record.letter, label: (k) => k, order: (a, b) => LETTERS.indexOf(a) - LETTERS.indexOf(b) };
      default:
        return undefined;
    }
  }

  protected renderReady(doc: ContractDocument): TemplateResult {
    const engine = memberSearchFor(doc, this.effectiveSource);
    const results = engine.search({ text: this.text, filters: this.selections, sort: this.sortKey }, this.locale);
    const groupBy = this.effectiveGroupBy;
    const grouping = this.grouping(groupBy);
    // Grouped lists are ordered by group first, keeping the chosen order inside each group.
    const hits = grouping ? [...results.hits].sort((a, b) => grouping.order(grouping.key(a), grouping.key(b))) : results.hits;
    if (this.lastCount !== hits.length) this.announcer.announce(hits.length ? this.countText(hits.length) : msg('No members found.'));
    this.lastCount = hits.length;
    const shown = hits.slice(0, this.pages * this.effectivePageSize);
    const groups = this.facetGroups;
    const active = groups.flatMap((g) =>
      (this.selections[g] ?? []).map((value) => ({ group: g, value, label: `${memberGroupLabel(g)}: ${this.optionLabel(g, value)}` })),
    );
    const entry: EntryContext = {
      locale: this.locale,
      layout: this.effectiveLayout,
      headingLevel: this.effectiveHeadingLevel,
      linkTarget: oneOf(TAG, 'link-target', this.linkTarget, ['_blank', '_self'] as const, '_blank'),
      brokenLogos: this.brokenLogos,
      onLogoError: (id) => (this.brokenLogos = new Set([...this.brokenLogos, id])),
      onSelect: (member) => emit(this, 'stem-member-select', { member }),
    };
    return html`<div class="directory">
      <div class="search" role="search">
        <label for="q">${msg('Search members')}</label>
        <input
          id="q"
          part="search-input"
          type="search"
          autocomplete="off"
          .value=${this.text}
          @input=${(e: Event) => {
            this.text = (e.target as HTMLInputElement).value;
            this.pages = 1;
            this.changed('typing');
          }}
        />
      </div>
      <div class="toolbar">
        <p class="count">${this.countText(hits.length)}</p>
        <label>
          ${msg('Sort by')}
          <select
            part="sort"
            @change=${(e: Event) => {
              this.sortKey = (e.target as HTMLSelectElement).value as MemberSort;
              this.changed('choice');
            }}
          >
            <option value="name" ?selected=${this.sortKey === 'name'}>${msg('Name')}</option>
            <option value="since" ?selected=${this.sortKey === 'since'}>${msg('Longest-standing first')}</option>
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
                ${active.length ? msg(str`Filters (${active.length})`) : msg('Filters')}
              </button>`
            : nothing
        }
      </div>
      ${
        active.length
          ? renderChips(
              active,
              (f, i) => this.removeFilter(f, i),
              () => this.clearAll(),
            )
          : nothing
      }
      ${groupBy === 'alpha' ? this.renderJumpBar(hits) : nothing}
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
                ${renderFacetPanel(groups, (g) => this.options(g, results.counts[g], engine.values(g)), {
                  locale: this.locale,
                  groupLabel: memberGroupLabel,
                  expanded: this.expanded,
                  onToggle: (g, v, c) => this.toggle(g, v, c),
                  onExpand: (g) => (this.expanded = new Set([...this.expanded, g])),
                })}
              </div>`
            : nothing
        }
        <div class="results-column">
          ${
            results.partial && hits.length
              ? html`<p class="notice">
                  ${msg(str`No member matches every word of “${this.text.trim()}”; showing members that match some of them.`)}
                </p>`
              : nothing
          }
          ${hits.length ? this.renderList(shown, grouping, entry) : this.renderNoResults(active)}
          ${
            shown.length < hits.length
              ? html`<div class="more">
                  <span class="muted">${msg(str`Showing ${shown.length} of ${hits.length}`)}</span>
                  <button class="secondary" part="show-more" type="button" @click=${() => this.showMore(shown.length)}>
                    ${msg(str`Show ${Math.min(this.effectivePageSize, hits.length - shown.length)} more`)}
                  </button>
                </div>`
              : nothing
          }
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
    </div>`;
  }

  private showMore(firstNew: number): void {
    this.pages++;
    this.changed('choice');
    this.pendingFocus = () => {
      const member = this.renderRoot.querySelectorAll<HTMLElement>('[part="member"]')[firstNew];
      return member?.querySelector<HTMLElement>('a') ?? member?.querySelector<HTMLElement>('[role="heading"]');
    };
  }

  private options(group: MemberFacet, counts: Map<string, number>, all: readonly string[]): FacetOption[] {
    const selected = new Set(this.selections[group] ?? []);
    const order: readonly string[] | undefined = group === 'sector' ? SECTORS : group === 'role' ? ROLES : undefined;
    const collator = new Intl.Collator(this.locale);
    const list = [...new Set([...all, ...selected])].map((value) => ({
      value,
      label: this.optionLabel(group, value),
      count: counts.get(value) ?? 0,
      selected: selected.has(value),
    }));
    return order
      ? list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
      : list.sort((a, b) => collator.compare(a.label, b.label));
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
            ${grouping.label(k)} <span class="muted">(${new Intl.NumberFormat(this.locale).format(items.length)})</span>
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

  private renderNoResults(active: ActiveFilter<MemberFacet>[]): TemplateResult {
    const text = this.text.trim();
    return html`<div class="empty" part="empty">
      <p>${text ? msg(str`No members match “${text}” with these filters.`) : msg('No members match these filters.')}</p>
      <ul role="list">
        ${
          text
            ? html`<li>
                <button
                  class="secondary"
                  type="button"
                  @click=${() => {
                    this.text = '';
                    this.changed('choice');
                    this.pendingFocus = () => this.searchInput;
                  }}
                >
                  ${msg(str`Clear the search “${text}”`)}
                </button>
              </li>`
            : nothing
        }
        ${active.map(
          (f, i) =>
            html`<li>
              <button class="secondary" type="button" @click=${() => this.removeFilter(f, i)}>${msg(str`Remove ${f.label}`)}</button>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

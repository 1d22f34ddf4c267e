import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContractDocument } from '../contract/types.js';
import { emit } from '../core/events.js';
import { splitList, warnInvalid } from '../core/attribute-warnings.js';
import type { Selections } from '../search/facets.js';
import { MAX_QUERY_LENGTH } from '../search/text-index.js';
import type { Facet } from './facet.js';
import { focusTarget, type FocusIntent } from './focus-intent.js';
import { pushUrlState, readUrlState } from './search-url.js';
import './search-events.js';

/** `stem-search-change` waits for the visitor to pause. */
export const EVENT_DELAY_MS = 400;

/** While typing, the address is written once the visitor pauses: Chrome throttles (and slows on) a replaceState per key. */
export const URL_DELAY_MS = 250;

/** What the widget gives its search state, each read through an accessor when the state syncs. */
export interface SearchStateOptions<H> {
  /** The tag, for warnings. */
  readonly tag: string;
  /** The widget's facet table. */
  readonly facets: () => readonly Facet<unknown, H>[];
  /** The sorts the address may name. */
  readonly sorts: readonly string[];
  /** The `query` attribute. */
  readonly query: () => string;
  /** The validated `sort` attribute. */
  readonly sort: () => string;
  /** The address prefix, or null when the search is not kept in the address. */
  readonly urlPrefix: () => string | null;
  /** What `stem-search-change` reports besides the query and filters: the result count and the sort applied. */
  readonly outcome: () => { resultCount: number; sort: string };
}

/**
 * The state of a search widget (finder or directory): the text, the selections, the sort, the
 * pages shown, which groups and texts are open, and what follows a change: the address
 * (`sync-url`), the debounced `stem-search-change`, and where focus goes after the render.
 *
 * The widget calls `sync()` first in `willUpdate`: the attributes (read through the accessors)
 * then the address, which wins on the first update, being where the visitor was.
 */
export class SearchState<H extends ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }> implements ReactiveController {
  text = '';
  selections: Selections<string> = {};
  sort = '';
  pages = 1;
  filtersOpen = false;
  expanded: ReadonlySet<string> = new Set();
  /** The entries whose whole description the visitor opened. */
  openTexts: ReadonlySet<string> = new Set();
  /** This render answers a keystroke: entries off screen may catch up in the frame after. */
  typing = false;
  /** The visitor chose a new order: the next count says it (a sort that follows the query does not). */
  sortChosen = false;
  /** "Show more" was pressed: the next announcement says how many show. */
  moreShown = false;

  /** The preselections from attributes: where Back returns to when the address has none. */
  private attributeSelections: Selections<string> = {};
  /** The attribute values last read, so an unchanged one is not applied again. */
  private read = new Map<string, string>();
  private synced = false;
  private focus: FocusIntent | undefined;
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private checkedDocs = new WeakSet<ContractDocument>();

  constructor(
    private readonly host: H,
    private readonly options: SearchStateOptions<H>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.urlPrefix() !== null) window.addEventListener('popstate', this.applyUrl);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.applyUrl);
    clearTimeout(this.eventTimer);
    // What was typed last still reaches the address when the widget leaves the page.
    if (this.urlTimer !== undefined) this.writeUrl('typing');
  }

  hostUpdated(): void {
    this.typing = false;
    const intent = this.focus;
    this.focus = undefined;
    if (intent) focusTarget(this.host.renderRoot, intent)?.focus();
  }

  /** Takes what changed in the attributes; on the first update, then the address. */
  sync(): void {
    const query = this.options.query();
    if (this.changedSince('query', query)) this.text = query.slice(0, MAX_QUERY_LENGTH);
    const sort = this.options.sort();
    if (this.changedSince('sort', sort)) this.sort = sort;
    for (const facet of this.options.facets()) {
      const preselect = facet.preselect;
      if (!preselect) continue;
      const raw = preselect.read(this.host);
      if (!this.changedSince(`facet:${facet.key}`, raw)) continue;
      const values = splitList(raw);
      const { allowed } = preselect;
      const valid = allowed ? values.filter((v) => allowed.includes(v)) : values;
      if (allowed && valid.length < values.length)
        warnInvalid(this.options.tag, preselect.attribute, raw, allowed.join(', '), 'the valid ones only');
      this.attributeSelections = { ...this.attributeSelections, [facet.key]: valid };
      this.selections = { ...this.selections, [facet.key]: valid };
    }
    if (!this.synced && this.options.urlPrefix() !== null) this.applyUrl();
    this.synced = true;
  }

  /** Warns once per document about preselected ids the data does not have. */
  checkPreselections(doc: ContractDocument): void {
    if (this.checkedDocs.has(doc)) return;
    this.checkedDocs.add(doc);
    for (const facet of this.options.facets()) {
      const known = facet.preselect?.known?.(doc);
      if (!known || !facet.preselect) continue;
      const raw = facet.preselect.read(this.host);
      const unknown = splitList(raw).filter((v) => !known.has(v));
      if (unknown.length)
        warnInvalid(this.options.tag, facet.preselect.attribute, raw, `ids from the data (${unknown.join(', ')} not found)`, 'the others');
    }
  }

  private changedSince(name: string, value: string): boolean {
    if (this.read.get(name) === value) return false;
    this.read.set(name, value);
    return true;
  }

  // ---- what the visitor does ----

  setText(value: string): void {
    // maxlength stops typing, not a script or a paste that sets the value.
    const text = value.slice(0, MAX_QUERY_LENGTH);
    // Only a change renders; the flag is cleared after that render.
    if (text !== this.text) this.typing = true;
    this.text = text;
    this.pages = 1;
    this.changed('typing');
  }

  toggle(group: string, value: string, checked: boolean): void {
    const current = new Set(this.selections[group] ?? []);
    if (checked) current.add(value);
    else current.delete(value);
    this.selections = { ...this.selections, [group]: [...current] };
    this.pages = 1;
    this.changed('choice');
  }

  /** Removes one filter; focus stays among the chips. */
  removeFilter(group: string, value: string, index: number): void {
    this.toggle(group, value, false);
    this.focus = { to: 'chip', index };
  }

  chooseSort(sort: string): void {
    this.sort = sort;
    this.sortChosen = true;
    this.pages = 1;
    this.changed('choice');
  }

  clearAll(): void {
    this.selections = {};
    this.text = '';
    this.pages = 1;
    this.focus = { to: 'search' };
    this.changed('choice');
  }

  clearText(): void {
    this.text = '';
    this.pages = 1;
    this.focus = { to: 'search' };
    this.changed('choice');
  }

  /** Shows another page; focus goes to its first entry. */
  showMore(firstNew: number): void {
    this.pages++;
    this.moreShown = true;
    this.focus = { to: 'entry', index: firstNew };
    this.changed('choice');
  }

  /** Shows at least `pages` pages (the A to Z bar), then focuses a group heading. */
  showHeading(key: string, pages: number): void {
    this.pages = Math.max(this.pages, pages);
    this.focus = { to: 'heading', key };
    this.host.requestUpdate();
  }

  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    this.host.requestUpdate();
  }

  /** Shows a long group whole (focus to its first option just shown), or short again. */
  expandGroup(group: string, open: boolean): void {
    const next = new Set(this.expanded);
    if (open) next.add(group);
    else next.delete(group);
    this.expanded = next;
    if (open) this.focus = { to: 'group-options', group };
    this.host.requestUpdate();
  }

  toggleText(id: string): void {
    const next = new Set(this.openTexts);
    if (!next.delete(id)) next.add(id);
    this.openTexts = next;
    this.host.requestUpdate();
  }

  /** What to announce: a new order chosen, "Show more" pressed (each said once, then cleared). */
  takeAnnouncement(): { sortChosen: boolean; moreShown: boolean } {
    const taken = { sortChosen: this.sortChosen, moreShown: this.moreShown };
    this.sortChosen = false;
    this.moreShown = false;
    return taken;
  }

  // ---- the address and the event ----

  /** Takes the state from the address; what it does not say comes from the attributes. */
  private applyUrl = (): void => {
    const prefix = this.options.urlPrefix();
    if (prefix === null) return;
    const keys = this.options.facets().map((f) => f.key);
    const s = readUrlState(location.search, prefix, keys, this.options.sorts);
    this.text = (s.query ?? this.options.query()).slice(0, MAX_QUERY_LENGTH);
    this.selections = s.filters ?? this.attributeSelections;
    this.sort = s.sort ?? this.options.sort();
    this.pages = s.pages ?? 1;
    this.host.requestUpdate();
  };

  /** Records a change: the address (a new entry for a choice, the same one while typing) and the event. */
  private changed(kind: 'typing' | 'choice'): void {
    this.host.requestUpdate();
    if (this.options.urlPrefix() !== null) {
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
      emit(this.host, 'stem-search-change', { query: this.text.trim(), filters, ...this.options.outcome() });
    }, EVENT_DELAY_MS);
  }

  private writeUrl(kind: 'typing' | 'choice'): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    const prefix = this.options.urlPrefix();
    if (prefix === null) return;
    pushUrlState(
      prefix,
      this.options.facets().map((f) => f.key),
      { query: this.text, filters: this.selections, sort: this.sort, pages: this.pages },
      kind,
    );
  }
}

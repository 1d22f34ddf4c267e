import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '../i18n/msg.js';
import { StemWidget } from '../core/stem-widget.js';
import { formatNumber } from '../core/format.js';
import { splitList, warnInvalid, wholeNumber } from '../core/attribute-warnings.js';
import { PoliteAnnouncer } from './announcer.js';
import { DeferredList } from './deferred-list.js';
import type { Facet, FacetOption } from './facet.js';
import { SearchState } from './search-state.js';
import { searchUiStyles } from './search-ui.styles.js';

/** Two option lists render the same group. */
const sameOptions = (a: FacetOption[], b: FacetOption[]): boolean =>
  a.length === b.length &&
  a.every((o, i) => {
    const p = b[i];
    return p !== undefined && o.value === p.value && o.label === p.label && o.count === p.count && o.selected === p.selected;
  });

/**
 * The little the finder and the directory share as a class: the `query` and `sync-url`
 * attributes, their search state (`SearchState`), the polite announcer, and an
 * `updateComplete` that waits for deferred entries. The rest is in controllers and render
 * functions (search-state.ts, deferred-list.ts, search-parts.ts, facet.ts).
 */
export abstract class SearchWidget<H extends SearchWidget<H>> extends StemWidget {
  static override styles = [...StemWidget.styles, searchUiStyles];

  /** The search text to start with. */
  @property() query = '';

  /** Keep the search in the page's address under this prefix (empty attribute: the widget's default), so it can be shared and survives Back. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** The `filters` attribute: which groups show, in order. */
  abstract filters: string;
  /** The `page-size` attribute. */
  abstract pageSize: number;

  protected abstract readonly tag: string;
  protected abstract readonly defaultPageSize: number;
  protected abstract readonly defaultUrlPrefix: string;
  /** Every facet the widget can show (its class's table). */
  protected abstract readonly facetTable: readonly Facet<unknown, H>[];

  protected readonly announcer = new PoliteAnnouncer(this);
  protected abstract readonly search: SearchState<H>;
  private readonly lists: DeferredList<unknown, object>[] = [];
  /** The filter groups: while typing, a group off screen keeps its counts until the frame after. */
  protected readonly groupsInView = this.deferredList<FacetOption[], object>('.facet-group', () => [], sameOptions);

  /** The groups the `filters` attribute shows, in its order (read in willUpdate). */
  protected groups: readonly Facet<unknown, H>[] = [];
  /** `page-size`, read leniently (in willUpdate). */
  protected effectivePageSize = 0;

  /** A list whose entries are deferred while typing and memoized by what they show. */
  protected deferredList<T, C extends object>(
    selector: string,
    key: (item: T) => readonly unknown[],
    same?: (a: T, b: T) => boolean,
  ): DeferredList<T, C> {
    const list = new DeferredList<T, C>(this, selector, key, same);
    this.lists.push(list as unknown as DeferredList<unknown, object>);
    return list;
  }

  /** The options for the search state, from the widget's accessors. */
  protected searchOptions(sorts: readonly string[], sort: () => string, outcome: () => { resultCount: number; sort: string }) {
    return {
      tag: this.tag,
      facets: () => this.facetTable,
      sorts,
      query: () => this.query ?? '',
      sort,
      urlPrefix: () => (this.syncUrl === null || this.syncUrl === undefined ? null : this.syncUrl || this.defaultUrlPrefix),
      outcome,
    };
  }

  /**
   * Derives what render shows. It runs in `update()`, before render and after every controller's
   * `hostUpdate` (the data source brings the document in there, after `willUpdate`), so render
   * only reads what this made.
   */
  protected abstract derive(): void;

  protected override update(changed: PropertyValues<this>): void {
    this.readConfiguration();
    this.search.sync();
    this.derive();
    super.update(changed);
  }

  private readConfiguration(): void {
    this.effectivePageSize = wholeNumber(this.tag, 'page-size', this.pageSize, 1, 1000, this.defaultPageSize);
    const listed = splitList(this.filters);
    const bad = listed.filter((key) => !this.facetTable.some((f) => f.key === key));
    if (bad.length) warnInvalid(this.tag, 'filters', this.filters, this.facetTable.map((f) => f.key).join(', '), 'the valid ones only');
    this.groups = listed.flatMap((key) => this.facetTable.filter((f) => f.key === key));
  }

  /**
   * Says the result count after a pause (with the new order when the visitor chose one: the count
   * alone would not change, and would not be said again), or, after "Show more", how many show.
   * Call from derive() when the results or the pages changed.
   */
  protected announceResults(text: string, count: number, shown: number, sort: string): void {
    const { sortChosen, moreShown } = this.search.takeAnnouncement();
    if (moreShown) {
      this.announcer.announce(msg(str`Showing ${formatNumber(shown, this.locale)} of ${formatNumber(count, this.locale)}`));
      return;
    }
    this.announcer.announce(sortChosen && count > 1 ? msg(str`${text}; order: ${this.sortName(sort)}`) : text);
  }

  /** The name of a sort, as the sort menu says it. */
  protected abstract sortName(key: string): string;

  /**
   * Resolves once every entry shows the current state, entries deferred while typing included:
   * tests and scripts that read the list after a change can rely on it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let late = this.lists.find((l) => l.settled); late; late = this.lists.find((l) => l.settled)) {
      await late.settled;
      done = await super.getUpdateComplete();
    }
    return done;
  }
}

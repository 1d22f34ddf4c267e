import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { VisibleFirst } from './visible-first.js';

/** Two arrays hold the same values, position by position. */
const sameValues = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * A list of a search widget whose entries are deferred and memoized by what they show:
 *
 * - while typing, entries in view are filled in the keystroke's frame, the others in the frame
 *   after (`VisibleFirst`);
 * - an entry renders again only when its item's `key` or the list's context changed. The
 *   context is every other input of an entry (language, heading level, callbacks, open texts);
 *   `context()` keeps the previous object while its values are the same, so nothing an entry
 *   reads can be left out of the memo, as a hand-kept list of `guard` inputs could.
 */
export class DeferredList<T, C extends object> implements ReactiveController {
  private readonly first: VisibleFirst<T>;
  private ctx: C | undefined;

  /**
   * @param key What of an item an entry shows (compared value by value).
   * @param selector The list's entries in the host's render root, in order.
   * @param same Whether two items render alike, when cheaper than comparing keys.
   */
  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly selector: string,
    private readonly key: (item: T) => readonly unknown[],
    same: (a: T, b: T) => boolean = (a, b) => sameValues(key(a), key(b)),
  ) {
    this.first = new VisibleFirst(same, () => host.requestUpdate());
    host.addController(this);
  }

  /** Pending while some entries still show older items; resolves once they caught up. */
  get settled(): Promise<void> | undefined {
    return this.first.settled;
  }

  /** The context entries render with: the previous object when every value is the same. */
  context(next: C): C {
    const prev = this.ctx;
    if (
      prev &&
      sameValues(Object.keys(prev), Object.keys(next)) &&
      Object.keys(next).every((k) => Object.is(prev[k as keyof C], next[k as keyof C]))
    )
      return prev;
    return (this.ctx = next);
  }

  /** The item each entry shows in this render (while `typing`, an entry off screen may keep its last). */
  pick(items: readonly T[], typing: boolean): T[] {
    return this.first.pick(items, this.host.renderRoot.querySelectorAll(this.selector), typing);
  }

  /** One entry: rendered again only when its key or the context changed. */
  entry(item: T, ctx: C, render: (item: T, ctx: C) => TemplateResult): TemplateResult {
    return html`<li>${guard([...this.key(item), ctx], () => render(item, ctx))}</li>`;
  }

  hostUpdated(): void {
    this.first.observe(this.host.renderRoot.querySelectorAll(this.selector));
    this.first.rendered();
  }

  hostDisconnected(): void {
    this.first.disconnect();
  }
}

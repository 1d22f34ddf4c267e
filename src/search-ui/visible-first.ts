/**
 * What a visitor can see first. A keystroke's render fills the list entries that are in the
 * viewport and leaves the others showing what they showed; those are filled in the frame after,
 * once the new results are on screen. At 10,000 programs the second row of cards, just below the
 * fold but near enough for the browser to lay it out and paint it, was a third of the keystroke.
 *
 * Free of Lit so that the benchmark's hand-written floor renders the same way; `DeferredList`
 * (deferred-list.ts) is what a Lit widget uses.
 */
export class VisibleFirst<T> {
  /** What each entry shows, by position. */
  private shown: T[] = [];
  /** Entries last reported outside the viewport; an entry not yet reported counts as visible. */
  private outside = new WeakSet<Element>();
  private readonly watched = new Set<Element>();
  private observer: IntersectionObserver | undefined;
  private due = false;
  private resolve: (() => void) | undefined;
  /** Pending while some entries still show older results; resolves once they have caught up. */
  settled: Promise<void> | undefined;

  /**
   * @param same Whether two items render the same (then an entry off screen takes the new one too).
   * @param catchUp Renders again; `pick` then gives every entry its current item.
   */
  constructor(
    private readonly same: (a: T, b: T) => boolean,
    private readonly catchUp: () => void,
  ) {}

  /**
   * The item each entry shows now, given the current `items` and the entries on the page
   * (rendered last time, in the same order): the current item, except in an entry known to be
   * off screen, which keeps its last one until the catch-up. With `defer` false (a click, not a
   * keystroke: what it reveals may not have been reported in view yet), every entry is current.
   */
  pick(items: readonly T[], entries: ArrayLike<Element>, defer = true): T[] {
    let late = false;
    const now =
      this.due || !defer
        ? items.slice()
        : items.map((item, i) => {
            const last = this.shown[i];
            const entry = entries[i];
            if (last === undefined || !entry || !this.outside.has(entry) || this.same(last, item)) return item;
            late = true;
            return last;
          });
    this.shown = now;
    if (late) this.schedule();
    return now;
  }

  /** Watches the entries now on the page (call after each render); forgets the ones gone. */
  observe(entries: Iterable<Element>): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver((records) => {
      for (const r of records) {
        if (r.isIntersecting) this.outside.delete(r.target);
        else this.outside.add(r.target);
      }
    });
    const now = new Set(entries);
    for (const entry of this.watched) {
      if (now.has(entry)) continue;
      this.observer.unobserve(entry);
      this.watched.delete(entry);
    }
    for (const entry of now) {
      if (this.watched.has(entry)) continue;
      this.observer.observe(entry);
      this.watched.add(entry);
    }
  }

  /** Call after each render: once the catch-up render is done, `settled` resolves. */
  rendered(): void {
    if (!this.due) return;
    this.due = false;
    this.settled = undefined;
    this.resolve?.();
    this.resolve = undefined;
  }

  /** Stops watching, and lets whoever waits on `settled` go (nothing is shown any more). */
  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
    this.outside = new WeakSet();
    if (this.settled) {
      this.due = true;
      this.rendered();
    }
  }

  private schedule(): void {
    if (this.settled) return;
    this.settled = new Promise((resolve) => (this.resolve = resolve));
    let ran = false;
    const run = () => {
      if (ran || !this.settled) return;
      ran = true;
      this.due = true;
      this.catchUp();
    };
    // A task queued from an animation frame runs once that frame is painted. The timer is for a
    // page in a background tab, which gets no frames.
    requestAnimationFrame(() => setTimeout(run));
    setTimeout(run, 100);
  }
}

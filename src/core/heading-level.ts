/** Elements looked at before giving up (about a millisecond). */
const MAX_ELEMENTS = 5000;

/**
 * The level of the heading before `el` in document order, across shadow roots (a card in a
 * finder's dialog), or 0 when there is none. An embedded widget's headings go one below it:
 * under a page's `<h1>` they are `<h2>`s, inside an `<h2>` section `<h3>`s.
 */
export function precedingHeadingLevel(el: Element): number {
  let start: Element = el;
  let seen = 0;
  for (;;) {
    const root = start.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return 0;
    const walker = (el.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = start;
    for (let node = walker.previousNode(); node; node = walker.previousNode()) {
      const level = levelOf(node as Element);
      if (level) return level;
      // A page this long with no heading before the widget: as if there were none.
      if (++seen > MAX_ELEMENTS) return 0;
    }
    if (!(root instanceof ShadowRoot)) return 0;
    start = root.host;
  }
}

function levelOf(e: Element): number {
  const aria = Number(e.getAttribute('aria-level'));
  if (e.getAttribute('role') === 'heading') return Number.isInteger(aria) && aria > 0 ? aria : 2;
  return /^H[1-6]$/.test(e.tagName) ? Number(e.tagName[1]) : 0;
}

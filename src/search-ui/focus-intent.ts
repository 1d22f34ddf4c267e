import { COLLAPSED_OPTIONS } from './facet-panel.js';

/**
 * Where focus goes once the list has changed, said as data: the element it names exists only
 * after the render. Every target is inside the widget, so focus never falls to the page's body.
 */
export type FocusIntent =
  /** The search box (after "Clear all", or clearing the text). */
  | { readonly to: 'search' }
  /** The chip now at `index`, else the one before, else the search box (after removing one). */
  | { readonly to: 'chip'; readonly index: number }
  /** The entry at `index` of the list: its link, else its heading (after "Show more"). */
  | { readonly to: 'entry'; readonly index: number }
  /** A group's first option just shown (after "Show all"). */
  | { readonly to: 'group-options'; readonly group: string }
  /** A group heading of the list, by its key, scrolled to (the A to Z bar). */
  | { readonly to: 'heading'; readonly key: string };

/** The entries of a search widget's list, grouped or not, in order. */
export const ENTRY_SELECTOR = '.results > li';

export function focusTarget(root: ParentNode, intent: FocusIntent): HTMLElement | null | undefined {
  const search = () => root.querySelector<HTMLElement>('input[type="search"]');
  switch (intent.to) {
    case 'search':
      return search();
    case 'chip': {
      const chips = [...root.querySelectorAll<HTMLElement>('.chip')];
      return chips[intent.index] ?? chips[intent.index - 1] ?? search();
    }
    case 'entry': {
      const entry = root.querySelectorAll<HTMLElement>(ENTRY_SELECTOR)[intent.index];
      return entry?.querySelector<HTMLElement>('a') ?? entry?.querySelector<HTMLElement>('[role="heading"]');
    }
    case 'group-options': {
      const group = [...root.querySelectorAll<HTMLElement>('.facet-group')].find((g) => g.dataset['group'] === intent.group);
      const inputs = [...(group?.querySelectorAll<HTMLInputElement>('input') ?? [])];
      // Selected options showed already; one that gives nothing cannot take focus.
      return inputs.slice(COLLAPSED_OPTIONS).find((i) => !i.checked && !i.disabled);
    }
    case 'heading': {
      // Matched by its key, not by an id made from data: a region's name may hold any character.
      const heading = [...root.querySelectorAll<HTMLElement>('[data-group-key]')].find((h) => h.dataset['groupKey'] === intent.key);
      heading?.scrollIntoView({ block: 'start' });
      return heading;
    }
  }
}

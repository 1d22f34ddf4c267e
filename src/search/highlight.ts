import { fold, words } from './normalize.js';

/** A piece of text, marked when it is a word the search matched. */
export interface Segment {
  text: string;
  hit: boolean;
}

// One query's term list is shared by every card it renders: make its lookup set once.
const sets = new WeakMap<readonly string[], Set<string>>();

/**
 * Splits `text` into plain and matched pieces. The caller renders them as text nodes (and
 * `<mark>`), never as HTML, so data cannot inject markup. `terms` are the index's matched terms
 * (already folded); a word matches when it is one of them or starts with one (prefix search).
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!terms.length || !text) return [{ text, hit: false }];
  let set = sets.get(terms);
  if (!set) sets.set(terms, (set = new Set(terms)));
  const segments: Segment[] = [];
  let last = 0;
  for (const { word, start, end } of words(text)) {
    if (!matches(fold(word), set)) continue;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/** Whether `word` or one of its prefixes of two letters or more is a matched term. */
function matches(word: string, terms: Set<string>): boolean {
  for (let k = word.length; k >= 2; k--) if (terms.has(word.slice(0, k))) return true;
  return terms.has(word);
}

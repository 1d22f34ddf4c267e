import { fold, words } from './normalize.js';

/** A piece of text, marked when it is a word the search matched. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** One query's terms, ready for lookups: made once and shared by every card the query renders. */
interface Lookup {
  terms: Set<string>;
  /** The first two letters of every term: most words fail this one test. */
  starts: Set<string>;
  /** Short texts already split (a field or college name repeats on many cards). */
  done: Map<string, Segment[]>;
}
const lookups = new WeakMap<readonly string[], Lookup>();
const SHORT = 120;

/**
 * Splits `text` into plain and matched pieces. The caller renders them as text nodes (and
 * `<mark>`), never as HTML, so data cannot inject markup. `terms` are the index's matched terms
 * (already folded); a word matches when it is one of them or starts with one (prefix search).
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!terms.length || !text) return [{ text, hit: false }];
  let lookup = lookups.get(terms);
  if (!lookup) {
    lookup = { terms: new Set(terms), starts: new Set(terms.map((t) => t.slice(0, 2))), done: new Map() };
    lookups.set(terms, lookup);
  }
  const known = lookup.done.get(text);
  if (known) return known;
  const segments: Segment[] = [];
  let last = 0;
  for (const { word, start, end } of words(text)) {
    if (!matches(fold(word), lookup)) continue;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  if (text.length <= SHORT) lookup.done.set(text, segments);
  return segments;
}

/** Whether `word` or one of its prefixes of two letters or more is a matched term. */
function matches(word: string, { terms, starts }: Lookup): boolean {
  if (word.length >= 2 && !starts.has(word.slice(0, 2))) return terms.has(word);
  for (let k = word.length; k >= 2; k--) if (terms.has(word.slice(0, k))) return true;
  return terms.has(word);
}

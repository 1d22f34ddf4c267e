import { fold, words } from './normalize.js';

/** A piece of text, marked when it is a word the search matched. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into plain and matched pieces. The caller renders them as text nodes (and
 * `<mark>`), never as HTML, so data cannot inject markup. `terms` are the index's matched terms
 * (already folded); a word matches when it starts with one of them (prefix search).
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!terms.length || !text) return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const { word, start, end } of words(text)) {
    const folded = fold(word);
    if (!terms.some((t) => folded === t || (t.length >= 2 && folded.startsWith(t)))) continue;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

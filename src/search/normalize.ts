// Nothing outside ASCII: no accents to fold. (Tabs and newlines are ASCII too.)
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents, so "Técnico" and "tecnico" meet. */
export function fold(text: string): string {
  // Most text is plain ASCII: skip Unicode normalisation for it (index build time).
  if (ASCII.test(text)) return text.toLowerCase();
  // Lower case first: "İ" lowers to "i" plus a combining dot, which the next step removes.
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text with their positions, for highlighting. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The words of a text, folded, as the search index stores them. */
export function terms(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

import { html, type TemplateResult } from 'lit';
import { highlight } from '../search/highlight.js';

/**
 * Text with the matched words in `<mark>`: text nodes only, so data cannot inject markup. In a
 * `<bdi>`, so an Arabic or Hebrew name keeps its own direction and does not reorder what follows;
 * `isolate: false` when the caller's element has `dir="auto"` (which skips a `<bdi>` inside).
 */
export function marked(text: string, terms: readonly string[], isolate = true): TemplateResult {
  const segments = highlight(text, terms).map((s) => (s.hit ? html`<mark>${s.text}</mark>` : s.text));
  return isolate ? html`<bdi>${segments}</bdi>` : html`${segments}`;
}

/** Cards show a few lines of a description: a long one is cut at a word, near `max` characters. */
export function excerpt(text: string, max = 600): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}

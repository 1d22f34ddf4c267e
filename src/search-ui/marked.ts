import { html, type TemplateResult } from 'lit';
import { highlight } from '../search/highlight.js';

/** Text with the matched words in `<mark>`: text nodes only, so data cannot inject markup. */
export function marked(text: string, terms: readonly string[]): TemplateResult {
  return html`${highlight(text, terms).map((s) => (s.hit ? html`<mark>${s.text}</mark>` : s.text))}`;
}

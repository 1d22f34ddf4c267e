import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { highlight, type Segment } from '../search/highlight.js';

/**
 * Fills its element with `text`, the words `terms` matched in `<mark>`: text nodes and `<mark>`
 * elements made one by one, never parsed HTML, so data cannot inject markup. It writes only when
 * the marked words changed, and then replaces the element's few children at once: rendered as a
 * Lit list, each piece had its own markers, and a keystroke that moved the marks ("cy" after "c")
 * spent most of its script inserting and removing them.
 */
class MarkedText extends Directive {
  private text: string | undefined;
  private terms: readonly string[] | undefined;
  private segments: Segment[] | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('markedText goes on an element: <p ${markedText(text, terms)}></p>');
  }

  render(_text: string, _terms: readonly string[]): unknown {
    return noChange;
  }

  override update(part: ElementPart, [text, terms]: [string, readonly string[]]): unknown {
    if (text === this.text && terms === this.terms) return noChange;
    this.text = text;
    this.terms = terms;
    const segments = highlight(text, terms);
    if (this.segments && sameSegments(segments, this.segments)) return noChange;
    this.segments = segments;
    const { ownerDocument } = part.element;
    part.element.replaceChildren(
      ...segments.map((s) => {
        if (!s.hit) return s.text;
        const mark = ownerDocument.createElement('mark');
        mark.textContent = s.text;
        return mark;
      }),
    );
    return noChange;
  }
}

const sameSegments = (a: Segment[], b: Segment[]): boolean =>
  a === b || (a.length === b.length && a.every((s, i) => s.hit === b[i]?.hit && s.text === b[i]?.text));

/** `<p ${markedText(text, terms)}></p>`: the element shows `text` with its matched words marked. */
export const markedText = directive(MarkedText);

/**
 * `text` with its matched words marked, in a `<bdi>`, so an Arabic or Hebrew name keeps its own
 * direction and does not reorder what follows. An element with `dir="auto"` (which skips a
 * `<bdi>` inside) takes `markedText` itself.
 */
export function marked(text: string, terms: readonly string[]): TemplateResult {
  return html`<bdi ${markedText(text, terms)}></bdi>`;
}

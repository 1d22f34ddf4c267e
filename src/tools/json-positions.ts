import { parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { segmentsOf } from '../contract/json-pointer.js';

/** A place in a JSON text, counted from 1 as editors show it. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Finds where JSON Pointer paths are in a JSON text, so that a person can go straight to the
 * line. jsonc-parser (VS Code's own JSON parser) keeps each node's offset, which JSON.parse
 * throws away; it is used only for places, never to decide what is valid.
 */
export class JsonPositions {
  readonly #text: string;
  readonly #root: Node | undefined;
  #lineStarts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
    this.#root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  }

  /** Line and column of an offset in the text. */
  at(offset: number): TextPosition {
    if (!this.#lineStarts) {
      this.#lineStarts = [0];
      for (let i = 0; i < this.#text.length; i++) if (this.#text[i] === '\n') this.#lineStarts.push(i + 1);
    }
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? Infinity) <= offset) low = mid;
      else high = mid - 1;
    }
    // starts[0] is 0: the first line starts the text.
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }

  /**
   * Where a JSON Pointer points: the property's name, or the list item. A missing property (a
   * required one left out) points at the object that should hold it. Undefined without a tree.
   */
  of(pointer: string): TextPosition | undefined {
    let node = this.#root;
    if (!node) return undefined;
    let place = node.offset;
    for (const segment of segmentsOf(pointer)) {
      let next: Node | undefined;
      if (node.type === 'array' && /^\d+$/.test(segment)) {
        next = node.children?.[Number(segment)];
        if (next) place = next.offset;
      } else if (node.type === 'object') {
        // JSON.parse keeps the last of duplicate names, so point at the last one too.
        const property = node.children?.filter((p) => p.children?.[0]?.value === segment).at(-1);
        next = property?.children?.[1];
        if (property) place = property.offset;
      }
      if (!next) break;
      node = next;
    }
    return this.at(place);
  }
}

/** Where a text stops being JSON, and why in the parser's words; undefined for valid JSON. */
export function jsonSyntaxError(text: string): (TextPosition & { code: string }) | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  return { ...new JsonPositions(text).at(first.offset), code: printParseErrorCode(first.error) };
}

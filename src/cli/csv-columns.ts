import { DateSchema, DurationSchema, PartialDateSchema, RECORD_SCHEMAS } from '../contract/schema.js';
import { SECTIONS, type SectionName } from '../contract/vocabulary.js';
import type { SchemaNode } from '../contract/suggest.js';

/** How a cell becomes a JSON value. */
export type CellKind = 'text' | 'number' | 'boolean';

/** Text with a shape a spreadsheet knows: a date (or only its month or year), or a duration. */
export type CellFormat = 'date' | 'partial-date' | 'duration';

/**
 * One spreadsheet column: `address.locality` is a property inside another. A list holds one
 * item per line of the cell; a list of codes (such as `modes` or `startDates`) may also separate
 * them with semicolons, which free text (a caveat, a prerequisite) may contain. The columns of a
 * list of objects (`occupations.soc`, `occupations.title`) are read side by side: the first SOC
 * code goes with the first title.
 */
export interface CsvColumn {
  name: string;
  /** Where the value goes in the record; for a list of objects, the list's path. */
  path: string[];
  /** For a list of objects: the property inside each item. */
  itemPath?: string[];
  kind: CellKind;
  list: boolean;
  /** What separates a list's items in a cell. */
  separator?: RegExp;
  /** Every record needs it (required, and inside nothing optional). */
  needed: boolean;
  /** What one value of the column must be (a list's item): what the importer reads cells against. */
  schema: SchemaNode;
  /** A closed list (picklist): the values it allows; for a list, each item's. */
  options?: readonly string[];
  /** A date or a duration; for a list, each item's. */
  format?: CellFormat;
}

const FORMATS = new Map<unknown, CellFormat>([
  [DateSchema, 'date'],
  [PartialDateSchema, 'partial-date'],
  [DurationSchema, 'duration'],
]);

/** What a value node allows beyond its kind: a picklist's options, a date or duration format. */
function factsOf(node: SchemaNode): Pick<CsvColumn, 'options' | 'format'> {
  const format = FORMATS.get(node);
  return { ...(node.type === 'picklist' && node.options ? { options: node.options } : {}), ...(format ? { format } : {}) };
}

const LINES = /\n/;
const LINES_OR_SEMICOLONS = /[;\n]/;

/** Codes (a closed list, or text with a pattern) never hold a semicolon; free text may. */
function separatorFor(node: SchemaNode): RegExp {
  const coded = node.type !== 'string' || node.pipe?.some((action) => action.type === 'regex');
  return coded ? LINES_OR_SEMICOLONS : LINES;
}

const KINDS: Record<string, CellKind> = { string: 'text', picklist: 'text', number: 'number', boolean: 'boolean' };

/** valibot schemas describe themselves: `optional` wraps, `object` has entries, `array` an item. */
function unwrap(node: SchemaNode): { node: SchemaNode; optional: boolean } {
  let optional = false;
  while (node.wrapped) {
    optional = true;
    node = node.wrapped;
  }
  return { node, optional };
}

function kindOf(node: SchemaNode, where: string): CellKind {
  const kind = KINDS[node.type];
  if (!kind) throw new Error(`csv-columns: no cell kind for the schema type ${node.type} at ${where}`);
  return kind;
}

function columnsOf(entries: Record<string, SchemaNode>, prefix: string[], needed: boolean, inList?: string[]): CsvColumn[] {
  const columns: CsvColumn[] = [];
  for (const [key, child] of Object.entries(entries)) {
    const { node, optional } = unwrap(child);
    const path = [...prefix, key];
    const isNeeded = needed && !optional;
    const name = [...(inList ?? []), ...path].join('.');
    // Translations are not columns of their own: a text's translation is its column with @lang.
    if (node.type === 'record') continue;
    if (node.type === 'object') {
      columns.push(...columnsOf(node.entries!, path, isNeeded, inList));
    } else if (node.type === 'array') {
      const item = unwrap(node.item!).node;
      if (item.type === 'object') {
        if (inList) throw new Error(`csv-columns: a list inside a list at ${name}`);
        columns.push(...columnsOf(item.entries!, [], isNeeded, path));
      } else {
        columns.push({
          name,
          path,
          kind: kindOf(item, name),
          list: true,
          separator: separatorFor(item),
          needed: isNeeded,
          schema: item,
          ...factsOf(item),
        });
      }
    } else if (inList) {
      const separator = separatorFor(node);
      columns.push({
        name,
        path: inList,
        itemPath: path,
        kind: kindOf(node, name),
        list: true,
        separator,
        needed: isNeeded,
        schema: node,
        ...factsOf(node),
      });
    } else {
      columns.push({ name, path, kind: kindOf(node, name), list: false, needed: isNeeded, schema: node, ...factsOf(node) });
    }
  }
  return columns;
}

/** The columns of each section's CSV file, in the schema's order, made from the validator's schema. */
export const CSV_COLUMNS: Record<SectionName, CsvColumn[]> = Object.fromEntries(
  SECTIONS.map((section) => [section, columnsOf((RECORD_SCHEMAS[section] as unknown as SchemaNode).entries!, [], true)]),
) as Record<SectionName, CsvColumn[]>;

/** The file name for a section: `programs.csv`. */
export const csvFileName = (section: SectionName) => `${section}.csv`;

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

import * as v from 'valibot';
import { DateSchema, DurationSchema, LanguageTagSchema, PartialDateSchema, RECORD_SCHEMAS } from '../contract/schema.js';
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
 * code goes with the first title. A text visitors read can be translated: the column with `@` and
 * a language tag (`name@es`, `occupations.title@es`) fills `translations.<tag>` of the object
 * holding the text (see translationColumn).
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
  /** Its text may be translated (contract 1.1): `<name>@<language>` columns are read for it. */
  translatable?: boolean;
  /** For a `<name>@<language>` column: the language and the column it translates. */
  translation?: { language: string; of: CsvColumn };
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
  // The texts this object's `translations` may hold: their columns take `@<language>` columns too.
  const translations = entries.translations && unwrap(entries.translations).node;
  const translatable = new Set(translations?.type === 'record' ? Object.keys(translations.value?.entries ?? {}) : []);
  for (const [key, child] of Object.entries(entries)) {
    const { node, optional } = unwrap(child);
    const path = [...prefix, key];
    const isNeeded = needed && !optional;
    const name = [...(inList ?? []), ...path].join('.');
    // Translations are not columns of their own: a text's translation is its column with @lang.
    if (node.type === 'record') continue;
    const start = columns.length;
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
    if (translatable.has(key)) for (const column of columns.slice(start)) column.translatable = true;
  }
  return columns;
}

/** The columns of each section's CSV file, in the schema's order, made from the validator's schema. */
export const CSV_COLUMNS: Record<SectionName, CsvColumn[]> = Object.fromEntries(
  SECTIONS.map((section) => [section, columnsOf((RECORD_SCHEMAS[section] as unknown as SchemaNode).entries!, [], true)]),
) as Record<SectionName, CsvColumn[]>;

/**
 * The column `<column>@<language>`: the same kind of cell, written into `translations.<language>`
 * of the object that holds the text (the record, its credential, each occupation). Never needed:
 * an empty cell is no translation.
 */
export function translationColumn(column: CsvColumn, language: string): CsvColumn {
  if (!column.translatable) throw new Error(`csv-columns: ${column.name} cannot be translated`);
  const translated = (path: string[]) => [...path.slice(0, -1), 'translations', language, ...path.slice(-1)];
  return {
    ...column,
    name: `${column.name}@${language}`,
    ...(column.itemPath ? { itemPath: translated(column.itemPath) } : { path: translated(column.path) }),
    needed: false,
    translatable: false,
    translation: { language, of: column },
  };
}

/** The columns of a section whose text can be translated, in the schema's order. */
export const translatableColumns = (section: SectionName) => CSV_COLUMNS[section].filter((c) => c.translatable);

/** A language tag as the contract writes it, or undefined when `tag` is not one: `ES-us` → `es-US`, `spa` → `es`. */
export function languageTag(tag: string): string | undefined {
  if (!v.is(LanguageTagSchema, tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    // Well-formed for the contract, though not for Intl (such as en-12): kept as typed.
    return tag;
  }
}

/**
 * The tag meant by a language's name or a usual abbreviation, in English or Spanish, for a
 * "did you mean": `spanish`, `español`, `sp` → `es`.
 */
const LANGUAGE_WORDS: Record<string, string> = {
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  castellano: 'es',
  castilian: 'es',
  sp: 'es',
  esp: 'es',
  english: 'en',
  inglés: 'en',
  ingles: 'en',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  francés: 'fr',
  frances: 'fr',
};

export const languageFromWord = (word: string): string | undefined =>
  Object.hasOwn(LANGUAGE_WORDS, word.toLowerCase()) ? LANGUAGE_WORDS[word.toLowerCase()] : undefined;

/** The file name for a section: `programs.csv`. */
export const csvFileName = (section: SectionName) => `${section}.csv`;

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from './schema.js';
import { CONTRACT_MAJOR, CONTRACT_VERSION, SECTIONS } from './vocabulary.js';
import { PROPERTY_DOCS, RECORD_TITLES, SECTION_DESCRIPTIONS } from './schema-docs.js';
import { SCHEMA_ID } from './schema-id.js';
import consortium from '../sample/consortium.json' with { type: 'json' };
import coalition from '../sample/coalition.json' with { type: 'json' };

export { SCHEMA_ID };

type JsonSchema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
};

// Longer sample values (descriptions) say nothing as completion proposals.
const EXAMPLE_MAX_LENGTH = 60;
const EXAMPLES_PER_PROPERTY = 2;

/** Values at a docs path (`address.locality`, `occupations[].soc`) across a list of records. */
function valuesAt(records: unknown[], path: string): unknown[] {
  let values = records;
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    values = values.flatMap((r) => {
      const v = r !== null && typeof r === 'object' ? (r as Record<string, unknown>)[key] : undefined;
      if (v === undefined) return [];
      return list && Array.isArray(v) ? v : [v];
    });
  }
  return values;
}

/** Up to two distinct short example values for a scalar property, from the valid sample documents. */
function examplesFor(prop: JsonSchema, records: unknown[], path: string): unknown[] {
  if (prop.enum || prop.type === 'object' || (prop.type === 'array' && prop.items?.type === 'object')) return [];
  const seen = new Map<string, unknown>();
  for (const value of valuesAt(records, path)) {
    if (typeof value === 'string' && value.length > EXAMPLE_MAX_LENGTH) continue;
    if (Array.isArray(value) && JSON.stringify(value).length > EXAMPLE_MAX_LENGTH) continue;
    seen.set(JSON.stringify(value), value);
    if (seen.size === EXAMPLES_PER_PROPERTY) break;
  }
  return [...seen.values()];
}

/**
 * Puts each property's words (and examples from the samples) on the schema, walking it with the
 * same paths as the docs. Throws when a property has no words or words name no property, so the
 * words cannot drift from the schema.
 */
function describe(object: JsonSchema, docs: Readonly<Record<string, string>>, records: unknown[], where: string): void {
  const used = new Set<string>();
  const visit = (node: JsonSchema, prefix: string) => {
    for (const [name, prop] of Object.entries(node.properties ?? {})) {
      const path = prefix + name;
      const description = docs[path];
      if (!description) throw new Error(`schema-docs.ts: no description for ${where} ${path}`);
      used.add(path);
      prop.description = description;
      const examples = examplesFor(prop, records, path);
      if (examples.length > 0) prop.examples = examples;
      if (prop.type === 'object') visit(prop, `${path}.`);
      if (prop.type === 'array' && prop.items?.type === 'object') visit(prop.items, `${path}[].`);
    }
  };
  visit(object, '');
  for (const path of Object.keys(docs)) {
    if (!used.has(path)) throw new Error(`schema-docs.ts: ${where} ${path} names a property that the schema does not have`);
  }
}

/**
 * The contract as JSON Schema (draft 2020-12), made from the same valibot schema the validator
 * uses, for editors and other tools: every property carries a description and, where the samples
 * have a short one, examples. Checks that JSON Schema cannot say (a reported figure needs its
 * cohort size, references between sections) stay with `validate` and the CLI.
 */
export function contractJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DocumentSchema, { target: 'draft-2020-12', errorMode: 'ignore' }) as JsonSchema;
  const properties = schema.properties!;
  // Any 1.x document is this contract; the generic pattern would also admit 2.0.
  properties.contractVersion = { type: 'string', pattern: `^${CONTRACT_MAJOR}\\.\\d+$` };
  const samples: Record<string, unknown>[] = [consortium, coalition];
  const header = {
    properties: Object.fromEntries(Object.entries(properties).filter(([name]) => !(SECTIONS as readonly string[]).includes(name))),
  };
  describe(header, PROPERTY_DOCS.header, samples, 'the header:');
  properties.contractVersion.examples = [CONTRACT_VERSION];
  for (const name of SECTIONS) {
    const section = properties[name];
    // DocumentSchema has every section, each an array of records.
    if (!section?.items) throw new Error(`contractJsonSchema: the schema has no list of ${name}`);
    section.description = SECTION_DESCRIPTIONS[name];
    section.items.title = RECORD_TITLES[name];
    describe(section.items, PROPERTY_DOCS[name], valuesAt(samples, `${name}[]`), `${name}:`);
  }
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: RECORD_TITLES.document,
    description:
      'One document of programs, institutions, fields, outcomes, sources and members for stem-widgets. Unknown properties are allowed and ignored.',
    ...schema,
    anyOf: SECTIONS.map((name) => ({ required: [name] })),
  };
}

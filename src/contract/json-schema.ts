import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from './schema.js';
import { CONTRACT_MAJOR, SECTIONS } from './vocabulary.js';

export const SCHEMA_ID = 'https://unpkg.com/stem-widgets/dist/stem-data-contract.schema.json';

/**
 * The contract as JSON Schema (draft 2020-12), made from the same valibot schema the validator
 * uses, for editors and other tools. Checks that JSON Schema cannot say (a reported figure needs
 * its cohort size, references between sections) stay with `validate` and the CLI.
 */
export function contractJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DocumentSchema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  // Any 1.x document is this contract; the generic pattern would also admit 2.0.
  properties.contractVersion = {
    type: 'string',
    pattern: `^${CONTRACT_MAJOR}\\.\\d+$`,
    description: 'The contract version, such as "1.0".',
  };
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'stem-widgets data contract v1',
    description:
      'One document of programs, institutions, fields, outcomes, sources and members for stem-widgets. Unknown properties are allowed and ignored.',
    ...schema,
    anyOf: SECTIONS.map((name) => ({ required: [name] })),
  };
}

/** Where the published JSON Schema lives; documents name it in `$schema` for editors. */
export const SCHEMA_ID = 'https://unpkg.com/stem-widgets/dist/stem-data-contract.schema.json';

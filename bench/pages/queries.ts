import type { ProgramQuery } from '../../src/program-finder/program-search.js';

/** A query the benchmark runs, named by what a visitor does. */
export interface BenchQuery {
  name: string;
  kind: 'all' | 'prefix' | 'typo' | 'words' | 'filters' | 'text+filters';
  query: ProgramQuery;
}

/*
 * Realistic work on the generated catalogues: what a visitor types letter by letter, common
 * misspellings, two-word searches, and filter combinations across groups. Every one of them
 * also computes the counts of all six filter groups.
 */
export const QUERIES: readonly BenchQuery[] = [
  { name: '(no search: first page)', kind: 'all', query: {} },
  { name: 'c', kind: 'prefix', query: { text: 'c' } },
  { name: 'cy', kind: 'prefix', query: { text: 'cy' } },
  { name: 'cyb', kind: 'prefix', query: { text: 'cyb' } },
  { name: 'cyber', kind: 'prefix', query: { text: 'cyber' } },
  { name: 'mecha', kind: 'prefix', query: { text: 'mecha' } },
  { name: 'securty', kind: 'typo', query: { text: 'securty' } },
  { name: 'mechatronix', kind: 'typo', query: { text: 'mechatronix' } },
  { name: 'enviromental', kind: 'typo', query: { text: 'enviromental' } },
  { name: 'battery detroit', kind: 'words', query: { text: 'battery detroit' } },
  { name: 'network defense', kind: 'words', query: { text: 'network defense' } },
  {
    name: 'field + 2 formats + 2 states',
    kind: 'filters',
    query: { filters: { field: ['cybersecurity'], mode: ['online', 'hybrid'], state: ['TX', 'CA'] } },
  },
  {
    name: 'credential + length',
    kind: 'filters',
    query: { filters: { credential: ['certificate'], length: ['up-to-6', '6-to-12'] } },
  },
  { name: 'cyber + state', kind: 'text+filters', query: { text: 'cyber', filters: { state: ['TX'] } } },
  {
    name: 'robotics + format + length',
    kind: 'text+filters',
    query: { text: 'robotics', filters: { mode: ['in-person'], length: ['6-to-12'] } },
  },
];

/** What a visitor types into the finder, one measured keystroke per letter. */
export const TYPED = ['cyber', 'mechatronix', 'battery detroit'];

import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;
type Op = 'delete' | 'retype' | 'duplicate' | 'oversize' | 'unicode';
interface Mutation {
  at: number;
  op: Op;
  value: Json;
  text: string;
  size: number;
}

/** How many nodes (objects, arrays and leaves) a document has below its root. */
function countNodes(value: Json): number {
  let n = 0;
  if (Array.isArray(value)) for (const v of value) n += 1 + countNodes(v);
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) n += 1 + countNodes(value[k]!);
  return n;
}

/**
 * The path of the `index`-th node below the root, in pre-order (a node before its children, keys
 * in their own order). Walks without listing every path: the documents are 100 kB and each case
 * mutates up to six times.
 */
function pathAt(root: Json, index: number): Key[] {
  const path: Key[] = [];
  let left = index;
  let node = root;
  for (;;) {
    const keys: Key[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node as object);
    for (const k of keys) {
      const child = (node as Record<Key, Json>)[k]!;
      if (left === 0) return [...path, k];
      left--;
      const size = countNodes(child);
      if (left < size) {
        path.push(k);
        node = child;
        break;
      }
      left -= size;
    }
  }
}

const at = (doc: Json, path: Key[]): Json => path.reduce<Json>((node, k) => (node as Record<Key, Json>)[k]!, doc);

/** Applies the mutations to a copy: deleted, retyped, duplicated, oversized and unicode-heavy fields. */
function mutate(baseText: string, mutations: Mutation[]): Json {
  const doc = JSON.parse(baseText) as Json;
  for (const m of mutations) {
    const count = countNodes(doc);
    if (!count) break;
    const path = pathAt(doc, m.at % count);
    const key = path[path.length - 1]!;
    const parent = at(doc, path.slice(0, -1)) as Record<Key, Json>;
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'retype':
        parent[key] = m.value;
        break;
      case 'duplicate': {
        // The nearest enclosing list gets a second copy of its item: duplicate ids and all.
        const i = path.findLastIndex((k) => typeof k === 'number');
        if (i < 0) break;
        const list = at(doc, path.slice(0, i)) as Json[];
        list.push(structuredClone(list[path[i] as number]!));
        break;
      }
      case 'oversize':
        parent[key] = (m.text || 'x').repeat(Math.ceil(m.size / Math.max(1, m.text.length)));
        break;
      case 'unicode':
        parent[key] = m.text;
        break;
    }
  }
  return doc;
}

const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Op>('delete', 'retype', 'duplicate', 'oversize', 'unicode'),
  value: json,
  text: fc.string({ unit: 'binary', maxLength: 40 }),
  size: fc.integer({ min: 1000, max: 50000 }),
});

/** Documents a partner might send: anything at all, or a valid one with a few things broken. */
export function hostileDocuments(base: Json): fc.Arbitrary<Json> {
  const baseText = JSON.stringify(base);
  return fc.oneof(
    { weight: 1, arbitrary: json },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.constantFrom('contractVersion', 'programs', 'institutions', 'fields', 'outcomes', 'members', 'sources'),
        json,
      ),
    },
    { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 6 }).map((ms) => mutate(baseText, ms)) },
  );
}

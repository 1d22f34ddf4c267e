/** A valibot schema seen from outside: how the walkers below and the CSV columns read it. */
export interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  /** A record's values (`translations`: one object per language). */
  value?: SchemaNode;
  options?: readonly string[];
  pipe?: { type: string }[];
}

/** The schema at a path inside a record, optional wrappers removed; undefined past its end. */
export function schemaAt(root: SchemaNode, keys: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of keys) {
    while (node?.wrapped) node = node.wrapped;
    if (!node) return undefined;
    node =
      node.type === 'array'
        ? node.item
        : node.type === 'record'
          ? node.value
          : node.type === 'object'
            ? node.entries?.[String(key)]
            : undefined;
  }
  while (node?.wrapped) node = node.wrapped;
  return node;
}

/** Builds an RFC 6901 JSON Pointer from path segments: "/programs/3/name". */
export function pointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The segments of an RFC 6901 JSON Pointer: "/programs/3/name" → ["programs", "3", "name"]. */
export function segmentsOf(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a path of keys, reading own properties only (never one inherited, such as `__proto__`). */
export function valueAt(root: unknown, keys: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, String(key))) return undefined;
    node = (node as Record<string, unknown>)[key as string];
  }
  return node;
}

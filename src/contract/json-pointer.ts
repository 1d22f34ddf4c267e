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

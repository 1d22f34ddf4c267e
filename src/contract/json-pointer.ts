/** Builds an RFC 6901 JSON Pointer from path segments: "/programs/3/name". */
export function pointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

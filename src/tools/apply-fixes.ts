import type { ContractIssue } from '../contract/types.js';
import { segmentsOf } from '../contract/json-pointer.js';

// defineProperty, not assignment: a key named "__proto__" in partner data stays a plain key.
const put = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

function parentOf(root: unknown, segments: string[]): Record<string, unknown> | unknown[] | undefined {
  let node = root;
  for (const key of segments.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : undefined;
}

/** The same object with one key renamed, in the same place among its keys. */
function renamed(object: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) put(out, key === from ? to : key, value);
  return out;
}

/**
 * Applies every suggested fix to a copy of the parsed document: a value written in place, or a
 * misspelt property renamed. The original is not changed; returns the copy and how many applied.
 */
export function applyFixes(document: unknown, issues: readonly ContractIssue[]): { document: unknown; applied: number } {
  const copy = structuredClone(document);
  let applied = 0;
  let root = copy;
  for (const issue of issues) {
    const fix = issue.fix;
    if (!fix) continue;
    const segments = segmentsOf(fix.op === 'rename' ? fix.from : issue.path);
    const parent = parentOf(root, segments);
    const key = segments.at(-1);
    if (!parent || key === undefined) continue;
    if (fix.op === 'replace') {
      put(parent, key, fix.value);
      applied++;
    } else if (
      !Array.isArray(parent) &&
      Object.prototype.hasOwnProperty.call(parent, key) &&
      !Object.prototype.hasOwnProperty.call(parent, fix.to)
    ) {
      const next = renamed(parent, key, fix.to);
      const holder = segments.length > 1 ? parentOf(root, segments.slice(0, -1)) : undefined;
      const holderKey = segments.at(-2);
      if (segments.length === 1) root = next;
      else if (holder && holderKey !== undefined) put(holder, holderKey, next);
      applied++;
    }
  }
  return { document: root, applied };
}

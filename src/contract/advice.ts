import { closeMatch } from './spelling.js';
import { suggestValue } from './suggest.js';
import type { SchemaNode } from './schema-node.js';
import type { Advisor, UnknownProperty } from './types.js';

/*
 * The tools' advice to the person who edits the file (the data checker, the command line): kept
 * out of the widgets' bundle, whose console points to the tools for it. English only for now,
 * like the tools themselves.
 */

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const short = (key: string) => (key.length > 40 ? key.slice(0, 39) + '…' : key);
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Walks a record beside its schema; a property standing where a known one of similar spelling is absent is most likely its typo. */
function unknownIn(node: SchemaNode, raw: unknown, prefix: (string | number)[], found: UnknownProperty[]): void {
  while (node.wrapped) node = node.wrapped;
  if (node.type === 'array' && Array.isArray(raw) && node.item) {
    raw.forEach((item, i) => unknownIn(node.item!, item, [...prefix, i], found));
    return;
  }
  if (node.type !== 'object' || !isObject(raw) || !node.entries) return;
  const absent = Object.keys(node.entries).filter((k) => !own(raw, k));
  for (const key of Object.keys(raw)) {
    const child = node.entries[key];
    if (child) unknownIn(child, raw[key], [...prefix, key], found);
    else found.push({ keys: [...prefix, key], name: key, known: closeMatch(key, absent) });
  }
}

export const ADVICE: Advisor = {
  suggest(node, input) {
    const suggestion = suggestValue(node as SchemaNode | undefined, input);
    if (!suggestion) return undefined;
    const value = shown(suggestion.value);
    const other = suggestion.alternative === undefined ? '' : shown(suggestion.alternative);
    const advice = !other
      ? `Write ${value} instead`
      : `Write ${value} instead (or ${other}, if the ${suggestion.kind.startsWith('US') ? 'day' : 'month'} comes first)`;
    return { value: suggestion.value, advice };
  },
  unknown(schema, raw) {
    const found: UnknownProperty[] = [];
    unknownIn(schema as SchemaNode, raw, [], found);
    return found;
  },
  closeMatch,
  misspelt: (name, known) => `'${short(name)}' is not a property of the contract, so it is ignored. Did you mean '${known}'?`,
  missing: (name, known) => `is missing: '${short(name)}' looks like a misspelling of it. Rename '${short(name)}' to '${known}'`,
  unknownProperty: (name) => `'${short(name)}' is not a property of the contract; it is ignored`,
  didYouMean: (known) => `Did you mean '${known}'?`,
};

import { closeMatch } from './spelling.js';
import { suggestValue } from './suggest.js';
import { pointer, valueAt } from './json-pointer.js';
import { schemaAt, type SchemaNode } from './schema-node.js';
import type { Advisor, ContractIssue } from './types.js';
import { msg, str } from '../i18n/msg.js';

/*
 * The tools' advice to the person who edits the file (the data checker, the command line): kept
 * out of the widgets' bundle, whose console points to the tools for it. Its words are in the
 * language of the validator's translator, as the validator calls it in that scope.
 */

type Key = string | number;

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const short = (key: string) => (key.length > 40 ? key.slice(0, 39) + '…' : key);
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

interface Unknown {
  keys: Key[];
  name: string;
  known?: string;
}

/** Walks a record beside its schema; a property standing where a known one of similar spelling is absent is most likely its typo. */
function unknownIn(node: SchemaNode, raw: unknown, prefix: Key[], found: Unknown[]): void {
  while (node.wrapped) node = node.wrapped;
  if (node.type === 'array' && Array.isArray(raw) && node.item) {
    raw.forEach((item, i) => unknownIn(node.item!, item, [...prefix, i], found));
    return;
  }
  if (node.type === 'record' && isObject(raw) && node.value) {
    for (const [key, value] of Object.entries(raw)) unknownIn(node.value, value, [...prefix, key], found);
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

const spelled = new WeakMap<ReadonlySet<string>, Map<string, string | undefined>>();

const sameParent = (a: Key[], b: Key[]) => a.length === b.length && a.every((k, i) => i === a.length - 1 || k === b[i]);

export const ADVICE: Advisor = {
  suggest(schema, record, found) {
    for (const issue of found) {
      if (issue.missing || issue.fix) continue;
      const suggestion = suggestValue(schemaAt(schema as SchemaNode, issue.keys), valueAt(record, issue.keys));
      if (!suggestion) continue;
      const other = suggestion.alternative === undefined ? '' : shown(suggestion.alternative);
      const value = shown(suggestion.value);
      // The other reading is the one with the day first when this one is the US reading.
      issue.message += !other
        ? msg(str`. Write ${value} instead`)
        : suggestion.kind.startsWith('US')
          ? msg(str`. Write ${value} instead (or ${other}, if the day comes first)`)
          : msg(str`. Write ${value} instead (or ${other}, if the month comes first)`);
      // A date that reads two ways is for a person to settle: "apply the suggested fixes" leaves it.
      if (!other) issue.fix = { op: 'replace', value: suggestion.value };
    }
  },
  unknown(schema, record, prefix, found) {
    const unknown: Unknown[] = [];
    unknownIn(schema as SchemaNode, record, [], unknown);
    const warnings: ContractIssue[] = [];
    const info: ContractIssue[] = [];
    for (const u of unknown) {
      const path = pointer([...prefix, ...u.keys]);
      if (!u.known) {
        info.push({ severity: 'info', path, message: msg(str`'${short(u.name)}' is not a property of the contract; it is ignored`) });
        continue;
      }
      const fix = { op: 'rename', from: path, to: u.known } as const;
      // The cause of "is required but missing" is the misspelling: one message, where it is missing.
      const missing = found.find((f) => f.missing && f.keys.at(-1) === u.known && sameParent(f.keys, u.keys));
      if (missing) {
        const name = short(u.name);
        missing.message = msg(str`is missing: '${name}' looks like a misspelling of it. Rename '${name}' to '${u.known}'`);
        missing.fix = fix;
      } else {
        const message = msg(str`'${short(u.name)}' is not a property of the contract, so it is ignored. Did you mean '${u.known}'?`);
        warnings.push({ severity: 'warning', path, message, fix });
      }
    }
    return { warnings, info };
  },
  didYouMean(name, known) {
    // Each list of ids is searched for at most 50 names, and each name once: a file with thousands
    // of bad references must not take seconds to check.
    let lookups = spelled.get(known);
    if (!lookups) spelled.set(known, (lookups = new Map()));
    if (!lookups.has(name)) {
      if (lookups.size >= 50 || known.size > 5000) return undefined;
      lookups.set(name, closeMatch(name, [...known]));
    }
    const near = lookups.get(name);
    return near && msg(str`Did you mean '${near}'?`);
  },
};

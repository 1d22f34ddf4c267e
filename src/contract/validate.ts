import * as v from 'valibot';
import { english, msg, str, translating } from '../i18n/msg.js';
import { HeaderSchema, PublisherSchema, RECORD_SCHEMAS } from './schema.js';
import { CONTRACT_MAJOR, SECTIONS, type SectionName } from './vocabulary.js';
import { pointer, valueAt } from './json-pointer.js';
import { describeIssue, describeValue } from './describe-value.js';
import { checkReferences } from './references.js';
import type { SchemaNode } from './schema-node.js';
import type { ContractDocument, ContractIssue, IssueFix, LeftOutRecord, FoundIssue, ValidateOptions, ValidationResult } from './types.js';

// An empty config message marks "no phrase written", so describeIssue derives one from the type.
const CONFIG = { message: () => '' } as const;

type Key = string | number;
type RawIssue = v.BaseIssue<unknown>;

const keysOf = (issue: RawIssue): Key[] => (issue.path ?? []).map((p) => p.key as Key);

function fatal(path: string, message: string, fix?: IssueFix): ValidationResult {
  const issue: ContractIssue = fix ? { severity: 'fatal', path, message, fix } : { severity: 'fatal', path, message };
  return { ok: false, data: null, issues: [issue], info: [], leftOut: [], counts: { records: 0, kept: 0, leftOut: 0, dropped: 0 } };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/**
 * What to drop so that a record can still be shown: the innermost optional property or list item
 * around the problem. Null when the problem sits in what the record cannot be shown without.
 */
function dropTarget(schema: SchemaNode, keys: Key[], candidate: unknown): Key[] | null {
  let node: SchemaNode | undefined = schema;
  let target: Key[] | null = null;
  keys.forEach((key, i) => {
    if (!node) return;
    if (node.type === 'array') {
      target = keys.slice(0, i + 1);
      node = node.item;
    } else if (node.type === 'record') {
      // One language's translations can go without the others.
      target = keys.slice(0, i + 1);
      node = node.value;
    } else {
      node = node.entries?.[String(key)];
      if (node?.type === 'optional') target = keys.slice(0, i + 1);
    }
    while (node?.wrapped) node = node.wrapped;
  });
  // Dropping what is not there mends nothing ("a value, because the status is reported").
  return target && valueAt(candidate, target) !== undefined ? target : null;
}

/** A copy of `record` without the values at `targets`; the partner's object is never changed. */
function without(record: unknown, targets: Key[][]): unknown {
  const copies = new Set<unknown>();
  const copy = (node: unknown): unknown => {
    if (copies.has(node)) return node;
    const made = Array.isArray(node) ? [...node] : isPlainObject(node) ? { ...node } : node;
    copies.add(made);
    return made;
  };
  const root = copy(record);
  const removals = new Map<unknown, Key[]>();
  for (const keys of targets) {
    let node = root;
    for (const key of keys.slice(0, -1)) {
      const parent = node as Record<string, unknown>;
      parent[key as string] = copy(parent[key as string]);
      node = parent[key as string];
    }
    const last = keys.at(-1);
    if (last !== undefined && typeof node === 'object' && node !== null) removals.set(node, [...(removals.get(node) ?? []), last]);
  }
  for (const [node, keys] of removals) {
    if (Array.isArray(node)) {
      const gone = new Set(keys.map(Number));
      const kept = node.filter((_, i) => !gone.has(i));
      node.length = 0;
      node.push(...kept);
    } else {
      for (const key of keys) delete (node as Record<string, unknown>)[key as string];
    }
  }
  return root;
}

const keyWords = (key: Key, parent: Key | undefined) => (typeof key === 'number' ? msg(str`an item of ${String(parent)}`) : String(key));

interface RecordCheck {
  output?: unknown;
  issues: ContractIssue[];
  dropped: number;
  /** Why the record was left out: the first problem, with its path. */
  cause?: string;
  causePath?: string;
}

/**
 * Checks one record. A problem in a bad optional value drops that value (a warning) and keeps the
 * record; a problem in what the record cannot be shown without leaves it out (an error). Only the
 * problems as written are reported: what a drop causes in turn is its echo, not a cause.
 */
function checkRecord(schema: SchemaNode, record: unknown, prefix: Key[], info: ContractIssue[], options: ValidateOptions): RecordCheck {
  const first = v.safeParse(schema as unknown as v.GenericSchema, record, CONFIG);
  // One problem per place: a web address that fails two checks is one bad value.
  const located: FoundIssue[] = [];
  for (const issue of first.success ? [] : first.issues) {
    const keys = keysOf(issue);
    const path = pointer(keys);
    if (!located.some((l) => pointer(l.keys) === path))
      located.push({ keys, message: describeIssue(issue), missing: valueAt(record, keys) === undefined });
  }
  const issues: ContractIssue[] = [];
  if (options.advise) {
    options.advise.suggest(schema, record, located);
    const advice = options.advise.unknown(schema, record, prefix, located);
    issues.push(...advice.warnings);
    info.push(...advice.info);
  }
  if (first.success) return { output: first.output, issues, dropped: 0 };

  // Drop what can be dropped, then check again, a few rounds at most (a list emptied by a drop
  // may itself be optional).
  let candidate = record;
  let round = first.issues;
  const dropped: Key[][] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const targets = round.map((issue) => dropTarget(schema, keysOf(issue), candidate));
    if (targets.some((t) => t === null)) break;
    candidate = without(candidate, targets as Key[][]);
    dropped.push(...(targets as Key[][]));
    const again = v.safeParse(schema as unknown as v.GenericSchema, candidate, CONFIG);
    if (again.success) {
      // Each problem names what was dropped in the end: the outermost drop around it, which may
      // be one a first drop made necessary (a list left empty, percentiles out of order).
      const outermost = (keys: Key[]) =>
        dropped.filter((t) => t.every((k, i) => keys[i] === k)).sort((a, b) => a.length - b.length)[0] ?? keys;
      const what = (target: Key[]) => {
        // "without name" would read as the record's own name: say it is one translation.
        const at = target.lastIndexOf('translations');
        if (at < 0) return keyWords(target.at(-1) ?? '', target.at(-2));
        const [language, field] = [target[at + 1], target[at + 2]];
        if (language === undefined) return String(target.at(-1));
        return field === undefined
          ? msg(str`its ${String(language)} translations`)
          : msg(str`its ${String(language)} translation of ${String(field)}`);
      };
      const targets = new Set<string>();
      for (const { keys, message, fix } of located) {
        const target = outermost(keys);
        targets.add(pointer(target));
        issues.push({
          severity: 'warning',
          path: pointer([...prefix, ...keys]),
          message: msg(str`${message}. The record is shown without ${what(target)}`),
          ...(fix ? { fix } : {}),
        });
      }
      return { output: again.output, issues, dropped: targets.size };
    }
    round = again.issues;
  }
  // Left out: the cause is what the record cannot be shown without (or, when only drops led
  // there, the first problem); every problem of the record is named.
  const essential = located.find((l) => dropTarget(schema, l.keys, record) === null) ?? located[0];
  // valibot reports at least one issue for a record that fails, and each is located.
  if (!essential) throw new Error('validate: a record failed with no problem located');
  for (const { keys, message, fix } of [essential, ...located.filter((l) => l !== essential)]) {
    issues.push({ severity: 'error', path: pointer([...prefix, ...keys]), message, ...(fix ? { fix } : {}) });
  }
  const path = pointer([...prefix, ...essential.keys]);
  return { issues, dropped: 0, cause: `${path}: ${essential.message}`, causePath: path };
}

function checkVersion(doc: Record<string, unknown>): ValidationResult | null {
  const version = doc.contractVersion;
  if (version === undefined) {
    return fatal('/contractVersion', msg('The document has no contractVersion. Add "contractVersion": "1.0" at the top.'));
  }
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) {
    return fatal('/contractVersion', msg(str`expected a contract version such as "1.0", got ${describeValue(version)}`));
  }
  if (Number(match[1]) !== CONTRACT_MAJOR) {
    return fatal(
      '/contractVersion',
      msg(
        str`Contract version ${version as string} is not supported: this library reads version ${CONTRACT_MAJOR}.x. Use a stem-widgets release made for version ${match[1]}, or publish the data as version 1.0.`,
      ),
    );
  }
  return null;
}

interface SectionCheck {
  records: unknown[];
  /** Records in the document as written. */
  total: number;
  dropped: number;
}

/** Checks each record of one section; bad records and duplicates are left out and reported. */
function checkSection(
  name: SectionName,
  value: unknown,
  issues: ContractIssue[],
  info: ContractIssue[],
  leftOut: LeftOutRecord[],
  positions: WeakMap<object, number>,
  options: ValidateOptions,
): SectionCheck | undefined {
  if (!Array.isArray(value)) {
    issues.push({
      severity: 'error',
      path: pointer([name]),
      message: msg(str`expected a list of records, got ${describeValue(value)}; the section was left out`),
    });
    return undefined;
  }
  const schema = RECORD_SCHEMAS[name] as unknown as SchemaNode;
  const kept: unknown[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  value.forEach((record, index) => {
    let rawId: string | undefined;
    try {
      rawId = isPlainObject(record) && typeof record.id === 'string' ? record.id : undefined;
    } catch {
      rawId = undefined;
    }
    let result: RecordCheck;
    try {
      result = checkRecord(schema, record, [name, index], info, options);
    } catch (e) {
      // A record that throws when read (a getter, a proxy) is left out; the others still show.
      const path = pointer([name, index]);
      const message = msg(str`The record could not be read: ${e instanceof Error ? e.message : String(e)}`);
      result = { issues: [{ severity: 'error', path, message }], dropped: 0, cause: `${path}: ${message}`, causePath: path };
    }
    issues.push(...result.issues);
    if (result.output === undefined) {
      leftOut.push({ section: name, id: rawId, cause: result.cause!, path: result.causePath! });
      return;
    }
    const id = (result.output as { id: string }).id;
    if (seen.has(id)) {
      const path = pointer([name, index, 'id']);
      const message = msg(str`the id '${id}' is used by an earlier record in ${name}; this record was left out`);
      issues.push({ severity: 'error', path, message });
      leftOut.push({ section: name, cause: `${path}: ${message}`, path });
      return;
    }
    seen.add(id);
    dropped += result.dropped;
    positions.set(result.output as object, index);
    kept.push(result.output);
  });
  return { records: kept, total: value.length, dropped };
}

const TOP_LEVEL = ['$schema', ...Object.keys(HeaderSchema.entries), ...SECTIONS];
// The document's own properties, as a schema node the advisor can walk (their values are checked apart).
const TOP_LEVEL_NODE: SchemaNode = { type: 'object', entries: Object.fromEntries(TOP_LEVEL.map((k) => [k, { type: 'unknown' }])) };

function validateObject(doc: Record<string, unknown>, options: ValidateOptions): ValidationResult {
  const versionProblem = checkVersion(doc);
  if (versionProblem) return versionProblem;
  const present = SECTIONS.filter((name) => hasOwn(doc, name));
  const top = options.advise?.unknown(TOP_LEVEL_NODE, doc, [], []) ?? { warnings: [], info: [] };
  if (present.length === 0) {
    const none = msg(str`The document has none of the sections ${SECTIONS.join(', ')}; add at least one.`);
    const typo = top.warnings.find((w) => w.fix?.op === 'rename' && (SECTIONS as readonly string[]).includes(w.fix.to));
    return typo ? fatal(typo.path, `${none} ${typo.message}`, typo.fix) : fatal('', none);
  }

  const issues: ContractIssue[] = [...top.warnings];
  const info: ContractIssue[] = [...top.info];
  const leftOut: LeftOutRecord[] = [];
  const data: Record<string, unknown> = { contractVersion: doc.contractVersion };
  // Header mistakes are reported but do not hide the records.
  const headerSchema = v.omit(HeaderSchema, ['contractVersion']);
  const header = v.safeParse(headerSchema, doc, CONFIG);
  if (header.success) {
    Object.assign(data, header.output);
  } else {
    const found: FoundIssue[] = header.issues.map((issue) => ({ keys: keysOf(issue), message: describeIssue(issue), missing: false }));
    options.advise?.suggest(headerSchema, doc, found);
    for (const { keys, message, fix } of found) issues.push({ severity: 'warning', path: pointer(keys), message, ...(fix ? { fix } : {}) });
    const publisher = v.safeParse(PublisherSchema, doc.publisher, CONFIG);
    if (publisher.success) data.publisher = publisher.output;
    if (typeof doc.dateModified === 'string' && !header.issues.some((i) => i.path?.[0]?.key === 'dateModified')) {
      data.dateModified = doc.dateModified;
    }
    // A bad language says nothing about the text: read it as the default, English.
    const language = v.safeParse(HeaderSchema.entries.language, doc.language, CONFIG);
    data.language = language.success ? language.output : 'en';
  }
  const positions = new WeakMap<object, number>();
  const counts = { records: 0, kept: 0, leftOut: 0, dropped: 0 };
  for (const name of present) {
    const section = checkSection(name, doc[name], issues, info, leftOut, positions, options);
    if (!section) continue;
    data[name] = section.records;
    counts.records += section.total;
    counts.dropped += section.dropped;
  }
  const result = data as ContractDocument;
  checkReferences(result, issues, positions, leftOut, options.advise);
  counts.kept = SECTIONS.reduce((n, name) => n + ((data[name] as unknown[] | undefined)?.length ?? 0), 0);
  counts.leftOut = counts.records - counts.kept;
  return { ok: true, data: result, issues, info, leftOut, counts };
}

/**
 * Checks a contract document and returns what can be used plus every problem found. Never
 * throws: partners' JSON is untrusted, and a bad record must not hide the good ones. Accepts
 * the parsed value or the JSON text. Its messages are English unless `options.translator` gives
 * another language (the widgets pass their own; the contract depends on no UI library).
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return translating(options.translator ?? english, () => validateInput(input, options));
}

function validateInput(input: unknown, options: ValidateOptions): ValidationResult {
  try {
    let doc = input;
    if (typeof input === 'string') {
      try {
        doc = JSON.parse(input);
      } catch (e) {
        return fatal('', msg(str`This is not valid JSON: ${(e as Error).message}`));
      }
    }
    if (!isPlainObject(doc)) {
      return fatal('', msg(str`The document must be a JSON object ({ … }), got ${describeValue(doc)}.`));
    }
    return validateObject(doc, options);
  } catch (e) {
    // Hostile input (getters that throw, proxies) must still end in a result.
    return fatal('', msg(str`The document could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }
}

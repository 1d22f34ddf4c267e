import * as v from 'valibot';
import { msg, str } from '@lit/localize';
import { HeaderSchema, PublisherSchema, RECORD_SCHEMAS } from './schema.js';
import { CONTRACT_MAJOR, SECTIONS, type SectionName } from './vocabulary.js';
import { pointer } from './json-pointer.js';
import { describeIssue, describeValue } from './describe-value.js';
import { checkReferences } from './references.js';
import type { ContractDocument, ContractIssue, ValidationResult } from './types.js';

// An empty config message marks "no phrase written", so describeIssue derives one from the type.
const CONFIG = { message: () => '' } as const;

function issuesFrom(prefix: (string | number)[], issues: v.BaseIssue<unknown>[], severity: ContractIssue['severity']): ContractIssue[] {
  return issues.map((issue) => ({
    severity,
    path: pointer([...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)]),
    message: describeIssue(issue),
  }));
}

function fatal(path: string, message: string): ValidationResult {
  return { ok: false, data: null, issues: [{ severity: 'fatal', path, message }] };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
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

/** Checks each record of one section; bad records and duplicates are left out and reported. */
function checkSection(
  name: SectionName,
  value: unknown,
  issues: ContractIssue[],
  positions: WeakMap<object, number>,
): unknown[] | undefined {
  if (!Array.isArray(value)) {
    issues.push({
      severity: 'error',
      path: pointer([name]),
      message: msg(str`expected a list of records, got ${describeValue(value)}; the section was left out`),
    });
    return undefined;
  }
  const schema = RECORD_SCHEMAS[name] as v.GenericSchema;
  const kept: unknown[] = [];
  const seen = new Set<string>();
  value.forEach((record, index) => {
    const result = v.safeParse(schema, record, CONFIG);
    if (!result.success) {
      issues.push(...issuesFrom([name, index], result.issues, 'error'));
      return;
    }
    const id = (result.output as { id: string }).id;
    if (seen.has(id)) {
      issues.push({
        severity: 'error',
        path: pointer([name, index, 'id']),
        message: msg(str`the id '${id}' is used by an earlier record in ${name}; this record was left out`),
      });
      return;
    }
    seen.add(id);
    positions.set(result.output as object, index);
    kept.push(result.output);
  });
  return kept;
}

function validateObject(doc: Record<string, unknown>): ValidationResult {
  const versionProblem = checkVersion(doc);
  if (versionProblem) return versionProblem;
  const present = SECTIONS.filter((name) => hasOwn(doc, name));
  if (present.length === 0) {
    return fatal('', msg(str`The document has none of the sections ${SECTIONS.join(', ')}; add at least one.`));
  }

  const issues: ContractIssue[] = [];
  const data: Record<string, unknown> = { contractVersion: doc.contractVersion };
  // Header mistakes are reported but do not hide the records.
  const header = v.safeParse(v.omit(HeaderSchema, ['contractVersion']), doc, CONFIG);
  if (header.success) {
    Object.assign(data, header.output);
  } else {
    issues.push(...issuesFrom([], header.issues, 'warning'));
    const publisher = v.safeParse(PublisherSchema, doc.publisher, CONFIG);
    if (publisher.success) data.publisher = publisher.output;
    if (typeof doc.dateModified === 'string' && !header.issues.some((i) => i.path?.[0]?.key === 'dateModified')) {
      data.dateModified = doc.dateModified;
    }
  }
  const positions = new WeakMap<object, number>();
  for (const name of present) {
    const records = checkSection(name, doc[name], issues, positions);
    if (records) data[name] = records;
  }
  const result = data as ContractDocument;
  checkReferences(result, issues, positions);
  return { ok: true, data: result, issues };
}

/**
 * Checks a contract document and returns what can be used plus every problem found. Never
 * throws: partners' JSON is untrusted, and a bad record must not hide the good ones. Accepts
 * the parsed value or the JSON text.
 */
export function validate(input: unknown): ValidationResult {
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
    return validateObject(doc);
  } catch (e) {
    // Hostile input (getters that throw, proxies) must still end in a result.
    return fatal('', msg(str`The document could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }
}

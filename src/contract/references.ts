import { msg, str } from '../i18n/msg.js';
import { pointer } from './json-pointer.js';
import type { Advisor, ContractDocument, ContractIssue, LeftOutRecord } from './types.js';

function ids(records: { id: string }[] | undefined): Set<string> {
  return new Set((records ?? []).map((r) => r.id));
}

/**
 * Why a reference to `id` in `section` finds no record: it was left out (and why), or it is not
 * in the file at all (and what it may be a misspelling of).
 */
function missingWhy(section: string, id: string, known: Set<string>, leftOut: LeftOutRecord[], what: string, advise?: Advisor): string {
  const gone = leftOut.find((r) => r.section === section && r.id === id);
  // The cause is reported once, where it is: a reference points there.
  if (gone) return msg(str`names the ${what} '${id}', which was left out: ${gone.path}`);
  const base = msg(str`names the ${what} '${id}', which is not in ${section}`);
  const near = advise?.didYouMean(id, known);
  return near ? `${base}. ${near}` : base;
}

/**
 * Reports references to records that do not exist. A program whose college is unknown still
 * shows (warning); an outcome without its source does not, because a figure must cite it (error).
 * A reference to a record that was left out says why it was, so the cause is read once, where
 * it is. `positions` maps each kept record to its index in the original document, so paths point
 * where the person editing the JSON will look.
 */
export function checkReferences(
  doc: ContractDocument,
  issues: ContractIssue[],
  positions: WeakMap<object, number>,
  leftOut: LeftOutRecord[],
  advise?: Advisor,
): void {
  const at = (record: object, fallback: number) => positions.get(record) ?? fallback;
  const institutions = ids(doc.institutions);
  const fields = ids(doc.fields);
  const programs = ids(doc.programs);
  const sources = ids(doc.sources);

  doc.programs?.forEach((p, i) => {
    if (!institutions.has(p.institution)) {
      issues.push({
        severity: 'warning',
        path: pointer(['programs', at(p, i), 'institution']),
        message: missingWhy('institutions', p.institution, institutions, leftOut, msg('institution'), advise),
      });
    }
    if (!fields.has(p.field)) {
      issues.push({
        severity: 'warning',
        path: pointer(['programs', at(p, i), 'field']),
        message: missingWhy('fields', p.field, fields, leftOut, msg('field'), advise),
      });
    }
  });

  if (doc.outcomes) {
    const bySubject = {
      program: [programs, 'programs', () => msg('program')],
      institution: [institutions, 'institutions', () => msg('institution')],
      field: [fields, 'fields', () => msg('field')],
    } as const;
    const kept = doc.outcomes.filter((o, i) => {
      const { type, id } = o.subject;
      if (type !== 'consortium' && id !== undefined && !bySubject[type][0].has(id)) {
        const [known, section, noun] = bySubject[type];
        issues.push({
          severity: 'warning',
          path: pointer(['outcomes', at(o, i), 'subject', 'id']),
          message: missingWhy(section, id, known, leftOut, noun(), advise),
        });
      }
      if (o.benchmark?.source !== undefined && !sources.has(o.benchmark.source)) {
        issues.push({
          severity: 'warning',
          path: pointer(['outcomes', at(o, i), 'benchmark', 'source']),
          message: missingWhy('sources', o.benchmark.source, sources, leftOut, msg('source'), advise),
        });
      }
      if (!sources.has(o.source)) {
        const path = pointer(['outcomes', at(o, i), 'source']);
        const message = msg(
          str`${missingWhy('sources', o.source, sources, leftOut, msg('source'), advise)}. A figure must cite its source, so this outcome was left out`,
        );
        issues.push({ severity: 'error', path, message });
        leftOut.push({ section: 'outcomes', id: o.id, cause: `${path}: ${message}`, path });
        return false;
      }
      return true;
    });
    doc.outcomes = kept;
  }
}

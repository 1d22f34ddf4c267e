import { msg, str } from '@lit/localize';
import { pointer } from './json-pointer.js';
import type { ContractDocument, ContractIssue } from './types.js';

function ids(records: { id: string }[] | undefined): Set<string> {
  return new Set((records ?? []).map((r) => r.id));
}

/**
 * Reports references to records that do not exist. A program whose college is unknown still
 * shows (warning); an outcome without its source does not, because a figure must cite it (error).
 * `positions` maps each kept record to its index in the original document, so paths point
 * where the person editing the JSON will look.
 */
export function checkReferences(doc: ContractDocument, issues: ContractIssue[], positions: WeakMap<object, number>): void {
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
        message: msg(str`names the institution '${p.institution}', which is not in institutions`),
      });
    }
    if (!fields.has(p.field)) {
      issues.push({
        severity: 'warning',
        path: pointer(['programs', at(p, i), 'field']),
        message: msg(str`names the field '${p.field}', which is not in fields`),
      });
    }
  });

  if (doc.outcomes) {
    const bySubject = { program: programs, institution: institutions, field: fields } as const;
    const kept = doc.outcomes.filter((o, i) => {
      const { type, id } = o.subject;
      if (type !== 'consortium' && id !== undefined && !bySubject[type].has(id)) {
        issues.push({
          severity: 'warning',
          path: pointer(['outcomes', at(o, i), 'subject', 'id']),
          message: msg(str`names the ${type} '${id}', which is not in the document`),
        });
      }
      if (o.benchmark?.source !== undefined && !sources.has(o.benchmark.source)) {
        issues.push({
          severity: 'warning',
          path: pointer(['outcomes', at(o, i), 'benchmark', 'source']),
          message: msg(str`names the source '${o.benchmark.source}', which is not in sources`),
        });
      }
      if (!sources.has(o.source)) {
        issues.push({
          severity: 'error',
          path: pointer(['outcomes', at(o, i), 'source']),
          message: msg(
            str`names the source '${o.source}', which is not in sources; a figure must cite its source, so this outcome was left out`,
          ),
        });
        return false;
      }
      return true;
    });
    doc.outcomes = kept;
  }
}

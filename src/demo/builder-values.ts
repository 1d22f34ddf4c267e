// The values a list or subject attribute can take, read from the loaded document by the same
// engines the widgets filter with: a site owner picks from the fields, states or colleges that
// their data has, rather than typing ids.
import type { ContractDocument } from '../contract/types.js';
import type { SubjectType } from '../contract/vocabulary.js';
import { programSearchFor, type FacetKey } from '../program-finder/program-search.js';
import { memberSearchFor, type MemberFacet } from '../member-directory/member-search.js';

export interface Choice {
  value: string;
  label: string;
}

type Attributes = Record<string, string | boolean>;
type ValuesOf = (doc: ContractDocument, attributes: Attributes) => Choice[];

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'en', { numeric: true });

/** Ids with the record's name: "Cybersecurity (cybersecurity)". */
function named(ids: readonly string[], records: readonly { id: string; name: string }[] | undefined): Choice[] {
  const names = new Map((records ?? []).map((r) => [r.id, r.name]));
  return ids.map((id) => ({ value: id, label: names.has(id) ? `${names.get(id)} (${id})` : id })).sort(byLabel);
}

const plain = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: value })).sort(byLabel);

const finder =
  (group: FacetKey, records?: (doc: ContractDocument) => { id: string; name: string }[] | undefined): ValuesOf =>
  (doc) => {
    const values = programSearchFor(doc).values(group);
    return records ? named(values, records(doc)) : plain(values);
  };

const directory =
  (group: MemberFacet): ValuesOf =>
  (doc, attributes) =>
    plain(memberSearchFor(doc, attributes.source === 'institutions' ? 'institutions' : 'members').values(group));

/** The subjects that have outcomes published: a card about any other says "nothing published". */
const subjects =
  (type: SubjectType, records: (doc: ContractDocument) => { id: string; name: string }[] | undefined): ValuesOf =>
  (doc) =>
    named(
      [...new Set((doc.outcomes ?? []).filter((o) => o.subject.type === type && o.subject.id).map((o) => o.subject.id!))],
      records(doc),
    );

/** Per widget, the attributes whose values come from the document. */
export const DOCUMENT_VALUES: Record<string, Record<string, ValuesOf>> = {
  'stem-program-finder': {
    fields: finder('field', (doc) => doc.fields),
    states: finder('state'),
    institutions: finder('institution', (doc) => doc.institutions),
    modes: finder('mode'),
  },
  'stem-member-directory': {
    sectors: directory('sector'),
    roles: directory('role'),
    regions: directory('region'),
  },
  'stem-outcome-card': {
    program: subjects('program', (doc) => doc.programs),
    institution: subjects('institution', (doc) => doc.institutions),
    field: subjects('field', (doc) => doc.fields),
    metrics: (doc) => plain([...new Set((doc.outcomes ?? []).map((o) => o.metric))]),
  },
};

export function documentValues(
  tag: string,
  attribute: string,
  doc: ContractDocument | undefined,
  attributes: Attributes,
): Choice[] | undefined {
  const valuesOf = DOCUMENT_VALUES[tag]?.[attribute];
  return doc && valuesOf ? valuesOf(doc, attributes) : undefined;
}

import type { ContractDocument } from '../contract/types.js';
import { CREDENTIAL_CATEGORIES, PROGRAM_MODES, type CredentialCategory, type ProgramMode } from '../contract/vocabulary.js';
import { regionName } from '../contract/us-states.js';
import { LENGTH_BUCKETS, type LengthBucket } from '../core/duration.js';
import type { Facet } from '../search-ui/facet.js';
import { msg } from '../i18n/msg.js';
import { credentialLabel, lengthLabel, modeLabel } from './finder-labels.js';
import type { ProgramRecord } from './program-search.js';

/** The preselection attributes of the finder, read by the facets' accessors. */
export interface FinderPreselections {
  fields: string;
  states: string;
  institutions: string;
  modes: string;
}

/** Field and college names by id, per document: a national catalogue has thousands of colleges. */
const names = new WeakMap<ContractDocument, { field: Map<string, string>; institution: Map<string, string> }>();

function namesOf(doc: ContractDocument) {
  let found = names.get(doc);
  if (!found) {
    found = {
      field: new Map((doc.fields ?? []).map((f) => [f.id, f.name])),
      institution: new Map((doc.institutions ?? []).map((i) => [i.id, i.name])),
    };
    names.set(doc, found);
  }
  return found;
}

const ids = (list: readonly { id: string }[] | undefined): ReadonlySet<string> => new Set((list ?? []).map((x) => x.id));

/**
 * The finder's filter groups, in their default order. Each entry drives the engine's counts, the
 * panel, the chips, the address (`finder-<key>`) and its preselection attribute.
 */
export const PROGRAM_FACETS = [
  {
    key: 'field',
    values: (r: ProgramRecord) => [r.program.field],
    label: () => msg('Field of study'),
    optionLabel: (v: string, { doc }: { doc: ContractDocument }) => namesOf(doc).field.get(v) ?? v,
    preselect: { attribute: 'fields', read: (h: FinderPreselections) => h.fields, known: (doc: ContractDocument) => ids(doc.fields) },
  },
  {
    key: 'state',
    values: (r: ProgramRecord) => (r.institution ? [r.institution.address.region] : []),
    label: () => msg('State'),
    optionLabel: (v: string, { locale }: { locale: string }) => regionName(v, locale),
    preselect: {
      attribute: 'states',
      read: (h: FinderPreselections) => h.states,
      known: (doc: ContractDocument) => new Set((doc.institutions ?? []).map((i) => i.address.region)),
    },
  },
  {
    key: 'institution',
    values: (r: ProgramRecord) => [r.program.institution],
    label: () => msg('College'),
    optionLabel: (v: string, { doc }: { doc: ContractDocument }) => namesOf(doc).institution.get(v) ?? v,
    preselect: {
      attribute: 'institutions',
      read: (h: FinderPreselections) => h.institutions,
      known: (doc: ContractDocument) => ids(doc.institutions),
    },
  },
  {
    key: 'mode',
    values: (r: ProgramRecord) => r.program.modes ?? [],
    label: () => msg('Format'),
    optionLabel: (v: string) => modeLabel(v as ProgramMode),
    order: PROGRAM_MODES,
    preselect: { attribute: 'modes', read: (h: FinderPreselections) => h.modes, allowed: PROGRAM_MODES },
  },
  {
    key: 'length',
    values: (r: ProgramRecord) => (r.length ? [r.length] : []),
    label: () => msg('Length'),
    optionLabel: (v: string) => lengthLabel(v as LengthBucket),
    order: LENGTH_BUCKETS,
  },
  {
    key: 'credential',
    values: (r: ProgramRecord) => [r.program.credential.category],
    label: () => msg('Credential'),
    optionLabel: (v: string) => credentialLabel(v as CredentialCategory),
    order: CREDENTIAL_CATEGORIES,
  },
] as const satisfies readonly Facet<ProgramRecord, FinderPreselections>[];

export type ProgramFacet = Facet<ProgramRecord, FinderPreselections>;

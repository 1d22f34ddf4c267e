import { ROLES, SECTORS, type Role, type Sector } from '../contract/vocabulary.js';
import { regionName } from '../contract/us-states.js';
import type { Facet } from '../search-ui/facet.js';
import { msg } from '../i18n/msg.js';
import { roleLabel, sectorLabel } from './member-labels.js';
import type { MemberRecord } from './member-search.js';

/** The preselection attributes of the directory, read by the facets' accessors. */
export interface DirectoryPreselections {
  sectors: string;
  roles: string;
  regions: string;
}

/**
 * The directory's filter groups, in their default order. Each entry drives the engine's counts,
 * the panel, the chips, the address (`members-<key>`) and its preselection attribute.
 */
export const MEMBER_FACET_TABLE = [
  {
    key: 'sector',
    values: (r: MemberRecord) => [r.sector],
    label: () => msg('Sector'),
    optionLabel: (v: string) => sectorLabel(v as Sector),
    order: SECTORS,
    preselect: { attribute: 'sectors', read: (h: DirectoryPreselections) => h.sectors, allowed: SECTORS },
  },
  {
    key: 'role',
    values: (r: MemberRecord) => r.roles,
    label: () => msg('Role'),
    optionLabel: (v: string) => roleLabel(v as Role),
    order: ROLES,
    preselect: { attribute: 'roles', read: (h: DirectoryPreselections) => h.roles, allowed: ROLES },
  },
  {
    key: 'region',
    values: (r: MemberRecord) => (r.region ? [r.region] : []),
    label: () => msg('Region'),
    optionLabel: (v: string, { locale }: { locale: string }) => regionName(v, locale),
    preselect: { attribute: 'regions', read: (h: DirectoryPreselections) => h.regions },
  },
] as const satisfies readonly Facet<MemberRecord, DirectoryPreselections>[];

export type MemberFacetEntry = Facet<MemberRecord, DirectoryPreselections>;

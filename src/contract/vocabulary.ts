/** The closed lists of the contract, in one place for the schema, the widgets and the docs. */

export const CREDENTIAL_CATEGORIES = ['certificate', 'diploma', 'associate-degree', 'industry-certification'] as const;
export type CredentialCategory = (typeof CREDENTIAL_CATEGORIES)[number];

export const PROGRAM_MODES = ['in-person', 'online', 'hybrid'] as const;
export type ProgramMode = (typeof PROGRAM_MODES)[number];

export const SUBJECT_TYPES = ['program', 'institution', 'field', 'consortium'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Outcome metrics: the WIOA primary indicators and the common college measures, plus `custom`. */
export const METRICS = [
  'completion-rate',
  'retention-rate',
  'employment-rate-q2',
  'employment-rate-q4',
  'median-earnings-q2',
  'median-annual-earnings',
  'credential-attainment-rate',
  'number-awarded',
  'number-enrolled',
  'custom',
] as const;
export type Metric = (typeof METRICS)[number];

export const OUTCOME_STATUSES = ['reported', 'suppressed', 'not-available', 'not-applicable'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const UNITS = ['percent', 'currency', 'count'] as const;
export type Unit = (typeof UNITS)[number];

/** How exact a published figure is: "more than 1,300" is honest; "1,300" would not be. */
export const QUALIFIERS = ['exact', 'approximately', 'more-than', 'less-than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SECTORS = ['college', 'industry', 'nonprofit', 'professional-society', 'government', 'foundation', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const ROLES = ['chair', 'co-chair', 'leadership-council', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** The sections a document may carry; at least one must be present. */
export const SECTIONS = ['fields', 'institutions', 'programs', 'sources', 'outcomes', 'members'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** The contract version this library writes and reads. Same major: readable. */
export const CONTRACT_VERSION = '1.1';
export const CONTRACT_MAJOR = 1;

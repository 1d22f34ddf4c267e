import { msg } from '../i18n/msg.js';
import type { CredentialCategory, ProgramMode } from '../contract/vocabulary.js';
import type { LengthBucket } from '../core/duration.js';
import type { SortKey } from './program-search.js';

/** Words for the finder's fixed vocabularies, in the current language (the groups' own are in program-facets.ts). */
export const modeLabel = (mode: ProgramMode): string =>
  ({ 'in-person': () => msg('In person'), online: () => msg('Online'), hybrid: () => msg('Hybrid') })[mode]();

export const lengthLabel = (bucket: LengthBucket): string =>
  ({ 'up-to-6': () => msg('Up to 6 months'), '6-to-12': () => msg('6 to 12 months'), 'over-12': () => msg('Over 12 months') })[bucket]();

export const credentialLabel = (category: CredentialCategory): string =>
  ({
    certificate: () => msg('Certificate'),
    diploma: () => msg('Diploma'),
    'associate-degree': () => msg('Associate degree'),
    'industry-certification': () => msg('Industry certification'),
  })[category]();

export const sortLabel = (key: SortKey): string =>
  ({
    relevance: () => msg('Best match'),
    name: () => msg('Name'),
    shortest: () => msg('Shortest first'),
    cost: () => msg('Lowest cost'),
    nearest: () => msg('Nearest first'),
  })[key]();

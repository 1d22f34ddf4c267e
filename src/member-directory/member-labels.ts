import { msg } from '../i18n/msg.js';
import type { Role, Sector } from '../contract/vocabulary.js';

export const roleLabel = (role: Role): string =>
  ({
    chair: () => msg('Chair'),
    'co-chair': () => msg('Co-Chair'),
    'leadership-council': () => msg('Leadership Council'),
    member: () => msg('Member'),
  })[role]();

export const sectorLabel = (sector: Sector): string =>
  ({
    college: () => msg('College'),
    industry: () => msg('Industry'),
    nonprofit: () => msg('Nonprofit'),
    'professional-society': () => msg('Professional society'),
    government: () => msg('Government'),
    foundation: () => msg('Foundation'),
    other: () => msg('Other'),
  })[sector]();

import type { MemberRecord } from './member-search.js';
import '../search-ui/search-events.js';

/** Detail of `stem-member-select`: the member whose link the visitor followed. */
export interface MemberSelectDetail {
  member: MemberRecord;
}

declare module '../core/events.js' {
  interface StemEventMap {
    'stem-member-select': CustomEvent<MemberSelectDetail>;
  }
}

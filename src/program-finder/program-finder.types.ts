import type { Institution, Program } from '../contract/types.js';
import '../search-ui/search-events.js';

export type { SearchChangeDetail } from '../search-ui/search-events.js';

/** Detail of `stem-program-select`: the program whose link the visitor followed. */
export interface ProgramSelectDetail {
  program: Program;
  institution: Institution | undefined;
}

declare module '../core/events.js' {
  interface StemEventMap {
    'stem-program-select': CustomEvent<ProgramSelectDetail>;
  }
}

import type { Outcome, Source } from '../contract/types.js';

/** Detail of `stem-source-open`: the source a visitor followed, and the figure it backs. */
export interface SourceOpenDetail {
  source: Source;
  outcome: Outcome;
}

declare module '../core/events.js' {
  interface StemEventMap {
    'stem-source-open': CustomEvent<SourceOpenDetail>;
  }
}

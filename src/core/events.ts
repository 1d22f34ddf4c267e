import type { ContractIssue, ContractDocument } from '../contract/types.js';
import type { LoadFailure } from '../data/load-error.js';

/** Detail of `stem-data-load`: the validated document and the problems found in it. */
export interface DataLoadDetail {
  data: ContractDocument;
  issues: ContractIssue[];
  source: string;
}

/** Detail of `stem-data-error`: why no usable document could be had. */
export interface DataErrorDetail {
  error: LoadFailure;
  source: string;
}

/**
 * Every event the library fires, by name. All names start with `stem-` so that a nested widget's
 * event is never mistaken for another library's.
 */
export interface StemEventMap {
  'stem-data-load': CustomEvent<DataLoadDetail>;
  'stem-data-error': CustomEvent<DataErrorDetail>;
}

type DetailOf<K extends keyof StemEventMap> = StemEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires a typed, prefixed event from `host`. Events bubble but are not composed: the host is the
 * element the page sees, so nothing needs to cross a shadow boundary.
 */
export function emit<K extends keyof StemEventMap>(
  host: EventTarget,
  name: K,
  detail: DetailOf<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: false, cancelable: options.cancelable ?? false }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends StemEventMap {}
}

import { msg, str } from '../i18n/msg.js';

/** Why a document could not be had. `kind` lets a page react; `message` is for people. */
export type LoadFailureKind = 'http' | 'network' | 'timeout' | 'not-json' | 'invalid' | 'no-source';

export interface LoadFailure {
  kind: LoadFailureKind;
  /** One sentence for a visitor or webmaster. */
  message: string;
  /** The detail a webmaster needs to fix it: the URL, the status, the parser's complaint. */
  detail: string;
  /** HTTP status, when there was a response. */
  status?: number;
}

const messages: Record<LoadFailureKind, () => string> = {
  http: () => msg('The data could not be loaded: the server answered with an error.'),
  network: () => msg('The data could not be loaded: the network request failed.'),
  timeout: () => msg('The data took too long to load.'),
  'not-json': () => msg('The data file is not valid JSON.'),
  invalid: () => msg('The data file cannot be used.'),
  'no-source': () => msg('No data was given to this widget.'),
};

/** What a visitor can do about it; the detail below it is for the site's owner. */
const DATA_HELP = () => msg('The problem is in the site’s data, not your device: please tell the site’s owner.');
const help: Record<LoadFailureKind, () => string> = {
  http: () => msg('Try again in a minute. If it keeps happening, please tell the site’s owner.'),
  network: () => msg('Check your internet connection, then try again.'),
  timeout: () => msg('Try again in a moment.'),
  'not-json': DATA_HELP,
  invalid: DATA_HELP,
  'no-source': () => '',
};

export function failureHelp(kind: LoadFailureKind): string {
  return help[kind]();
}

/** The sentence for a kind of failure, in the current language (so it follows a language switch). */
export function failureMessage(kind: LoadFailureKind): string {
  return messages[kind]();
}

/**
 * A failure whose words are made when they are read, in the language of the element reading
 * them: one failed request is shared by every widget on its URL, whatever their languages.
 */
export function failure(kind: LoadFailureKind, detail: () => string, status?: number): LoadFailure {
  return {
    kind,
    get message() {
      return failureMessage(kind);
    },
    get detail() {
      return detail();
    },
    ...(status === undefined ? {} : { status }),
  };
}

export function httpDetail(url: string, status: number, statusText: string): string {
  return msg(str`${url} answered HTTP ${status} ${statusText}`).trim();
}

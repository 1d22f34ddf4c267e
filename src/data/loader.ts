import { msg, str } from '../i18n/msg.js';
import { failure, httpDetail, type LoadFailure } from './load-error.js';

/** The outcome of fetching one URL: the parsed JSON, or why not. */
export type FetchOutcome = { ok: true; json: unknown; url: string } | { ok: false; error: LoadFailure; url: string };

interface Entry {
  promise: Promise<FetchOutcome>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

// One request per URL for the whole page: three widgets on one `src` share it.
const entries = new Map<string, Entry>();

export const DEFAULT_TIMEOUT_MS = 15000;

/** Resolves `src` against the page, so a relative path works wherever the widget is pasted. */
export function resolveUrl(src: string, base = document.baseURI): string {
  return new URL(src, base).href;
}

async function fetchJson(url: string, controller: AbortController, timeoutMs: number, reload: boolean): Promise<FetchOutcome> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // A retry goes to the network even if a proxy or the browser cached the failure.
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: reload ? 'reload' : 'default',
    });
    if (!response.ok)
      return { ok: false, url, error: failure('http', () => httpDetail(url, response.status, response.statusText), response.status) };
    const text = await response.text();
    try {
      return { ok: true, url, json: JSON.parse(text) };
    } catch (e) {
      const start = text.trimStart().slice(0, 1);
      const looksLikeHtml = start === '<';
      const reason = (e as Error).message;
      return {
        ok: false,
        url,
        error: failure('not-json', () =>
          msg(str`${url}: ${reason}${looksLikeHtml ? msg(' (it looks like HTML: is the address right?)') : ''}`),
        ),
      };
    }
  } catch (e) {
    if (timedOut)
      return { ok: false, url, error: failure('timeout', () => msg(str`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)) };
    if ((e as Error).name === 'AbortError') throw e;
    const reason = (e as Error).message.replace(/\.$/, '');
    return {
      ok: false,
      url,
      error: failure('network', () => msg(str`${url}: ${reason}. Check the address, and that the server allows this site (CORS).`)),
    };
  } finally {
    clearTimeout(timer);
  }
}

export interface LoadOptions {
  /** Aborting it stops waiting; the request itself stops when no one else waits for it. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Ask again instead of reusing an earlier answer (the retry button). */
  reload?: boolean;
}

/**
 * Fetches and parses a JSON document. Every caller of the same URL shares one request; the
 * request is aborted when every caller has gone (their elements left the page). A settled
 * answer is reused until a caller asks to reload.
 */
export function loadJson(src: string, options: LoadOptions = {}): Promise<FetchOutcome> {
  const url = resolveUrl(src);
  let entry = entries.get(url);
  if (entry && options.reload && entry.settled) {
    entries.delete(url);
    entry = undefined;
  }
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve(null as never) };
    created.promise = fetchJson(url, controller, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.reload ?? false).then(
      (outcome) => {
        created.settled = true;
        // Failures are not kept: the next widget or a retry asks again.
        if (!outcome.ok && entries.get(url) === created) entries.delete(url);
        return outcome;
      },
      (e: unknown) => {
        if (entries.get(url) === created) entries.delete(url);
        throw e;
      },
    );
    entries.set(url, created);
    entry = created;
  }
  const shared = entry;
  const signal = options.signal;
  if (!signal) {
    // A caller that cannot abort keeps the request alive until it settles.
    shared.waiting++;
    return shared.promise.finally(() => shared.waiting--);
  }
  if (signal.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  shared.waiting++;
  return new Promise<FetchOutcome>((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(url) === shared) entries.delete(url);
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (outcome) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        resolve(outcome);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** Forgets every cached answer (tests, and pages that swap data sets). */
export function clearLoadCache(): void {
  entries.clear();
}

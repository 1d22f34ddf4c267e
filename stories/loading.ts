/**
 * A data URL that never answers, so the loading state stays on screen in a story. Only fetches
 * of this exact path wait; everything else goes to the network as usual.
 */
export const NEVER_LOADS = 'sample/never-loads.json';

const original = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.endsWith(NEVER_LOADS)) {
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
  }
  return original(input, init);
};

/**
 * The browser engine the tests run in, from the user agent. Only for test budgets (how many
 * generated cases to run), never to decide what a test expects: every engine must behave alike.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/program-finder/program-finder.js';
import '../../../src/stem-data/stem-data.js';
import type { StemWidget } from '../../../src/core/stem-widget.js';
import { guardPage, shadowText, stateOf } from './page-guard.js';

const key = () => Math.random().toString(36).slice(2);
const recover = (k: string) => fetch(`/__recover?key=${k}`);

/** Loads `src` into a finder, waits for the error panel, recovers the server, retries. */
async function failThenRecover(src: string, k: string, expected: RegExp, options: { timeout?: number } = {}) {
  const guard = guardPage();
  const el = await fixture<StemWidget>(html`<stem-program-finder src=${src} timeout=${options.timeout ?? 15000}></stem-program-finder>`);
  await waitUntil(() => stateOf(el) === 'error', 'the error state', { timeout: 8000 });
  expect(shadowText(el)).to.match(expected);
  // The webmaster's detail names the address that failed.
  expect(el.shadowRoot!.querySelector('[part="error"] details')!.textContent).to.include(new URL(src, location.href).host);
  await expect(el).to.be.accessible();
  await recover(k);
  const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');
  expect(retry, 'a retry button').to.exist;
  retry!.click();
  await waitUntil(() => stateOf(el) === 'ready', 'ready after the retry', { timeout: 8000 });
  expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).to.be.greaterThan(0);
  guard.stop();
  expect(guard.problems).to.deep.equal([]);
}

describe('network faults: each ends in the error state, and a retry works once the server recovers', () => {
  it('404 Not Found', async () => {
    const k = key();
    await failThenRecover(`/__fault/404?key=${k}`, k, /server answered with an error/);
  });

  it('500 Internal Server Error', async () => {
    const k = key();
    await failThenRecover(`/__fault/500?key=${k}`, k, /server answered with an error/);
  });

  it('a web page instead of JSON', async () => {
    const k = key();
    await failThenRecover(`/__fault/html?key=${k}`, k, /not valid JSON.*looks like HTML/);
  });

  it('a body cut off mid-transfer', async () => {
    const k = key();
    await failThenRecover(`/__fault/truncated?key=${k}`, k, /could not be loaded|not valid JSON/);
  });

  it('a complete answer whose JSON stops halfway', async () => {
    const k = key();
    await failThenRecover(`/__fault/cut-json?key=${k}`, k, /not valid JSON/);
  });

  it('an answer slower than the time-out', async () => {
    const k = key();
    await failThenRecover(`/__fault/slow?key=${k}&ms=3000`, k, /took too long/, { timeout: 300 });
  });

  it('a redirect loop', async () => {
    const k = key();
    await failThenRecover(`/__fault/redirect-loop?key=${k}`, k, /network request failed/);
  });

  it('a connection refused, then a server that comes up', async () => {
    const port = (await executeServerCommand('refused-port')) as number;
    const src = `http://127.0.0.1:${port}/doc.json`;
    const guard = guardPage();
    const el = await fixture<StemWidget>(html`<stem-program-finder src=${src}></stem-program-finder>`);
    await waitUntil(() => stateOf(el) === 'error', 'the error state', { timeout: 8000 });
    expect(shadowText(el)).to.match(/network request failed/);
    expect(shadowText(el)).to.include(`127.0.0.1:${port}`);
    // Firefox's own message ends in a full stop, and ours followed it with another.
    expect(shadowText(el)).not.to.include('..');
    await executeServerCommand('listen-port', { port });
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await waitUntil(() => stateOf(el) === 'ready', 'ready after the retry', { timeout: 8000 });
    } finally {
      await executeServerCommand('close-port', { port });
    }
    guard.stop();
    expect(guard.problems).to.deep.equal([]);
  });

  it('follows a redirect to the document', async () => {
    const el = await fixture<StemWidget>(html`<stem-program-finder src=${`/__fault/redirect?key=${key()}`}></stem-program-finder>`);
    await waitUntil(() => stateOf(el) === 'ready', 'ready', { timeout: 8000 });
  });

  it('a <stem-data> error reaches every widget inside, and one retry serves them all', async () => {
    const k = key();
    const guard = guardPage();
    const el = await fixture<HTMLElement>(
      html`<stem-data src=${`/__fault/500?key=${k}`}><stem-program-finder></stem-program-finder></stem-data>`,
    );
    const finder = el.querySelector('stem-program-finder')!;
    await waitUntil(() => stateOf(finder) === 'error', 'the finder shows the error', { timeout: 8000 });
    await recover(k);
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => stateOf(finder) === 'ready', 'ready after the retry', { timeout: 8000 });
    guard.stop();
    expect(guard.problems).to.deep.equal([]);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { StemWidget } from '../../../src/core/stem-widget.js';
import consortium from '../../../src/sample/consortium.json';
import coalition from '../../../src/sample/coalition.json';
import { guardPage, stateOf } from './page-guard.js';

const key = () => Math.random().toString(36).slice(2);
const cards = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="card"]').length;
/** The visible result count, "35 programs". */
const countShown = (el: Element) => el.shadowRoot!.querySelector('p.count')?.textContent?.trim();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Counters {
  nodes: number;
  listeners: number;
  heap: number;
}
/** The page's counters after a full garbage collection; false where the browser has no DevTools protocol. */
const counters = async () => (await executeServerCommand('dom-counters')) as Counters | false;
/** The counters, or the test is skipped: only Chromium can count listeners and heap from outside. */
async function countersOrSkip(test: Mocha.Context): Promise<Counters> {
  const found = await counters();
  if (!found) test.skip();
  return found as Counters;
}

/** Counts the page's pending timers (setTimeout and setInterval) by wrapping the real ones. */
function countTimers(): { pending: () => number; restore: () => void } {
  const live = new Set<number>();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = st(
      (...a: unknown[]) => {
        live.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = si(fn, ms, ...args);
    live.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    ci(id);
  }) as typeof window.clearInterval;
  return {
    pending: () => live.size,
    restore: () => Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci }),
  };
}

describe('lifecycle', () => {
  it('attach, detach and re-attach the same element: it shows the document again and still searches', async () => {
    const guard = guardPage();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('stem-program-finder') as StemWidget;
    (el as unknown as { data: unknown }).data = consortium;
    host.append(el);
    await waitUntil(() => cards(el) > 0, 'ready');
    el.remove();
    await pause(50);
    host.append(el);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('ready');
    const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'mechatronics';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(
      () =>
        [...el.shadowRoot!.querySelectorAll('[part~="card"] h3, [part~="card"] h2, [part~="card"] h4')].every((h) =>
          /mechatronic/i.test(h.textContent ?? ''),
        ),
      'filtered',
    );
    guard.stop();
    expect(guard.problems).to.deep.equal([]);
  });

  it('re-attached while its load was cut short, it loads again', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('stem-program-finder') as StemWidget;
    el.setAttribute('src', `/__fault/slow?key=${key()}&ms=400`);
    host.append(el);
    await pause(50);
    el.remove();
    await pause(50);
    host.append(el);
    await waitUntil(() => stateOf(el) === 'ready', 'ready after re-attaching', { timeout: 5000 });
  });

  it('changing src while a load is in flight: the last one wins, even when the first answers later', async () => {
    const el = await fixture<StemWidget>(html`<stem-program-finder src=${`/__fault/slow?key=${key()}&ms=800`}></stem-program-finder>`);
    el.src = `/src/sample/consortium.json?k=${key()}`;
    await waitUntil(() => stateOf(el) === 'ready', 'ready', { timeout: 5000 });
    const expected = consortium.programs.length;
    await waitUntil(() => countShown(el) === `${expected} programs`, 'the consortium');
    await pause(1000); // the slow, small document has answered by now
    expect(countShown(el)).to.equal(`${expected} programs`);

    // The other way round: a fast first answer, then a slow second src, which must win.
    el.src = `/src/sample/consortium.json?k=${key()}`;
    el.src = `/__fault/slow?key=${key()}&ms=500`;
    await pause(900);
    await waitUntil(() => stateOf(el) === 'ready', 'ready');
    expect(countShown(el)).to.equal('2 programs');
    expect(cards(el)).to.equal(2);
  });

  it('removed while loading: the request is aborted, and no timers are left behind', async () => {
    const guard = guardPage();
    const timers = countTimers();
    const k = key();
    try {
      const el = await fixture<StemWidget>(html`<stem-program-finder src=${`/__fault/slow?key=${k}&ms=2000`}></stem-program-finder>`);
      await pause(100);
      expect(timers.pending(), 'the load is timed').to.be.greaterThan(0);
      el.remove();
      await pause(200);
      expect(timers.pending(), 'timers left').to.equal(0);
    } finally {
      timers.restore();
    }
    const { aborted } = (await (await fetch(`/__aborted?key=${k}`)).json()) as { aborted: boolean };
    expect(aborted, 'the server saw the request cancelled').to.be.true;
    guard.stop();
    expect(guard.problems).to.deep.equal([]);
  });

  it('removed while loading: no event listeners are left behind (Chromium only: it counts them)', async function () {
    const warm = await fixture<StemWidget>(html`<stem-program-finder .data=${consortium}></stem-program-finder>`);
    warm.remove();
    const before = await countersOrSkip(this);
    const el = await fixture<StemWidget>(html`<stem-program-finder src=${`/__fault/slow?key=${key()}&ms=2000`}></stem-program-finder>`);
    await pause(100);
    el.remove();
    await pause(200);
    const after = await countersOrSkip(this);
    expect(after.listeners - before.listeners, 'listeners left').to.be.at.most(0);
  });

  it('500 create-and-remove cycles of every widget do not grow the heap or the listener count', async function () {
    this.timeout(120000);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const cycle = async () => {
      const data = document.createElement('stem-data') as HTMLElement & { data: unknown };
      data.data = consortium;
      const finder = document.createElement('stem-program-finder');
      const card = document.createElement('stem-outcome-card');
      card.setAttribute('consortium', '');
      const directory = document.createElement('stem-member-directory') as HTMLElement & { data: unknown };
      directory.data = coalition;
      data.append(finder, card);
      host.append(data, directory);
      await (finder as StemWidget).updateComplete;
      await (directory as StemWidget).updateComplete;
      data.remove();
      directory.remove();
    };
    await countersOrSkip(this); // Chromium only: the heap and listeners are counted through the DevTools protocol
    for (let i = 0; i < 50; i++) await cycle(); // warm: engines built, styles adopted, code compiled
    const at50 = await countersOrSkip(this);
    for (let i = 50; i < 250; i++) await cycle();
    const at250 = await countersOrSkip(this);
    for (let i = 250; i < 500; i++) await cycle();
    const at500 = await countersOrSkip(this);
    const kb = (n: number) => Math.round(n / 1024);
    console.log(
      `[reliability] 500 cycles: heap ${kb(at50.heap)} → ${kb(at250.heap)} → ${kb(at500.heap)} KiB, listeners ${at50.listeners} → ${at250.listeners} → ${at500.listeners}, nodes ${at50.nodes} → ${at500.nodes}`,
    );
    expect(at500.listeners - at50.listeners, 'listeners').to.be.at.most(5);
    // A leak of one widget per cycle would be hundreds of KiB over 450 cycles; noise is far less.
    expect(at500.heap - at50.heap, 'heap growth over 450 cycles (bytes)').to.be.below(1024 * 1024);
    expect(at500.heap - at250.heap, 'heap growth over the last 250 cycles (bytes)').to.be.below(512 * 1024);
  });
});

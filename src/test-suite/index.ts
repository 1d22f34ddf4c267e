/// <reference types="mocha" />
/* eslint-disable lit/binding-positions, lit/no-invalid-html -- static tag names from lit/static-html.js are valid */
/* eslint-disable @typescript-eslint/no-unused-expressions -- chai's assertions are property reads: expect(x).to.exist */
/**
 * stem-widgets/test-suite: the states every widget built on `StemWidget` shares, as a Mocha
 * suite for a browser test runner (Web Test Runner with @open-wc/testing). Run it from your
 * widget's test file:
 *
 *   import { sendKeys } from '@web/test-runner-commands';
 *   import { runWidgetSuite } from 'stem-widgets/test-suite';
 *   runWidgetSuite('my-widget', { ...documents and checks..., press: (key) => sendKeys({ press: key }) });
 *
 * It needs @open-wc/testing (an optional peer dependency) and nothing of the test server: the
 * loading and failing requests are answered by a stand-in for `fetch` while they run, unless
 * `urls` names real ones.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { StemWidget } from '../core/stem-widget.js';

export interface WidgetSuiteOptions {
  /** A document this widget shows something from. */
  readyDocument: () => object;
  /** True when the widget shows the ready document. */
  isReady: (el: StemWidget) => boolean;
  /** A valid document that holds nothing for this widget. */
  emptyDocument: () => object;
  /** A ready document with one bad record, and a check that the good ones still show. */
  badRecordDocument: () => object;
  stillShowsGoodRecords: (el: StemWidget) => boolean;
  /**
   * Presses one key as the visitor does, through the browser's own input (not a synthetic
   * event): with Web Test Runner, `(key) => sendKeys({ press: key })` from @web/test-runner-commands.
   */
  press: (key: string) => Promise<unknown>;
  /**
   * Real addresses instead of the stand-in for fetch, each new for every call: one that answers
   * after a second or more, and one that fails once (HTTP 503) and then serves a ready document.
   */
  urls?: { slow: () => string; failsOnce: () => string };
}

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let requests = 0;
/** An address no one has asked for yet: the page-wide request cache starts empty for it. */
const standInUrl = (name: string) => new URL(`/stem-widgets-test-suite/${name}-${++requests}-${Date.now()}.json`, location.href).href;

/**
 * Answers requests for `url` with `answer` while the returned function has not been called;
 * every other request goes to the network as before.
 */
function standIn(url: string, answer: (init: RequestInit | undefined, count: number) => Promise<Response>): () => void {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const asked = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(asked, location.href).href === url ? answer(init, ++count) : original(input, init);
  };
  return () => {
    window.fetch = original;
  };
}

/** A request that never answers, until the widget gives up on it (aborts). */
function never(init: RequestInit | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')));
  });
}

/**
 * The states every widget shares: loading, ready, empty, error with a retry that works by
 * keyboard, bad records, fatal documents, no data, accessibility in every state, and no Lit
 * warnings. `tag` is the widget's registered tag name.
 */
export function runWidgetSuite(tag: string, options: WidgetSuiteOptions): void {
  const t = unsafeStatic(tag);
  const warnings: string[] = [];
  let originalWarn: typeof console.warn;

  describe(`<${tag}>: the shared widget states`, () => {
    before(() => {
      originalWarn = console.warn;
      console.warn = (...args: unknown[]) => {
        const line = args.map(String).join(' ');
        // Lit's dev-mode warnings link to lit.dev/msg; its one notice that dev mode is on is expected.
        if (line.includes('lit.dev/msg') && !line.includes('Lit is in dev mode')) warnings.push(line);
        originalWarn.apply(console, args);
      };
    });
    after(() => {
      console.warn = originalWarn;
    });

    it('holds its space with an accessible skeleton while loading', async () => {
      const url = options.urls?.slow() ?? standInUrl('loading');
      const restore = options.urls ? () => {} : standIn(url, never);
      try {
        const el = await fixture<StemWidget>(html`<${t} src=${url}></${t}>`);
        const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]') as HTMLElement;
        expect(skeleton, 'skeleton').to.exist;
        expect(skeleton.getAttribute('role')).to.equal('status');
        expect(skeleton.getBoundingClientRect().height).to.be.at.least(200);
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        restore();
      }
    });

    it('shows the document when ready, accessibly', async () => {
      const el = await fixture<StemWidget>(html`<${t} .data=${options.readyDocument()}></${t}>`);
      await waitUntil(() => options.isReady(el), 'ready');
      await expect(el).to.be.accessible();
    });

    it('says so when the document holds nothing for it', async () => {
      const el = await fixture<StemWidget>(html`<${t} .data=${options.emptyDocument()}></${t}>`);
      const empty = el.shadowRoot!.querySelector('[part="empty"]');
      expect(empty, 'empty state').to.exist;
      expect(empty!.textContent!.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
    });

    it('skips a bad record and still shows the good ones', async () => {
      const el = await fixture<StemWidget>(html`<${t} .data=${options.badRecordDocument()}></${t}>`);
      await waitUntil(() => options.stillShowsGoodRecords(el), 'good records show');
      await expect(el).to.be.accessible();
    });

    it('explains an unusable document with the JSON path, accessibly', async () => {
      const el = await fixture<StemWidget>(html`<${t} .data=${{ contractVersion: '2.0', programs: [] }}></${t}>`);
      const error = el.shadowRoot!.querySelector('[part="error"]');
      expect(error?.getAttribute('role')).to.equal('alert');
      expect(shadowText(el)).to.include('/contractVersion');
      await expect(el).to.be.accessible();
    });

    it('says what to do when it was given no data', async () => {
      const el = await fixture<StemWidget>(html`<${t}></${t}>`);
      expect(shadowText(el)).to.include('No data was given to this widget.');
      expect(shadowText(el)).to.include('stem-data');
    });

    it('recovers from a failed load with the retry button, by keyboard', async () => {
      const url = options.urls?.failsOnce() ?? standInUrl('fails-once');
      const body = JSON.stringify(options.readyDocument());
      const restore = options.urls
        ? () => {}
        : standIn(url, async (_, count) =>
            count === 1
              ? new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' })
              : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
          );
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div>
            <button type="button">Before the widget</button><${t} src=${url} .data=${undefined}></${t}><button type="button">After it</button>
          </div>`,
        );
        const el = wrap.querySelector<StemWidget>(tag)!;
        await waitUntil(() => el.shadowRoot!.querySelector('[part="retry-button"]'), 'the error shows a retry button');
        expect(shadowText(el)).to.include('the server answered with an error');
        await expect(el).to.be.accessible();
        // From the control before the widget, Tab (past the details) to the button and press
        // Enter, as a keyboard user would: the button must be in the tab order, and work by key.
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
        // (The control after the widget stops a missed button from taking focus off the page.)
        const [before, after] = wrap.querySelectorAll<HTMLButtonElement>(':scope > button');
        before!.focus();
        for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== button && document.activeElement !== after; i++)
          await options.press('Tab');
        // (A boolean: the runner cannot report an element that failed to compare.)
        expect(el.shadowRoot!.activeElement === button, `Tab reaches the retry button, not ${document.activeElement?.localName}`).to.be
          .true;
        await options.press('Enter');
        await waitUntil(
          () => el.shadowRoot!.querySelector('[part="error"]') === null && el.shadowRoot!.querySelector('[part="skeleton"]') === null,
          'loaded after retry',
        );
        // The stand-in serves the ready document (real addresses may serve another).
        if (!options.urls) await waitUntil(() => options.isReady(el), 'the retried document is shown');
      } finally {
        restore();
      }
    });

    it('printed no Lit warnings in any state', () => {
      expect(warnings).to.deep.equal([]);
    });
  });
}

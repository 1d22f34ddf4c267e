/* eslint-disable lit/binding-positions, lit/no-invalid-html -- static tag names from lit/static-html.js are valid */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import type { StemWidget } from '../../../src/core/stem-widget.js';
import { fresh, SMALL_DOC_PATH } from '../fixtures/serve.js';

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
}

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The states every widget shares, run by each widget's own test file: loading, ready, empty,
 * error with a working retry, bad records, fatal documents, no data, accessibility in every
 * state, keyboard, and no Lit warnings.
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
      const el = await fixture<StemWidget>(html`<${t} src=${fresh('/__slow/doc.json?ms=1500')}></${t}>`);
      const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]') as HTMLElement;
      expect(skeleton, 'skeleton').to.exist;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.getBoundingClientRect().height).to.be.at.least(200);
      await expect(el).to.be.accessible();
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
      const el = await fixture<StemWidget>(html`<${t} src=${fresh(SMALL_DOC_PATH, '/__flaky')} .data=${undefined}></${t}>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="retry-button"]'), 'the error shows a retry button');
      expect(shadowText(el)).to.include('the server answered with an error');
      await expect(el).to.be.accessible();
      // Open the details, then Tab to the button and press Enter, as a keyboard user would.
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part="error"]') === null && el.shadowRoot!.querySelector('[part="skeleton"]') === null,
        'loaded after retry',
      );
    });

    it('printed no Lit warnings in any state', () => {
      expect(warnings).to.deep.equal([]);
    });
  });
}

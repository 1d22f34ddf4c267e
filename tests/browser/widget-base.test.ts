import { expect, fixture, html } from '@open-wc/testing';
import './fixtures/test-widget.js';
import type { TestWidget } from './fixtures/test-widget.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { validDocument } from './fixtures/documents.js';

// The shared suite, run on the smallest widget built on StemWidget.
runWidgetSuite('test-widget', {
  readyDocument: validDocument,
  isReady: (el) => el.shadowRoot!.querySelectorAll('li').length === 2,
  emptyDocument: () => ({ ...validDocument(), programs: [] }),
  badRecordDocument: () => {
    const doc = validDocument();
    doc.programs.push({ id: 'broken' });
    return doc;
  },
  stillShowsGoodRecords: (el) => el.shadowRoot!.querySelectorAll('li').length === 2,
});

describe('StemWidget', () => {
  it('exposes the validated document', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .data=${validDocument()}></test-widget>`);
    expect(el.document?.programs?.map((p) => p.id)).to.deep.equal(['aacc-cyber', 'aacc-cyber-2']);
  });

  it('follows a change of data', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .data=${validDocument()}></test-widget>`);
    const next = validDocument();
    next.programs = next.programs.slice(0, 1);
    el.data = next;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
  });
});

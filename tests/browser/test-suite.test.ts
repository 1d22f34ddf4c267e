import { sendKeys } from '@web/test-runner-commands';
import { runWidgetSuite } from '../../src/test-suite/index.js';
import './fixtures/test-widget.js';
import { validDocument } from './fixtures/documents.js';

// What a developer extending StemWidget writes: the published suite (stem-widgets/test-suite) on a
// small subclass, with no test-server endpoints (its stand-in fetch answers the slow and failing loads).
runWidgetSuite('test-widget', {
  readyDocument: validDocument,
  isReady: (el) => el.shadowRoot!.querySelectorAll('li').length === 2,
  emptyDocument: () => ({ ...validDocument(), programs: [] }),
  badRecordDocument: () => {
    const doc = validDocument();
    doc.programs.push({ id: 'broken' } as (typeof doc.programs)[number]);
    return doc;
  },
  stillShowsGoodRecords: (el) => el.shadowRoot!.querySelectorAll('li').length === 2,
  press: (key) => sendKeys({ press: key }),
});

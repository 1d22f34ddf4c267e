import { sendKeys } from '@web/test-runner-commands';
import { runWidgetSuite as runExportedSuite, type WidgetSuiteOptions } from '../../../src/test-suite/index.js';
import { fresh, SMALL_DOC_PATH } from '../fixtures/serve.js';

/**
 * The shared widget states (src/test-suite, published as stem-widgets/test-suite), run by each
 * widget's own test file over real requests to the test server: a slow answer, and one that
 * fails once. tests/browser/test-suite.test.ts runs the published form, with its stand-in fetch.
 */
export function runWidgetSuite(tag: string, options: Omit<WidgetSuiteOptions, 'press' | 'urls'>): void {
  runExportedSuite(tag, {
    ...options,
    press: (key) => sendKeys({ press: key }),
    urls: { slow: () => fresh('/__slow/doc.json?ms=1500'), failsOnce: () => fresh(SMALL_DOC_PATH, '/__flaky') },
  });
}

// The browser suite in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi).
// Same server, endpoints and commands as Chromium's config; no coverage (Chromium's run measures it).
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import base from './web-test-runner.config.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

// puppeteer-core 24.43 sets the screen orientation with every viewport (the runner sets one on each
// page, tests set others), and Firefox 140 ESR has no emulation.setScreenOrientationOverride: every
// test file failed. The viewport itself is set by the command sent beside it; only that one missing
// command is let through, any other error still fails.
const ORIENTATION_UNSUPPORTED = /unknown command emulation\.setScreenOrientationOverride/;
async function createPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      return await setViewport(viewport);
    } catch (error) {
      if (!ORIENTATION_UNSUPPORTED.test(error?.message ?? '')) throw error;
      return undefined;
    }
  };
  return page;
}

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
      createPage,
    }),
  ],
  coverage: false,
  reporters: [defaultReporter(), countReporter('.reports/browser-counts-firefox.json')],
};

// The browser suite in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi).
// Same server, endpoints and commands as Chromium's config; no coverage (Chromium's run measures it).
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import base from './web-test-runner.config.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
    }),
  ],
  coverage: false,
  reporters: [defaultReporter(), countReporter('.reports/browser-counts-firefox.json')],
};

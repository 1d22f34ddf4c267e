import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  ],
  coverage: false,
  reporters: [defaultReporter(), countReporter('.reports/browser-counts-firefox.json')],
};

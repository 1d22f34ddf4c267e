// The browser suite in WebKit (Debian's MiniBrowser through WebKitWebDriver, see
// scripts/webkit-launcher.mjs). Same server, endpoints and commands as Chromium's config; no coverage.
import { defaultReporter } from '@web/test-runner';
import base from './web-test-runner.config.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

export default {
  ...base,
  browsers: [webkitLauncher()],
  coverage: false,
  reporters: [defaultReporter(), countReporter('.reports/browser-counts-webkit.json')],
};

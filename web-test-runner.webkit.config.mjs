import base from './web-test-runner.config.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  ...base,
  browsers: [webkitLauncher()],
  coverage: false,
  reporters: [defaultReporter(), countReporter('.reports/browser-counts-webkit.json')],
};

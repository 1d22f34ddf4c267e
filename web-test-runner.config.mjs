import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';
import { CHROME_ARGS } from './scripts/chrome-args.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const chrome = findChrome();
if (!chrome.path) {
  // One line that says what to do, not a launcher's stack trace.
  console.error(`npm test needs Chrome or Chromium. ${chrome.message}`);
  process.exit(1);
}

// Test-only endpoints: a slow answer (for time-outs), a flaky one (for retry), and a count of
// requests per URL (to prove that widgets sharing a URL make one request). They answer from the
// file system themselves, so the dev server's caches cannot hide a request.
const hits = new Map();
function serveFile(ctx, prefix) {
  const file = join(process.cwd(), ctx.path.slice(prefix.length));
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'json';
  ctx.body = readFileSync(file, 'utf8');
}
function testEndpoints(ctx, next) {
  if (ctx.path === '/__hits') {
    ctx.type = 'json';
    ctx.body = JSON.stringify({ count: hits.get(ctx.query.path) ?? 0 });
    return undefined;
  }
  if (ctx.path.startsWith('/__slow/')) {
    return new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 2000))).then(() => {
      ctx.type = 'json';
      ctx.body = '{}';
    });
  }
  for (const prefix of ['/__flaky', '/__counted']) {
    if (!ctx.path.startsWith(`${prefix}/`)) continue;
    const count = (hits.get(ctx.url) ?? 0) + 1;
    hits.set(ctx.url, count);
    if (prefix === '/__flaky' && count === 1) {
      // Fails the first time, then serves the file: for the retry button.
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
    } else {
      serveFile(ctx, prefix);
    }
    return undefined;
  }
  return next();
}

// Tests import JSON files as modules, and widgets fetch the same files as data: turn JSON into a
// module only for an import (the browser marks it as a script request), never for a fetch.
const jsonModules = {
  name: 'json-modules',
  transformCacheKey(context) {
    return context.get('sec-fetch-dest');
  },
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    // Never cached: the browser must not answer a fetch with the module, or an import with the JSON.
    const headers = { vary: 'Sec-Fetch-Dest', 'cache-control': 'no-store' };
    if (context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, headers: { ...headers, 'content-type': 'application/javascript' } };
    }
    return { body: context.body, headers };
  },
};

// Lets a test grant geolocation and set the position, as a visitor's browser would report it.
const geolocationCommand = {
  name: 'geolocation',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-geolocation') return undefined;
    const page = session.browser.getPage(session.id);
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['geolocation']);
    await page.setGeolocation(payload);
    return true;
  },
};

export default {
  middleware: [testEndpoints],
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the focused page, and two pages share one window.
  concurrency: 1,
  // esbuild's default target leaves decorators in place, and Chromium cannot run them.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), jsonModules, geolocationCommand],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chrome.path,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: '.reports/coverage',
  },
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countReporter()],
};

import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';
import { CHROME_ARGS } from './scripts/chrome-args.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';

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
  const file = join(process.cwd(), prefix ? ctx.path.slice(prefix.length) : SMALL);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'json';
  ctx.body = readFileSync(file, 'utf8');
}
// Network faults for the reliability tests: /__fault/<kind>?key=K answers with the fault until
// /__recover?key=K, then with the small document (so a retry can be seen to work).
const recovered = new Set();
const aborted = new Set();
const SMALL = 'tests/browser/fixtures/small.json';
function fault(ctx, kind) {
  ctx.set('Cache-Control', 'no-store');
  if (recovered.has(ctx.query.key) || kind === 'ok') {
    serveFile(ctx, '');
    return undefined;
  }
  const body = readFileSync(join(process.cwd(), SMALL), 'utf8');
  switch (kind) {
    case '404':
    case '500':
      ctx.status = Number(kind);
      ctx.body = kind === '404' ? 'Not Found' : 'Internal Server Error';
      return undefined;
    case 'html':
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Page not found</title><p>Sorry.';
      return undefined;
    case 'truncated':
      // Promises more bytes than it sends, then hangs up: the body is cut off mid-document.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      ctx.res.write(body.slice(0, body.length >> 1));
      setTimeout(() => ctx.res.destroy(), 50);
      return undefined;
    case 'cut-json':
      // A complete answer whose JSON stops halfway (a failed upload).
      ctx.type = 'json';
      ctx.body = body.slice(0, body.length >> 1);
      return undefined;
    case 'redirect':
      ctx.redirect(`/__fault/ok?key=${ctx.query.key}`);
      return undefined;
    case 'redirect-loop':
      ctx.redirect(`/__fault/redirect-loop?key=${ctx.query.key}&n=${Number(ctx.query.n ?? 0) + 1}`);
      return undefined;
    case 'slow':
      // Notes a client that hung up before the answer: proof that a removed widget aborted.
      ctx.res.on('close', () => {
        if (!ctx.res.writableFinished) aborted.add(ctx.query.key);
      });
      return new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 2000))).then(() => fault(ctx, 'ok'));
  }
  ctx.status = 400;
  ctx.body = `unknown fault ${kind}`;
  return undefined;
}

function testEndpoints(ctx, next) {
  if (ctx.path.startsWith('/__fault/')) return fault(ctx, ctx.path.slice('/__fault/'.length));
  if (ctx.path === '/__aborted') {
    ctx.type = 'json';
    ctx.body = JSON.stringify({ aborted: aborted.has(ctx.query.key) });
    return undefined;
  }
  if (ctx.path === '/__recover') {
    recovered.add(ctx.query.key);
    ctx.body = 'ok';
    return undefined;
  }
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

// Commands that need puppeteer answer false (not supported) under WebDriver, and the test skips.
const puppeteerPage = (session) => (session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined);

// Lets a test grant geolocation and set the position, as a visitor's browser would report it.
const geolocationCommand = {
  name: 'geolocation',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-geolocation') return undefined;
    const page = puppeteerPage(session);
    if (!page) return false; // WebDriver (WebKit) cannot grant permissions or set a position
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['geolocation']);
    await page.setGeolocation(payload);
    return true;
  },
};

// What only the browser itself can tell: DOM nodes, JS event listeners and heap after a full
// garbage collection (lifecycle leaks), and a port that refuses connections until asked to listen.
const servers = new Map();
const forcedColorSessions = new Map();
const browserCommands = {
  name: 'browser-internals',
  async executeCommand({ command, payload, session }) {
    if (command === 'dom-counters') {
      // The DevTools protocol has the counts; other engines do not expose them, so a test skips.
      const page = puppeteerPage(session);
      if (page?.browser().protocol !== 'cdp') return false;
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const counters = await cdp.send('Memory.getDOMCounters');
        const heap = await cdp.send('Runtime.getHeapUsage');
        return { nodes: counters.nodes, listeners: counters.jsEventListeners, heap: heap.usedSize };
      } finally {
        await cdp.detach();
      }
    }
    if (command === 'forced-colors') {
      // Windows high contrast, emulated: puppeteer's emulateMediaFeatures refuses forced-colors,
      // the DevTools protocol takes it. The emulation lasts as long as the session that set it, so
      // the session is kept until the test switches it off ({ active: false }).
      const page = puppeteerPage(session);
      if (page?.browser().protocol !== 'cdp') return false;
      let cdp = forcedColorSessions.get(session.id);
      if (!cdp) forcedColorSessions.set(session.id, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
      if (!payload.active) {
        forcedColorSessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    }
    if (command === 'refused-port') {
      // Bind and release: nothing listens there until 'listen-port'.
      const probe = createServer();
      await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const { port } = probe.address();
      await new Promise((resolve) => probe.close(resolve));
      return port;
    }
    if (command === 'listen-port') {
      const server = createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
        res.end(readFileSync(join(process.cwd(), SMALL), 'utf8'));
      });
      await new Promise((resolve) => server.listen(payload.port, '127.0.0.1', resolve));
      servers.set(payload.port, server);
      return true;
    }
    if (command === 'close-port') {
      const server = servers.get(payload.port);
      servers.delete(payload.port);
      if (server) await new Promise((resolve) => server.close(resolve));
      return true;
    }
    return undefined;
  },
};

export default {
  middleware: [testEndpoints],
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the focused page, and two pages share one window.
  concurrency: 1,
  // esbuild's default target leaves decorators in place, and Chromium cannot run them.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), jsonModules, geolocationCommand, browserCommands],
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
  // The reliability files run thousands of hostile documents (fast-check, the XSS corpus): minutes, not seconds.
  testsFinishTimeout: 10 * 60 * 1000,
  reporters: [defaultReporter(), countReporter()],
};

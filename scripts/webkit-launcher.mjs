// WebKit for @web/test-runner: Debian's MiniBrowser (webkit2gtk) driven by WebKitWebDriver.
// MiniBrowser has no headless mode, so without a DISPLAY this starts its own Xvfb; it also starts
// the driver on a free port, and stops both (by their process ids) when the run ends.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { webdriverLauncher } from '@web/test-runner-webdriver';

// Debian puts it under the architecture's library directory (x86_64-linux-gnu, aarch64-linux-gnu…).
function findMiniBrowser() {
  const dirs = existsSync('/usr/lib') ? readdirSync('/usr/lib') : [];
  const found = dirs.map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`).find((file) => existsSync(file));
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? findMiniBrowser();
// Once, WebKit's own allocator (libpas) stalled the page for over ten minutes here (the main thread
// spinning on a lock its scavenger held). Malloc=1 asks WebKit for the system allocator instead.
const MALLOC_ENV = { Malloc: '1' };
// Xvfb has no GPU, so WebKit's accelerated compositor draws with Mesa's software GL: a third of the
// suite's CPU here (program-finder.test.ts: 41 core-seconds with it, 30 without). What the tests
// check (DOM, styles, layout, focus, events, accessibility) is WebKit's either way; a machine that
// sets the variable itself keeps its own value.
const COMPOSITING_ENV = { WEBKIT_DISABLE_COMPOSITING_MODE: process.env.WEBKIT_DISABLE_COMPOSITING_MODE ?? '1' };
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';

// Xvfb picks a free display itself and writes its number to the given file descriptor.
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.on('error', (error) => reject(new Error(`WebKit tests need Xvfb (apt-get install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with code ${code} before it had a display`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

async function waitForDriver(port, driver) {
  // A driver that exits (port taken, broken install) fails the run at once, not after a time-out.
  for (let tries = 0; tries < 100; tries++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

export function webkitLauncher() {
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  const children = [];
  const killChildren = () => {
    for (const child of children.splice(0).reverse()) if (child.exitCode === null) child.kill();
  };
  // Also when the runner dies without stopping its browsers (an error, Ctrl-C).
  process.once('exit', killChildren);
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      children.push(xvfb.process);
      display = xvfb.display;
    }
    options.port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${options.port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display, ...MALLOC_ENV, ...COMPOSITING_ENV },
    });
    children.push(driver);
    await new Promise((resolve, reject) => {
      driver.on('spawn', resolve);
      driver.on('error', (error) =>
        reject(new Error(`WebKit tests need WebKitWebDriver (apt-get install webkit2gtk-driver): ${error.message}`)),
      );
    });
    await waitForDriver(options.port, driver);
    await initialize(config, testFiles);
    launcher.name = 'WebKit';
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      killChildren();
    }
  };
  return launcher;
}

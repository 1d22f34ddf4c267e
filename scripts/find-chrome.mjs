#!/usr/bin/env node
// Finds the Chrome or Chromium that the browser tests drive: CHROME_PATH first, then the PATH.
// No browser is downloaded (this project's machines cannot), so say how to install one.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROME_PATH to a Chrome or Chromium executable.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @returns {{ path: string } | { path: null, message: string }} */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return { path: env.CHROME_PATH };
    return { path: null, message: `CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file. ${INSTALL_HINT}` };
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const file = join(dir, name);
      if (isExecutable(file)) return { path: file };
    }
  }
  return { path: null, message: `No Chrome or Chromium found on the PATH. ${INSTALL_HINT}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findChrome();
  if (found.path) console.log(found.path);
  else {
    console.error(found.message);
    process.exit(1);
  }
}

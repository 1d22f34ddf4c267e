// Flags for headless Chromium here: root needs --no-sandbox, and the machine has no network,
// so background services must not try to reach it.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

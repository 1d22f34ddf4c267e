import puppeteer from 'puppeteer-core';
import { serveStatic } from './scripts/static-server.mjs';
import { CHROME_ARGS } from './scripts/chrome-args.mjs';
import { writeFileSync } from 'node:fs';
writeFileSync('/work/main/tmp-shot.html', `<!doctype html><html lang="es"><meta charset="utf-8"><title>t</title>
<script type="module" src="./dist/stem-widgets.js"></script><body style="font-family:sans-serif;max-width:1100px">
<h1>Página bilingüe</h1>
<stem-data src="./src/sample/consortium.json">
<stem-program-finder page-size="2"></stem-program-finder>
<stem-outcome-card lang="en" program="aacc-cyber-technology" variant="compact"></stem-outcome-card>
</stem-data></body></html>`);
const server = await serveStatic(process.cwd());
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
await page.setViewport({ width: 1150, height: 1500 });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(`${server.url}/tmp-shot.html`, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 800));
await page.screenshot({ path: '/tmp/shots/bilingual.png', fullPage: true });
console.log(errors);
await browser.close(); await server.close();

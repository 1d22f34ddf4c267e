// The release as a partner gets it (`npm run release`, after `npm run build`): the npm package
// installed into an empty folder runs the command line, and the zip unpacked into a plain folder
// on a static server shows every example page with its data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { CHROME_ARGS } from '../../scripts/chrome-args.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const NAME = `stem-widgets-${pkg.version}`;
const TGZ = resolve('release', `${NAME}.tgz`);
const ZIP = resolve('release', `${NAME}.zip`);

/** Runs a command as a person types it in `cwd`; resolves to { code, stdout, stderr }. */
function run(cmd, args, cwd) {
  return new Promise((done) => {
    // LANG=C: the command line's English messages, whatever the machine's language.
    const env = { ...process.env, npm_config_loglevel: 'error', LANG: 'C.UTF-8' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    const child = spawn(cmd, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

// `--no`: run the installed command or fail; never fetch some other package of that name.
const npx = (args, cwd) => run('npx', ['--no', '--', 'stem-widgets', ...args], cwd);

test('the npm package installed into an empty folder: templates, import and validate work there', { timeout: 180000 }, async () => {
  assert.ok(existsSync(TGZ), `${TGZ} is missing: run npm run release`);
  const dir = mkdtempSync(join(tmpdir(), 'stem-release-npm-'));
  const install = await run('npm', ['install', TGZ, '--no-audit', '--no-fund', '--prefer-offline'], dir);
  assert.equal(install.code, 0, install.stderr);
  // Only what the browser needs is installed: the command line carries its own libraries.
  const installed = readdirSync(join(dir, 'node_modules'));
  for (const cliLibrary of ['commander', 'csv-parse', 'jsonc-parser']) assert.ok(!installed.includes(cliLibrary), `${cliLibrary} was installed`);

  const version = await npx(['--version'], dir);
  assert.equal(version.code, 0, version.stderr);
  assert.equal(version.stdout.trim(), pkg.version);

  const templates = await npx(['templates', 'my-data'], dir);
  assert.equal(templates.code, 0, templates.stderr);
  assert.match(templates.stdout, /Wrote my-data\/fields\.csv, my-data\/institutions\.csv, my-data\/programs\.csv/);
  assert.ok(readdirSync(join(dir, 'my-data')).includes('programs.csv'));

  const imported = await npx(['import', 'my-data', '--publisher', 'X', '--out', 'data.json'], dir);
  assert.equal(imported.code, 0, imported.stdout + imported.stderr);
  assert.match(imported.stdout + imported.stderr, /Wrote data\.json: .*1 program\b/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8')).publisher.name, 'X');

  const valid = await npx(['validate', 'data.json'], dir);
  assert.equal(valid.code, 0, valid.stdout + valid.stderr);
  assert.match(valid.stdout, /^data\.json: valid: 1 field, 1 institution, 1 program\b/m);

  const doc = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
  doc.programs[0].timeToComplete = 'one year';
  writeFileSync(join(dir, 'mistake.json'), JSON.stringify(doc, null, 2));
  const mistake = await npx(['validate', 'mistake.json'], dir);
  assert.equal(mistake.code, 1, 'a document with a mistake is exit code 1');
  assert.match(mistake.stdout, /\/programs\/0\/timeToComplete\s+line \d+, column \d+: /);
});

let folder;
let server;
let browser;

before(async () => {
  if (!existsSync(ZIP)) return;
  // Unpacked as a webmaster would, into a folder that holds nothing else.
  const root = mkdtempSync(join(tmpdir(), 'stem-release-zip-'));
  for (const [path, data] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  folder = join(root, NAME);
  server = await serveStatic(folder);
  browser = await puppeteer.launch({ executablePath: findChrome().path, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the zip holds one folder with the bundle, the schema, the guide and example pages', () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run release`);
  const files = readdirSync(folder);
  for (const needed of ['stem-widgets.js', 'stem-data-contract.schema.json', 'README.txt', 'stem-data.html', 'consortium.json']) {
    assert.ok(files.includes(needed), `missing ${needed}`);
  }
  assert.equal(readFileSync(join(folder, 'stem-widgets.js'), 'utf8'), readFileSync('dist/stem-widgets.js', 'utf8'));
  const guide = readFileSync(join(folder, 'README.txt'), 'utf8');
  assert.match(guide, /<script type="module" src="\/js\/stem-widgets\.js"><\/script>/);
  assert.ok(guide.includes(`npm install ./${NAME}.tgz`));
  assert.doesNotMatch(guide, /unpkg|jsdelivr|localhost:5173/);
  // Every file the guide lists is in the folder.
  const listed = [...guide.matchAll(/^([\w.-]+\.\w+)(?:, ([\w.-]+\.\w+))? {2,}/gm)].flatMap((m) => m.slice(1).filter(Boolean));
  assert.ok(listed.length >= 6, `the guide lists the files: ${listed}`);
  assert.deepEqual(
    listed.filter((f) => !files.includes(f)),
    [],
  );
});

test('every example page in the zip, served as a plain folder, shows its widgets with data', async () => {
  const pages = readdirSync(folder).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length >= 4, `example pages: ${pages}`);
  for (const name of pages) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(`${server.url}/${name}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('stem-program-finder, stem-outcome-card, stem-member-directory')].every((el) =>
          el.shadowRoot?.querySelector('[part="card"], [part="figure"], [part="member"], [part="empty"], [part="error"]'),
        ),
      { timeout: 10000 },
    );
    const shown = await page.$$eval('stem-program-finder, stem-outcome-card, stem-member-directory', (els) =>
      els.map((el) => ({
        tag: el.localName,
        visible: [...el.shadowRoot.querySelectorAll('[part="card"], [part="member"], [part="figure"]')].filter(
          (c) => c.getBoundingClientRect().height > 0,
        ).length,
        error: el.shadowRoot.querySelector('[part="error"]')?.textContent.trim() ?? null,
      })),
    );
    await page.close();
    assert.ok(shown.length > 0, `${name}: no widget`);
    for (const widget of shown) {
      assert.equal(widget.error, null, `${name}: ${widget.tag} shows an error`);
      assert.ok(widget.visible > 0, `${name}: ${widget.tag} shows no cards or figures`);
    }
    assert.deepEqual(problems, [], name);
  }
});

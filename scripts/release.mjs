#!/usr/bin/env node
// `npm run release`, after `npm run build`: the two files a partner can use today, in release/.
// - stem-widgets-<version>.tgz, the npm package (`npm install ./stem-widgets-<version>.tgz`
//   gives the command line and the ESM build without a registry that has the package).
// - stem-widgets-<version>.zip, for a webmaster: the script-tag bundle, the JSON Schema, the
//   example pages loading both from beside them, the sample data they read, and a guide.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const OUT = 'release';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `stem-widgets-${pkg.version}`;

const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

for (const file of [
  'dist/stem-widgets.js',
  'dist/stem-widgets.es.js',
  'dist/stem-data-contract.schema.json',
  'dist/cli.js',
  'dist/index.js',
]) {
  if (!existsSync(file)) fail(`${file} is missing: run npm run build first`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);

// --ignore-scripts: the builds already ran; packing must not start them again.
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--pack-destination', OUT, '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  }),
);
const tgz = join(OUT, packed[0].filename);
if (packed[0].filename !== `${name}.tgz`) fail(`npm pack wrote ${packed[0].filename}, expected ${name}.tgz`);

/**
 * An example as a partner's page: the bundle and the data files sit beside it. Examples that
 * need node_modules (the ESM build through an import map) are for npm users and stay out.
 */
function adapt(file, html) {
  if (html.includes('../node_modules/')) return undefined;
  const adapted = html.replaceAll('../dist/stem-widgets.js', './stem-widgets.js').replace(/\.\.\/src\/sample\/([\w-]+\.json)/g, './$1');
  // A path this script does not know would be a broken page in the zip: stop here instead.
  const left = /["'(]\.\.\/[^"')]*/.exec(adapted);
  if (left) fail(`examples/${file} still loads ${left[0].slice(1)}; teach scripts/release.mjs where it goes in the zip`);
  return adapted;
}

const examples = [];
const files = {
  'stem-widgets.js': readFileSync('dist/stem-widgets.js'),
  'stem-widgets.es.js': readFileSync('dist/stem-widgets.es.js'),
  'stem-data-contract.schema.json': readFileSync('dist/stem-data-contract.schema.json'),
  'DATA-CONTRACT.md': readFileSync('docs/DATA-CONTRACT.md'),
  'EMBEDDING.md': readFileSync('docs/EMBEDDING.md'),
};
for (const file of readdirSync('examples')
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const page = adapt(file, readFileSync(join('examples', file), 'utf8'));
  if (page === undefined) continue;
  files[file] = strToU8(page);
  const title = /<title>(.*?)<\/title>/s.exec(page)?.[1].replace(/^stem-widgets:?\s*/, '') ?? file;
  examples.push([file, title]);
  for (const [, data] of page.matchAll(/\.\/([\w-]+\.json)/g)) files[data] ??= readFileSync(join('src/sample', data));
  for (const [, asset] of page.matchAll(/["']\.\/([\w-]+\.(?:svg|png|ico))["']/g)) files[asset] ??= readFileSync(join('examples', asset));
}
const samples = Object.keys(files).filter((f) => f.endsWith('.json') && f !== 'stem-data-contract.schema.json');
files['README.txt'] = strToU8(guide());

function guide() {
  const pad = (s) => s.padEnd(34);
  return `stem-widgets ${pkg.version}: the widgets for your own website
${'='.repeat(`stem-widgets ${pkg.version}: the widgets for your own website`.length)}

What is in this folder
----------------------

${pad('stem-widgets.js')}the widgets, in one file (nothing else to install)
${pad('stem-widgets.es.js')}their Spanish, loaded from beside stem-widgets.js when a widget is in Spanish
${pad('stem-data-contract.schema.json')}the JSON Schema of the data file, for editors and checkers
${pad('DATA-CONTRACT.md')}every property the data file can hold (plain text)
${pad('EMBEDDING.md')}every attribute, event and theming token of the widgets
${pad(samples.join(', '))}sample data (made up, not real), read by the examples
${examples.map(([file, title]) => `${pad(file)}example: ${title}`).join('\n')}
${pad('README.txt')}this guide

1. Copy the files to your site
------------------------------

Upload stem-widgets.js and stem-widgets.es.js to the same folder of your website, for example
/js/ (a Spanish widget loads stem-widgets.es.js from beside stem-widgets.js). On WordPress, use
your host's file manager or SFTP to put them in /wp-content/uploads/stem-widgets/ (the media
library does not accept .js files).

2. Point the script tag at your copy
------------------------------------

Add this once to the page (in WordPress, a "Custom HTML" block), with the address of your copy:

  <script type="module" src="/js/stem-widgets.js"></script>

3. Put your data file beside it, and add the widgets
----------------------------------------------------

Upload your data file (start from ${samples[0] ?? 'a sample'}), for example to /js/data.json, and
add the widgets where they should appear:

  <stem-data src="/js/data.json">
    <stem-program-finder></stem-program-finder>
    <stem-outcome-card consortium></stem-outcome-card>
  </stem-data>

The src address is read from the page's address, so one that starts with / works on every page.
A data file on another website must be served with the header
Access-Control-Allow-Origin: * (ask whoever runs that site), or the browser will not read it.

4. Check the data
-----------------

- On your page: open the browser's developer console (F12). One [stem-widgets] group lists
  every problem with its place in the file. Add show-errors to <stem-data> to see on the page
  why a file could not be used at all.
- With the command line (Node.js 20 or newer): in an empty folder, with the package file
  ${name}.tgz from the same release,
    npm install ./${name}.tgz
    npx stem-widgets validate data.json
  prints each problem with its line and column (exit code 0 when the file is valid). The same
  package turns spreadsheets saved as CSV into a data file: npx stem-widgets templates my-data
- In a code editor or any JSON Schema tool: stem-data-contract.schema.json.

Try the examples
----------------

Open them from a web server, not by double-clicking: a browser does not let a page opened from a
file read a data file. Upload this folder to your site and open a page in it, such as
/${name}/${examples[0]?.[0]}; or, on your computer with Python, run "python3 -m http.server"
in this folder and open the address it prints.

`;
}

const zip = join(OUT, `${name}.zip`);
const mtime = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
writeFileSync(
  zip,
  zipSync(Object.fromEntries(Object.entries(files).map(([f, data]) => [`${name}/${f}`, [data, { mtime }]])), { level: 9 }),
);

for (const file of [tgz, zip]) console.log(`${file}  ${statSync(file).size} bytes`);
console.log(`${zip}: ${Object.keys(files).length} files in ${name}/`);

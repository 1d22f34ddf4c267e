// `npm run localize:build`: the two Spanish catalogues from the one xliff/es.xlf. The tools' one
// (lit-localize.json: every message, src/generated/tools-locales/) and the widgets' own
// (lit-localize.widgets.json: only theirs, src/generated/locales/), so that no page with a widget
// downloads the words of the command line, the checker and the builder.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../node_modules/@lit/localize-tools/bin/lit-localize.js', import.meta.url));
// The widgets' build skips the tools' messages one by one, as it should: those lines are not news.
const SKIPPED = /^es message \S+ does not exist in canonical messages, skipping$/;

for (const config of ['lit-localize.json', 'lit-localize.widgets.json']) {
  const run = spawnSync(process.execPath, [bin, 'build', '--config', config], { encoding: 'utf8' });
  const said = `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((line) => line && !SKIPPED.test(line))
    .join('\n');
  if (said) console.log(said);
  if (run.status !== 0) process.exit(run.status ?? 1);
}

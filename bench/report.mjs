// The bench section of docs/BENCHMARKS.md, made from a results object (bench/results.json).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const ms = (x) => (x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const n = (x) => x.toLocaleString('en');
const times = (x) => (x ? `${x.toFixed(1)}×` : '–');
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;

/** The goals from issue 10, each with the figure it is judged on. */
export function goals(r) {
  const at = (list, programs) => list.find((x) => x.programs === programs);
  const rows = [];
  const i10 = at(r.interaction, 10000);
  const i100 = at(r.interaction, 100000);
  if (i10)
    rows.push(['Keystroke to painted results, 10,000 programs: median under 16 ms', `${ms(i10.finder.median)} ms`, i10.finder.median < 16]);
  if (i100)
    rows.push([
      'Keystroke to painted results, 100,000 programs: median under 100 ms',
      `${ms(i100.finder.median)} ms`,
      i100.finder.median < 100,
    ]);
  for (const e of r.engine)
    rows.push([
      `Query plus facets at least 3× faster than itemsjs, ${n(e.programs)} programs`,
      times(e.speedupVsItemsjs),
      e.speedupVsItemsjs >= 3,
    ]);
  for (const i of r.interaction)
    rows.push([`Finder within 1.5× the hand-written DOM floor, ${n(i.programs)} programs`, times(i.ratio), i.ratio <= 1.5]);
  for (const c of r.cls) rows.push([`Cumulative layout shift 0 on the demo page, ${c.viewport}`, c.cls.toFixed(4), c.cls === 0]);
  // Issue 20: what an address can ask for never takes a long task.
  for (const h of r.hostile ?? [])
    rows.push([
      `A crafted link (${h.query}), ${n(h.programs)} programs: no task over 50 ms`,
      `${ms(h.typedLongestMs)} ms`,
      h.typedLongestMs <= 50,
    ]);
  return rows;
}

export function benchMarkdown(r) {
  const out = [];
  out.push(
    `Measured ${r.date.slice(0, 10)} by \`npm run bench\` (${r.mode} run, ${r.seconds ?? '?'} s) in headless ${r.machine.chromium} on ${r.machine.cpus} shared CPU cores (${r.machine.cpu}), Node ${r.machine.node}. Every time is a median of repeated runs in ms; peers are measured in the same page and the same run. Data: the seeded generator (\`src/sample/generate.ts\`, seed 1).`,
  );
  const g = goals(r);
  if (g.length) {
    out.push('', '### Goals', '', '| goal | measured | |', '|---|---:|---|');
    for (const [goal, value, ok] of g) out.push(`| ${goal} | ${value} | ${ok ? 'holds' : '**does not hold**'} |`);
  }
  if (r.engine.length) {
    out.push(
      '',
      '### Engine: index build, and query plus facet counts',
      '',
      '`ProgramSearch` (text index, disjunctive counts of all six filter groups, sort) beside itemsjs 2 (its own full-text search and facets, configured for the same fields and disjunctive groups) and a naive array filter (substring match, no index, no typo tolerance). "matches" is what each found: itemsjs and the naive filter have no typo tolerance.',
      '',
      '| programs | JSON.parse | validate | build: ours | itemsjs | naive | all queries: ours | itemsjs | naive | ours vs itemsjs |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const e of r.engine)
      out.push(
        `| ${n(e.programs)} | ${ms(e.parseMs)} | ${ms(e.validateMs)} | ${ms(e.buildMs.ours)} | ${ms(e.buildMs.itemsjs)} | ${ms(e.buildMs.naive)} | ${ms(e.totalMs.ours)} | ${ms(e.totalMs.itemsjs)} | ${ms(e.totalMs.naive)} | ${times(e.speedupVsItemsjs)} faster |`,
      );
    const largest = r.engine.at(-1);
    out.push(
      '',
      `Per query at ${n(largest.programs)} programs (ms; matches in brackets):`,
      '',
      '| query | kind | ours | itemsjs | naive |',
      '|---|---|---:|---:|---:|',
    );
    for (const q of largest.queries)
      out.push(
        `| ${q.name} | ${q.kind} | ${ms(q.ms.ours)} (${n(q.results.ours)}) | ${ms(q.ms.itemsjs)} (${n(q.results.itemsjs)}) | ${ms(q.ms.naive)} (${n(q.results.naive)}) |`,
      );
  }
  if (r.interaction.length) {
    out.push(
      '',
      '### Interaction: keystroke to results painted',
      '',
      `From the key event's time stamp to after the next frame is painted, for each letter of ${r.runs.typed.map((w) => `“${w}”`).join(', ')} and the Backspace that clears each (\`sync-url\` on). The floor renders the same results page (count, six filter groups, twelve cards with marked words) by hand with \`createElement\` and \`textContent\`, with the same engine and styles; like the finder it keeps its nodes and writes only what changed, so it is the least DOM work for the same page. Frames are not held to 60 Hz (\`--disable-frame-rate-limit\`), so vsync waits are not counted. The medians of each part: *input* is the browser's own key handling before the page's listener; *script* runs from the listener to the frame (event handlers, search, render, and the layout the text field's editing forces); *frame* is the rendering steps to the painted frame. Both fill the cards in the viewport in the keystroke's frame and the cards below it in the frame after (\`VisibleFirst\`); the median to the paint after that, when every card shows the new results, is in its own column.`,
      '',
      '| programs | finder median | finder p95 | floor median | floor p95 | finder / floor | finder: input / script / frame | floor: input / script / frame | every card painted: finder / floor | keystrokes |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    const parts = (p) => (p ? `${ms(p.input)} / ${ms(p.script)} / ${ms(p.frame)}` : '–');
    const settled = (i) => (i.finder.settled ? `${ms(i.finder.settled.median)} / ${ms(i.floor.settled.median)}` : '–');
    for (const i of r.interaction)
      out.push(
        `| ${n(i.programs)} | ${ms(i.finder.median)} | ${ms(i.finder.p95)} | ${ms(i.floor.median)} | ${ms(i.floor.p95)} | ${times(i.ratio)} | ${parts(i.finder.parts)} | ${parts(i.floor.parts)} | ${settled(i)} | ${i.finder.samples} |`,
      );
  }
  if (r.start.length) {
    out.push(
      '',
      '### Start: the script-tag bundle with the data in the page',
      '',
      '"evaluate" is `dist/stem-widgets.js` evaluating as a module on an empty page (defining every element); "first render" is from navigation to the first cards painted on a page with the bundle and a `<stem-program-finder>` holding its data inline (parse, validate, index, render); "script" is all main-thread script time until then, compilation included.',
      '',
      '| programs | evaluate | first render | script |',
      '|---:|---:|---:|---:|',
    );
    for (const s of r.start) out.push(`| ${n(s.programs)} | ${ms(s.evaluateMs)} | ${ms(s.firstRenderMs)} | ${ms(s.scriptMs)} |`);
  }
  if (r.heap)
    out.push(
      '',
      `Heap after loading ${n(r.heap.programs)} programs through \`src\` (after garbage collection): ${r.heap.loadedMB.toFixed(1)} MB, of which ${r.heap.dataMB.toFixed(1)} MB above the same page without data.`,
    );
  if (r.hostile?.length) {
    out.push(
      '',
      '### A crafted link',
      '',
      `The worst queries the security review put in a \`sync-url\` address (\`?finder-q=…\`), on ${n(r.hostile[0].programs)} programs: "typed" is the same query pasted into the search box (as much as it takes) once the catalogue is ready, to its results painted, with the longest main-thread task in that time; "at load" is the longest task from navigation to the first cards, beside the same page without the query (the difference is the query's share: loading itself is long at this size).`,
      '',
      '| query | typed | longest task typed | longest task at load | at load, without it |',
      '|---|---:|---:|---:|---:|',
    );
    for (const h of r.hostile)
      out.push(`| ${h.query} | ${ms(h.typedMs)} | ${ms(h.typedLongestMs)} | ${ms(h.loadLongestMs)} | ${ms(h.plainLoadLongestMs)} |`);
  }
  if (r.cls.length) {
    out.push(
      '',
      '### Layout stability',
      '',
      'Cumulative layout shift of the demo page (`src/demo/`, bundled) from load until idle.',
      '',
      '| viewport | CLS (median) | worst |',
      '|---|---:|---:|',
    );
    for (const c of r.cls) out.push(`| ${c.viewport} | ${c.cls.toFixed(4)} | ${c.worst.toFixed(4)} |`);
  }
  if (r.size) {
    const s = r.size;
    out.push(
      '',
      '### Size',
      '',
      '| script | min | min+gzip |',
      '|---|---:|---:|',
      `| \`${s.ours.file}\` | ${kb(s.ours.min)} | ${kb(s.ours.gzip)} |`,
    );
    if (s.instantsearch)
      out.push(
        `| InstantSearch.js production bundle | ${kb(s.instantsearch.min)} | ${kb(s.instantsearch.gzip)} (${times(s.ratio)} larger) |`,
      );
  }
  return out.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the bench section of `file` (between its markers), or adds it at the end; formatted as `prettier --check` wants. */
export async function writeBenchSection(file, markdown) {
  const doc = readFileSync(file, 'utf8');
  const section = `${START}\n\n## Performance\n\n<!-- Written by \`npm run bench\` from bench/results.json. -->\n\n${markdown}\n\n${END}`;
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  const next = from >= 0 && to > from ? doc.slice(0, from) + section + doc.slice(to + END.length) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, await prettier.format(next, { ...(await prettier.resolveConfig(file)), filepath: file }));
}

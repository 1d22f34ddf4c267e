// The benchmark's quick mode (what CI runs so the harness cannot rot): it runs in Chromium and
// writes well-formed results. Timings are reported, never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const positive = (x) => Number.isFinite(x) && x > 0;

test('npm run bench -- --quick measures every suite and leaves the committed results alone', { timeout: 180_000 }, async () => {
  const committed = readFileSync('bench/results.json', 'utf8');
  const out = join(mkdtempSync(join(tmpdir(), 'stem-bench-test-')), 'quick.json');
  const { stdout } = await run(process.execPath, ['bench/run.mjs', '--quick', '--out', out], { maxBuffer: 1e7 });
  const r = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(r.mode, 'quick');
  assert.equal(readFileSync('bench/results.json', 'utf8'), committed);

  assert.ok(r.engine.length > 0);
  for (const e of r.engine) {
    for (const peer of ['ours', 'itemsjs', 'naive']) assert.ok(positive(e.buildMs[peer]), `build time of ${peer}`);
    assert.ok(e.queries.length >= 10);
    for (const q of e.queries) {
      for (const peer of ['ours', 'itemsjs', 'naive']) assert.ok(Number.isFinite(q.ms[peer]), `${q.name}: ${peer}`);
      // Like is compared with like: without a typo, the three find the same number of programs.
      if (q.kind !== 'typo') assert.deepEqual([q.results.itemsjs, q.results.naive], [q.results.ours, q.results.ours], q.name);
      else assert.ok(q.results.ours > 0, `${q.name}: the typo is forgiven`);
    }
  }
  for (const i of r.interaction) {
    for (const kind of ['finder', 'floor']) {
      assert.ok(i[kind].samples > 0 && positive(i[kind].median) && i[kind].p95 >= i[kind].median, kind);
      // Where the time goes: the browser's key handling, the page's script, the frame.
      const { input, script, frame } = i[kind].parts;
      assert.ok(input >= 0 && positive(script) && positive(frame), `${kind} parts`);
      // Cards below the fold catch up in a later frame: every card is current no sooner than the first paint.
      assert.ok(i[kind].settled.median >= i[kind].median && i[kind].settled.p95 >= i[kind].settled.median, `${kind} settled`);
    }
  }
  assert.ok(r.start.every((s) => positive(s.evaluateMs) && positive(s.firstRenderMs)));
  assert.ok(positive(r.heap.loadedMB));
  assert.ok(r.cls.length === 2 && r.cls.every((c) => c.cls >= 0));
  // Both crafted links were loaded and typed, with the load's own longest task beside them.
  assert.equal(r.hostile.length, 4);
  for (const h of r.hostile) assert.ok(positive(h.typedMs) && h.typedLongestMs >= 0 && h.plainLoadLongestMs >= 0, h.query);
  assert.match(stdout, /A crafted link \(twelve words of 998 letters\)/);
  assert.ok(positive(r.size.ours.gzip) && positive(r.size.instantsearch.gzip));
  // The table the run prints names every goal it could judge.
  assert.match(stdout, /Query plus facets at least 3× faster than itemsjs/);
  assert.match(stdout, /Cumulative layout shift 0 on the demo page/);
});

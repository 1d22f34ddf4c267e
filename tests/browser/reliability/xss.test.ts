import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import consortium from '../../../src/sample/consortium.json';
import coalition from '../../../src/sample/coalition.json';
import { validate } from '../../../src/contract/validate.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { deepElements, guardPage, stateOf } from './page-guard.js';
import { silenceConsole } from './quiet-console.js';
import type { Json } from './hostile-documents.js';
import type { StemWidget } from '../../../src/core/stem-widget.js';
import type { StemData } from '../../../src/stem-data/stem-data.component.js';
import type { StemProgramFinder } from '../../../src/program-finder/program-finder.component.js';
import type { StemMemberDirectory } from '../../../src/member-directory/member-directory.component.js';

declare global {
  interface Window {
    __xss?: () => void;
  }
}

/** Every string leaf of a document, by JSON Pointer. */
function stringPaths(value: Json, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, `${path}/${k}`));
  return [];
}

function setAt(doc: Json, pointer: string, replace: (old: string) => string): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop()!;
  let node = doc as Record<string, Json>;
  for (const k of keys) node = node[k] as Record<string, Json>;
  node[last] = replace(node[last] as string);
}

/**
 * The payload in every string field the contract lets it stay in: put it everywhere, then put
 * back the original wherever the validator would drop the record for it (ids that must match,
 * closed vocabularies), so the rest reaches the screen. `contractVersion` is kept.
 */
function hostile(source: Json, payload: string): { doc: Json; placed: number } {
  const doc = structuredClone(source);
  const original = structuredClone(source);
  const paths = stringPaths(doc).filter((p) => p !== '/contractVersion');
  for (const p of paths) setAt(doc, p, () => payload);
  const kept = new Set(paths);
  for (let round = 0; round < 6; round++) {
    const errors = new Set(validate(doc).issues.flatMap((i) => (i.severity === 'warning' ? [] : [i.path])));
    // A field goes back when an error is at it or at any record or list above it.
    const revert = [...kept].filter((p) => {
      for (let end = p.length; end > 0; end = p.lastIndexOf('/', end - 1)) if (errors.has(p.slice(0, end))) return true;
      return errors.has('');
    });
    if (!revert.length) break;
    for (const p of revert) {
      let old = original as Json;
      for (const k of p.split('/').slice(1)) old = (old as Record<string, Json>)[k]!;
      setAt(doc, p, () => old as string);
      kept.delete(p);
    }
  }
  return { doc, placed: kept.size };
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'srcdoc'];

/** What must never be in a widget: script-capable elements, handlers, or unsafe URLs. */
function unsafeThings(root: Element): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'foreignobject'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) found.push(`<${tag} ${attr}>`);
      if (!URL_ATTRIBUTES.includes(attr)) continue;
      const value = el.getAttribute(attr)!;
      const scheme = new URL(value, document.baseURI).protocol;
      const ok = tag === 'img' && attr === 'src' ? /^https?:$/.test(scheme) : SAFE_SCHEMES.has(scheme);
      if (!ok || attr === 'srcdoc') found.push(`<${tag} ${attr}="${value}">`);
    }
  }
  return found;
}

/** Text with its runs of spaces and invisible characters made one space, as a widget may show it. */
const normal = (text: string) =>
  text
    .replaceAll('\u0000', ' ')
    .replace(/[\s\u200b\u2028]+/g, ' ')
    .trim();

/** Everything a widget shows: the text of its shadow roots, nested ones too, and every attribute value. */
function shown(widget: Element): string {
  const parts = [widget.shadowRoot?.textContent ?? ''];
  for (const el of deepElements(widget)) {
    if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
    for (const attr of el.getAttributeNames()) parts.push(el.getAttribute(attr) ?? '');
  }
  return normal(parts.join('\n'));
}

describe(`an XSS corpus of ${XSS_PAYLOADS.length} payloads in every string field`, () => {
  let canary = 0;
  before(() => {
    window.__xss = () => canary++;
  });
  after(() => {
    delete window.__xss;
  });

  it(`has at least 60 payloads, and they are live: put into innerHTML, they run`, async () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(60);
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length);
    // The control: what the widgets must never do, done on purpose, calls the canary.
    // Image errors fire in every engine (Firefox fires no load event for an SVG put in by innerHTML).
    const control = ['<img src=x onerror=__xss()>', '<IMG SRC=x OnErRoR=__xss()>', '<img src=x onerror=&#95;&#95;xss()>'];
    expect(XSS_PAYLOADS).to.include.members(control);
    const sink = document.createElement('div');
    document.body.append(sink);
    sink.innerHTML = control.join('');
    // Every control payload must have run before the count is reset: an image error that fires
    // late (Firefox under load) would otherwise be counted against the widgets in the next test.
    await waitUntil(() => canary === control.length, 'each control payload calls the canary', { timeout: 10000 });
    sink.remove();
    canary = 0;
  });

  it('runs nothing and links nothing unsafe in any widget, in the consortium and coalition documents', async function () {
    this.timeout(240000);
    const guard = guardPage();
    // The validator's console reports of thousands of hostile fields would bury the test log.
    const quiet = silenceConsole();
    let placements = 0;
    const problems: string[] = [];
    // One page of widgets, given each payload's documents in turn, as a host page that swaps its
    // data would. That every shown field then holds the new payload, with nothing left of the one
    // before, is checked below: each payload reaches every field a fresh widget would show.
    const el = await fixture<HTMLElement>(
      html`<div>
        <stem-data>
          <stem-program-finder page-size="50"></stem-program-finder>
          <stem-outcome-card consortium></stem-outcome-card>
          <stem-outcome-card program="aacc-cyber-technology"></stem-outcome-card>
          <stem-member-directory source="institutions" group-by="region"></stem-member-directory>
        </stem-data>
        <stem-member-directory group-by="role"></stem-member-directory>
      </div>`,
    );
    const data = el.querySelector<StemData>('stem-data')!;
    const coalitionDirectory = el.querySelector<StemMemberDirectory>(':scope > stem-member-directory')!;
    const finder = el.querySelector<StemProgramFinder>('stem-program-finder')!;
    const widgets = [...el.querySelectorAll<StemWidget>('stem-program-finder, stem-outcome-card, stem-member-directory')];
    const sampleText = normal(JSON.stringify([consortium, coalition]));
    let previous = '';
    for (const payload of XSS_PAYLOADS) {
      const programs = hostile(consortium as unknown as Json, payload);
      const members = hostile(coalition as unknown as Json, payload);
      placements += programs.placed + members.placed;
      finder.query = '';
      data.data = programs.doc as unknown as StemData['data'];
      coalitionDirectory.data = members.doc as unknown as StemMemberDirectory['data'];
      await Promise.all(widgets.map((w) => w.updateComplete));
      await waitUntil(() => widgets.every((w) => stateOf(w) !== 'loading'), 'every widget settles');
      // Search for words of the payload, so highlighting runs over hostile text too.
      const input = finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
      if (input) {
        input.value =
          payload
            .replace(/[^a-z]+/gi, ' ')
            .trim()
            .split(' ')[0] ?? '';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      // The query applies on input (only the event is debounced); each widget's update includes its late lists.
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) problems.push(...unsafeThings(w).map((p) => `${JSON.stringify(payload)} in <${w.localName}>: ${p}`));
      const texts = widgets.map(shown);
      // Each widget shows this payload as the text it is (program, member and source names carry it)…
      if (!/[\s\u200b\u2028]/.test(payload) && !payload.includes('\u0000')) {
        widgets.forEach((w, i) => {
          expect(stateOf(w), `<${w.localName}> with ${JSON.stringify(payload)}`).to.equal('ready');
          expect(texts[i]!.includes(normal(payload)), `<${w.localName}> shows ${JSON.stringify(payload)}`).to.equal(true);
        });
        expect(finder.shadowRoot!.querySelectorAll('[part="card"]').length, 'every program matches the search').to.equal(
          consortium.programs.length,
        );
      }
      // …and nothing of the one before, in any text or attribute.
      if (previous.length >= 6 && !normal(payload).includes(previous) && !sampleText.includes(previous)) {
        widgets.forEach((w, i) =>
          expect(texts[i]!.includes(previous), `<${w.localName}> still shows ${JSON.stringify(previous)}`).to.equal(false),
        );
      }
      previous = normal(payload);
    }
    await new Promise((r) => setTimeout(r, 500)); // late handlers (image errors, animations) have fired by now
    el.remove();
    quiet.restore();
    console.log(`[reliability] XSS: ${XSS_PAYLOADS.length} payloads, ${placements} string fields filled, canary calls ${canary}`);
    guard.stop();
    expect(problems).to.deep.equal([]);
    expect(canary, 'the canary was called: a payload ran').to.equal(0);
    expect(guard.problems).to.deep.equal([]);
    expect(placements).to.be.greaterThan(XSS_PAYLOADS.length * 100);
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/stem-data/stem-data.js';
import './fixtures/test-widget.js';
import type { StemData } from '../../src/stem-data/stem-data.component.js';
import type { TestWidget } from './fixtures/test-widget.js';
import { loadJson } from '../../src/data/loader.js';
import type { DataLoadDetail } from '../../src/core/events.js';
import { fresh, hits, SMALL_DOC_PATH, validDocument } from './fixtures/serve.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function captureConsole(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const originals = { warn: console.warn, error: console.error, group: console.group };
  const capture = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  console.warn = capture;
  console.error = capture;
  console.group = capture;
  return { lines, restore: () => Object.assign(console, originals) };
}

describe('the loader', () => {
  it('makes one request for two widgets with the same src', async () => {
    const url = fresh(SMALL_DOC_PATH, '/__counted');
    const el = await fixture<HTMLDivElement>(
      html`<div>
        <test-widget src=${url}></test-widget>
        <test-widget src=${url}></test-widget>
      </div>`,
    );
    const [a, b] = [...el.querySelectorAll('test-widget')] as TestWidget[];
    await waitUntil(() => a!.shadowRoot?.querySelector('li') && b!.shadowRoot?.querySelector('li'), 'both widgets render');
    expect(await hits(url)).to.equal(1);
    expect(a!.shadowRoot!.querySelectorAll('li')).to.have.length(2);
  });

  it('resolves a relative src against the page', async () => {
    const outcome = await loadJson(fresh('fixtures/small.json', '../../tests/browser/'));
    expect(outcome.ok).to.be.true;
  });

  it('says when the server answers with an HTTP error', async () => {
    const outcome = await loadJson(fresh('/tests/browser/fixtures/missing.json'));
    expect(outcome.ok).to.be.false;
    if (outcome.ok) return;
    expect(outcome.error.kind).to.equal('http');
    expect(outcome.error.status).to.equal(404);
    expect(outcome.error.detail).to.match(/missing\.json.* answered HTTP 404/);
  });

  it('says when the body is not JSON, and hints when it is a web page', async () => {
    const outcome = await loadJson(fresh('/tests/browser/fixtures/not-json.html'));
    expect(outcome.ok).to.be.false;
    if (outcome.ok) return;
    expect(outcome.error.kind).to.equal('not-json');
    expect(outcome.error.detail).to.match(/looks like HTML/);
  });

  it('says when the network fails', async () => {
    const outcome = await loadJson('http://127.0.0.1:9/nothing.json');
    expect(outcome.ok).to.be.false;
    if (outcome.ok) return;
    expect(outcome.error.kind).to.equal('network');
    expect(outcome.error.detail).to.match(/127\.0\.0\.1:9\/nothing\.json/);
  });

  it('gives up after the time-out', async () => {
    const outcome = await loadJson(fresh('/__slow/doc.json?ms=3000'), { timeoutMs: 200 });
    expect(outcome.ok).to.be.false;
    if (outcome.ok) return;
    expect(outcome.error.kind).to.equal('timeout');
  });

  it('aborts the request when every widget waiting for it has left the page', async () => {
    const url = fresh('/__slow/doc.json?ms=3000');
    const a = new AbortController();
    const b = new AbortController();
    const first = loadJson(url, { signal: a.signal });
    const second = loadJson(url, { signal: b.signal });
    a.abort();
    b.abort();
    const results = await Promise.allSettled([first, second]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    // A later caller gets a fresh request rather than the aborted one.
    const again = loadJson(url, { timeoutMs: 100 });
    expect((await again).ok).to.be.false;
  });

  it('stops loading when the widget is removed, without an error on the page', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh('/__slow/doc.json?ms=500')}></test-widget>`);
    el.remove();
    await new Promise((r) => setTimeout(r, 700));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).to.deep.equal([]);
  });
});

describe('<stem-data>', () => {
  it('loads once and shares the document with every widget inside it', async () => {
    const url = fresh(SMALL_DOC_PATH, '/__counted');
    const el = await fixture<StemData>(
      html`<stem-data src=${url}>
        <test-widget></test-widget>
        <section><test-widget></test-widget></section>
      </stem-data>`,
    );
    await oneEvent(el, 'stem-data-load');
    const widgets = [...el.querySelectorAll('test-widget')];
    await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('li')));
    expect(await hits(url)).to.equal(1);
    expect(el.status).to.equal('ready');
    expect(el.document?.programs).to.have.length(2);
    expect(el.issues).to.deep.equal([]);
  });

  it('fires stem-data-load with the issues, and reports them to the console once, with paths', async () => {
    const doc = validDocument();
    doc.programs[1]!.timeToComplete = 'one year';
    const log = captureConsole();
    try {
      const el = document.createElement('stem-data');
      el.innerHTML = '<test-widget></test-widget><test-widget></test-widget>';
      const loaded = oneEvent(el, 'stem-data-load');
      el.data = doc;
      document.body.append(el);
      const event = (await loaded) as CustomEvent<DataLoadDetail>;
      await waitUntil(() => el.querySelector('test-widget')?.shadowRoot?.querySelector('li'));
      expect(event.detail.issues.map((i) => i.path)).to.deep.equal(['/programs/1/timeToComplete']);
      expect(event.detail.data.programs).to.have.length(2);
      el.remove();
    } finally {
      log.restore();
    }
    expect(log.lines.filter((l) => l.includes('[stem-widgets]'))).to.have.length(1);
    expect(
      log.lines.some((l) =>
        l.includes(
          "warning: /programs/1/timeToComplete: expected an ISO 8601 duration such as P1Y, got 'one year'. The record is shown without timeToComplete",
        ),
      ),
    ).to.be.true;
  });

  it('fires stem-data-error for a document that cannot be used, and each widget shows why', async () => {
    const log = captureConsole();
    try {
      const el = document.createElement('stem-data');
      el.innerHTML = '<test-widget></test-widget>';
      const failed = oneEvent(el, 'stem-data-error');
      el.data = { contractVersion: '2.0', programs: [] };
      document.body.append(el);
      const event = await failed;
      expect(event.detail.error.kind).to.equal('invalid');
      const widget = el.querySelector('test-widget')!;
      await widget.updateComplete;
      expect(text(widget)).to.include('The data file cannot be used.');
      expect(text(widget)).to.include('/contractVersion');
      expect(log.lines.some((l) => l.includes('cannot be used'))).to.be.true;
      el.remove();
    } finally {
      log.restore();
    }
  });

  it('reads a document from an inline JSON script', async () => {
    const json = JSON.stringify(validDocument());
    const el = document.createElement('stem-data');
    el.innerHTML = `<script type="application/json">${json}</script><test-widget></test-widget>`;
    const loaded = oneEvent(el, 'stem-data-load');
    document.body.append(el);
    await loaded;
    const widget = el.querySelector('test-widget')!;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    el.remove();
  });

  it('lets a widget inside use its own src instead', async () => {
    const other = validDocument();
    other.programs = [other.programs[0]!];
    const el = await fixture<StemData>(html`<stem-data .data=${validDocument()}><test-widget .data=${other}></test-widget></stem-data>`);
    const widget = el.querySelector('test-widget')!;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelectorAll('li')).to.have.length(1);
  });

  it('reaches widgets that were defined before it', async () => {
    // The ContextRoot replays a widget's request once <stem-data> upgrades.
    const host = document.createElement('div');
    host.innerHTML = '<stem-data-late><test-widget></test-widget></stem-data-late>';
    document.body.append(host);
    const { StemData } = await import('../../src/stem-data/stem-data.component.js');
    customElements.define('stem-data-late', class extends StemData {});
    const late = host.querySelector('stem-data-late') as StemData;
    late.data = validDocument();
    const widget = host.querySelector('test-widget')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('li'), 'the widget got the document');
    host.remove();
  });

  it('shows its own error panel only when asked, and reloads', async () => {
    const url = fresh(SMALL_DOC_PATH, '/__flaky');
    const el = await fixture<StemData>(html`<stem-data show-errors src=${url}></stem-data>`);
    await waitUntil(() => el.status === 'error');
    await el.updateComplete;
    expect(text(el)).to.include('the server answered with an error');
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'stem-data-load');
    el.reload();
    await loaded;
    expect(el.status).to.equal('ready');
  });
});

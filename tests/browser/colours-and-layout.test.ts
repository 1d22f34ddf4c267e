import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AxeResults } from 'axe-core';
// Registers window.axe (the UMD build has no ES export), as chai-a11y-axe loads it.
import 'axe-core/axe.min.js';
import consortium from '../../src/sample/consortium.json';
import coalition from '../../src/sample/coalition.json';
import { generateDocument } from '../../src/sample/generate.js';
import '../../src/define.js';
import { validDocument } from './fixtures/documents.js';

// Colours and layout that the accessibility audit of issue #21 measured: highlights, field edges
// and placeholders in both themes, a dark widget on a white page, forced colours, heights in a
// stretched grid, print and full-page captures, checkboxes and the filters toggle, and where a
// jump in the directory lands under a sticky header.

type Rgba = [number, number, number, number];

function rgba(value: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) throw new Error(`not an rgb() colour: ${value}`);
  const [r, g, b, a] = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r!, g!, b!, a ?? 1];
}

const over = (top: Rgba, below: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
};

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The element's parent, across shadow boundaries. */
const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** What is painted behind an element's text: its own and its ancestors' backgrounds on the page's white. */
function paintedBackground(el: Element): Rgba {
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = up(e)) chain.push(e);
  return chain.reduceRight<Rgba>((below, e) => over(rgba(getComputedStyle(e).backgroundColor), below), [255, 255, 255, 1]);
}

/** How opaque the widget itself paints behind an element: its own backgrounds, up to and including the host. */
function widgetCover(el: Element, host: Element): number {
  let clear = 1;
  for (let e: Element | null = el; e; e = e === host ? null : up(e)) clear *= 1 - rgba(getComputedStyle(e).backgroundColor)[3];
  return 1 - clear;
}

const textColour = (el: Element): Rgba => over(rgba(getComputedStyle(el).color), paintedBackground(el));

const root = (el: Element) => el.shadowRoot!;
const ready = (el: Element, selector: string) =>
  waitUntil(() => root(el).querySelector(selector), `${el.localName} shows ${selector}`, { timeout: 10000 });
const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('.visually-hidden');

/** Elements of the shadow root holding text a visitor reads (a select's options are the browser's). */
function textElements(host: Element): Element[] {
  const found = new Set<Element>();
  const walker = document.createTreeWalker(root(host), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!n.textContent!.trim() || !parent || parent.closest('option') || !shown(parent)) continue;
    found.add(parent);
  }
  return [...found];
}

/** A search widget in a 1,100 px box, ready when its count shows. */
async function searchWidget(tag: string, attrs: string, data: unknown): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  box.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = box.firstElementChild as HTMLElement & { data: unknown };
  el.data = data;
  await ready(el, '.count');
  return el;
}

const finder = (attrs: string, data: unknown = structuredClone(consortium)) => searchWidget('stem-program-finder', attrs, data);
const directory = (attrs: string, data: unknown = structuredClone(coalition)) => searchWidget('stem-member-directory', attrs, data);

const themes = ['light', 'dark'] as const;

describe('colours', () => {
  for (const theme of themes) {
    it(`marks matched words so that text and links on them read at 4.5:1 (${theme})`, async () => {
      const widgets = [await finder(`theme="${theme}" query="cyber"`), await directory(`theme="${theme}" query="science"`)];
      for (const el of widgets) {
        await ready(el, 'mark');
        const marks = [...root(el).querySelectorAll('mark')].filter(shown);
        expect(
          marks.some((m) => m.closest('a')),
          `${el.localName}: a mark in a link`,
        ).to.be.true;
        expect(
          marks.some((m) => !m.closest('a')),
          `${el.localName}: a mark in text`,
        ).to.be.true;
        for (const mark of marks) {
          const ratio = contrast(textColour(mark), paintedBackground(mark));
          expect(ratio, `${el.localName} “${mark.textContent}” ${mark.closest('a') ? 'in a link' : ''}`).to.be.at.least(4.5);
        }
      }
    });

    it(`gives the search box and the sort menu an edge of 3:1 (${theme})`, async () => {
      for (const el of [await finder(`theme="${theme}"`), await directory(`theme="${theme}"`)]) {
        for (const field of root(el).querySelectorAll('input[type="search"], select')) {
          const edge = over(rgba(getComputedStyle(field).borderTopColor), paintedBackground(field));
          // The edge separates the field from its own fill and from what is around it.
          expect(contrast(edge, paintedBackground(field)), `${el.localName} ${field.localName} on its fill`).to.be.at.least(3);
          expect(contrast(edge, paintedBackground(up(field)!)), `${el.localName} ${field.localName} on the page`).to.be.at.least(3);
        }
      }
    });

    it(`shows the placeholder at 4.5:1 (${theme})`, async () => {
      const el = await finder(`theme="${theme}"`);
      const input = root(el).querySelector('input[type="search"]')!;
      expect(input.getAttribute('placeholder')).to.not.be.empty;
      const placeholder = over(rgba(getComputedStyle(input, '::placeholder').color), paintedBackground(input));
      expect(contrast(placeholder, paintedBackground(input))).to.be.at.least(4.5);
    });
  }

  describe('a dark widget on a white page', () => {
    const axe = () => (window as unknown as { axe: { run: (el: Element, o: object) => Promise<AxeResults> } }).axe;

    beforeEach(() => (document.body.style.background = '#ffffff'));
    afterEach(() => document.body.style.removeProperty('background'));

    const cases: [string, () => Promise<HTMLElement>][] = [
      ['the finder, searched', () => finder('theme="dark" query="cyber"')],
      ['the directory, searched', () => directory('theme="dark" query="science" group-by="alpha"')],
      [
        'the outcome card',
        async () => {
          const box = await fixture<HTMLElement>(
            html`<div style="width: 700px"><stem-outcome-card theme="dark" .data=${validDocument()}></stem-outcome-card></div>`,
          );
          const el = box.firstElementChild as HTMLElement;
          await ready(el, '[part="card"]');
          return el;
        },
      ],
      [
        'the empty state',
        async () => {
          const el = await fixture<HTMLElement>(
            html`<stem-program-finder theme="dark" .data=${{ ...structuredClone(consortium), programs: [] }}></stem-program-finder>`,
          );
          await ready(el, '[part="empty"]');
          return el;
        },
      ],
      [
        'the error state',
        async () => {
          const el = await fixture<HTMLElement>(
            html`<stem-program-finder theme="dark" src=${`/__fault/500?key=${Math.random()}`}></stem-program-finder>`,
          );
          await ready(el, '[part="retry-button"]');
          return el;
        },
      ],
    ];

    for (const [name, make] of cases) {
      it(`${name}: its own dark surface behind every text, at 4.5:1`, async () => {
        const el = await make();
        const texts = textElements(el);
        expect(texts.length).to.be.greaterThan(0);
        for (const t of texts) {
          const what = `${t.localName}.${t.className} “${t.textContent!.trim().slice(0, 30)}”`;
          // The page's white must not show through: the widget paints what is behind its text.
          expect(widgetCover(t, el), `${what}: painted by the widget`).to.be.closeTo(1, 0.01);
          expect(contrast(textColour(t), paintedBackground(t)), what).to.be.at.least(4.5);
        }
        const results = await axe().run(el, { runOnly: ['color-contrast'] });
        expect(
          results.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary)),
          'axe color-contrast',
        ).to.deep.equal([]);
      });
    }
  });

  describe('forced colours (Windows high contrast)', () => {
    async function forcedOrSkip(test: Mocha.Context): Promise<void> {
      // Only Chromium's DevTools protocol can emulate it; elsewhere the command answers false.
      if (!(await executeServerCommand('forced-colors', { active: true }))) test.skip();
    }
    afterEach(async () => {
      await executeServerCommand('forced-colors', { active: false });
    });

    /** Canvas as this page resolves it, read where the widget's styles apply. */
    function canvasIn(el: Element): string {
      const probe = document.createElement('span');
      probe.style.color = 'Canvas';
      root(el).append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    }

    /** Every button, chip, link-button and badge: its label must not be drawn in the backplate's colour. */
    function expectLabelsShow(el: Element, minimum: number): void {
      const canvas = canvasIn(el);
      const controls = [...root(el).querySelectorAll('button, .chip, .link-button, .badge, .role, .jump a, a')].filter(shown);
      expect(controls.length, `${el.localName} controls`).to.be.at.least(minimum);
      for (const c of controls) {
        const style = getComputedStyle(c);
        if (style.forcedColorAdjust === 'none') continue;
        const what = `${el.localName} ${c.localName}.${c.className} “${c.textContent!.trim().slice(0, 30)}”`;
        expect(style.color, `${what}: text against its fill`).to.not.equal(style.backgroundColor);
        expect(style.color, `${what}: text against the Canvas backplate`).to.not.equal(canvas);
      }
    }

    it('shows the label of "Try again" in the error state', async function () {
      await forcedOrSkip(this);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const el = await fixture<HTMLElement>(html`<stem-program-finder src=${`/__fault/500?key=${Math.random()}`}></stem-program-finder>`);
      await ready(el, '[part="retry-button"]');
      expectLabelsShow(el, 1);
    });

    it('shows every label in the finder, with filters, chips and badges', async function () {
      await forcedOrSkip(this);
      const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      box.innerHTML = '<stem-program-finder fields="cybersecurity" modes="online"></stem-program-finder>';
      const el = box.firstElementChild as HTMLElement & { data: unknown };
      el.data = structuredClone(consortium);
      await ready(el, '.chip');
      root(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
      await ready(el, '.filters:not(.collapsed)');
      expect(root(el).querySelectorAll('.badge').length).to.be.greaterThan(0);
      expectLabelsShow(el, 5);
    });

    it('shows the chair and co-chair badges and the jump bar in the directory', async function () {
      await forcedOrSkip(this);
      const el = await directory('group-by="alpha"');
      expect([...root(el).querySelectorAll('.role-chair, .role-co-chair')].filter(shown).length).to.be.greaterThan(1);
      expectLabelsShow(el, 10);
    });
  });
});

describe('layout', () => {
  describe('in a grid row stretched by a 3000 px sidebar', () => {
    /** The widget in a theme's content column beside a tall sidebar, and the same widget alone at the column's width. */
    async function stretchedAndAlone(make: () => HTMLElement, selector: string): Promise<[HTMLElement[], HTMLElement[]]> {
      const grid = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 1fr 300px; width: 1000px"></div>`);
      const alone = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      const aside = document.createElement('aside');
      aside.style.height = '3000px';
      grid.append(make(), aside);
      alone.append(make());
      const parts = (box: Element) => [...root(box.firstElementChild!).querySelectorAll<HTMLElement>(selector)];
      await waitUntil(() => parts(grid).length && parts(alone).length, `${selector} shows`);
      return [parts(grid), parts(alone)];
    }
    const withData =
      (tag: string, data: unknown, attrs: Record<string, string> = {}) =>
      () => {
        const el = Object.assign(document.createElement(tag), { data });
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        return el;
      };

    for (const [name, make, selector] of [
      ['an outcome card', withData('stem-outcome-card', validDocument()), '[part="card"]'],
      ['a compact outcome card', withData('stem-outcome-card', validDocument(), { variant: 'compact' }), '[part="card"]'],
      ['the finder', withData('stem-program-finder', structuredClone(consortium)), '[part="card"]'],
      ['the directory', withData('stem-member-directory', structuredClone(coalition)), '[part="member"]'],
    ] as const) {
      it(`${name} is as tall as its content`, async () => {
        const [stretched, alone] = await stretchedAndAlone(make, selector);
        expect(stretched.length).to.equal(alone.length);
        stretched.forEach((part, i) => {
          const height = part.getBoundingClientRect().height;
          expect(height, `${selector} ${i}`).to.be.below(1500);
          expect(height, `${selector} ${i}`).to.be.closeTo(alone[i]!.getBoundingClientRect().height, 2);
        });
      });
    }
  });

  it('lines outcome cards up side by side only when the page asks, with --stem-outcome-card-height', async () => {
    const row = (style: string) =>
      fixture<HTMLDivElement>(
        html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 800px; ${style}">
          <stem-outcome-card variant="compact" .data=${validDocument()}></stem-outcome-card>
          <stem-outcome-card .data=${validDocument()}></stem-outcome-card>
        </div>`,
      );
    const heights = (wrap: Element) =>
      [...wrap.querySelectorAll('stem-outcome-card')].map((c) => root(c).querySelector('[part="card"]')!.getBoundingClientRect().height);
    // The two variants show different amounts: each is its own height by default.
    const [compact, full] = heights(await row(''));
    expect(Math.abs(compact! - full!)).to.be.greaterThan(10);
    const [a, b] = heights(await row('--stem-outcome-card-height: 100%'));
    expect(a).to.equal(b);
  });

  describe('cards off screen', () => {
    // 40 cards shown, before and after searching: most of them far below the fold.
    const many = () => finder('page-size="40"', generateDocument({ programs: 240, seed: 3 }));
    const cards = (el: Element) => [...root(el).querySelectorAll('[part="card"]')];
    const skipped = (el: Element) => cards(el).filter((c) => !c.checkVisibility({ contentVisibilityAuto: true }));

    function checkVisibilityOrSkip(test: Mocha.Context): void {
      if (typeof Element.prototype.checkVisibility !== 'function') test.skip();
    }

    async function typeCyber(el: Element): Promise<void> {
      root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      await sendKeys({ type: 'cyber' });
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise(requestAnimationFrame);
    }

    it('prints every card, even while the visitor is in the search box', async function () {
      checkVisibilityOrSkip(this);
      scrollTo(0, 0);
      const el = await many();
      await typeCyber(el);
      expect(cards(el).length).to.be.greaterThan(20);
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // a WebDriver browser cannot emulate print
      }
      try {
        await new Promise(requestAnimationFrame);
        expect(matchMedia('print').matches).to.be.true;
        expect(skipped(el)).to.have.length(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('leaves no card blank in a full-page capture once the visitor has left the search box', async function () {
      checkVisibilityOrSkip(this);
      scrollTo(0, 0);
      const el = await many();
      // A page that was never searched: nothing is skipped.
      await new Promise(requestAnimationFrame);
      expect(skipped(el)).to.have.length(0);
      // While typing, cards far below are skipped (what keeps a keystroke fast)...
      await typeCyber(el);
      expect(skipped(el).length, 'cards skipped while typing').to.be.greaterThan(0);
      // ...and laid out again when the visitor moves on.
      root(el).querySelector<HTMLSelectElement>('select')!.focus();
      await new Promise(requestAnimationFrame);
      expect(skipped(el)).to.have.length(0);
    });
  });

  it('keeps each filter checkbox 18 px wide beside a very long label, at 320 px', async () => {
    const doc = structuredClone(consortium);
    doc.fields[0]!.name = 'Cybersecurity, network defence, digital forensics and secure software development for critical infrastructure';
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    box.innerHTML = '<stem-program-finder></stem-program-finder>';
    const el = box.firstElementChild as HTMLElement & { data: unknown };
    el.data = doc;
    await ready(el, '.filters-toggle');
    root(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await ready(el, '.filters:not(.collapsed)');
    const boxes = [...root(el).querySelectorAll('.facet-group input[type="checkbox"]')].filter(shown);
    expect(boxes.length).to.be.greaterThan(3);
    for (const b of boxes) expect(b.getBoundingClientRect().width, b.closest('label')!.textContent!.trim()).to.be.at.least(18);
  });

  it('centres the text of the filters toggle in its box, at 375 px', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 375px"></div>`);
    box.innerHTML = '<stem-program-finder></stem-program-finder>';
    const el = box.firstElementChild as HTMLElement & { data: unknown };
    el.data = structuredClone(consortium);
    await ready(el, '.filters-toggle');
    const button = root(el).querySelector('.filters-toggle')!;
    const range = document.createRange();
    range.selectNodeContents(button);
    const text = range.getBoundingClientRect();
    const outer = button.getBoundingClientRect();
    expect(outer.height).to.be.at.least(44);
    expect(text.top + text.height / 2).to.be.closeTo(outer.top + outer.height / 2, 2);
  });

  describe('an A to Z jump under a page’s sticky header', () => {
    async function underHeader(): Promise<HTMLElement> {
      const page = await fixture<HTMLDivElement>(html`
        <div style="--stem-scroll-margin-top: 80px; width: 900px">
          <header style="position: sticky; top: 0; height: 80px; background: #eee; z-index: 1">Site</header>
          <stem-member-directory group-by="alpha" page-size="100" layout="list"></stem-member-directory>
          <div style="height: 3000px"></div>
        </div>
      `);
      const el = page.querySelector<HTMLElement & { data: unknown }>('stem-member-directory')!;
      el.data = structuredClone(coalition);
      await ready(el, '.group-heading');
      return el;
    }

    it('puts the heading it lands on below the header, with a visible focus', async () => {
      const el = await underHeader();
      const headings = [...root(el).querySelectorAll<HTMLElement>('.group-heading')];
      const target = headings.at(-1)!;
      const letter = target.dataset['groupKey']!;
      [...root(el).querySelectorAll<HTMLAnchorElement>('.jump a')].find((a) => a.textContent === letter)!.click();
      await waitUntil(() => root(el).activeElement === target, 'focus is on the heading');
      expect(getComputedStyle(target).scrollMarginTop).to.equal('80px');
      expect(target.getBoundingClientRect().top).to.be.closeTo(80, 2);
      const style = getComputedStyle(target);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      scrollTo(0, 0);
    });

    it('stops what the visitor tabs to below the header too', async () => {
      const el = await underHeader();
      for (const selector of ['input[type="search"]', 'select', '.jump a', '[part="member-link"]', '.group-heading']) {
        const target = root(el).querySelector(selector)!;
        expect(getComputedStyle(target).scrollMarginTop, selector).to.equal('80px');
      }
    });
  });
});

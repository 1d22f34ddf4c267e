/* eslint-disable lit/binding-positions, lit/no-invalid-html -- static tag names from lit/static-html.js are valid */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import coalition from '../../src/sample/coalition.json';
import consortium from '../../src/sample/consortium.json';
import '../../src/define.js';
import type { StemWidget } from '../../src/core/stem-widget.js';
import { generateDocument } from '../../src/sample/generate.js';
import { fresh, SMALL_DOC_PATH, validDocument } from './fixtures/serve.js';

/*
 * The audit's own setup, run by the suite: each widget on a page whose <h1> is directly before it,
 * in every state, in light, dark (on a white page) and forced colours, against axe's WCAG 2.2 AA
 * and best-practice rules; then where focus lands after every action a widget offers.
 */

declare global {
  interface Window {
    axe: { run: (context: Element, options: RunOptions) => Promise<AxeResults> };
  }
}

/** Waits sized for a busy CI machine (three engines on two cores), not for speed. */
const SLOW = { timeout: 8000 };

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(context: Element): Promise<string[]> {
  const { violations } = await window.axe.run(context, { runOnly: { type: 'tag', values: TAGS } });
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const root = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const one = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector)!;

/** The element that really has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function type(el: Element, text: string): Promise<void> {
  await waitUntil(() => root(el).querySelector('input[type="search"]'), 'the search box', SLOW);
  const input = one(el, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await (el as StemWidget).updateComplete;
}

const sample = () => structuredClone(consortium);
/** A catalogue with a long filter group (20 colleges) and descriptions long enough to be cut. */
const bigCatalogue = () => {
  const doc = generateDocument({ programs: 400 });
  for (const p of doc.programs ?? [])
    p.description = `${p.description ?? ''} ${'It prepares students for work in the field, with labs and an internship. '.repeat(4)}`;
  return doc;
};
const members = () => structuredClone(coalition);
const ready = (selector: string) => (el: Element) => all(el, selector).length > 0;

type Theme = 'light' | 'dark' | 'forced colours';

/*
 * Chromium runs all three; Firefox and WebKit the light one, where what differs is the engine
 * (its accessibility tree, its layout), not the palette, which the same CSS computes everywhere
 * (and they cannot emulate forced colours). Keeps CI's time down.
 */
const THEMES: Theme[] = navigator.userAgent.includes('Chrome/') ? ['light', 'dark', 'forced colours'] : ['light'];

interface State {
  name: string;
  /** Attributes for the widget (a string of HTML attributes), made for each placement. */
  attributes?: string | (() => string);
  data?: () => unknown;
  /** When the state has settled. */
  until: (el: Element) => boolean;
  /** What the visitor did to get there. */
  act?: (el: Element) => Promise<void>;
}

const errorState: State = { name: 'error', attributes: () => `src="${fresh('/__fault/500')}"`, until: ready('[part="error"]') };
// A new address each time: a shared one would have answered by the next placement.
const loadingState: State = {
  name: 'loading',
  attributes: () => `src="${fresh('/__slow/doc.json?ms=8000')}"`,
  until: ready('[part="skeleton"]'),
};

async function openFilters(el: Element): Promise<void> {
  await waitUntil(() => root(el).querySelector('.filters-toggle'), 'the filters toggle', SLOW);
  one(el, '.filters-toggle').click();
  await (el as StemWidget).updateComplete;
}

const withBadProgram = () => {
  const doc = sample() as unknown as { programs: unknown[] };
  doc.programs.push({ id: 'bad', name: 'Broken program' });
  return doc;
};

const WIDGETS: Record<string, State[]> = {
  'stem-program-finder': [
    loadingState,
    { name: 'ready', data: sample, until: ready('[part="card"]') },
    {
      name: 'searching',
      data: sample,
      until: ready('mark'),
      act: (el) => type(el, 'cyber'),
    },
    { name: 'no results', data: sample, until: ready('[part="empty"]'), act: (el) => type(el, 'zzqxv') },
    { name: 'filters and chips', data: sample, attributes: 'fields="cybersecurity" modes="online"', until: ready('.chip') },
    {
      name: 'long filter group shown whole, description opened',
      data: bigCatalogue,
      until: ready('.more-text[aria-expanded="true"]'),
      act: async (el) => {
        await waitUntil(() => root(el).querySelector('.more-text'), 'a long description', SLOW);
        one(el, '.facet-group[data-group="institution"] .link-button').click();
        one(el, '.more-text').click();
        await (el as StemWidget).updateComplete;
      },
    },
    errorState,
    { name: 'bad record', data: withBadProgram, until: ready('[part="card"]') },
    {
      name: 'dialog open',
      data: sample,
      until: (el) => root(el).querySelector('dialog')?.open === true && !!root(el).querySelector('dialog stem-outcome-card'),
      act: async (el) => {
        await waitUntil(() => ready('[part="outcomes-button"]')(el), 'an outcomes button', SLOW);
        one(el, '[part="outcomes-button"]').click();
      },
    },
    { name: 'list layout', data: sample, attributes: 'layout="list"', until: ready('[part="card"]') },
    { name: 'no programs in the data', data: () => ({ ...sample(), programs: [] }), until: ready('[part="empty"]') },
    {
      name: 'narrow, filters open',
      data: sample,
      attributes: 'style="width: 360px" fields="cybersecurity"',
      until: ready('.chip'),
      act: openFilters,
    },
  ],
  'stem-member-directory': [
    loadingState,
    { name: 'ready', data: members, until: ready('[part="member"]') },
    { name: 'searching', data: members, until: ready('mark'), act: (el) => type(el, 'science') },
    { name: 'no results', data: members, until: ready('[part="empty"]'), act: (el) => type(el, 'zzqxv') },
    { name: 'filters and chips', data: members, attributes: 'roles="chair,co-chair,member"', until: ready('.chip') },
    { name: 'grouped A to Z', data: members, attributes: 'group-by="alpha"', until: ready('.group-heading') },
    { name: 'grouped by role', data: members, attributes: 'group-by="role"', until: ready('.group-heading') },
    { name: 'compact', data: members, attributes: 'layout="compact"', until: ready('[part="member"]') },
    { name: 'colleges of a consortium', data: sample, attributes: 'source="institutions"', until: ready('[part="member"]') },
    { name: 'no members in the data', data: () => ({ ...members(), members: [] }), until: ready('[part="empty"]') },
    errorState,
    {
      name: 'bad record',
      data: () => ({ ...members(), members: [...members().members, { id: 'bad', name: '' }] }),
      until: ready('[part="member"]'),
    },
  ],
  'stem-outcome-card': [
    loadingState,
    { name: 'ready', data: sample, attributes: 'program="aacc-cyber-technology"', until: ready('[part="figure"]') },
    { name: 'compact', data: sample, attributes: 'program="aacc-cyber-technology" variant="compact"', until: ready('[part="figure"]') },
    { name: 'the whole consortium', data: sample, until: ready('[part="card"]') },
    { name: 'unknown subject', data: sample, attributes: 'program="no-such-program"', until: ready('[part="error"]') },
    { name: 'nothing published', data: sample, attributes: 'program="cptc-mechatronics"', until: ready('[part="empty"]') },
    errorState,
    {
      name: 'bad record',
      data: () => {
        const doc = validDocument() as unknown as { outcomes: Record<string, unknown>[] };
        doc.outcomes.push({ ...doc.outcomes[0], id: 'bad', cohort: undefined });
        return doc;
      },
      attributes: 'program="aacc-cyber"',
      until: ready('[part="figure"]'),
    },
  ],
};

/** A desktop window where the runner can set one; under WebDriver the fixtures' own 1000 px width does. */
async function viewport(): Promise<void> {
  try {
    await setViewport({ width: 1024, height: 800 });
  } catch {
    // WebKit's driver cannot resize the window.
  }
}

/** Forced colours through the DevTools protocol; false where the browser has none to emulate. */
const forcedColours = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('forced-colors', { active });

async function place(tag: string, state: State, theme: Theme): Promise<{ page: HTMLElement; el: StemWidget }> {
  const t = unsafeStatic(tag);
  const given = typeof state.attributes === 'function' ? state.attributes() : (state.attributes ?? '');
  const attributes = unsafeStatic(`${given} ${theme === 'dark' ? 'theme="dark"' : ''}`);
  // A white page: a dark widget must paint its own surface to pass.
  const page = await fixture<HTMLElement>(
    html`<main style="background: #fff; color: #1f2328; padding: 8px; width: 1000px">
      <h1>Member colleges</h1>
      <${t} ${attributes} .data=${state.data?.()}></${t}>
    </main>`,
  );
  const el = page.querySelector<StemWidget>(tag)!;
  await state.act?.(el);
  await waitUntil(() => state.until(el), `${tag}: ${state.name}`, SLOW);
  await el.updateComplete;
  return { page, el };
}

describe('accessibility: every widget, every state, three colour schemes, axe WCAG 2.2 AA and best practice', () => {
  before(viewport);
  after(async () => {
    await forcedColours(false);
  });

  for (const [tag, states] of Object.entries(WIDGETS)) {
    for (const theme of THEMES) {
      describe(`<${tag}> in ${theme}`, () => {
        before(async function () {
          if (theme === 'forced colours' && !(await forcedColours(true))) this.skip();
        });
        after(async () => {
          if (theme === 'forced colours') await forcedColours(false);
        });
        for (const state of states) {
          it(`${state.name}: no violations, headings one below the page's h1, the host in the language it renders`, async () => {
            const { page, el } = await place(tag, state, theme);
            expect(await violations(page)).to.deep.equal([]);
            const levels = all(el, '[role="heading"], h2, h3, h4').map((h) => Number(h.getAttribute('aria-level') ?? h.tagName[1]));
            if (levels.length) expect(Math.min(...levels), 'the top heading under the h1').to.equal(2);
            expect(el.matches(':lang(en)'), ':lang(en)').to.be.true;
            expect(el.getAttribute('lang'), 'never an empty lang').to.not.equal('');
          });
        }
      });
    }
  }
});

describe('headings fit the page outline', () => {
  it('under an h2 section the headings are h3s; heading-level wins over the outline', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <h1>Site</h1>
        <section>
          <h2>Programs</h2>
          <stem-program-finder .data=${sample()}></stem-program-finder>
          <stem-outcome-card program="aacc-cyber-technology" .data=${sample()}></stem-outcome-card>
          <stem-member-directory group-by="role" .data=${members()}></stem-member-directory>
          <stem-member-directory heading-level="5" .data=${members()}></stem-member-directory>
        </section>
      </div>`,
    );
    const [finder, card, grouped, set] = [...page.querySelectorAll<StemWidget>('section > *:not(h2)')];
    await waitUntil(
      () => ready('[part="card"]')(finder!) && ready('[part="figure"]')(card!) && ready('[part="member"]')(set!),
      'all ready',
      SLOW,
    );
    const level = (el: Element, selector: string) => one(el, selector).getAttribute('aria-level');
    expect(level(finder!, '.card-title')).to.equal('3');
    expect(level(card!, '[part="title"]')).to.equal('3');
    expect(level(grouped!, '.group-heading'), 'group headings').to.equal('3');
    expect(level(grouped!, '.name'), 'entries under the groups').to.equal('4');
    expect(level(set!, '.name')).to.equal('5');
  });

  it('the outcome card in the finder’s dialog goes under the dialog’s heading, named after the program and college', async () => {
    const finder = await fixture<StemWidget>(html`<stem-program-finder .data=${sample()}></stem-program-finder>`);
    await waitUntil(() => ready('[part="outcomes-button"]')(finder), 'an outcomes button', SLOW);
    const button = one(finder, '[part="outcomes-button"]');
    const cardEl = button.closest('[part="card"]')!;
    button.click();
    await waitUntil(() => root(finder).querySelector('dialog')?.open, 'the dialog', SLOW);
    const dialog = root(finder).querySelector('dialog')!;
    const name = cardEl.querySelector('.card-title bdi')!.textContent!.trim();
    const college = cardEl.querySelector('.college bdi')!.textContent!.trim();
    expect(dialog.querySelector('h2')!.textContent!.trim()).to.equal(`${name} at ${college}`);
    const inner = dialog.querySelector<StemWidget>('stem-outcome-card')!;
    await waitUntil(() => inner.shadowRoot?.querySelector('[part="title"]'), 'the card inside', SLOW);
    expect(one(inner, '[part="title"]').getAttribute('aria-level')).to.equal('3');
  });
});

// ---- where focus lands ----

interface FocusCase {
  action: string;
  tag: string;
  attributes?: string;
  data?: () => unknown;
  /** Ready to act. */
  until: (el: StemWidget) => unknown;
  /** The control the visitor presses Enter on. */
  control: (el: StemWidget) => HTMLElement | null | undefined;
  /** Where focus must land, found after the action; and when the widget has settled there. */
  lands: (el: StemWidget) => Element | null | undefined;
  /** Something the visitor sees changed (guards against a case that passes by doing nothing). */
  changed?: (el: StemWidget) => unknown;
}

const chips = (el: Element) => all(el, '.chip');
const searchBox = (el: Element) => one(el, 'input[type="search"]');

const FOCUS: FocusCase[] = [
  {
    action: 'remove a chip',
    tag: 'stem-program-finder',
    data: sample,
    attributes: 'fields="cybersecurity,mechatronics"',
    until: (el) => chips(el).length === 2,
    control: (el) => chips(el)[0],
    lands: (el) => (chips(el).length === 1 ? chips(el)[0] : null),
  },
  {
    action: 'remove the last chip',
    tag: 'stem-program-finder',
    data: sample,
    attributes: 'fields="cybersecurity"',
    until: (el) => chips(el).length === 1,
    control: (el) => chips(el)[0],
    lands: (el) => (chips(el).length === 0 ? searchBox(el) : null),
  },
  {
    action: 'clear all',
    tag: 'stem-member-directory',
    data: members,
    attributes: 'roles="chair,member"',
    until: (el) => chips(el).length === 2,
    control: (el) => one(el, '.chips .link-button'),
    lands: (el) => (chips(el).length === 0 ? searchBox(el) : null),
  },
  {
    action: 'show more',
    tag: 'stem-program-finder',
    data: sample,
    attributes: 'page-size="4"',
    until: (el) => all(el, '[part="card"]').length === 4,
    control: (el) => one(el, '[part="show-more"]'),
    lands: (el) => all(el, '[part="card"]')[4]?.querySelector('a'),
  },
  {
    action: 'show more',
    tag: 'stem-member-directory',
    data: members,
    attributes: 'page-size="3"',
    until: (el) => all(el, '[part="member"]').length === 3,
    control: (el) => one(el, '[part="show-more"]'),
    lands: (el) => {
      const entry = all(el, '[part="member"]')[3];
      return entry?.querySelector('a') ?? entry?.querySelector('[role="heading"]');
    },
  },
  {
    action: 'show all the options of a long filter group',
    tag: 'stem-program-finder',
    data: bigCatalogue,
    until: ready('.facet-group[data-group="institution"] .link-button'),
    control: (el) => one(el, '.facet-group[data-group="institution"] .link-button'),
    lands: (el) => all(el, '.facet-group[data-group="institution"] input')[8],
    changed: (el) => one(el, '.facet-group[data-group="institution"] .link-button').getAttribute('aria-expanded') === 'true',
  },
  {
    action: 'show fewer options again',
    tag: 'stem-member-directory',
    data: () => generateDocument({ programs: 300, members: 200 }),
    attributes: 'filters="region"',
    until: (el) => {
      const toggle = root(el).querySelector<HTMLElement>('.facet-group .link-button');
      if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
      return toggle?.getAttribute('aria-expanded') === 'true';
    },
    control: (el) => one(el, '.facet-group .link-button'),
    lands: (el) => one(el, '.facet-group .link-button'),
    changed: (el) => one(el, '.facet-group .link-button').getAttribute('aria-expanded') === 'false',
  },
  {
    action: 'read more of a description',
    tag: 'stem-program-finder',
    data: bigCatalogue,
    until: ready('.more-text'),
    control: (el) => one(el, '.more-text'),
    lands: (el) => one(el, '.more-text'),
    changed: (el) => one(el, '.more-text').getAttribute('aria-expanded') === 'true',
  },
  {
    action: 'jump to a letter',
    tag: 'stem-member-directory',
    data: members,
    attributes: 'group-by="alpha"',
    until: ready('[part="jump-bar"] a'),
    control: (el) => all(el, '[part="jump-bar"] a').at(-1),
    lands: (el) => {
      const letter = all(el, '[part="jump-bar"] a').at(-1)!.textContent!.trim();
      return [...root(el).querySelectorAll<HTMLElement>('.group-heading')].find((h) => h.dataset['groupKey'] === letter);
    },
  },
  {
    action: 'clear the search from the empty state',
    tag: 'stem-program-finder',
    data: sample,
    until: async (el) => {
      if (!root(el).querySelector('[part="empty"]')) await type(el, 'zzqxv');
      return root(el).querySelector('[part="empty"] button');
    },
    control: (el) => one(el, '[part="empty"] button'),
    lands: (el) => (root(el).querySelector('[part="empty"]') ? null : searchBox(el)),
  },
  {
    action: 'remove a filter from the empty state',
    tag: 'stem-member-directory',
    data: members,
    attributes: 'roles="chair" sectors="foundation"',
    until: ready('[part="empty"] button'),
    control: (el) => all(el, '[part="empty"] button').at(-1),
    lands: (el) => (chips(el).length === 1 ? chips(el)[0] : null),
  },
  {
    action: 'open the outcomes dialog',
    tag: 'stem-program-finder',
    data: sample,
    until: ready('[part="outcomes-button"]'),
    control: (el) => one(el, '[part="outcomes-button"]'),
    lands: (el) => (root(el).querySelector('dialog')?.open ? root(el).querySelector('dialog button') : null),
  },
  {
    action: 'close the outcomes dialog',
    tag: 'stem-program-finder',
    data: sample,
    until: async (el) => {
      const dialog = root(el).querySelector('dialog');
      if (dialog?.open) return true;
      await waitUntil(() => ready('[part="outcomes-button"]')(el), 'an outcomes button', SLOW);
      const opener = one(el, '[part="outcomes-button"]');
      opener.focus();
      opener.click();
      return false;
    },
    control: (el) => one(el, 'dialog .dialog-header button'),
    lands: (el) => (root(el).querySelector('dialog') ? null : one(el, '[part="outcomes-button"]')),
  },
  {
    action: 'open the filters in a narrow column',
    tag: 'stem-program-finder',
    data: sample,
    attributes: 'style="width: 360px"',
    until: ready('.filters-toggle'),
    control: (el) => one(el, '.filters-toggle'),
    lands: (el) => one(el, '.filters-toggle'),
    changed: (el) => one(el, '.filters-toggle').getAttribute('aria-expanded') === 'true' && one(el, '#filters').offsetHeight > 0,
  },
  ...['stem-program-finder', 'stem-member-directory', 'stem-outcome-card'].flatMap((tag): FocusCase[] => [
    {
      action: 'try again, and it fails again',
      tag,
      attributes: `src="/__fault/500?key=again-${tag}"`,
      until: ready('[part="retry-button"]'),
      control: (el) => one(el, '[part="retry-button"]'),
      // The button of the second failure, not the first one's.
      lands: (el) =>
        root(el).querySelector('[part="retry-button"]') !== first.get(tag) ? root(el).querySelector('[part="retry-button"]') : null,
    },
    {
      action: 'try again, and it works',
      tag,
      attributes: `src="${fresh(SMALL_DOC_PATH, '/__flaky')}"${tag === 'stem-outcome-card' ? ' consortium' : ''}`,
      until: ready('[part="retry-button"]'),
      control: (el) => one(el, '[part="retry-button"]'),
      lands: (el) => root(el).querySelector(tag === 'stem-outcome-card' ? '[part="title"]' : 'input[type="search"]'),
    },
  ]),
];

/** The retry button of the first failure, per widget, to tell it from the second's. */
const first = new Map<string, Element | null>();

describe('focus after every action lands on something visible, never on <body>', () => {
  before(viewport);

  for (const c of FOCUS) {
    it(`<${c.tag}>: ${c.action}`, async () => {
      const t = unsafeStatic(c.tag);
      const wrap = await fixture<HTMLElement>(
        html`<div style="width: 1000px"><${t} ${unsafeStatic(c.attributes ?? '')} .data=${c.data?.()}></${t}></div>`,
      );
      const el = wrap.firstElementChild as StemWidget;
      await waitUntil(() => c.until(el), `ready to ${c.action}`, SLOW);
      await el.updateComplete;
      const control = c.control(el)!;
      expect(control, 'the control').to.exist;
      first.set(c.tag, root(el).querySelector('[part="retry-button"]'));
      control.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => {
          const target = c.lands(el);
          return target && deepActive() === target;
        },
        `focus on the expected element after "${c.action}" (it is on ${deepActive()?.outerHTML.slice(0, 120)})`,
        SLOW,
      );
      if (c.changed) expect(c.changed(el), 'what the action shows').to.be.ok;
      const active = deepActive() as HTMLElement;
      expect(active).to.not.equal(document.body);
      expect(active.matches(':focus-visible'), ':focus-visible').to.be.true;
      const style = getComputedStyle(active);
      expect(style.outlineStyle !== 'none' || style.boxShadow !== 'none', 'a visible focus indicator').to.be.true;
    });
  }
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import consortium from '../../src/sample/consortium.json';
import coalition from '../../src/sample/coalition.json';
import '../../src/program-finder/program-finder.js';
import '../../src/member-directory/member-directory.js';
import type { StemProgramFinder } from '../../src/program-finder/program-finder.component.js';
import type { StemMemberDirectory } from '../../src/member-directory/member-directory.component.js';

/** What a visitor reads when a search cannot do all it was asked. */
const root = (el: HTMLElement) => el.shadowRoot!;
const notices = (el: HTMLElement) => [...root(el).querySelectorAll('.notice')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const names = (el: HTMLElement) => [...root(el).querySelectorAll('.card-title')].map((t) => t.textContent!.trim());

async function finder(): Promise<StemProgramFinder> {
  const el = await fixture<StemProgramFinder>(html`<stem-program-finder page-size="100"></stem-program-finder>`);
  el.data = structuredClone(consortium);
  await waitUntil(() => root(el).querySelector('.count'), 'ready', { timeout: 10000 });
  return el;
}

async function chooseNearest(el: StemProgramFinder): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>('select[part="sort"]')!;
  select.value = 'nearest';
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('"Nearest first" when the position cannot be had', () => {
  const own = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  afterEach(() => {
    if (own) Object.defineProperty(navigator, 'geolocation', own);
    else delete (navigator as { geolocation?: unknown }).geolocation;
  });

  it('says so when the visitor refuses, and sorts by name', async () => {
    const el = await finder();
    const byName = names(el);
    let asked = 0;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (_ok: unknown, refused: () => void) => (asked++, setTimeout(refused, 20)) },
    });
    await chooseNearest(el);
    expect(asked).to.equal(1);
    expect(notices(el)).to.deep.equal(['Finding your location…']);
    await waitUntil(() => notices(el).length && !notices(el)[0]!.startsWith('Finding'), 'the refusal is said');
    expect(notices(el)).to.deep.equal(['Your location is not available, so programs are sorted by name.']);
    expect(names(el)).to.deep.equal(byName);
  });

  it('says so in a browser with no geolocation at all', async () => {
    const el = await finder();
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: undefined });
    delete (navigator as { geolocation?: unknown }).geolocation;
    // Where the property lives on the prototype, hide it there for this test.
    const proto = Object.getPrototypeOf(navigator) as object;
    const inherited = Object.getOwnPropertyDescriptor(proto, 'geolocation');
    if (inherited) delete (proto as { geolocation?: unknown }).geolocation;
    try {
      await chooseNearest(el);
      expect(notices(el)).to.deep.equal(['Your location is not available, so programs are sorted by name.']);
    } finally {
      if (inherited) Object.defineProperty(proto, 'geolocation', inherited);
    }
  });
});

describe('<stem-member-directory> when only some words match', () => {
  it('shows the members that match some of them, and says so', async () => {
    const el = await fixture<StemMemberDirectory>(html`<stem-member-directory></stem-member-directory>`);
    el.data = structuredClone(coalition);
    await waitUntil(() => root(el).querySelector('.count'), 'ready', { timeout: 10000 });
    const first = coalition.members[0]!.name.split(/\s+/).find((w) => w.length > 4)!;
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = `${first} qqqzzzxv`;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="member"]').length).to.be.greaterThan(0);
    expect(notices(el)).to.deep.equal([`No member matches every word of “${first} qqqzzzxv”; showing members that match some of them.`]);
  });
});

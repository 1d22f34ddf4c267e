import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import coalition from '../../src/sample/coalition.json';
import consortium from '../../src/sample/consortium.json';
import '../../src/member-directory/member-directory.js';
import type { StemMemberDirectory } from '../../src/member-directory/member-directory.component.js';
import type { MemberSelectDetail } from '../../src/member-directory/member-directory.types.js';
import type { SearchChangeDetail } from '../../src/search-ui/search-events.js';
import { generateDocument } from '../../src/sample/generate.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { resetWarnings } from '../../src/core/attribute-warnings.js';
import { fakeTimers } from './shared/clock.js';

const sample = () => structuredClone(coalition) as typeof coalition;
const root = (el: StemMemberDirectory) => el.shadowRoot!;
const members = (el: StemMemberDirectory) => [...root(el).querySelectorAll<HTMLElement>('[part="member"]')];
const names = (el: StemMemberDirectory) => members(el).map((m) => m.querySelector('.name')!.textContent!.trim());
const count = (el: StemMemberDirectory) => root(el).querySelector('.count')!.textContent!.trim();
const checkbox = (el: StemMemberDirectory, group: string, label: string) =>
  [...root(el).querySelectorAll<HTMLInputElement>(`[data-group="${group}"] input`)].find((i) =>
    i.closest('label')!.textContent!.includes(label),
  )!;
const headings = (el: StemMemberDirectory) =>
  [...root(el).querySelectorAll('.group-heading')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
const runnerSearch = location.search;

/** A small coalition for exact expectations. */
function members4() {
  const m = (id: string, name: string, sector: string, role: string, extra: object = {}) => ({
    id,
    name,
    sector,
    memberships: [{ role, asOf: '2016' }],
    ...extra,
  });
  return {
    contractVersion: '1.0',
    publisher: { name: 'Test Coalition' },
    dateModified: '2026-01-01',
    members: [
      m('z', 'Zeta Robotics', 'industry', 'member', {
        region: 'WA',
        url: 'https://zeta.example',
        memberships: [{ role: 'member', since: '2016', asOf: '2016' }],
      }),
      m('e', 'Éco Institute', 'nonprofit', 'co-chair', {
        region: 'VA',
        logo: 'https://127.0.0.1:9/broken.png',
        memberships: [{ role: 'co-chair', since: '2009', asOf: '2016' }],
      }),
      m('a', 'alpha Society of Engineers', 'professional-society', 'chair', { region: 'DC' }),
      m('b', 'Beta Foundation', 'foundation', 'leadership-council', { region: 'DC', url: 'HTTPS://beta.example/about' }),
    ],
  };
}

async function directory(attrs = '', data: unknown = sample()): Promise<StemMemberDirectory> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  wrap.innerHTML = `<stem-member-directory ${attrs}></stem-member-directory>`;
  const el = wrap.firstElementChild as StemMemberDirectory;
  el.data = data;
  // Generous: 5,000 members validate and index in well under a second alone, but CI machines are shared.
  await waitUntil(() => root(el).querySelector('.count') || root(el).querySelector('[part="empty"]'), 'ready', { timeout: 15000 });
  return el;
}

runWidgetSuite('stem-member-directory', {
  readyDocument: members4,
  isReady: (el) => el.shadowRoot!.querySelectorAll('[part="member"]').length === 4,
  emptyDocument: () => ({ ...members4(), members: [] }),
  badRecordDocument: () => ({ ...members4(), members: [...members4().members, { id: 'bad', name: 'No sector' }] }),
  stillShowsGoodRecords: (el) => el.shadowRoot!.querySelectorAll('[part="member"]').length === 4,
});

describe('<stem-member-directory>', () => {
  // Each test that counts warnings starts from a page that has warned about nothing.
  beforeEach(resetWarnings);
  afterEach(() => history.replaceState(null, '', location.pathname + runnerSearch));

  it('sorts names as a reader expects: accents and case do not push a name out of place', async () => {
    const el = await directory('', members4());
    expect(names(el)).to.deep.equal(['alpha Society of Engineers', 'Beta Foundation', 'Éco Institute', 'Zeta Robotics']);
  });

  it('sorts by membership date, longest-standing first', async () => {
    const el = await directory('sort="since"', members4());
    expect(names(el).slice(0, 2)).to.deep.equal(['Éco Institute', 'Zeta Robotics']);
  });

  it('searches names and descriptions with typos, and marks the match', async () => {
    const el = await directory();
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'chemicl' });
    await el.updateComplete;
    expect(names(el)).to.include('American Chemical Society');
    expect(root(el).querySelector('mark')!.textContent).to.equal('Chemical');
  });

  it('filters by sector, role and region with disjunctive counts, chips and clear all', async () => {
    const el = await directory();
    const total = Number(/\d+/.exec(count(el))![0]);
    const chairLabel = checkbox(el, 'role', 'Chair').closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(chairLabel).to.equal('Chair (1)');
    checkbox(el, 'role', 'Co-Chair').click();
    await el.updateComplete;
    expect(count(el)).to.equal('6 members');
    // The role group still counts its other values; the sector group counts only co-chairs.
    expect(checkbox(el, 'role', 'Chair').closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Chair (1)');
    checkbox(el, 'sector', 'Industry').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Microsoft']);
    root(el).querySelector<HTMLButtonElement>('[data-group="region"] .link-button')?.click();
    await el.updateComplete;
    checkbox(el, 'region', 'Washington').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.chip')).to.have.length(3);
    await expect(el).to.be.accessible();
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Clear all')!.click();
    await el.updateComplete;
    expect(count(el)).to.equal(`${total} members`);
  });

  it('shows a role with its body once: "Co-Chair, Leadership Council", "Leadership Council"', async () => {
    const el = await directory();
    const badges = [...root(el).querySelectorAll('[part="role"]')].map((b) => b.textContent!.trim());
    expect(badges).to.include('Co-Chair, Leadership Council');
    expect(badges).to.include('Leadership Council');
    expect(badges).to.not.include('Leadership Council, Leadership Council');
  });

  it('groups by role, sector, region and letter, with headings and counts', async () => {
    const byRole = await directory('group-by="role"');
    expect(headings(byRole).map((h) => h.replace(/ \(\d+\)$/, ''))).to.deep.equal(['Chair', 'Co-Chair', 'Leadership Council', 'Member']);
    const bySector = await directory('group-by="sector"', members4());
    expect(headings(bySector)).to.deep.equal(['Industry (1)', 'Nonprofit (1)', 'Professional society (1)', 'Foundation (1)']);
    const byRegion = await directory('group-by="region"', members4());
    expect(headings(byRegion)).to.deep.equal(['District of Columbia (2)', 'Virginia (1)', 'Washington (1)']);
    const alpha = await directory('group-by="alpha"', members4());
    expect(headings(alpha)).to.deep.equal(['A (1)', 'B (1)', 'E (1)', 'Z (1)']);
    await expect(alpha).to.be.accessible();
  });

  it('jumps by letter, skipping empty letters, to the right page', async () => {
    const el = await directory('group-by="alpha" page-size="5"');
    const bar = root(el).querySelector('[part="jump-bar"]')!;
    const links = [...bar.querySelectorAll('a')].map((a) => a.textContent);
    const skipped = [...bar.querySelectorAll('li[aria-hidden="true"]')].map((s) => s.textContent!.trim());
    expect(links.length + skipped.length).to.equal(26);
    expect(skipped).to.include('Q');
    const last = [...bar.querySelectorAll('a')].pop()!;
    last.click();
    await el.updateComplete;
    await el.updateComplete;
    const target = root(el).activeElement as HTMLElement;
    expect(target.classList.contains('group-heading')).to.be.true;
    expect(target.textContent).to.include(last.textContent!);
  });

  it('has three layouts: grid, list and compact', async () => {
    const grid = await directory('layout="grid"', members4());
    const [a, b] = members(grid).map((m) => m.getBoundingClientRect());
    expect(a!.top).to.equal(b!.top);
    const list = await directory('layout="list"', members4());
    const [c, d] = members(list).map((m) => m.getBoundingClientRect());
    expect(c!.left).to.equal(d!.left);
    const compact = await directory('layout="compact"', members4());
    expect(root(compact).querySelectorAll('[part="logo"]')).to.have.length(0);
    expect(root(compact).querySelectorAll('[part="role"]')).to.have.length(4);
    await expect(compact).to.be.accessible();
  });

  it('shows initials in a sized box when a logo is missing or fails to load', async () => {
    const el = await directory('', members4());
    const boxes = members(el).map((m) => m.querySelector<HTMLElement>('[part="logo"]')!);
    for (const box of boxes) expect(box.getBoundingClientRect().width).to.equal(64);
    // The broken logo is tried, then replaced by initials.
    await waitUntil(() => members(el)[2]!.querySelector('.initials'), 'the broken logo falls back');
    expect(members(el).map((m) => m.querySelector('.initials')?.textContent)).to.deep.equal(['AS', 'BF', 'ÉI', 'ZR']);
  });

  it('links per link-target, with rel noopener', async () => {
    const el = await directory('link-target="_self"', members4());
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="member-link"]')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://beta.example/about', 'https://zeta.example/']);
    expect(links[0]!.target).to.equal('_self');
    expect(links[0]!.rel).to.equal('noopener noreferrer');
  });

  it('rejects javascript: and data: links and logos: the value is dropped and reported, the member shown without it', async () => {
    const doc = members4();
    doc.members.push(
      {
        id: 'js',
        name: 'Script Kiddies',
        sector: 'other',
        memberships: [{ role: 'member', asOf: '2016' }],
        url: ' JaVaScRiPt:alert(1)',
      } as never,
      {
        id: 'data',
        name: 'Data Folks',
        sector: 'other',
        memberships: [{ role: 'member', asOf: '2016' }],
        url: 'data:text/html,<script>alert(1)</script>',
        logo: 'data:image/png;base64,AAAA',
      } as never,
    );
    const lines: string[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => lines.push(a.map(String).join(' '));
    let el: StemMemberDirectory;
    try {
      el = await directory('', doc);
    } finally {
      console.warn = original;
    }
    expect(names(el)).to.include.members(['Script Kiddies', 'Data Folks']);
    expect(lines.some((l) => l.includes('/members/4/url'))).to.be.true;
    expect(lines.some((l) => l.includes('/members/5/logo'))).to.be.true;
    const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => /^\s*(javascript|data):/i.test(h))).to.be.false;
    const sources = [...root(el).querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    expect(sources.some((src) => /^\s*data:/i.test(src))).to.be.false;
  });

  it('lists a consortium\'s colleges with source="institutions"', async () => {
    const el = await directory('source="institutions"', consortium);
    expect(count(el)).to.equal('10 members');
    expect(names(el)[0]).to.equal('Anne Arundel Community College');
  });

  it('renders 5,000 members without error, a page at a time, and searches them', async function () {
    this.timeout(30000);
    const doc = generateDocument({ programs: 10, members: 5000, seed: 4 });
    const el = await directory('page-size="50" group-by="alpha"', doc);
    expect(count(el)).to.equal('5,000 members');
    expect(members(el)).to.have.length(50);
    root(el).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
    await el.updateComplete;
    expect(members(el)).to.have.length(100);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = doc.members![0]!.name;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.include(doc.members![0]!.name);
  });

  it('fires stem-member-select and stem-search-change', async () => {
    const el = await directory('', members4());
    // Stay on the page when the link is followed; let checkbox clicks through.
    el.addEventListener('click', (e) => (e.composedPath()[0] as Element).closest?.('a') && e.preventDefault());
    const selected = oneEvent(el, 'stem-member-select');
    root(el).querySelector<HTMLAnchorElement>('[part="member-link"]')!.click();
    expect(((await selected) as CustomEvent<MemberSelectDetail>).detail.member.name).to.equal('Beta Foundation');
    const seen: SearchChangeDetail[] = [];
    el.addEventListener('stem-search-change', (e) => seen.push(e.detail));
    const clock = fakeTimers();
    try {
      checkbox(el, 'sector', 'Industry').click();
      await clock.until(el.updateComplete);
      expect(seen, 'not at once: after a pause').to.deep.equal([]);
      await clock.tickAsync(2000);
    } finally {
      clock.restore();
    }
    const industry = members4().members.filter((m) => m.sector === 'industry').length;
    expect(seen).to.deep.equal([{ query: '', filters: { sector: ['industry'] }, sort: 'name', resultCount: industry }]);
  });

  it('preselects by attribute and warns once about invalid values', async () => {
    const lines: string[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => lines.push(a.map(String).join(' '));
    try {
      const el = await directory('roles="chair,co-chair,boss" group-by="shoe" layout="table"');
      expect(count(el)).to.equal('7 members');
      expect(headings(el)).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
    for (const attr of ['roles="chair,co-chair,boss"', 'group-by="shoe"', 'layout="table"'])
      expect(
        lines.filter((l) => l.includes(attr)),
        attr,
      ).to.have.length(1);
  });

  it('keeps the search in the address with sync-url', async () => {
    const el = await directory('sync-url');
    checkbox(el, 'sector', 'Industry').click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('members-sector')).to.equal('industry');
    const again = await directory('sync-url');
    expect(count(again)).to.equal(count(el));
  });

  it('collapses its filters in a narrow container, and announces the count politely', async () => {
    const clock = fakeTimers();
    let el: StemMemberDirectory;
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><stem-member-directory .data=${sample()}></stem-member-directory></div>`,
      );
      el = wrap.firstElementChild as StemMemberDirectory;
      await clock.until(el.updateComplete);
      expect(getComputedStyle(root(el).querySelector('[part="filters"]')!).display).to.equal('none');
      const region = root(el).querySelector('[aria-live="polite"]')!;
      expect(region.textContent!.trim(), 'not at once: after a pause').to.equal('');
      await clock.tickAsync(2000);
      await clock.until(el.updateComplete);
      expect(region.textContent!.trim()).to.equal(count(el));
    } finally {
      clock.restore();
    }
    await expect(el!).to.be.accessible();
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await directory('lang="es" group-by="role"');
    await waitUntil(() => root(el).textContent!.includes('Buscar miembros'), 'Spanish text');
    expect(count(el)).to.match(/^\d+ miembros$/);
    expect(headings(el)[0]).to.match(/^Presidencia/);
    await expect(el).to.be.accessible();
  });
});

describe('<stem-member-directory> by keyboard', () => {
  it('is operable by keyboard alone: search, tick a filter, jump to a letter', async () => {
    const el = await directory('group-by="alpha" filters="sector" page-size="5"');
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'society' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' }); // sort
    await sendKeys({ press: 'Tab' }); // first letter of the jump bar (the filters toggle is hidden when wide)
    const letter = root(el).activeElement as HTMLAnchorElement;
    expect(letter.tagName).to.equal('A');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect((root(el).activeElement as HTMLElement).classList.contains('group-heading')).to.be.true;
    // On to the filters: Shift+Tab back is not needed; focus the first checkbox by Tab from the jump bar.
    letter.focus();
    let active: Element | null = letter;
    for (let i = 0; i < 40 && !(active instanceof HTMLInputElement); i++) {
      await sendKeys({ press: 'Tab' });
      active = root(el).activeElement;
    }
    expect(active).to.be.instanceOf(HTMLInputElement);
    await sendKeys({ press: ' ' }); // Space, by the name Firefox's driver knows too
    await el.updateComplete;
    expect(root(el).querySelectorAll('.chip')).to.have.length(1);
  });
});

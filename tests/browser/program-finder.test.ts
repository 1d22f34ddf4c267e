import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import consortium from '../../src/sample/consortium.json';
import '../../src/program-finder/program-finder.js';
import '../../src/stem-data/stem-data.js';
import type { StemProgramFinder } from '../../src/program-finder/program-finder.component.js';
import type { SearchChangeDetail, ProgramSelectDetail } from '../../src/program-finder/program-finder.types.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { validDocument } from './fixtures/documents.js';
import { generateDocument } from '../../src/sample/generate.js';
import { resetWarnings } from '../../src/core/attribute-warnings.js';
import { durationMonths } from '../../src/core/duration.js';
import { fakeTimers, untilFrame, type Clock } from './shared/clock.js';

const sample = () => structuredClone(consortium) as typeof consortium;
const root = (el: StemProgramFinder) => el.shadowRoot!;
const cards = (el: StemProgramFinder) => [...root(el).querySelectorAll('[part="card"]')];
const titles = (el: StemProgramFinder) =>
  cards(el).map((c) => c.querySelector('.card-title bdi')!.textContent!.replace(/\s+/g, ' ').trim());
const count = (el: StemProgramFinder) => root(el).querySelector('.count')!.textContent!.trim();
const checkbox = (el: StemProgramFinder, group: string, label: string) =>
  [...root(el).querySelectorAll<HTMLInputElement>(`[data-group="${group}"] input`)].find((i) =>
    i.closest('label')!.textContent!.includes(label),
  )!;
const chips = (el: StemProgramFinder) => [...root(el).querySelectorAll<HTMLButtonElement>('.chip')];

async function finder(attrs = '', data: unknown = sample()): Promise<StemProgramFinder> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  wrap.innerHTML = `<stem-program-finder ${attrs}></stem-program-finder>`;
  const el = wrap.firstElementChild as StemProgramFinder;
  el.data = data;
  // Frame by frame, so that a test with a fake clock can make one; generous (about ten seconds):
  // a busy CI machine runs three engines on two cores.
  await untilFrame(() => root(el).querySelector('.count'), 'the finder is ready');
  return el;
}

/** Types as a visitor does; with a fake clock, moves it on until the finder has drawn the results. */
async function type(el: StemProgramFinder, text: string, clock?: Clock): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.focus();
  input.select();
  // WebKit's WebDriver drops a letter repeated within one key sequence ("tt" gives "t"), so a
  // repeated letter starts a new sequence.
  for (const part of text.match(/.*?(.)(?=\1)|.+/g) ?? []) await sendKeys({ type: part });
  await (clock ? clock.until(el.updateComplete) : el.updateComplete);
}

async function tick(el: StemProgramFinder, group: string, label: string, clock?: Clock): Promise<void> {
  checkbox(el, group, label).click();
  await (clock ? clock.until(el.updateComplete) : el.updateComplete);
}

function captureWarnings(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...a: unknown[]) => lines.push(a.map(String).join(' '));
  return { lines, restore: () => (console.warn = original) };
}

runWidgetSuite('stem-program-finder', {
  readyDocument: sample,
  isReady: (el) => el.shadowRoot!.querySelectorAll('[part="card"]').length > 0,
  emptyDocument: () => ({ ...sample(), programs: [] }),
  badRecordDocument: () => {
    const doc = validDocument();
    doc.programs.push({ id: 'bad', name: 'Broken program' });
    return doc;
  },
  stillShowsGoodRecords: (el) => el.shadowRoot!.querySelectorAll('[part="card"]').length === 2,
});

// The test runner keeps its session in the page's query string: tests restore it.
const runnerSearch = location.search;

describe('<stem-program-finder>', () => {
  // Each test that counts warnings starts from a page that has warned about nothing.
  beforeEach(resetWarnings);
  afterEach(() => {
    history.replaceState(null, '', location.pathname + runnerSearch);
  });

  it('keeps a program whose college was left out of the data, and says the college information is not available', async () => {
    const doc = sample();
    const college = doc.institutions.find((i) => i.id === doc.programs[0]!.institution)!;
    delete (college as Record<string, unknown>).address;
    // Names that no program of another college shares, to find these cards.
    doc.programs.filter((p) => p.institution === college.id).forEach((p, i) => (p.name = `Left-out college program ${i + 1}`));
    const warnings = captureWarnings();
    const el = await finder('page-size="100"', doc);
    await el.updateComplete;
    warnings.restore();
    const affected = doc.programs.filter((p) => p.institution === college.id).map((p) => p.name);
    const shown = cards(el).filter((c) => affected.some((name) => c.querySelector('.card-title')?.textContent?.includes(name)));
    expect(shown.length, 'the programs are still shown').to.be.greaterThan(0);
    for (const card of shown) {
      expect(card.querySelector('.college')!.textContent!.trim()).to.equal('College information is not available.');
    }
    const index = doc.institutions.indexOf(college);
    expect(
      warnings.lines.some((l) => l.includes(`names the institution '${college.id}', which was left out: /institutions/${index}/address`)),
    ).to.be.true;
  });

  describe('search', () => {
    it('shows the count and the first page of cards, each with what a student compares', async () => {
      const el = await finder();
      expect(count(el)).to.equal(`${consortium.programs.length} programs`);
      expect(cards(el)).to.have.length(12);
      const first = cards(el)[0]!;
      const text = first.textContent!.replace(/\s+/g, ' ');
      for (const label of ['Field', 'Credential', 'Length', 'Format', 'Cost']) expect(text).to.include(label);
      expect(first.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('narrows the results as the visitor types, with typos, and marks the matched words', async () => {
      const el = await finder();
      await type(el, 'cyber securty');
      expect(cards(el).length).to.be.greaterThan(0);
      for (const card of cards(el)) expect(card.textContent).to.match(/Cyber/i);
      const marks = [...root(el).querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
      expect(marks.some((m) => m.startsWith('cyber'))).to.be.true;
      expect(count(el)).to.match(/^\d+ programs?$/);
    });

    it('shows markup in the data as text, never as elements', async () => {
      const doc = sample();
      doc.programs[0]!.name = '<img src=x onerror="window.__pwned=1"> Cyber Hack';
      const el = await finder('', doc);
      await type(el, 'hack');
      expect(root(el).querySelector('img')).to.be.null;
      expect(titles(el)[0]).to.include('<img src=x');
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('says when only some words matched', async () => {
      const el = await finder();
      await type(el, 'mechatronics xyzzyq');
      expect(root(el).querySelector('.notice')!.textContent).to.include('No program matches every word');
    });
  });

  describe('filters', () => {
    it('filters by a facet, counts the others disjunctively, and shows a removable chip', async () => {
      const el = await finder();
      const cyberCount = Number(/\((\d+)\)/.exec(checkbox(el, 'field', 'Cybersecurity').closest('label')!.textContent!)![1]);
      const mechaBefore = checkbox(el, 'field', 'Mechatronics').closest('label')!.textContent;
      await tick(el, 'field', 'Cybersecurity');
      expect(count(el)).to.equal(`${cyberCount} programs`);
      // Same group: the other field still shows its own count, so it can be added.
      expect(checkbox(el, 'field', 'Mechatronics').closest('label')!.textContent).to.equal(mechaBefore);
      expect(chips(el).map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Remove filter Field of study: Cybersecurity ×',
      ]);
      await expect(el).to.be.accessible();
    });

    it('has every facet group: field, state, college, format, length, credential', async () => {
      const el = await finder();
      const legends = [...root(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal(['Field of study', 'State', 'College', 'Format', 'Length', 'Credential']);
      await tick(el, 'state', 'Washington');
      expect(cards(el).every((c) => c.textContent!.includes(', WA'))).to.be.true;
      await tick(el, 'length', 'Up to 6 months');
      await tick(el, 'credential', 'Certificate');
      expect(chips(el)).to.have.length(3);
    });

    it('removes a chip and keeps focus among the chips', async () => {
      const el = await finder('fields="cybersecurity,mechatronics"');
      expect(chips(el)).to.have.length(2);
      chips(el)[0]!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(chips(el)).to.have.length(1);
      expect(root(el).activeElement === chips(el)[0], 'focus on the remaining chip').to.be.true;
    });

    it('clears everything with "Clear all" and returns focus to the search box', async () => {
      const el = await finder('fields="cybersecurity" query="network"');
      const clear = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear all')!;
      clear.click();
      await el.updateComplete;
      expect(count(el)).to.equal(`${consortium.programs.length} programs`);
      expect(chips(el)).to.have.length(0);
      expect(root(el).activeElement === root(el).querySelector('input[type="search"]'), 'focus in the search box').to.be.true;
    });

    it('shortens a long group until the visitor asks for all of it', async () => {
      const el = await finder('filters="institution"', generateDocument({ programs: 400, seed: 2 }));
      const options = () => root(el).querySelectorAll('[data-group="institution"] input').length;
      expect(options()).to.equal(8);
      const more = root(el).querySelector<HTMLButtonElement>('[data-group="institution"] .link-button')!;
      expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Show all \d+ College$/);
      more.click();
      await el.updateComplete;
      expect(options()).to.be.greaterThan(8);
    });

    it('shows only the groups named in `filters`, in that order', async () => {
      const el = await finder('filters="mode,field,bogus"');
      expect([...root(el).querySelectorAll('legend')].map((l) => l.textContent!.trim())).to.deep.equal(['Format', 'Field of study']);
    });
  });

  describe('sort', () => {
    const select = (el: StemProgramFinder) => root(el).querySelector<HTMLSelectElement>('select')!;
    async function sortBy(el: StemProgramFinder, value: string) {
      select(el).value = value;
      select(el).dispatchEvent(new Event('change'));
      await el.updateComplete;
    }

    it('sorts by name by default, and by best match when searching', async () => {
      const el = await finder();
      expect(select(el).value).to.equal('name');
      expect([...select(el).options].map((o) => o.value)).to.not.include('relevance');
      await type(el, 'battery');
      expect(select(el).value).to.equal('relevance');
    });

    it('sorts shortest first and lowest cost first, the programs without one last', async () => {
      const doc = sample();
      // Programs the data gives no length or no cost: they go last, not first.
      for (const p of doc.programs.slice(0, 3)) delete (p as Partial<typeof p>).timeToComplete;
      for (const p of doc.programs.slice(3, 6)) delete (p as Partial<typeof p>).cost;
      const el = await finder('page-size="100"', doc);
      const fact = (card: Element, label: string) => {
        const row = [...card.querySelectorAll('.facts > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label);
        return row?.querySelector('dd')?.textContent ?? undefined;
      };
      const unknownLast = (a: number | undefined, b: number | undefined) => (a ?? Infinity) - (b ?? Infinity);

      await sortBy(el, 'shortest');
      // The length as shown ("1 year", "18 months", "1 week · 30 credits"), read back in months.
      const UNIT_MONTHS: Record<string, number> = { year: 12, month: 1, week: 7 / (365.25 / 12), day: 1 / (365.25 / 12) };
      const shownMonths = cards(el).map((card) => {
        // Without a length, the row shows the credits alone.
        const parts = [...(fact(card, 'Length') ?? '').matchAll(/(\d+) (year|month|week|day)s?/g)];
        return parts.length ? parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MONTHS[unit!]!, 0) : undefined;
      });
      const dataMonths = doc.programs.map((p) => durationMonths(p.timeToComplete)).sort(unknownLast);
      expect(shownMonths.length).to.equal(doc.programs.length);
      expect(shownMonths.map((m) => m?.toFixed(2))).to.deep.equal(dataMonths.map((m) => m?.toFixed(2)));

      await sortBy(el, 'cost');
      const shownCosts = cards(el).map((card) => {
        const text = fact(card, 'Cost');
        return text === undefined ? undefined : Number(text.replace(/[^0-9.]/g, ''));
      });
      const dataCosts = doc.programs.map((p) => p.cost?.amount).sort(unknownLast);
      expect(shownCosts).to.deep.equal(dataCosts);
    });

    it('sorts nearest first with the position the visitor shares, showing distances', async function () {
      const shared = await executeServerCommand('set-geolocation', { latitude: 47.6, longitude: -122.33 }); // Seattle
      // WebDriver (our WebKit) cannot grant geolocation or set a position: skipped there, and counted.
      if (shared === false) this.skip();
      const el = await finder();
      await sortBy(el, 'nearest');
      await waitUntil(() => cards(el)[0]?.textContent!.includes('away'), 'distances appear');
      expect(cards(el)[0]!.textContent).to.include(', WA');
      expect(cards(el)[0]!.textContent).to.match(/\d+(\.\d)? mi away/);
    });
  });

  describe('outcomes', () => {
    it('opens the full outcome card for a program in a dialog, and returns focus when it closes', async () => {
      const el = await finder('page-size="100"');
      const button = root(el).querySelector<HTMLButtonElement>('[part="outcomes-button"]')!;
      const card = button.closest('[part="card"]')!;
      const programName = card.querySelector('.card-title bdi')!.textContent!.trim();
      const college = card.querySelector('.college bdi')!.textContent!.trim();
      // Six colleges' "Cybersecurity Certificate" read apart: the button and the link name the college.
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`All outcomes for ${programName} at ${college}`);
      expect(card.querySelector('.card-title a')!.textContent!.trim()).to.equal(`${programName}, ${college}`);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      await waitUntil(() => dialog.open, 'the dialog opens');
      const outcomeCard = dialog.querySelector('stem-outcome-card')!;
      await waitUntil(() => outcomeCard.shadowRoot?.querySelector('[part="card"]'), 'the card renders');
      expect(outcomeCard.shadowRoot!.textContent).to.include(programName);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root(el).querySelector('dialog'), 'the dialog closes');
      expect(root(el).activeElement === button, 'focus back on the button').to.be.true;
    });

    it('summarises the outcome honestly on a program card: figure, n, period, population and source', async () => {
      const doc = sample();
      const el = await finder('page-size="100"', doc);
      // The programs the data gives one percentage each, over the smallest group shown (10).
      const single = doc.programs.flatMap((program) => {
        const own = doc.outcomes.filter((o) => o.subject.type === 'program' && o.subject.id === program.id);
        const o = own[0];
        return own.length === 1 && o?.status === 'reported' && o.unit === 'percent' && (o.cohort?.size ?? 0) >= 10 ? [{ program, o }] : [];
      });
      expect(single.length, 'programs with one figure').to.be.greaterThan(2);
      const period = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short' });
      const month = (ym: string) => new Date(`${ym}-01T00:00:00Z`);
      for (const { program, o } of single) {
        const college = doc.institutions.find((i) => i.id === program.institution)!.name;
        const card = cards(el).find((c) => c.querySelector('.card-title a')!.textContent!.trim() === `${program.name}, ${college}`)!;
        expect(card, `${program.name}, ${college}`).to.exist;
        const summary = card.querySelector('[part="outcome-summary"]')!.textContent!.replace(/\s+/g, ' ');
        const source = doc.sources.find((s) => s.id === o.source)!.name;
        expect(summary, program.id).to.include(`${o.value}%`);
        expect(summary, program.id).to.include(`n = ${o.cohort!.size!.toLocaleString('en-US')}`);
        expect(summary, program.id).to.include(period.formatRange(month(o.period.start), month(o.period.end)));
        expect(summary, program.id).to.include(o.population!);
        expect(summary, program.id).to.include(`Source: ${source}`);
      }
    });
  });

  describe('pages', () => {
    it('shows more on request and moves focus to the first new program', async () => {
      const el = await finder('page-size="5"');
      expect(cards(el)).to.have.length(5);
      const more = root(el).querySelector<HTMLButtonElement>('[part="show-more"]')!;
      expect(more.textContent!.trim()).to.equal('Show 5 more');
      more.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cards(el)).to.have.length(10);
      expect(
        root(el).activeElement === cards(el)[5]!.querySelector('a'),
        `focus on the first new program, not ${root(el).activeElement?.outerHTML.slice(0, 80)}`,
      ).to.be.true;
    });
  });

  describe('the empty state', () => {
    it('says which filters led to nothing and removes them one by one', async () => {
      const el = await finder('fields="electric-vehicle-technology" states="MD"');
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(empty.textContent).to.include('No programs match these filters.');
      const buttons = [...empty.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
      expect(buttons[0]).to.match(/^Remove Field of study: Electric Vehicle Technology \(\d+ programs?\)$/);
      expect(buttons[1]).to.match(/^Remove State: Maryland \(\d+ programs?\)$/);
      await expect(el).to.be.accessible();
      (empty.querySelectorAll('button')[1] as HTMLButtonElement).click();
      await el.updateComplete;
      expect(cards(el).length).to.be.greaterThan(0);
    });

    it('offers to clear a search that found nothing', async () => {
      const el = await finder();
      await type(el, 'qqqzzzxx');
      const button = root(el).querySelector<HTMLButtonElement>('[part="empty"] button')!;
      expect(button.textContent).to.include('Clear the search “qqqzzzxx”');
      button.click();
      await el.updateComplete;
      expect(count(el)).to.equal(`${consortium.programs.length} programs`);
    });
  });

  describe('url sync', () => {
    it('keeps the search in the address, restores it on reload, and follows the back button', async () => {
      const el = await finder('sync-url="pf"');
      await tick(el, 'field', 'Mechatronics');
      expect(new URLSearchParams(location.search).get('pf-field')).to.equal('mechatronics');
      const clock = fakeTimers();
      try {
        await type(el, 'robot', clock);
        expect(new URLSearchParams(location.search).get('pf-q'), 'not while typing').to.be.null;
        // Typing reaches the address once the visitor pauses.
        await clock.tickAsync(2000);
        expect(new URLSearchParams(location.search).get('pf-q')).to.equal('robot');
      } finally {
        clock.restore();
      }
      const filtered = count(el);
      // A reload: a new finder on the same address starts where the visitor was.
      const again = await finder('sync-url="pf"');
      expect(count(again)).to.equal(filtered);
      expect(root(again).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('robot');
      again.remove();
      // Back: undo the field filter (typing replaced the entry, the tick pushed one).
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await el.updateComplete;
      expect(chips(el)).to.have.length(0);
    });

    it('reads no more of a crafted link than a person types: 256 characters, 12 words', async () => {
      // 11,000 words of nonsense, then a word that would match: a long task before the first paint, once.
      const noise = Array.from({ length: 11_000 }, (_, i) => `zq${i}`).join(' ');
      history.replaceState(null, '', `${location.pathname}${runnerSearch}&pf-q=${encodeURIComponent(`${noise} cybersecurity`)}`);
      const el = await finder('sync-url="pf"');
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(input.value.length).to.equal(256);
      expect(input.maxLength).to.equal(256);
      // The matching word is past what is read: nothing is found, and the finder says so.
      expect(count(el)).to.match(/^0 programs|No programs/);
      // Twelve words are read, the thirteenth is not (pasted, as WebKit's WebDriver types repeated keys unreliably).
      const paste = async (text: string) => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      const words = (n: number) => Array.from({ length: n }, (_, i) => `zq${i}`).join(' ');
      await paste(`${words(12)} cybersecurity`);
      expect(count(el)).to.match(/^0 programs|No programs/);
      await paste(`${words(11)} cybersecurity`);
      expect(count(el)).to.not.match(/^0 programs/);
    });

    it('keeps what was typed when a filter is ticked before the pause, and writes it when the finder leaves', async () => {
      const el = await finder('sync-url="pf"');
      await type(el, 'cyber');
      await tick(el, 'mode', 'Online');
      let params = new URLSearchParams(location.search);
      expect(params.get('pf-q')).to.equal('cyber');
      expect(params.get('pf-mode')).to.equal('online');
      await type(el, 'robot');
      el.remove();
      params = new URLSearchParams(location.search);
      expect(params.get('pf-q')).to.equal('robot');
    });

    it('leaves the address alone without sync-url', async () => {
      const el = await finder();
      await tick(el, 'field', 'Mechatronics');
      expect(location.search).to.equal(runnerSearch);
    });
  });

  describe('events', () => {
    it('fires stem-search-change with the query, filters and result count after typing pauses', async () => {
      const clock = fakeTimers();
      try {
        // Three cards a page: the count of results is more than one page shows.
        const el = await finder('page-size="3"');
        const seen: SearchChangeDetail[] = [];
        el.addEventListener('stem-search-change', (e) => seen.push(e.detail));
        await type(el, 'cyber', clock);
        await tick(el, 'mode', 'Online', clock);
        expect(seen, 'nothing while the visitor is still busy').to.have.length(0);
        await clock.tickAsync(2000);
        expect(seen, 'one event for the whole pause').to.have.length(1);
        expect(seen[0]!.query).to.equal('cyber');
        expect(seen[0]!.filters).to.deep.equal({ mode: ['online'] });
        // The count the visitor reads ("7 programs"), not the cards on the first page.
        const shown = Number(/^(\d+) programs?$/.exec(count(el))![1]);
        expect(shown, 'more results than one page').to.be.greaterThan(cards(el).length);
        expect(seen[0]!.resultCount).to.equal(shown);
      } finally {
        clock.restore();
      }
    });

    it('fires stem-program-select when a program link is followed', async () => {
      const el = await finder();
      el.addEventListener('click', (e) => e.preventDefault());
      const selected = oneEvent(el, 'stem-program-select');
      cards(el)[0]!.querySelector('a')!.click();
      const detail = ((await selected) as CustomEvent<ProgramSelectDetail>).detail;
      expect(detail.program.name).to.equal(titles(el)[0]);
      expect(detail.institution?.name).to.be.a('string');
    });
  });

  it('says each thing once, and what the full card says: a credential its name already names, a count with its own n, a figure not published', async () => {
    const doc = validDocument();
    doc.programs[0]!.credential = { name: 'One-Year Certificate', category: 'certificate' };
    doc.outcomes.push(
      {
        ...doc.outcomes[1],
        id: 'o3',
        subject: { type: 'program', id: 'aacc-cyber-2' },
        valueQualifier: undefined,
        cohort: { size: 14 },
        value: 14,
      },
      {
        id: 'o4',
        subject: { type: 'program', id: 'aacc-cyber-2' },
        metric: 'completion-rate',
        status: 'not-available',
        period: { start: '2013-09', end: '2014-08' },
        population: 'Students who started the program',
        source: 'eval',
      },
    );
    const el = await finder('min-cohort="20"', doc);
    const [first, second] = cards(el).map((c) => c.textContent!.replace(/\s+/g, ' '));
    expect(first).to.include('Credential One-Year Certificate');
    expect(first).to.not.include('(Certificate)');
    // Its only figures: a completion rate not published, and 14 participants (fewer than min-cohort).
    expect(second).to.include('Completion rate: Not available: this figure is not published');
    expect(second).to.not.include('small groups');

    const counts = await finder('', doc);
    const summary = cards(counts)[1]!.querySelector('[part="outcome-summary"]')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.include('Participants: 14');
    expect(summary, 'the count is the cohort').to.not.include('n = 14');
  });

  describe('attributes', () => {
    it('preselects fields, states, colleges and formats', async () => {
      const el = await finder('fields="cybersecurity" modes="online" states="MD,WA" institutions="aacc,cptc,south-seattle"');
      expect(chips(el).length).to.equal(1 + 1 + 2 + 3);
      for (const card of cards(el)) expect(card.textContent).to.include('Online');
    });

    it('falls back on an invalid value and warns once', async () => {
      const warnings = captureWarnings();
      try {
        const el = await finder('sort="cheapest" layout="table" page-size="-3" heading-level="9"');
        const modes = await finder('modes="online,telepathy"');
        expect(chips(modes).map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Remove filter Format: Online ×']);
        el.requestUpdate();
        await el.updateComplete;
        expect(root(el).querySelector('select')!.value).to.equal('name');
        expect(root(el).querySelector('.results')!.classList.contains('layout-grid')).to.be.true;
        expect(cards(el)).to.have.length(12);
        expect(
          cards(el)[0]!.querySelector('[role="heading"]')!.getAttribute('aria-level'),
          'one below the page outline: no heading before it',
        ).to.equal('2');
      } finally {
        warnings.restore();
      }
      for (const attr of ['sort="cheapest"', 'layout="table"', 'page-size="-3"', 'modes="online,telepathy"', 'heading-level="9"']) {
        expect(
          warnings.lines.filter((l) => l.includes(attr)),
          attr,
        ).to.have.length(1);
      }
    });

    it('warns about preselected ids the data does not have', async () => {
      const warnings = captureWarnings();
      try {
        await finder('fields="basket-weaving"');
      } finally {
        warnings.restore();
      }
      expect(warnings.lines.some((l) => l.includes('fields="basket-weaving"') && l.includes('basket-weaving not found'))).to.be.true;
    });

    it('lists programs one per row with layout="list"', async () => {
      const el = await finder('layout="list"');
      const [a, b] = cards(el);
      expect(a!.getBoundingClientRect().left).to.equal(b!.getBoundingClientRect().left);
    });

    it('lays out an off-screen card when it is reached by keyboard or scrolled to', async () => {
      const el = await finder('page-size="12" style="display: block; width: 400px"');
      const items = [...root(el).querySelectorAll<HTMLElement>('.results > li')];
      expect(items.length).to.be.greaterThan(6);
      const last = items.at(-1)!;
      const link = last.querySelector<HTMLAnchorElement>('[part="card-link"]')!;
      link.focus();
      expect(root(el).activeElement).to.equal(link);
      await waitUntil(
        () => {
          const box = link.getBoundingClientRect();
          // Painted where it is: the link is what the browser finds at its own centre.
          return (
            box.height > 0 &&
            root(el)
              .elementsFromPoint(box.x + 4, box.y + box.height / 2)
              .includes(link)
          );
        },
        'the focused card is on screen and painted',
        { timeout: 5000 },
      );
      const title = last.querySelector('.card-title')!.getBoundingClientRect();
      expect(last.getBoundingClientRect().height).to.be.greaterThan(title.height * 3);
      await expect(el).to.be.accessible();
    });
  });

  describe('while typing', () => {
    /** Sets the search box as a keystroke does, and waits for the frame that answers it. */
    async function keystroke(el: StemProgramFinder, text: string): Promise<void> {
      const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await new Promise(requestAnimationFrame);
    }
    const matches = (card: Element, word: RegExp) => word.test(card.textContent!);

    it('shows the cards in view in the keystroke’s frame and the cards below the fold in the next', async () => {
      // One column of cards in a short window: most of the page is below the fold (an earlier
      // test may have left the window scrolled down).
      const el = await finder('style="display: block; width: 400px"', generateDocument({ programs: 300, seed: 4 }));
      scrollTo(0, 0);
      expect(cards(el).at(-1)!.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
      await waitUntil(
        async () => {
          await keystroke(el, 'battery');
          await el.updateComplete;
          await keystroke(el, 'cyber');
          return !matches(cards(el).at(-1)!, /cyber/i);
        },
        'a card below the fold still shows the last results in the keystroke’s frame',
        { timeout: 5000 },
      );
      expect(matches(cards(el)[0]!, /cyber/i), 'the first card, in view').to.be.true;
      await el.updateComplete;
      expect(cards(el)).to.have.length(12);
      for (const card of cards(el)) expect(matches(card, /cyber/i)).to.be.true;
      // The filter groups below the fold caught up too: every count is the one the engine gives.
      const ticked = await finder('style="display: block; width: 400px"', generateDocument({ programs: 300, seed: 4 }));
      await keystroke(ticked, 'cyber');
      await ticked.updateComplete;
      const counts = [...root(el).querySelectorAll('.facet-group .count')].map((c) => c.textContent);
      expect(counts).to.deep.equal([...root(ticked).querySelectorAll('.facet-group .count')].map((c) => c.textContent));
      await expect(el).to.be.accessible();
    });

    it('shows every card and filter group at once after a click', async () => {
      const el = await finder('style="display: block; width: 400px"', generateDocument({ programs: 300, seed: 4 }));
      scrollTo(0, 0);
      await keystroke(el, 'battery');
      await el.updateComplete;
      await nextFrame();
      checkbox(el, 'mode', 'Online').click();
      await new Promise(requestAnimationFrame);
      const shown = cards(el);
      expect(shown.length).to.be.greaterThan(3);
      for (const card of shown) expect(card.textContent).to.match(/Online/);
    });

    it('moves the marks as the matched words change, in the cards it keeps', async () => {
      const el = await finder();
      await type(el, 'c');
      const marks = () => [...root(el).querySelectorAll('.results mark')].map((m) => m.textContent!.toLowerCase());
      expect(marks().some((m) => !m.startsWith('cy'))).to.be.true;
      await type(el, 'cy');
      expect(marks().length).to.be.greaterThan(0);
      for (const m of marks()) expect(m.startsWith('cy'), m).to.be.true;
      root(el).querySelector<HTMLInputElement>('input[type="search"]')!.select();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(marks()).to.deep.equal([]);
    });
  });

  describe('width', () => {
    it('collapses the filters behind a button in a 320 px sidebar', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><stem-program-finder .data=${sample()}></stem-program-finder></div>`,
      );
      const el = wrap.firstElementChild as StemProgramFinder;
      await el.updateComplete;
      const filters = root(el).querySelector<HTMLElement>('[part="filters"]')!;
      const toggle = root(el).querySelector<HTMLButtonElement>('.filters-toggle')!;
      expect(getComputedStyle(filters).display).to.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(getComputedStyle(filters).display).to.not.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('shows the filters beside the results in a 1,200 px column', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 1200px"><stem-program-finder .data=${sample()}></stem-program-finder></div>`,
      );
      const el = wrap.firstElementChild as StemProgramFinder;
      await el.updateComplete;
      const filters = root(el).querySelector<HTMLElement>('[part="filters"]')!;
      expect(getComputedStyle(filters).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('.filters-toggle')!).display).to.equal('none');
      expect(filters.getBoundingClientRect().right).to.be.lessThan(cards(el)[0]!.getBoundingClientRect().left);
    });
  });

  describe('keyboard and announcements', () => {
    it('works by keyboard alone: type, Tab to a filter, Space to tick it', async () => {
      const el = await finder('filters="mode"');
      await type(el, 'cyber');
      await sendKeys({ press: 'Tab' }); // sort
      await sendKeys({ press: 'Tab' }); // filters toggle (hidden when wide) is skipped; first checkbox
      const active = root(el).activeElement as HTMLInputElement;
      expect(active.type).to.equal('checkbox');
      await sendKeys({ press: ' ' }); // Space, by the name Firefox's driver knows too
      await el.updateComplete;
      expect(active.checked).to.be.true;
      expect(chips(el)).to.have.length(1);
    });

    it('announces the result count once, after typing pauses', async () => {
      const clock = fakeTimers();
      try {
        const el = await finder();
        const region = root(el).querySelector('[aria-live="polite"]')!;
        await clock.tickAsync(2000);
        await clock.until(el.updateComplete);
        const before = region.textContent!.trim();
        expect(before, 'the first count').to.equal(count(el));
        await type(el, 'mec', clock);
        expect(region.textContent!.trim(), 'not while typing').to.equal(before);
        await clock.tickAsync(2000);
        await clock.until(el.updateComplete);
        expect(region.textContent!.trim()).to.not.equal(before);
        expect(region.textContent!.trim()).to.equal(count(el));
        expect(root(el).querySelectorAll('[aria-live]')).to.have.length(1);
      } finally {
        clock.restore();
      }
    });
  });

  it('announces an order the visitor chose and "Show more", not an order that follows the query', async () => {
    const clock = fakeTimers();
    try {
      const el = await finder('page-size="4"');
      const region = root(el).querySelector('[aria-live="polite"]')!;
      const said = () => region.textContent!.trim();
      const pause = async () => {
        await clock.tickAsync(2000);
        await clock.until(el.updateComplete);
      };
      await pause();
      expect(said(), 'the first count').to.equal(count(el));
      await type(el, 'cyber', clock);
      await pause();
      expect(said(), 'the count for the query').to.equal(count(el));
      expect(said(), 'typing switched to best match by itself: not said').to.not.include('order');
      const select = root(el).querySelector('select')!;
      select.value = 'cost';
      select.dispatchEvent(new Event('change'));
      await pause();
      expect(said()).to.equal(`${count(el)}; order: Lowest cost`);
      root(el).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
      await pause();
      expect(said()).to.match(/^Showing 8 of \d+$/);
    } finally {
      clock.restore();
    }
  });

  describe('data and language', () => {
    it('works inside <stem-data> and standalone with src', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <stem-data src="/src/sample/consortium.json"><stem-program-finder></stem-program-finder></stem-data>
          <stem-program-finder src="/src/sample/consortium.json"></stem-program-finder>
        </div>`,
      );
      const [inside, alone] = [...wrap.querySelectorAll('stem-program-finder')];
      await waitUntil(() => cards(inside!).length && cards(alone!).length, 'both ready');
      expect(count(inside!)).to.equal(count(alone!));
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await finder('lang="es"');
      await waitUntil(() => root(el).textContent!.includes('Buscar programas'), 'Spanish text');
      expect(count(el)).to.equal(`${consortium.programs.length} programas`);
      await expect(el).to.be.accessible();
    });
  });
});

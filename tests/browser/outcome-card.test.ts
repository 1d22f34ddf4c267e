import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../../src/outcome-card/outcome-card.js';
import type { StemOutcomeCard } from '../../src/outcome-card/outcome-card.component.js';
import type { SourceOpenDetail } from '../../src/outcome-card/outcome-card.types.js';
import { validate } from '../../src/contract/validate.js';
import { runWidgetSuite } from './shared/widget-suite.js';
import { validDocument } from './fixtures/documents.js';
import consortium from '../../src/sample/consortium.json';

type Doc = ReturnType<typeof validDocument>;
const base = {
  subject: { type: 'program', id: 'aacc-cyber' },
  period: { start: '2013-09', end: '2014-08' },
  population: 'Students who started the program',
  source: 'eval',
};

/** A program with one figure of every kind. */
function docWithFigures(): Doc {
  const doc = validDocument();
  doc.outcomes = [
    {
      ...base,
      id: 'done',
      metric: 'completion-rate',
      status: 'reported',
      value: 64,
      unit: 'percent',
      cohort: { size: 48, label: 'Fall 2013 entrants' },
      caveats: ['Counts completion within 150% of normal time.'],
    },
    {
      ...base,
      id: 'pay',
      metric: 'median-earnings-q2',
      status: 'reported',
      value: 9800,
      unit: 'currency',
      currency: 'USD',
      cohort: { size: 31 },
      monthsAfterExit: 6,
      distribution: { p25: 7200, median: 9800, p75: 12100 },
      benchmark: { label: 'State median for certificates', value: 8500, source: 'eval' },
    },
    { ...base, id: 'jobs', metric: 'employment-rate-q2', status: 'suppressed', population: 'Exiters' },
    { ...base, id: 'q4', metric: 'employment-rate-q4', status: 'not-available', population: 'Exiters' },
    { ...base, id: 'cred', metric: 'credential-attainment-rate', status: 'not-applicable', population: 'Exiters' },
  ];
  return doc;
}

const root = (el: StemOutcomeCard) => el.shadowRoot!;
const figures = (el: StemOutcomeCard) => [...root(el).querySelectorAll<HTMLElement>('[part="figure"]')];
const figure = (el: StemOutcomeCard, metric: string) => root(el).querySelector<HTMLElement>(`[data-metric="${metric}"]`)!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

async function card(attrs: string, data: unknown = docWithFigures()): Promise<StemOutcomeCard> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  wrap.innerHTML = `<stem-outcome-card ${attrs}></stem-outcome-card>`;
  const el = wrap.firstElementChild as StemOutcomeCard;
  el.data = data;
  await el.updateComplete;
  return el;
}

// Without a subject attribute the card shows the consortium's figures: validDocument() has one.
runWidgetSuite('stem-outcome-card', {
  readyDocument: validDocument,
  isReady: (el) => el.shadowRoot!.querySelectorAll('[part="figure"]').length > 0,
  emptyDocument: () => ({ ...validDocument(), outcomes: [] }),
  badRecordDocument: () => {
    const doc = validDocument();
    doc.outcomes.push({ id: 'bad', metric: 'completion-rate', status: 'reported' });
    return doc;
  },
  stillShowsGoodRecords: (el) => el.shadowRoot!.querySelectorAll('[part="figure"]').length === 1,
});

describe('<stem-outcome-card>', () => {
  it('shows a reported figure with its n, cohort, period, population and source', async () => {
    const el = await card('program="aacc-cyber"');
    const done = text(figure(el, 'completion-rate'));
    expect(done).to.include('Completion rate');
    expect(done).to.include('64%');
    expect(done).to.include('n = 48');
    expect(done).to.include('Fall 2013 entrants');
    expect(done).to.include('Sep 2013 – Aug 2014');
    expect(done).to.include('Students who started the program');
    expect(done).to.include('Source: Evaluation report');
    const link = figure(el, 'completion-rate').querySelector<HTMLAnchorElement>('.source a')!;
    expect(link.href).to.equal('https://example.org/report');
    expect(link.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('reads and looks different for each status', async () => {
    const el = await card('program="aacc-cyber"');
    expect(text(figure(el, 'employment-rate-q2'))).to.include('Not shown: withheld by the publisher to protect privacy');
    expect(text(figure(el, 'employment-rate-q4'))).to.include('Not available: this figure is not published');
    expect(text(figure(el, 'credential-attainment-rate'))).to.include('Not applicable to this program');
    const looks = ['completion-rate', 'employment-rate-q2', 'employment-rate-q4', 'credential-attainment-rate'].map((m) => {
      const s = getComputedStyle(figure(el, m));
      return `${s.borderInlineStartStyle} ${s.borderInlineStartColor} ${s.backgroundColor}`;
    });
    expect(new Set(looks).size).to.equal(4);
    // A figure that is not shown has no value, and no chart.
    expect(figure(el, 'employment-rate-q2').querySelector('.value, svg')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('applies min-cohort to reported figures: at the threshold shown, below it not', async () => {
    const at = await card('program="aacc-cyber" min-cohort="48"');
    expect(text(figure(at, 'completion-rate'))).to.include('64%');
    const above = await card('program="aacc-cyber" min-cohort="49"');
    expect(text(figure(above, 'completion-rate'))).to.include('Not shown: fewer than 49 students');
    expect(text(figure(above, 'completion-rate'))).to.not.include('64');
    const defaults = await card('program="aacc-cyber"');
    expect(defaults.minCohort).to.equal(10);
    const doc = docWithFigures();
    doc.outcomes[0]!.cohort = { size: 9 };
    const small = await card('program="aacc-cyber"', doc);
    expect(text(figure(small, 'completion-rate'))).to.include('Not shown: fewer than 10 students');
    expect(text(figure(small, 'completion-rate'))).to.not.include('n = 9');
    await expect(small).to.be.accessible();
  });

  it('shows the 25th to 75th percentile range and the benchmark with its label', async () => {
    const el = await card('program="aacc-cyber"');
    const pay = text(figure(el, 'median-earnings-q2'));
    expect(pay).to.include('$9,800');
    expect(pay).to.include('Middle half: $7,200 to $12,100 (25th to 75th percentile)');
    expect(pay).to.include('Benchmark, State median for certificates: $8,500');
    expect(pay).to.include('measured 6 months after exit');
    const chart = figure(el, 'median-earnings-q2').querySelector('svg')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
  });

  it('keeps caveats in a disclosure that opens on request', async () => {
    const el = await card('program="aacc-cyber"');
    const details = figure(el, 'completion-rate').querySelector('details')!;
    expect(details.open).to.be.false;
    expect(text(details.querySelector('summary')!)).to.equal('About this figure (1)');
    details.querySelector('summary')!.click();
    expect(details.open).to.be.true;
    expect(text(details)).to.include('Counts completion within 150% of normal time.');
  });

  it('formats as US Spanish with lang="es", and as the region says with lang="es-ES"', async () => {
    const el = await card('program="aacc-cyber" lang="es"');
    const pay = text(figure(el, 'median-earnings-q2'));
    expect(pay).to.include('Ingresos trimestrales medianos');
    // es-US: the dollar sign first and a comma for thousands, as US Spanish readers see prices.
    expect(pay).to.match(/\$\s?9,800/);
    expect(pay).not.to.include('US$');
    expect(text(figure(el, 'completion-rate'))).to.match(/64\s?%/);
    expect(text(figure(el, 'employment-rate-q2'))).to.include('No se muestra');
    await expect(el).to.be.accessible();
    el.lang = 'es-ES';
    await waitUntil(() => /9\.?800\s?US\$/.test(text(figure(el, 'median-earnings-q2'))), "Spain's format when the page asks for it");
  });

  it('shows each subject kind: program, institution, field and the whole consortium', async () => {
    const doc = docWithFigures();
    doc.outcomes.push(
      {
        ...base,
        id: 'inst',
        subject: { type: 'institution', id: 'aacc' },
        metric: 'retention-rate',
        status: 'reported',
        value: 80,
        unit: 'percent',
        cohort: { size: 200 },
      },
      {
        ...base,
        id: 'fld',
        subject: { type: 'field', id: 'cyber' },
        metric: 'number-awarded',
        status: 'reported',
        value: 120,
        unit: 'count',
        cohort: { size: 150 },
      },
      validDocument().outcomes[1]!,
    );
    const program = await card('program="aacc-cyber"', doc);
    expect(figures(program)).to.have.length(5);
    const inst = await card('institution="aacc"', doc);
    expect(figures(inst).map((f) => f.dataset.metric)).to.deep.equal(['retention-rate']);
    expect(text(root(inst).querySelector('[part="title"]')!)).to.equal('Outcomes: Anne Arundel Community College');
    const field = await card('field="cyber"', doc);
    expect(text(figures(field)[0]!)).to.include('120');
    const whole = await card('consortium', doc);
    expect(text(figures(whole)[0]!)).to.include('more than 1,300');
    // The figure is the count of people: "n > 1,300" beside it would say it twice.
    expect(text(figures(whole)[0]!)).to.not.include('n > 1,300');
    expect(text(root(whole).querySelector('[part="title"]')!)).to.equal('Outcomes: Test Consortium');
  });

  it('chooses and orders metrics', async () => {
    const el = await card('program="aacc-cyber" metrics="median-earnings-q2,completion-rate"');
    expect(figures(el).map((f) => f.dataset.metric)).to.deep.equal(['median-earnings-q2', 'completion-rate']);
  });

  it('has a compact variant with at most two headline figures', async () => {
    const el = await card('program="aacc-cyber" variant="compact"');
    expect(figures(el).length).to.be.at.most(2);
    expect(figures(el).map((f) => f.dataset.metric)).to.deep.equal(['completion-rate', 'median-earnings-q2']);
    expect(text(root(el).querySelector('[part="card"]')!)).to.include('Source: Evaluation report');
    await expect(el).to.be.accessible();
  });

  it('aligns cards side by side in a grid', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 800px; --stem-outcome-card-height: 100%">
        <stem-outcome-card program="aacc-cyber" variant="compact" .data=${docWithFigures()}></stem-outcome-card>
        <stem-outcome-card program="aacc-cyber-2" variant="compact" .data=${docWithFigures()}></stem-outcome-card>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('stem-outcome-card')].map((c) =>
      c.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect(),
    );
    expect(a!.top).to.equal(b!.top);
    expect(a!.height).to.equal(b!.height);
  });

  it('says plainly when nothing is published for the subject', async () => {
    const el = await card('program="aacc-cyber-2"');
    expect(text(root(el).querySelector('[part="empty"]')!)).to.equal('No outcome figures are published for Network Defense Certificate.');
    await expect(el).to.be.accessible();
  });

  it('explains an unknown subject id', async () => {
    const el = await card('program="no-such-program"');
    const error = root(el).querySelector('[part="error"]')!;
    expect(text(error)).to.include('There is no program with the id “no-such-program” in this data.');
    await expect(el).to.be.accessible();
  });

  it('when a mistake left its program out of the data: "not available" for the visitor, the cause for the site owner', async () => {
    const doc = docWithFigures();
    const program = doc.programs.find((p) => p.id === 'aacc-cyber')!;
    (program as Record<string, unknown>).name = '';
    const el = await card('program="aacc-cyber"', doc);
    const shown = root(el).querySelector('[part="empty"]')!;
    expect(root(el).querySelector('[part="error"]'), 'no "check the attribute" error: the attribute is right').to.be.null;
    expect(text(shown.querySelector('p')!)).to.equal('These figures are not available right now.');
    const details = shown.querySelector('details')!;
    expect(text(details.querySelector('summary')!)).to.equal('Details for the site owner');
    const index = doc.programs.indexOf(program);
    expect(text(details.querySelector('p')!)).to.equal(
      `The program “aacc-cyber” was left out of the data: /programs/${index}/name: expected non-empty text, got empty text`,
    );
    await expect(el).to.be.accessible();
  });

  it('never shows a figure whose source is missing, and reports it as a data issue', async () => {
    const doc = docWithFigures();
    doc.outcomes[0]!.source = 'gone';
    const result = validate(doc);
    expect(result.issues.some((i) => i.path === '/outcomes/0/source' && i.severity === 'error')).to.be.true;
    const el = await card('program="aacc-cyber"', doc);
    expect(root(el).querySelector('[data-metric="completion-rate"]')).to.be.null;
  });

  it('fires stem-source-open when a visitor follows a source link', async () => {
    const el = await card('program="aacc-cyber"');
    el.addEventListener('click', (e) => e.preventDefault());
    const opened = oneEvent(el, 'stem-source-open');
    figure(el, 'completion-rate').querySelector<HTMLAnchorElement>('.source a')!.click();
    const { detail } = (await opened) as CustomEvent<SourceOpenDetail>;
    expect(detail.source.id).to.equal('eval');
    expect(detail.outcome.id).to.equal('done');
  });

  it('shows the real consortium figures from the sample with their qualifiers', async () => {
    const el = await card('consortium', consortium);
    const all = figures(el).map(text).join(' | ');
    expect(all).to.include('about 82%');
    expect(all).to.include('more than 600');
    await expect(el).to.be.accessible();
  });
});

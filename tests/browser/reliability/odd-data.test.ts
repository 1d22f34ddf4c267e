import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { generateDocument } from '../../../src/sample/generate.js';
import { validate } from '../../../src/contract/validate.js';
import { validDocument } from '../fixtures/documents.js';
import { guardPage, shadowText, stateOf } from './page-guard.js';
import { silenceConsole } from './quiet-console.js';

const countShown = (el: Element) => el.shadowRoot!.querySelector('p.count')?.textContent?.trim();
const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];

async function type(el: Element, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('huge and odd data', () => {
  it('100,000 programs: the finder shows the first page, counts them all, and searches', async function () {
    this.timeout(120000);
    const guard = guardPage();
    const doc = generateDocument({ programs: 100000, seed: 7 });
    const el = await fixture<HTMLElement>(html`<stem-program-finder .data=${doc}></stem-program-finder>`);
    await waitUntil(() => stateOf(el) === 'ready', 'ready', { timeout: 60000 });
    expect(countShown(el)).to.equal('100,000 programs');
    expect(cards(el).length).to.be.within(1, 50);
    await type(el, 'mechatronics');
    await waitUntil(() => countShown(el) !== '100,000 programs', 'the search answers', { timeout: 10000 });
    expect(cards(el).every((c) => /mechatronic/i.test(c.textContent ?? ''))).to.be.true;
    guard.stop();
    expect(guard.problems).to.deep.equal([]);
  });

  it('a 2 MB description: dropped with its path, the program shows without it; a long one stays card-sized', async () => {
    const doc = validDocument();
    doc.programs[0]!.description = `${'Composite layup and vacuum bagging. '.repeat(57000)}needle-in-the-haystack`;
    expect((doc.programs[0]!.description as string).length).to.be.greaterThan(2_000_000);
    doc.programs[1]!.description = `${'Vacuum bagging, resin infusion and autoclave cure. '.repeat(75)}haystack`;
    const quiet = silenceConsole();
    const el = await fixture<HTMLElement>(html`<stem-program-finder .data=${doc}></stem-program-finder>`);
    quiet.restore();
    const issue = validate(doc).issues.find((i) => i.path === '/programs/0/description');
    expect(issue?.severity).to.equal('warning');
    expect(issue?.message).to.match(/at most 4000 characters/);
    await waitUntil(() => stateOf(el) === 'ready', 'ready');
    expect(cards(el)).to.have.length(2);
    for (const card of cards(el)) {
      expect(card.getBoundingClientRect().height, 'card height (px)').to.be.below(800);
      expect(card.querySelector('p.description')?.textContent?.length ?? 0, 'characters put in the card').to.be.below(1000);
    }
    await type(el, 'haystack');
    await waitUntil(() => countShown(el) === '1 program', 'found by its last word, and only the kept description is searched');
  });

  it('right-to-left and emoji names keep their own direction and show in full', async () => {
    const doc = validDocument();
    doc.programs[0]!.name = 'برنامج الأمن السيبراني';
    doc.programs[0]!.description = 'شهادة لمدة عام واحد في الأمن السيبراني.';
    doc.programs.push({ ...doc.programs[0]!, id: 'emoji', name: '🔋⚡ EV Tech 🚗 👩🏽‍🔧', description: 'Familien 👨‍👩‍👧‍👦 welcome' });
    doc.members[0]!.name = 'מכללת הנגב';
    const el = await fixture<HTMLElement>(
      html`<div>
        <stem-program-finder .data=${doc}></stem-program-finder>
        <stem-member-directory .data=${doc}></stem-member-directory>
      </div>`,
    );
    const finder = el.querySelector('stem-program-finder')!;
    const directory = el.querySelector('stem-member-directory')!;
    await waitUntil(() => stateOf(finder) === 'ready' && stateOf(directory) === 'ready', 'ready');
    const arabic = [...finder.shadowRoot!.querySelectorAll('bdi')].find((b) => b.textContent === 'برنامج الأمن السيبراني');
    expect(arabic, 'the Arabic name').to.exist;
    expect(arabic!.matches(':dir(rtl)'), 'the Arabic name runs right to left').to.be.true;
    const description = [...finder.shadowRoot!.querySelectorAll('p.description')].find((p) => p.textContent!.includes('شهادة'));
    expect(description!.matches(':dir(rtl)'), 'the Arabic description runs right to left').to.be.true;
    expect(shadowText(finder)).to.include('🔋⚡ EV Tech 🚗 👩🏽‍🔧');
    const hebrew = [...directory.shadowRoot!.querySelectorAll('bdi')].find((b) => b.textContent === 'מכללת הנגב');
    expect(hebrew!.matches(':dir(rtl)')).to.be.true;
    await type(finder, 'السيبراني');
    await waitUntil(() => countShown(finder) === '1 program', 'an Arabic word finds the program');
    await expect(finder).to.be.accessible();
  });

  it('duplicate ids are reported, and the first record is kept', async () => {
    const doc = validDocument();
    doc.programs.push({ ...doc.programs[0]!, name: 'The second one, same id' });
    const result = validate(doc);
    const issue = result.issues.find((i) => i.path === `/programs/${doc.programs.length - 1}/id`);
    expect(issue?.message).to.match(/is used by an earlier record/);
    expect(result.data!.programs!.map((p) => p.name))
      .to.include(doc.programs[0]!.name)
      .and.not.include('The second one, same id');
    const quiet = silenceConsole();
    const el = await fixture<HTMLElement>(html`<stem-program-finder .data=${doc}></stem-program-finder>`);
    quiet.restore();
    await waitUntil(() => stateOf(el) === 'ready', 'ready');
    expect(shadowText(el)).not.to.include('The second one, same id');
  });

  it('dates in the far past and the far future are shown, not thrown', async () => {
    const guard = guardPage();
    const doc = validDocument();
    doc.dateModified = '0001-01-01';
    doc.programs[0]!.startDates = ['1900-01-01', '9999-12-31'];
    for (const o of doc.outcomes) (o as { period: object }).period = { start: '0001-01', end: '9999-12' };
    (doc.members[0]!.memberships as { since?: string; asOf: string }[])[0]!.since = '1066-10-14';
    (doc.members[0]!.memberships as { since?: string; asOf: string }[])[0]!.asOf = '9999-12';
    const el = await fixture<HTMLElement>(
      html`<div>
        <stem-program-finder .data=${doc}></stem-program-finder>
        <stem-outcome-card .data=${doc} program="aacc-cyber"></stem-outcome-card>
        <stem-member-directory .data=${doc}></stem-member-directory>
      </div>`,
    );
    const widgets = [...el.children];
    await waitUntil(() => widgets.every((w) => stateOf(w) !== 'loading'), 'settled');
    expect(widgets.map(stateOf)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(shadowText(widgets[0]!)).to.include('9999');
    expect(shadowText(widgets[1]!)).to.match(/Jan 1 – Dec 9999/);
    expect(shadowText(widgets[2]!)).to.include('Member since Oct 14, 1066').and.include('Role as of Dec 9999');
    guard.stop();
    expect(guard.problems).to.deep.equal([]);
  });
});

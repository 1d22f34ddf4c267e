import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import consortium from '../../src/sample/consortium.json';
import { StemProgramFinder } from '../../src/program-finder/program-finder.component.js';
import { PROGRAM_FACETS, type ProgramFacet } from '../../src/program-finder/program-facets.js';
import { StemMemberDirectory } from '../../src/member-directory/member-directory.component.js';
import { MEMBER_FACET_TABLE, type MemberFacetEntry } from '../../src/member-directory/member-facets.js';
import coalition from '../../src/sample/coalition.json';
import type { ContractDocument } from '../../src/contract/types.js';

/**
 * A facet is one entry of a widget's table: a subclass that adds one gets it in the engine's
 * counts, the panel, the chips, the address and its preselection, with no other edit.
 */
const certification: ProgramFacet = {
  key: 'certification',
  values: (r) => r.program.certifications ?? [],
  label: () => 'Certification',
  optionLabel: (v) => v,
  preselect: { attribute: 'certifications', read: (h) => (h as unknown as HTMLElement).getAttribute('certifications') ?? '' },
};

class CertificationFinder extends StemProgramFinder {
  static override facets = [...PROGRAM_FACETS, certification];
}
customElements.define('test-certification-finder', CertificationFinder);

const tenure: MemberFacetEntry = {
  key: 'tenure',
  values: (r) => [r.since ? 'since-date' : 'no-date'],
  label: () => 'Tenure',
  optionLabel: (v) => (v === 'since-date' ? 'With a date' : 'No date'),
  order: ['since-date', 'no-date'],
};

class TenureDirectory extends StemMemberDirectory {
  static override facets = [...MEMBER_FACET_TABLE, tenure];
}
customElements.define('test-tenure-directory', TenureDirectory);

const doc = () => structuredClone(consortium) as unknown as ContractDocument;
const root = (el: HTMLElement) => el.shadowRoot!;
const countShown = (el: HTMLElement) => Number(root(el).querySelector('.count')!.textContent!.replace(/\D/g, ''));
const group = (el: HTMLElement, key: string) => root(el).querySelector<HTMLElement>(`.facet-group[data-group="${key}"]`);

async function mount<T extends HTMLElement>(tag: string, attrs: string, data: unknown): Promise<T> {
  const el = await fixture<T>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)} page-size="100"></${unsafeStatic(tag)}>`);
  (el as unknown as { data: unknown }).data = data;
  await waitUntil(() => root(el).querySelector('.count'), 'ready', { timeout: 10000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('facets as data: a subclass adds a facet with one table entry', () => {
  const withCert = (d: ContractDocument) => (d.programs ?? []).filter((p) => p.certifications?.includes('OSHA 10')).length;

  afterEach(() => history.replaceState(null, '', location.pathname));

  it('counts, lists, filters and chips the new group', async () => {
    const data = doc();
    const el = await mount<CertificationFinder>('test-certification-finder', '', data);
    const panel = group(el, 'certification');
    expect(panel, 'the new group is in the panel').to.exist;
    expect(panel!.querySelector('legend')!.textContent).to.equal('Certification');
    const label = [...panel!.querySelectorAll('label')].find((l) => l.textContent!.includes('OSHA 10'))!;
    const expected = withCert(data);
    expect(expected).to.be.greaterThan(1);
    expect(label.textContent).to.include(`(${expected})`);
    label.querySelector('input')!.click();
    await el.updateComplete;
    expect(countShown(el)).to.equal(expected);
    expect([...root(el).querySelectorAll('.chip')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Remove filter Certification: OSHA 10 ×',
    ]);
    // The original groups still work beside it.
    expect(group(el, 'field')).to.exist;
  });

  it('is preselected by its attribute, listed in filters, and kept in the address', async () => {
    const data = doc();
    const el = await mount<CertificationFinder>(
      'test-certification-finder',
      'certifications="OSHA 10" filters="certification" sync-url',
      data,
    );
    expect(countShown(el)).to.equal(withCert(data));
    expect([...root(el).querySelectorAll('.facet-group')].map((g) => (g as HTMLElement).dataset['group'])).to.deep.equal(['certification']);
    const input = [...group(el, 'certification')!.querySelectorAll('label')]
      .find((l) => l.textContent!.includes('CompTIA Security+'))!
      .querySelector('input')!;
    input.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('finder-certification')).to.equal('OSHA 10,CompTIA Security+');
  });

  it('takes the new group from a shared address', async () => {
    history.replaceState(null, '', `${location.pathname}?finder-certification=${encodeURIComponent('HAZWOPER 40-hour')}`);
    const data = doc();
    const el = await mount<CertificationFinder>('test-certification-finder', 'sync-url', data);
    const expected = (data.programs ?? []).filter((p) => p.certifications?.includes('HAZWOPER 40-hour')).length;
    expect(expected).to.be.greaterThan(0);
    expect(countShown(el)).to.equal(expected);
  });

  it('works the same way in the member directory', async () => {
    const data = structuredClone(coalition) as unknown as ContractDocument;
    const el = await mount<TenureDirectory>('test-tenure-directory', '', data);
    const panel = group(el, 'tenure');
    expect(panel!.querySelector('legend')!.textContent).to.equal('Tenure');
    const labels = [...panel!.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels[0], 'the fixed order').to.match(/^With a date/);
    const dated = (data.members ?? []).filter((m) => m.memberships.some((ms) => ms.since)).length;
    expect(labels[0]).to.include(`(${dated})`);
    panel!.querySelector('input')!.click();
    await el.updateComplete;
    expect(countShown(el)).to.equal(dated);
  });
});

// The plain elements are untouched by a subclass's table.
it('a subclass table leaves the plain finder its six groups', async () => {
  await import('../../src/program-finder/program-finder.js');
  const el = await fixture<StemProgramFinder>(html`<stem-program-finder></stem-program-finder>`);
  el.data = doc();
  await waitUntil(() => root(el).querySelector('.count'), 'ready');
  expect([...root(el).querySelectorAll('.facet-group')].map((g) => (g as HTMLElement).dataset['group'])).to.deep.equal(
    PROGRAM_FACETS.map((f) => f.key),
  );
});

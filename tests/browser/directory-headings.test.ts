import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import coalition from '../../src/sample/coalition.json';
import '../../src/member-directory/member-directory.js';
import type { StemMemberDirectory } from '../../src/member-directory/member-directory.component.js';

/** Regions as partners write them: with spaces, quotes and a `#`. */
function withRegions(): unknown {
  const doc = structuredClone(coalition) as { members: { region?: string }[] };
  const regions = ['New England', 'Pacific "Northwest"', 'Region #2', 'New England'];
  doc.members.forEach((m, i) => (m.region = regions[i % regions.length]));
  return doc;
}

describe('<stem-member-directory> group headings', () => {
  for (const groupBy of ['region', 'alpha', 'role', 'sector']) {
    it(`names each ${groupBy} section by its own heading, whatever the data's words`, async () => {
      const el = await fixture<StemMemberDirectory>(
        html`<stem-member-directory group-by=${groupBy} page-size="200"></stem-member-directory>`,
      );
      el.data = withRegions();
      await waitUntil(() => el.shadowRoot!.querySelector('section'), 'grouped');
      const root = el.shadowRoot!;
      const sections = [...root.querySelectorAll('section')];
      expect(sections.length).to.be.greaterThan(1);
      const ids = new Set<string>();
      for (const section of sections) {
        const refs = section.getAttribute('aria-labelledby')!.split(/\s+/);
        expect(refs, 'one reference, not words of a name').to.have.length(1);
        const heading = root.getElementById(refs[0]!);
        expect(heading, `#${refs[0]} exists`).to.exist;
        expect(section.contains(heading)).to.be.true;
        expect(heading!.getAttribute('role')).to.equal('heading');
        ids.add(refs[0]!);
      }
      expect(ids.size, 'ids are unique').to.equal(sections.length);
    });
  }

  it('the A to Z bar links to the headings it names', async () => {
    const el = await fixture<StemMemberDirectory>(html`<stem-member-directory group-by="alpha" page-size="200"></stem-member-directory>`);
    el.data = withRegions();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="jump-bar"] a'), 'jump bar');
    for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="jump-bar"] a')) {
      const target = el.shadowRoot!.getElementById(a.getAttribute('href')!.slice(1));
      expect(target?.textContent?.trim().charAt(0), a.textContent!).to.equal(a.textContent);
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/outcome-card/outcome-card.js';
import '../../src/program-finder/program-finder.js';
import type { StemOutcomeCard } from '../../src/outcome-card/outcome-card.component.js';
import { validDocument } from './fixtures/documents.js';

const background = (el: Element, part: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part="${part}"]`)!).backgroundColor;
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';

describe('themes', () => {
  it('is light by default and dark with theme="dark", accessibly', async () => {
    const light = await fixture<StemOutcomeCard>(html`<stem-outcome-card .data=${validDocument()}></stem-outcome-card>`);
    expect(background(light, 'card')).to.equal(LIGHT);
    const dark = await fixture<StemOutcomeCard>(html`<stem-outcome-card theme="dark" .data=${validDocument()}></stem-outcome-card>`);
    expect(background(dark, 'card')).to.equal(DARK);
    await expect(dark).to.be.accessible();
  });

  it('takes the theme of the nearest ancestor with one', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div theme="dark"><stem-outcome-card .data=${validDocument()}></stem-outcome-card></div>`,
    );
    expect(background(wrap.firstElementChild!, 'card')).to.equal(DARK);
  });

  // This browser build ignores emulated media features, so the wiring is checked in the sheets.
  const mediaRules = (el: Element, condition: string) =>
    el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes(condition))
      .flatMap((r) => [...r.cssRules].map((inner) => inner.cssText));

  it('follows the system with theme="auto": dark tokens under prefers-color-scheme: dark', async () => {
    const el = await fixture<StemOutcomeCard>(html`<stem-outcome-card theme="auto" .data=${validDocument()}></stem-outcome-card>`);
    expect(el.dataset.stemTheme).to.equal('auto');
    expect(background(el, 'card')).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? DARK : LIGHT);
    const rules = mediaRules(el, 'prefers-color-scheme: dark');
    expect(rules.some((r) => r.includes(':host([data-stem-theme="auto"])') && r.includes('#161b22'))).to.be.true;
  });

  it('has forced-colours rules that use the system colours', async () => {
    const el = await fixture<StemOutcomeCard>(html`<stem-outcome-card .data=${validDocument()}></stem-outcome-card>`);
    const rules = mediaRules(el, 'forced-colors: active').join(' ');
    for (const keyword of ['canvastext', 'linktext', 'marktext']) expect(rules.toLowerCase()).to.include(keyword);
    await expect(el).to.be.accessible();
  });

  it('falls back to light for an unknown theme', async () => {
    const el = await fixture<StemOutcomeCard>(html`<stem-outcome-card theme="sepia" .data=${validDocument()}></stem-outcome-card>`);
    expect(el.dataset.stemTheme).to.equal('light');
  });

  it('ignores a host page that shrinks the root font and restyles buttons', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5%; line-height: 3 } button { background: red !important; font-size: 8px }';
    document.head.append(style);
    try {
      const el = await fixture(html`<stem-program-finder .data=${validDocument()}></stem-program-finder>`);
      const input = el.shadowRoot!.querySelector('input[type="search"]')!;
      expect(getComputedStyle(input).fontSize).to.equal('16px');
      expect(getComputedStyle(el).lineHeight).to.equal('24px');
    } finally {
      style.remove();
    }
  });
});

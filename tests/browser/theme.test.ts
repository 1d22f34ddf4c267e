import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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

  it('keeps its text as it was on a host page that shrinks the root font and sets inherited text styles', async () => {
    // What a page's CSS can reach inside a widget: the properties its shadow tree inherits (set on
    // html, body or any ancestor), and the host element itself (a page's rules beat :host). Rules
    // for button, input or p cannot cross the shadow boundary, so they would prove nothing here.
    const inherited = [
      'fontSize',
      'lineHeight',
      'color',
      'letterSpacing',
      'wordSpacing',
      'textTransform',
      'fontStyle',
      'fontWeight',
      'textIndent',
    ] as const;
    const render = async () => {
      const el = await fixture(html`<div><stem-program-finder .data=${validDocument()}></stem-program-finder></div>`);
      const finder = el.firstElementChild!;
      await waitUntil(() => finder.shadowRoot!.querySelector('[part="card"]'), 'cards');
      const inside = ['input[type="search"]', '.count', '[part="card"] .card-title', '[part="card"] dd', 'button', 'legend'];
      return inside.map((selector) => {
        const style = getComputedStyle(finder.shadowRoot!.querySelector(selector)!);
        return `${selector}: ${inherited.map((p) => `${p}=${style[p]}`).join(' ')}`;
      });
    };
    const clean = await render();
    const style = document.createElement('style');
    style.textContent = `
      html { font-size: 62.5%; line-height: 3 }
      body { font-size: 1.2rem; color: #f0f; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase;
             font-style: italic; font-weight: 700; text-indent: 40px }
      stem-program-finder { font-size: 8px; line-height: 1 }`;
    document.head.append(style);
    try {
      // The page's rules do reach the host element and the widget's ancestors.
      expect(getComputedStyle(document.body).letterSpacing, 'the page styles apply').to.not.equal('normal');
      const hostile = await render();
      expect(hostile).to.deep.equal(clean);
      expect(hostile[0], 'the search box').to.include('fontSize=16px');
    } finally {
      style.remove();
    }
  });
});

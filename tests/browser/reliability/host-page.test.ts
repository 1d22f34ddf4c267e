import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import consortium from '../../../src/sample/consortium.json';
import coalition from '../../../src/sample/coalition.json';
import { deepElements, stateOf } from './page-guard.js';

/**
 * What host pages really carry: a global reset, Bootstrap, a 62.5% root font size, and theme
 * rules for body text, buttons, links, inputs and lists, some with !important. Of these, what
 * reaches inside a widget is what its shadow tree inherits (the root font size, body text) and
 * what lands on the host element itself (the reset, and a rule naming the element): rules for
 * button, a or input stop at the shadow boundary. The last rule styles the hosts directly.
 */
const HOSTILE_RULES = `
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; border: 0; font: inherit; vertical-align: baseline; }
  html { font-size: 62.5%; }
  body { font-size: 2.2rem; line-height: 1; letter-spacing: 0.2em; word-spacing: 0.5em; text-transform: uppercase;
         text-align: justify; text-indent: 40px; font-weight: 700; font-style: italic; white-space: pre; color: #f0f; }
  button { background: red !important; font-size: 8px !important; padding: 40px !important; text-transform: uppercase; border-radius: 0; }
  a { color: lime !important; text-decoration: line-through !important; font-size: 30px; }
  input, select { border: 5px solid red !important; height: 80px; font-size: 30px; }
  ul, ol, li { list-style: square; margin-left: 3em; }
  img { max-width: 10px !important; height: auto !important; }
  h1, h2, h3, h4, h5, h6, p { font-size: 40px; margin: 2em 0; line-height: 0.8; }
  stem-program-finder, stem-outcome-card, stem-member-directory { font-size: 9px; line-height: 0.9; letter-spacing: 0.5em;
         word-spacing: 2em; text-transform: lowercase; font-weight: 300; color: red; white-space: nowrap; }
`;

const layOutAll = new CSSStyleSheet();
layOutAll.replaceSync('* { content-visibility: visible !important; }');

interface Measure {
  tag: string;
  width: number;
  height: number;
  fontSize: string;
  lineHeight: string;
  letterSpacing: string;
  textTransform: string;
  box: string;
}

function measure(root: Element): Measure[] {
  return [root, ...deepElements(root)]
    .filter((el) => !['style', 'script', 'slot'].includes(el.localName))
    .map((el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return {
        tag:
          el.localName +
          (el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''),
        width: Math.round(r.width),
        height: Math.round(r.height),
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        letterSpacing: s.letterSpacing,
        textTransform: s.textTransform,
        box: `${s.boxSizing} ${s.paddingTop} ${s.paddingLeft} ${s.borderTopWidth} ${s.marginTop} ${s.fontWeight} ${s.fontFamily} ${s.whiteSpace} ${s.wordSpacing}`,
      };
    });
}

async function addSheets(): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  const style = document.createElement('style');
  style.textContent = HOSTILE_RULES;
  document.head.append(link, style);
  await loaded;
  return () => {
    link.remove();
    style.remove();
  };
}

const widgets = [
  { name: 'the program finder', make: () => html`<stem-program-finder .data=${consortium} page-size="6"></stem-program-finder>` },
  { name: 'the outcome card', make: () => html`<stem-outcome-card .data=${consortium} consortium></stem-outcome-card>` },
  { name: 'the member directory', make: () => html`<stem-member-directory .data=${coalition} group-by="role"></stem-member-directory>` },
];

describe('hostile host pages: a reset, Bootstrap, 62.5% root font, global button, link and text rules', () => {
  for (const w of widgets) {
    it(`${w.name} keeps every measured size, font size and text style`, async () => {
      // The page's font is the widget's font by design; pinning it keeps text widths comparable.
      const render = async () => {
        const box = await fixture<HTMLDivElement>(html`<div style="width: 900px; --stem-font-family: sans-serif">${w.make()}</div>`);
        const el = box.firstElementChild!;
        await waitUntil(() => stateOf(el) === 'ready', 'ready');
        // Off-screen cards (content-visibility: auto) keep a placeholder height until the browser
        // decides they are near; lay every one out so that the two pages compare like for like.
        const shadow = el.shadowRoot!;
        shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, layOutAll];
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        return el;
      };
      const clean = measure(await render());
      const remove = await addSheets();
      try {
        const el = await render();
        const hostile = measure(el);
        expect(hostile.map((m) => m.tag)).to.deep.equal(clean.map((m) => m.tag));
        const differences = hostile.flatMap((m, i) => {
          const c = clean[i]!;
          const out: string[] = [];
          if (Math.abs(m.width - c.width) > 1 || Math.abs(m.height - c.height) > 1)
            out.push(`${m.tag}: ${c.width}×${c.height} → ${m.width}×${m.height}`);
          // The host element's own style is the page's (its rules beat :host); what is inside is ours.
          if (i === 0) return out;
          for (const k of ['fontSize', 'lineHeight', 'letterSpacing', 'textTransform', 'box'] as const)
            if (m[k] !== c[k]) out.push(`${m.tag}: ${k} ${c[k]} → ${m[k]}`);
          return out;
        });
        expect(differences.slice(0, 40), `${differences.length} differences`).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        remove();
      }
    });
  }
});

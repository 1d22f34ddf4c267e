import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import consortium from '../../src/sample/consortium.json';
import '../../src/define.js';

/*
 * The consortium sample carries a Spanish translation of its visitor-facing text (contract 1.1).
 * A Spanish widget on it shows no English text from the data that has a translation, and where
 * the data has none (college names), the English text carries lang="en" (WCAG 3.1.2).
 * Every shadow root is walked, the outcome dialog's card included.
 */

const WAIT = { timeout: 15000 };

/** The English texts of the sample: those with a Spanish translation, and those without one. */
function englishTexts(doc: unknown): { translated: Set<string>; untranslated: Set<string> } {
  const translated = new Set<string>();
  const untranslated = new Set<string>();
  const TEXT = /^(name|description|title|label|population|caveats|body|region|publisher|prerequisites|certifications)$/;
  const add = (into: Set<string>, value: unknown) => {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') into.add(v);
  };
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const es = (record.translations as Record<string, Record<string, unknown>> | undefined)?.es ?? {};
    for (const [key, value] of Object.entries(record)) {
      // An address holds codes and places, not text to translate.
      if (key === 'translations' || key === 'address') continue;
      if (
        TEXT.test(key) &&
        (typeof value === 'string' || Array.isArray(value)) &&
        !(Array.isArray(value) && typeof value[0] === 'object')
      ) {
        add(key in es ? translated : untranslated, value);
      } else walk(value);
    }
  };
  walk(doc);
  // A text both translated in one place and kept in another ("CompTIA Security+") is the same in both languages.
  for (const t of untranslated) translated.delete(t);
  return { translated, untranslated };
}

/** The language a node is in: its nearest `lang`, across shadow roots. */
function langOf(node: Node): string | null {
  let el: Element | null = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
  while (el) {
    const found = el.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Every text node under `root`, through every shadow root inside it. */
function textNodes(root: Node, into: Text[] = []): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n instanceof Text && n.data.trim()) into.push(n);
    if (n instanceof Element && n.shadowRoot) textNodes(n.shadowRoot, into);
  }
  return into;
}

function problems(widget: Element): string[] {
  const { translated, untranslated } = englishTexts(consortium);
  const found: string[] = [];
  for (const node of textNodes(widget.shadowRoot!)) {
    const text = node.data.trim();
    if (translated.has(text)) found.push(`English although translated: "${text}"`);
    else if (untranslated.has(text) && langOf(node) !== 'en') found.push(`English without lang="en": "${text}" (lang ${langOf(node)})`);
  }
  return found;
}

describe('a Spanish widget on data translated into Spanish', () => {
  it('the finder, with its outcomes dialog open: Spanish data, and the rest marked English', async function () {
    this.timeout(40000);
    const el = await fixture<HTMLElement>(html`<stem-program-finder lang="es" .data=${structuredClone(consortium)}></stem-program-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.count'), 'ready', WAIT);
    const root = el.shadowRoot!;
    expect(root.textContent).to.include('Certificado');
    // Every option, and every description whole.
    for (const button of root.querySelectorAll<HTMLButtonElement>('.facet-group button')) button.click();
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.more-text')) button.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(problems(el)).to.deep.equal([]);
    // A college name (no translation) is said as English.
    const college = [...root.querySelectorAll('.college [lang="en"]')];
    expect(college.length, 'college names marked English').to.be.greaterThan(0);

    root.querySelector<HTMLButtonElement>('[part="outcomes-button"]')!.click();
    await waitUntil(() => root.querySelector('dialog stem-outcome-card')?.shadowRoot?.querySelector('[part="figure"]'), 'dialog', WAIT);
    const dialogCard = root.querySelector('dialog stem-outcome-card')!;
    expect(dialogCard.matches(':lang(es)'), 'the card in the dialog follows the finder').to.be.true;
    expect(dialogCard.shadowRoot!.textContent).to.include('Fuente');
    expect(problems(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the outcome card, full and compact, and the directory of its colleges', async function () {
    this.timeout(40000);
    const data = structuredClone(consortium);
    const page = await fixture<HTMLElement>(
      html`<div lang="es">
        <stem-outcome-card program="aacc-cyber-technology" .data=${data}></stem-outcome-card>
        <stem-outcome-card consortium variant="compact" .data=${data}></stem-outcome-card>
        <stem-member-directory source="institutions" .data=${data}></stem-member-directory>
      </div>`,
    );
    const widgets = [...page.children];
    await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[part="figure"], [part="member"]')), 'ready', WAIT);
    for (const w of widgets) {
      expect(problems(w), w.localName).to.deep.equal([]);
      await expect(w).to.be.accessible();
    }
    expect(widgets[0]!.shadowRoot!.textContent).to.match(/Ciberseguridad|Cibernética/);
  });

  it('in English the same data shows its English, with nothing marked', async () => {
    const el = await fixture<HTMLElement>(html`<stem-program-finder lang="en" .data=${structuredClone(consortium)}></stem-program-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.count'), 'ready', WAIT);
    expect(el.shadowRoot!.querySelectorAll('[lang]').length).to.equal(0);
    const { translated } = englishTexts(consortium);
    const shown = textNodes(el.shadowRoot!).map((n) => n.data.trim());
    expect(shown.filter((t) => translated.has(t)).length).to.be.greaterThan(10);
  });
});

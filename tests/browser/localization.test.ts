import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import consortium from '../../src/sample/consortium.json';
import coalition from '../../src/sample/coalition.json';
import '../../src/stem-data/stem-data.js';
import '../../src/define.js';
import './fixtures/test-widget.js';
import type { TestWidget } from './fixtures/test-widget.js';
import { formatLocale, matchLocale } from '../../src/core/localization.js';
import { validate } from '../../src/contract/validate.js';
import { translatorFor } from '../../src/core/localization.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
const WAIT = { timeout: 15000 };

describe('localization', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('matches page languages to the supported locales, and formats bare Spanish as US Spanish', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES')).to.equal('es');
    expect(matchLocale('fr-CA')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
    expect(matchLocale(undefined)).to.equal('en');
    expect(formatLocale('es')).to.equal('es-US');
    expect(formatLocale('es-MX')).to.equal('es-MX');
    expect(formatLocale('fr')).to.equal('en-US');
  });

  it('switches a rendered widget to Spanish with its lang; the Spanish messages load once for every widget', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(text(el)).to.include('No data was given to this widget.');
    el.lang = 'es-MX';
    await waitUntil(() => text(el).includes('Este widget no recibió datos.'), 'Spanish', WAIT);
    const before = performance.getEntriesByType('resource').length;
    const other = await fixture<TestWidget>(html`<test-widget lang="es"></test-widget>`);
    expect(text(other), 'Spanish from its first render').to.include('Este widget no recibió datos.');
    // The tag reads as written, not as "&lt;stem-data".
    expect(text(other)).to.include('coloque el widget dentro de <stem-data src="…">.');
    expect(performance.getEntriesByType('resource').length, 'no second request').to.equal(before);
    await expect(el).to.be.accessible();
  });

  describe('one page, three languages', () => {
    it('an English finder, a Spanish directory and a card that follows <html lang="es">: each renders, announces and declares its own', async function () {
      this.timeout(40000);
      document.documentElement.lang = 'es';
      const page = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <stem-program-finder lang="en" .data=${structuredClone(consortium)}></stem-program-finder>
          <stem-member-directory lang="es" .data=${structuredClone(coalition)}></stem-member-directory>
          <stem-outcome-card program="aacc-cyber-technology" .data=${structuredClone(consortium)}></stem-outcome-card>
        </div>`,
      );
      const [finder, directory, card] = [...page.children] as HTMLElement[];
      await waitUntil(() => finder!.shadowRoot!.querySelector('.count') && directory!.shadowRoot!.querySelector('.count'), 'ready', WAIT);
      await waitUntil(() => card!.shadowRoot!.querySelector('[part="figure"]'), 'card ready', WAIT);

      expect(text(finder!)).to.include('Search programs');
      expect(text(finder!)).not.to.include('Buscar');
      expect(text(directory!)).to.include('Buscar miembros');
      expect(text(directory!)).not.to.include('Search members');
      expect(text(card!)).to.include('Fuente');
      expect(text(card!)).not.to.include('Source:');

      expect(finder!.matches(':lang(en)'), 'finder :lang(en)').to.be.true;
      expect(directory!.matches(':lang(es)'), 'directory :lang(es)').to.be.true;
      expect(card!.matches(':lang(es)'), 'card :lang(es)').to.be.true;
      expect(card!.hasAttribute('lang'), 'the card needs no lang of its own').to.be.false;

      // Each speaks its own language to a screen reader too.
      for (const [el, query, said] of [
        [finder!, 'cyber', /\d+ programs?$/],
        [directory!, 'a', /\d+ miembros?$/],
      ] as const) {
        el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
        await sendKeys({ type: query });
        await waitUntil(() => said.test(live(el)), `announced: ${live(el)}`, WAIT);
      }
      await expect(finder).to.be.accessible();
      await expect(directory).to.be.accessible();
      await expect(card).to.be.accessible();
    });

    it("follows a change of an ancestor's lang, and keeps a widget's own", async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="en"><test-widget></test-widget><test-widget lang="en"></test-widget></div>`,
      );
      const [follows, own] = [...wrap.children] as TestWidget[];
      await follows!.updateComplete;
      expect(text(follows!)).to.include('No data was given to this widget.');
      wrap.lang = 'es';
      await waitUntil(() => text(follows!).includes('Este widget no recibió datos.'), 'follows the container', WAIT);
      expect(text(own!)).to.include('No data was given to this widget.');
      expect(own!.matches(':lang(en)')).to.be.true;
      expect(follows!.matches(':lang(es)')).to.be.true;
    });
  });

  describe('each host declares the language it renders', () => {
    it('inherits a Spanish page: it matches :lang(es) and carries no lang of its own', async () => {
      document.documentElement.lang = 'es';
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      await el.updateComplete;
      expect(text(el)).to.include('Este widget no recibió datos.');
      expect(el.matches(':lang(es)'), ':lang(es)').to.be.true;
      expect(el.hasAttribute('lang'), 'no lang attribute').to.be.false;
    });

    it('says "en" on a page in a language it does not have, or with none', async () => {
      for (const page of ['fr', '']) {
        document.documentElement.lang = page;
        const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
        await el.updateComplete;
        expect(el.getAttribute('lang'), `on lang="${page}"`).to.equal('en');
        expect(el.matches(':lang(en)')).to.be.true;
        expect(document.querySelectorAll('[lang=""]').length).to.equal(page === '' ? 1 : 0);
      }
    });
  });

  describe('the page keeps its own languages', () => {
    it('<stem-data> never relabels the markup it wraps; the widgets inside say theirs', async () => {
      document.documentElement.lang = 'fr';
      const data = await fixture<HTMLElement>(
        html`<stem-data
          ><p>Bonjour</p>
          <test-widget></test-widget
        ></stem-data>`,
      );
      const widget = data.querySelector<TestWidget>('test-widget')!;
      await widget.updateComplete;
      expect(data.hasAttribute('lang'), '<stem-data> has no lang of its own').to.be.false;
      expect(data.querySelector('p')!.matches(':lang(fr)'), "the author's French").to.be.true;
      expect(widget.getAttribute('lang')).to.equal('en');
    });

    it('a language switcher on a page with no lang: en, es, then en again', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      await el.updateComplete;
      expect(el.getAttribute('lang'), 'declared').to.equal('en');
      for (const [lang, words] of [
        ['es', 'Este widget no recibió datos.'],
        ['en', 'No data was given to this widget.'],
      ] as const) {
        el.lang = lang;
        await waitUntil(() => text(el).includes(words), `renders ${lang}`, WAIT);
        expect(el.getAttribute('lang')).to.equal(lang);
        expect(el.matches(`:lang(${lang})`)).to.be.true;
      }
    });
  });

  describe('data problems in the language of the widget that shows them', () => {
    it("a Spanish widget inside an English <stem-data>: its own words Spanish, the data's problems marked as the English they were said in", async () => {
      const data = await fixture<HTMLElement>(
        html`<stem-data lang="en" .data=${{ contractVersion: 1, programs: [] }}><test-widget lang="es"></test-widget></stem-data>`,
      );
      const widget = data.querySelector<TestWidget>('test-widget')!;
      await waitUntil(() => widget.shadowRoot!.querySelector('[part="error"]'), 'error', WAIT);
      expect(text(widget)).to.include('El archivo de datos no se puede usar.');
      const detail = widget.shadowRoot!.querySelector('details p')!;
      expect(detail.textContent).to.include('expected a contract version');
      expect(detail.getAttribute('lang')).to.equal('en');
      await expect(widget).to.be.accessible();
    });

    const bad = () => ({ contractVersion: 1, programs: [] });

    it('the validator takes a translator, and speaks English without one', () => {
      const doc = {
        contractVersion: '1.0',
        programs: [
          {
            id: 'p',
            name: 'x',
            institution: 'i',
            field: 'f',
            credential: { name: 'c', category: 'certificate' },
            timeToComplete: 'un año',
          },
        ],
      };
      const es = validate(doc, { translator: translatorFor('es') });
      expect(es.issues.find((i) => i.path === '/programs/0/timeToComplete')?.message).to.equal(
        "se esperaba una duración ISO 8601 como P1Y, se recibió 'un año'. El registro se muestra sin timeToComplete",
      );
      expect(validate(doc).issues.find((i) => i.path === '/programs/0/timeToComplete')?.message).to.match(/^expected an ISO 8601 duration/);
    });

    it('two widgets on one bad document: each explains it in its own language', async () => {
      const doc = bad();
      const wrap = await fixture<HTMLDivElement>(
        html`<div><test-widget lang="en" .data=${doc}></test-widget><test-widget lang="es" .data=${doc}></test-widget></div>`,
      );
      const [en, es] = [...wrap.children] as TestWidget[];
      await waitUntil(
        () => es!.shadowRoot!.querySelector('[part="error"]') && en!.shadowRoot!.querySelector('[part="error"]'),
        'errors',
        WAIT,
      );
      expect(text(en!)).to.include('The data file cannot be used.');
      expect(text(en!)).to.include('expected a contract version');
      expect(text(en!)).not.to.include('se esperaba');
      expect(text(es!)).to.include('El archivo de datos no se puede usar.');
      expect(text(es!)).to.include('se esperaba');
      expect(text(es!)).not.to.match(/\bexpected\b/);
    });
  });
});

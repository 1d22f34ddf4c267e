import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/stem-data/stem-data.js';
import './fixtures/test-widget.js';
import type { TestWidget } from './fixtures/test-widget.js';
import { getStemLocale, matchLocale, setStemLocale } from '../../src/core/localization.js';
import { validate } from '../../src/contract/validate.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('localization', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(async () => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    await setStemLocale('en');
  });

  it('matches page languages to the supported locales', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES')).to.equal('es');
    expect(matchLocale('fr-CA')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
    expect(matchLocale(undefined)).to.equal('en');
  });

  it('switches a rendered widget to Spanish without a network request', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(text(el)).to.include('No data was given to this widget.');
    const before = performance.getEntriesByType('resource').length;
    await setStemLocale('es-MX');
    await el.updateComplete;
    expect(getStemLocale()).to.equal('es');
    expect(text(el)).to.include('Este widget no recibió datos.');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  describe('each host declares the language it renders', () => {
    it('inherits a Spanish page: it matches :lang(es) and carries no lang of its own', async () => {
      document.documentElement.lang = 'es';
      await setStemLocale('es');
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
      }
    });

    it('follows a language switch both ways, and never leaves lang empty', async () => {
      document.documentElement.lang = 'en';
      const wrap = await fixture<HTMLDivElement>(html`<div><test-widget lang="es"></test-widget><test-widget></test-widget></div>`);
      const [asked, other] = [...wrap.children] as TestWidget[];
      await asked!.updateComplete;
      await other!.updateComplete;
      expect(getStemLocale()).to.equal('es');
      expect(text(other!)).to.include('Este widget no recibió datos.');
      expect(other!.matches(':lang(es)'), 'the other widget, rendering Spanish on an English page').to.be.true;
      asked!.remove();
      await setStemLocale('en');
      await other!.updateComplete;
      expect(text(other!)).to.include('No data was given to this widget.');
      expect(other!.matches(':lang(en)')).to.be.true;
      expect(other!.hasAttribute('lang'), 'back to the page language: nothing of its own').to.be.false;
      expect(document.querySelectorAll('[lang=""]').length).to.equal(0);
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
        await waitUntil(() => text(el).includes(words), `renders ${lang}`);
        expect(getStemLocale()).to.equal(lang);
        expect(el.getAttribute('lang')).to.equal(lang);
        expect(el.matches(`:lang(${lang})`)).to.be.true;
      }
    });
  });

  it('explains data problems in Spanish too', async () => {
    await setStemLocale('es');
    const result = validate({
      contractVersion: '1.0',
      programs: [
        { id: 'p', name: 'x', institution: 'i', field: 'f', credential: { name: 'c', category: 'certificate' }, timeToComplete: 'un año' },
      ],
    });
    expect(result.issues.find((i) => i.path === '/programs/0/timeToComplete')?.message).to.equal(
      "se esperaba una duración ISO 8601 como P1Y, se recibió 'un año'. El registro se muestra sin timeToComplete",
    );
  });
});

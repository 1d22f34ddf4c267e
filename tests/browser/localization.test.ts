import { expect, fixture, html } from '@open-wc/testing';
import './fixtures/test-widget.js';
import type { TestWidget } from './fixtures/test-widget.js';
import { getStemLocale, matchLocale, setStemLocale } from '../../src/core/localization.js';
import { validate } from '../../src/contract/validate.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('localization', () => {
  afterEach(() => setStemLocale('en'));

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

import { expect } from '@open-wc/testing';
import { defineElement, resetDefineWarnings } from '../../src/core/define.js';
import { StemElement } from '../../src/core/stem-element.js';
import { VERSION } from '../../src/core/version.js';
import { emit } from '../../src/core/events.js';

function withWarnings<T>(run: () => T): { result: T; warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return { result: run(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('defineElement', () => {
  // Each test that counts warnings stands alone, whatever ran before it.
  beforeEach(resetDefineWarnings);
  it('registers a new tag', () => {
    class A extends StemElement {}
    defineElement('stem-test-define-a', A);
    expect(customElements.get('stem-test-define-a')).to.equal(A);
  });

  it('does not throw or warn when the same version defines a tag again', () => {
    class B1 extends StemElement {}
    class B2 extends StemElement {}
    defineElement('stem-test-define-b', B1);
    const { warnings } = withWarnings(() => defineElement('stem-test-define-b', B2));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('stem-test-define-b')).to.equal(B1);
  });

  it('keeps the first registration and warns once when another version defines it', () => {
    class Old extends StemElement {
      static override stemVersion = '0.0.1';
    }
    class Ours extends StemElement {}
    defineElement('stem-test-define-c', Old);
    const { warnings } = withWarnings(() => {
      defineElement('stem-test-define-c', Ours);
      defineElement('stem-test-define-c', Ours);
      defineElement('stem-test-define-c', Ours);
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<stem-test-define-c> is already defined by stem-widgets 0.0.1');
    expect(String(warnings[0]![0])).to.include(`this copy (${VERSION}) is not used`);
    expect(customElements.get('stem-test-define-c')).to.equal(Old);
  });

  it('warns when a tag was taken by something that is not stem-widgets', () => {
    customElements.define('stem-test-define-d', class extends HTMLElement {});
    const { warnings } = withWarnings(() => defineElement('stem-test-define-d', class extends StemElement {}));
    expect(String(warnings[0]![0])).to.include('already defined by stem-widgets unknown');
  });
});

describe('emit', () => {
  it('fires a typed, prefixed event that bubbles from the host but does not cross shadow roots', () => {
    const outer = document.createElement('div');
    const host = document.createElement('span');
    outer.append(host);
    document.body.append(outer);
    let seen: CustomEvent | undefined;
    outer.addEventListener('stem-data-error', (e) => (seen = e));
    emit(host, 'stem-data-error', { source: 'x', error: { kind: 'network', message: 'm', detail: 'd' } });
    outer.remove();
    expect(seen?.detail.source).to.equal('x');
    expect(seen?.bubbles).to.be.true;
    expect(seen?.composed).to.be.false;
  });
});

describe('the host reset', () => {
  it('inherits the page font, shows as a block, and ignores the root font size', async () => {
    class R extends StemElement {}
    defineElement('stem-test-reset', R);
    const wrap = document.createElement('div');
    wrap.style.fontFamily = 'Georgia, serif';
    document.documentElement.style.fontSize = '10px';
    const el = document.createElement('stem-test-reset');
    wrap.append(el);
    document.body.append(wrap);
    await (el as R).updateComplete;
    const { display, fontFamily, fontSize } = getComputedStyle(el);
    document.documentElement.style.fontSize = '';
    wrap.remove();
    expect(display).to.equal('block');
    expect(fontFamily).to.equal('Georgia, serif');
    expect(fontSize).to.equal('16px');
  });
});

describe('safe links', () => {
  it('allows http, https, mailto and tel, and nothing else, whatever the case or spacing', async () => {
    const { safeHref, safeImageSrc } = await import('../../src/core/safe-url.js');
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('HTTP://example.org')).to.equal('http://example.org/');
    expect(safeHref('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeHref('tel:+15555550100')).to.equal('tel:+15555550100');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      '\u0000javascript:alert(1)',
    ]) {
      expect(safeHref(bad), JSON.stringify(bad)).to.be.undefined;
    }
    expect(safeHref('')).to.be.undefined;
    expect(safeHref('http://[bad')).to.be.undefined;
    expect(safeImageSrc('mailto:x@example.org')).to.be.undefined;
    expect(safeImageSrc('data:image/png;base64,AAAA')).to.be.undefined;
    expect(safeImageSrc('https://example.org/logo.png')).to.equal('https://example.org/logo.png');
  });
});

// The physical floor for the finder's rendering: the same engine and the same results page (count,
// six filter groups with counts, twelve cards with marked words), written by hand with
// createElement and textContent, replaced wholesale on each keystroke. No framework, no options.
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import type { ContractDocument } from '../../src/contract/types.js';
import { FACET_KEYS, programSearchFor, type ProgramHit, type ProgramSearch } from '../../src/program-finder/program-search.js';
import { highlight } from '../../src/search/highlight.js';
import { formatDuration, formatMoney } from '../../src/core/format.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function marked(parent: HTMLElement, text: string, terms: readonly string[]): HTMLElement {
  for (const s of highlight(text, terms)) parent.append(s.hit ? el('mark', '', s.text) : s.text);
  return parent;
}

function sheets(styles: CSSResultGroup): CSSStyleSheet[] {
  if (Array.isArray(styles)) return styles.flatMap((s: CSSResultGroup) => sheets(s));
  const style = styles as CSSResultOrNative;
  return [style instanceof CSSStyleSheet ? style : style.styleSheet!];
}

export class FloorFinder {
  readonly input: HTMLInputElement;
  private readonly engine: ProgramSearch;
  private readonly count = el('p', 'count');
  private readonly filters = el('div', 'filters');
  private readonly list = el('ul', 'results layout-grid');

  constructor(host: HTMLElement, doc: ContractDocument, styles: CSSResultGroup) {
    const root = host.appendChild(el('div')).attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(styles);
    this.engine = programSearchFor(doc);
    this.input = el('input');
    this.input.type = 'search';
    this.input.setAttribute('aria-label', 'Search programs');
    const body = el('div', 'body');
    const column = el('div', 'results-column');
    column.append(this.list);
    body.append(this.filters, column);
    const page = el('div', 'finder');
    const search = el('div', 'search');
    search.append(this.input);
    page.append(search, this.count, body);
    root.append(page);
    this.input.addEventListener('input', () => this.render());
    this.render();
  }

  countText(): string {
    return this.count.textContent ?? '';
  }

  private render(): void {
    const results = this.engine.search({ text: this.input.value });
    this.count.textContent = `${results.hits.length.toLocaleString('en')} programs`;
    const groups = FACET_KEYS.map((key) => {
      const set = el('fieldset', 'facet-group');
      set.append(el('legend', '', key));
      const ul = el('ul');
      const options = [...results.counts[key]].sort((a, b) => b[1] - a[1]);
      for (const [value, n] of options.length > 10 ? options.slice(0, 8) : options) {
        const label = el('label');
        const box = el('input');
        box.type = 'checkbox';
        label.append(box, el('span', '', `${value} (${n.toLocaleString('en')})`));
        ul.appendChild(el('li')).append(label);
      }
      set.append(ul);
      return set;
    });
    this.filters.replaceChildren(...groups);
    this.list.replaceChildren(...results.hits.slice(0, 12).map((hit) => this.card(hit)));
  }

  private card(hit: ProgramHit): HTMLLIElement {
    const { program, institution, field } = hit.record;
    const li = el('li');
    const article = li.appendChild(el('article', 'card'));
    const title = article.appendChild(el('div', 'card-title'));
    const a = title.appendChild(el('a'));
    a.href = program.url ?? '#';
    marked(a, program.name, hit.terms);
    if (institution) {
      const college = marked(el('p', 'college'), institution.name, hit.terms);
      college.append(el('span', 'muted', ` · ${institution.address.locality}, ${institution.address.region}`));
      article.append(college);
    }
    if (program.description) article.append(marked(el('p', 'description'), program.description, hit.terms));
    const facts = article.appendChild(el('dl', 'facts'));
    const row = (label: string, value: string | undefined) => {
      if (!value) return;
      const div = facts.appendChild(el('div'));
      div.append(el('dt', '', label), el('dd', '', value));
    };
    row('Field', field?.name);
    row('Credential', program.credential.name);
    row('Length', formatDuration(program.timeToComplete, 'en'));
    row('Format', program.modes?.join(', '));
    row('Cost', program.cost ? formatMoney(program.cost.amount, program.cost.currency, 'en') : undefined);
    return li;
  }
}

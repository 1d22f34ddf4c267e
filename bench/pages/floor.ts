// The physical floor for the finder's rendering: the same engine and the same results page (count,
// six filter groups with counts, twelve cards with marked words), written by hand with
// createElement and textContent. Like the finder it keeps its nodes and writes only what changed,
// so the comparison is with the least DOM work that shows the same page, not with a rebuild. Like
// the finder it fills the cards in view first and the others in the frame after (VisibleFirst).
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import type { ContractDocument } from '../../src/contract/types.js';
import { FACET_KEYS, programSearchFor, type ProgramHit, type ProgramSearch } from '../../src/program-finder/program-search.js';
import { highlight } from '../../src/search/highlight.js';
import { formatDuration, formatMoney } from '../../src/core/format.js';
import { VisibleFirst } from '../../src/search-ui/visible-first.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text and `<mark>` nodes for `text`. */
function marked(text: string, terms: readonly string[]): (Node | string)[] {
  return highlight(text, terms).map((s) => (s.hit ? el('mark', '', s.text) : s.text));
}

function sheets(styles: CSSResultGroup): CSSStyleSheet[] {
  if (Array.isArray(styles)) return styles.flatMap((s: CSSResultGroup) => sheets(s));
  const style = styles as CSSResultOrNative;
  return [style instanceof CSSStyleSheet ? style : style.styleSheet!];
}

/** Whether two hits mark the same words. */
const sameTerms = (a: readonly string[] | undefined, b: readonly string[]) => a?.join() === b.join();

/** Sets a text only when it changed: a write, even of the same text, costs a relayout. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** One card's nodes, kept from keystroke to keystroke. */
interface CardNodes {
  li: HTMLLIElement;
  link: HTMLAnchorElement;
  college: HTMLElement;
  collegeName: HTMLElement;
  place: HTMLElement;
  description: HTMLElement;
  facts: Record<'field' | 'credential' | 'length' | 'format' | 'cost', { row: HTMLElement; value: HTMLElement }>;
  /** What it shows now: the program and the terms its marks were made for. */
  shown?: ProgramHit['record'];
  terms?: readonly string[];
}

const FACT_LABELS = { field: 'Field', credential: 'Credential', length: 'Length', format: 'Format', cost: 'Cost' } as const;

export class FloorFinder {
  readonly input: HTMLInputElement;
  private readonly engine: ProgramSearch;
  private readonly count = el('p', 'count');
  private readonly filters = el('div', 'filters');
  private readonly list = el('ul', 'results layout-grid');
  private readonly groups = FACET_KEYS.map((key) => {
    const set = el('fieldset', 'facet-group');
    set.append(el('legend', '', key));
    const ul = set.appendChild(el('ul'));
    return { set, ul, rows: [] as { li: HTMLLIElement; text: HTMLElement }[] };
  });
  private readonly cards: CardNodes[] = [];
  private readonly inView = new VisibleFirst<ProgramHit>(
    (a, b) => a.record === b.record && sameTerms(a.terms, b.terms),
    () => this.render(),
  );

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
    this.filters.append(...this.groups.map((g) => g.set));
    root.append(page);
    this.input.addEventListener('input', () => this.render());
    this.render();
  }

  /** Pending while cards off screen still show the last results. */
  get settled(): Promise<void> | undefined {
    return this.inView.settled;
  }

  countText(): string {
    return this.count.textContent ?? '';
  }

  private render(): void {
    const results = this.engine.search({ text: this.input.value });
    setText(this.count, `${results.total.toLocaleString('en')} programs`);
    FACET_KEYS.forEach((key, g) => {
      const group = this.groups[g];
      if (!group) return;
      const options = [...results.counts[key]].sort((a, b) => b[1] - a[1]);
      const shown = options.length > 10 ? options.slice(0, 8) : options;
      while (group.rows.length < shown.length) {
        const li = el('li');
        const label = li.appendChild(el('label'));
        const box = el('input');
        box.type = 'checkbox';
        const text = el('span');
        label.append(box, text);
        group.rows.push({ li, text });
      }
      group.rows.forEach((row, i) => {
        const option = shown[i];
        if (!option) return row.li.remove();
        setText(row.text, `${option[0]} (${option[1].toLocaleString('en')})`);
        if (!row.li.parentNode) group.ul.append(row.li);
      });
    });
    const hits = this.inView.pick(results.page(12), this.list.children);
    while (this.cards.length < hits.length) this.cards.push(this.card());
    this.cards.forEach((card, i) => {
      const hit = hits[i];
      if (!hit) return card.li.remove();
      this.fill(card, hit);
      if (!card.li.parentNode) this.list.append(card.li);
    });
    this.inView.observe(this.list.children);
    this.inView.rendered();
  }

  private card(): CardNodes {
    const li = el('li');
    const article = li.appendChild(el('article', 'card'));
    const link = article.appendChild(el('div', 'card-title')).appendChild(el('a'));
    const college = article.appendChild(el('p', 'college'));
    const collegeName = college.appendChild(el('span'));
    const place = college.appendChild(el('span', 'muted'));
    const description = article.appendChild(el('p', 'description'));
    const dl = article.appendChild(el('dl', 'facts'));
    const facts = Object.fromEntries(
      Object.entries(FACT_LABELS).map(([key, label]) => {
        const row: HTMLElement = dl.appendChild(el('div'));
        const value = el('dd');
        row.append(el('dt', '', label), value);
        return [key, { row, value }];
      }),
    ) as unknown as CardNodes['facts'];
    return { li, link, college, collegeName, place, description, facts };
  }

  private fill(card: CardNodes, hit: ProgramHit): void {
    const { program, institution, field } = hit.record;
    if (card.shown === hit.record && sameTerms(card.terms, hit.terms)) return;
    const marks = (parent: HTMLElement, text: string) => parent.replaceChildren(...marked(text, hit.terms));
    marks(card.link, program.name);
    card.link.href = program.url ?? '#';
    card.college.hidden = !institution;
    if (institution) {
      marks(card.collegeName, institution.name);
      setText(card.place, ` · ${institution.address.locality}, ${institution.address.region}`);
    }
    card.description.hidden = !program.description;
    marks(card.description, program.description ?? '');
    const fact = (key: keyof CardNodes['facts'], value: string | undefined) => {
      card.facts[key].row.hidden = !value;
      setText(card.facts[key].value, value ?? '');
    };
    fact('field', field?.name);
    fact('credential', program.credential.name);
    fact('length', formatDuration(program.timeToComplete, 'en'));
    fact('format', program.modes?.join(', '));
    fact('cost', program.cost ? formatMoney(program.cost.amount, program.cost.currency, 'en') : undefined);
    card.shown = hit.record;
    card.terms = hit.terms;
  }
}

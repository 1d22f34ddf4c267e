import { expect } from '@open-wc/testing';
import { TextIndex, editDistance } from '../../src/search/text-index.js';

interface Doc {
  id: string;
  name: string;
  description: string;
}

const docs: Doc[] = [
  { id: 'welding', name: 'Welding Technology', description: 'Metal fabrication and robotics safety.' },
  { id: 'robotics', name: 'Robotics Technician', description: 'Automation, sensors and welding cells.' },
  { id: 'security', name: 'Network Security', description: 'Secure networks, firewalls and incident response.' },
  { id: 'secure', name: 'Secure Coding', description: 'Software that resists attack.' },
  { id: 'tecnico', name: 'Técnico en Energía Solar', description: 'Instalación de paneles.' },
  { id: 'istanbul', name: 'İSTANBUL Exchange', description: 'مرحبا بالطلاب 🎓 students welcome' },
];

const newIndex = () => new TextIndex(docs, { name: { text: (d) => d.name, boost: 3 }, description: { text: (d) => d.description } });
const idsIn = (at: TextIndex<Doc>, query: string) => at.search(query).indices.map((i) => docs[i]!.id);
const index = newIndex();
const ids = (query: string) => idsIn(index, query);

describe('the text index', () => {
  it('ranks a match in a boosted field above the same word elsewhere', () => {
    expect(ids('welding')).to.deep.equal(['welding', 'robotics']);
    expect(ids('robotics')).to.deep.equal(['robotics', 'welding']);
  });

  it('ranks the word typed above longer words it begins', () => {
    const found = ids('secure');
    expect(found[0]).to.equal('secure');
    expect(found).to.include('security');
  });

  it('allows one typo from four letters, two from eight, none below four', () => {
    expect(ids('weldng')).to.include('welding');
    expect(ids('technlogy')).to.include('welding');
    expect(ids('tecnnolgy')).to.include('welding');
    expect(ids('rbo')).to.deep.equal([]);
    expect(ids('wxldxng')).to.deep.equal([]);
  });

  it('answers a long session of searches as a fresh index would: what it keeps of past words never goes stale', () => {
    // A visitor typing every word letter by letter: more different words than the index remembers.
    const words = docs.flatMap((d) => `${d.name} ${d.description}`.toLowerCase().match(/\p{L}+/gu) ?? []);
    const queries = [...new Set(words.flatMap((w) => [...w].map((_, n) => w.slice(0, n + 1))))];
    expect(queries.length).to.be.greaterThan(200);
    const session = newIndex();
    for (const q of [...queries, ...queries]) expect(idsIn(session, q), q).to.deep.equal(idsIn(newIndex(), q));
  });

  it('requires every word, and falls back to any word with a partial flag', () => {
    expect(index.search('network security')).to.include({ partial: false });
    expect(ids('network security')).to.deep.equal(['security']);
    const fallback = index.search('network zzzz');
    expect(fallback.partial).to.be.true;
    expect(fallback.indices.map((i) => docs[i]!.id)).to.deep.equal(['security']);
  });

  it('folds accents and case, including dotted capitals', () => {
    expect(ids('tecnico energia')).to.deep.equal(['tecnico']);
    expect(ids('TÉCNICO')).to.deep.equal(['tecnico']);
    expect(ids('istanbul')).to.deep.equal(['istanbul']);
  });

  it('finds right-to-left words and ignores emoji and punctuation', () => {
    expect(ids('مرحبا')).to.deep.equal(['istanbul']);
    expect(ids('🎓')).to.deep.equal([]);
    expect(ids('  ,.;  ')).to.deep.equal([]);
    expect(index.search('')).to.deep.include({ indices: [], partial: false, terms: [] });
  });

  it('reports the index terms a query matched, for highlighting', () => {
    expect([...index.search('secur').terms].sort()).to.deep.equal(['secure', 'security']);
    expect(ids('secur')).to.have.members(['secure', 'security']);
  });

  it('scores best first and keeps ties in document order', () => {
    // Two exact matches and three one-letter typos of "cart" ("care", "cars") in two-word names:
    // each group scores the same. The index meets the typos term by term ("care" before "cars"),
    // not in document order, so only the ranking puts tied records back in the order they came.
    const tied: Doc[] = [
      { id: 'wind', name: 'Wind Power', description: 'Turbines' },
      { id: 'trucks', name: 'Cars and Trucks', description: 'Engines' },
      { id: 'cart-1', name: 'Cart Building', description: 'Wheels' },
      { id: 'care-1', name: 'Care Work', description: 'Engines' },
      { id: 'cars', name: 'Cars Repair', description: 'Paint' },
      { id: 'cart-2', name: 'Cart Repair', description: 'Brakes' },
      { id: 'care-2', name: 'Care Homes', description: 'Paint' },
    ];
    const ties = new TextIndex(tied, { name: { text: (d) => d.name, boost: 3 }, description: { text: (d) => d.description } });
    const found = ties.search('cart');
    const scores = found.indices.map(found.score);
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
    // Records with the same score, grouped: the test needs real ties, and more than one group.
    const groups = new Map<number, number[]>();
    for (const i of found.indices) groups.set(found.score(i), [...(groups.get(found.score(i)) ?? []), i]);
    const tiedGroups = [...groups.values()].filter((g) => g.length > 1);
    expect(tiedGroups.map((g) => g.length)).to.deep.equal([2, 3]);
    for (const group of tiedGroups) expect(group, 'tied records in document order').to.deep.equal([...group].sort((a, b) => a - b));
    // Unranked, the same records come back in the order they were found: not document order.
    const unranked = ties.search('cart', false).indices;
    expect([...unranked].sort()).to.deep.equal([...found.indices].sort());
    expect(unranked).to.not.deep.equal([...unranked].sort((a, b) => a - b));
    const empty = new TextIndex<Doc>([], { name: { text: (d) => d.name } });
    expect(empty.search('anything').indices).to.deep.equal([]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions, and stops past the limit', () => {
    expect(editDistance('security', 'security', 2)).to.equal(0);
    expect(editDistance('securty', 'security', 2)).to.equal(1);
    expect(editDistance('secuirty', 'security', 2)).to.equal(2);
    expect(editDistance('kitten', 'sitting', 3)).to.equal(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).to.equal(2);
  });

  it('gives the full distance (up to the limit) for any pair, computing only the band that can stay within it', () => {
    // Plain Levenshtein over the whole table, to check the banded one against.
    const full = (a: string, b: string) => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++)
          next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
        row = next;
      }
      return row[b.length]!;
    };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647);
    const word = () => Array.from({ length: random() % 9 }, () => 'abc'[random() % 3]).join('');
    for (let k = 0; k < 2000; k++) {
      const [a, b, max] = [word(), word(), random() % 4];
      expect(editDistance(a, b, max), `${a} ${b} ${max}`).to.equal(Math.min(full(a, b), max + 1));
    }
    // Words as long as a crafted link makes them: the answer, without a table of a million cells.
    expect(editDistance('x'.repeat(998), 'x'.repeat(997) + 'y', 2)).to.equal(1);
    expect(editDistance('ab'.repeat(500), 'ba'.repeat(500), 2)).to.equal(2);
  });

  it('counts a swap of neighbouring letters as one edit where asked (names), as two in search', () => {
    expect(editDistance('secuirty', 'security', 2, true)).to.equal(1);
    expect(editDistance('insitution', 'institution', 2, true)).to.equal(1);
  });
});

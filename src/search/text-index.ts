import { terms as tokenize } from './normalize.js';
import { editDistance } from './edit-distance.js';

export { editDistance };

/** What a query found: records best first, and the index terms it matched (for highlighting). */
export interface TextResults {
  /** Positions of the matched records in the records indexed: best first when ranked. */
  indices: number[];
  /** The score of a record (by position); higher is better. */
  score: (index: number) => number;
  /** Only some of the words matched: the caller says so. */
  partial: boolean;
  terms: readonly string[];
}

interface Field<T> {
  text: (record: T) => string;
  boost?: number;
}

/** A term's postings: which records hold it, and how much it weighs in each (BM25 × boost × idf). */
interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

// BM25's usual constants: term-frequency saturation and length normalisation.
const K1 = 1.2;
const B = 0.7;
// How much a derived term counts against the word typed: a prefix ("secur" → "security") or a
// typo ("securty" → "security") is worth less than the word itself, less again the further off.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** Typos allowed in a query word: none up to 3 letters, one up to 7, two beyond, none past 24. */
const typosFor = (length: number) => (length < 4 || length > MAX_TYPO_WORD ? 0 : length < 8 ? 1 : 2);

/*
 * What one query may cost, wherever it comes from (the search box, an attribute, a link with
 * sync-url): a query is read up to MAX_QUERY_LENGTH characters and MAX_QUERY_WORDS words, and
 * only the first MAX_TYPO_WORDS words of at most MAX_TYPO_WORD letters are matched with typos. Past these, a query is no
 * longer something a person typed; a crafted link must not freeze the page.
 */
export const MAX_QUERY_LENGTH = 256;
export const MAX_QUERY_WORDS = 12;
const MAX_TYPO_WORD = 24;
/** Only the first words of a query are matched with typos: each such word scans the vocabulary. */
const MAX_TYPO_WORDS = 4;

/**
 * Full-text search over any records (programs, members): prefix matching, typo tolerance, accent
 * folding and per-field boosts, ranked by BM25. Every word must match; when none does, the search
 * falls back to any word and says so (`partial`), so a long query still finds something.
 *
 * Purpose-built rather than a general library: the whole index is a sorted vocabulary and typed
 * postings, a fraction of MiniSearch's bytes in the script-tag bundle, and a query adds scores
 * into flat arrays instead of building maps per term.
 */
export class TextIndex<T> {
  private readonly size: number;
  /** The vocabulary, sorted, so a prefix is one binary search and a contiguous run. */
  private readonly vocabulary: string[];
  /** Which letters each vocabulary term holds (bit code % 32), to skip terms a typo cannot reach. */
  private readonly letters: Int32Array;
  private readonly postings = new Map<string, Postings>();

  constructor(records: readonly T[], fields: Record<string, Field<T>>) {
    this.size = records.length;
    const specs = Object.values(fields);
    const n = records.length;
    // Pass 1: tokens per field and record, for BM25's average field lengths.
    const tokens = specs.map((f) => records.map((r) => tokenize(f.text(r))));
    const avgLength = tokens.map((perDoc) => perDoc.reduce((sum, t) => sum + t.length, 0) / (n || 1) || 1);
    // Pass 2: each record's weight per term, summed over fields. Terms are numbered, and counts
    // and weights kept in flat arrays reset after each record: no map per record.
    const termIds = new Map<string, number>();
    const docs: number[][] = [];
    const weights: number[][] = [];
    const tf: number[] = [];
    const weight: number[] = [];
    for (let d = 0; d < n; d++) {
      const inRecord: number[] = [];
      for (let f = 0; f < specs.length; f++) {
        const list = tokens[f]?.[d] ?? [];
        const inField: number[] = [];
        for (const t of list) {
          let term = termIds.get(t);
          if (term === undefined) {
            termIds.set(t, (term = docs.length));
            docs.push([]);
            weights.push([]);
            tf.push(0);
            weight.push(0);
          }
          const before = tf[term] ?? 0;
          tf[term] = before + 1;
          if (before === 0) inField.push(term);
        }
        const norm = K1 * (1 - B + (B * list.length) / (avgLength[f] ?? 1));
        const boost = specs[f]?.boost ?? 1;
        for (const term of inField) {
          if (weight[term] === 0) inRecord.push(term);
          const count = tf[term] ?? 0;
          weight[term] = (weight[term] ?? 0) + (boost * count * (K1 + 1)) / (count + norm);
          tf[term] = 0;
        }
      }
      for (const term of inRecord) {
        docs[term]?.push(d);
        weights[term]?.push(weight[term] ?? 0);
        weight[term] = 0;
      }
    }
    // Rare terms say more: fold each term's idf into its weights once, not on every query.
    for (const [t, term] of termIds) {
      const list = docs[term] ?? [];
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      this.postings.set(t, { docs: Int32Array.from(list), weights: Float64Array.from(weights[term] ?? [], (w) => w * idf) });
    }
    this.vocabulary = [...termIds.keys()].sort();
    this.letters = Int32Array.from(this.vocabulary, letterMask);
  }

  /**
   * Matches for `query`, best first unless `rank` is false (a caller that sorts otherwise need not
   * pay for it); `partial` when only some of the words could be matched.
   */
  search(query: string, rank = true): TextResults {
    const queryWords = [...new Set(tokenize(query.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_QUERY_WORDS);
    if (!queryWords.length) return { indices: [], score: () => 0, partial: false, terms: [] };
    const n = this.size;
    const total = new Float64Array(n);
    const matchedWords = new Uint16Array(n);
    const best = new Float64Array(n);
    const touched: number[] = [];
    const terms: string[] = [];
    for (const [w, word] of queryWords.entries()) {
      const seen: number[] = [];
      for (const [term, weight] of this.expand(word, w < MAX_TYPO_WORDS)) {
        terms.push(term);
        const { docs, weights } = this.postings.get(term)!;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i];
          const w = weights[i];
          if (d === undefined || w === undefined) continue;
          const s = weight * w;
          if (best[d] === 0) seen.push(d);
          // A word counts once per record, by its best reading: "sec" matching both "security"
          // and "secure" in one record does not outrank a record that says "sec" outright.
          if (s > (best[d] ?? 0)) best[d] = s;
        }
      }
      for (const d of seen) {
        if (matchedWords[d] === 0) touched.push(d);
        matchedWords[d] = (matchedWords[d] ?? 0) + 1;
        total[d] = (total[d] ?? 0) + (best[d] ?? 0);
        best[d] = 0;
      }
    }
    const score = (d: number) => total[d] ?? 0;
    const order = (docs: number[]) => (rank ? docs.sort((a, b) => score(b) - score(a) || a - b) : docs);
    const all = touched.filter((d) => matchedWords[d] === queryWords.length);
    if (all.length || queryWords.length < 2) return { indices: order(all), score, partial: false, terms };
    return { indices: order(touched), score, partial: true, terms };
  }

  /** Recent expansions: "battery d", "battery de"... would otherwise scan for typos of "battery" on every key. */
  private readonly expanded = new Map<string, Map<string, number>>();

  /** The index terms a query word stands for, each with how much it counts: exact, prefix, typo. */
  private expand(word: string, typos: boolean): Map<string, number> {
    const key = typos ? word : `${word}\u0000`;
    let found = this.expanded.get(key);
    if (!found) {
      found = this.expandUncached(word, typos);
      if (this.expanded.size >= 64) this.expanded.delete(this.expanded.keys().next().value!);
      this.expanded.set(key, found);
    }
    return found;
  }

  private expandUncached(word: string, withTypos: boolean): Map<string, number> {
    const found = new Map<string, number>();
    const v = this.vocabulary;
    // Prefixes (the word itself sorts first among them): one binary search, then a run.
    for (let i = lowerBound(v, word), t = v[i]; t?.startsWith(word); t = v[++i]) {
      found.set(t, t === word ? 1 : (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (t.length - word.length)));
    }
    const typos = withTypos ? typosFor(word.length) : 0;
    if (typos) {
      // An edit changes at most two letters of the set a word holds: a term whose set differs in
      // more than twice the typos allowed is out of reach, found without comparing the words.
      const mask = letterMask(word);
      for (let i = 0; i < v.length; i++) {
        const t = v[i];
        // Without a letter set the term is not skipped: the edit distance decides.
        if (
          t === undefined ||
          bitCount(mask ^ (this.letters[i] ?? mask)) > 2 * typos ||
          Math.abs(t.length - word.length) > typos ||
          found.has(t)
        )
          continue;
        const distance = editDistance(word, t, typos);
        if (distance <= typos) found.set(t, (FUZZY_WEIGHT * word.length) / (word.length + distance));
      }
    }
    return found;
  }
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** First index in sorted `list` whose item is not less than `key`. */
function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? key) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

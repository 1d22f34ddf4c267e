import MiniSearch, { type SearchResult } from 'minisearch';
import { fold, words } from './normalize.js';

/** One matched record: its id, score, and the index terms it matched (for highlighting). */
export interface TextMatch {
  id: string;
  score: number;
  terms: string[];
}

/**
 * Full-text search over any records (programs, members), on MiniSearch: prefix matching, typo
 * tolerance, accent folding and per-field boosts. Every word must match; when none does, the
 * search falls back to any word and says so (`partial`), so a long query still finds something.
 */
export class TextIndex<T> {
  private readonly mini: MiniSearch<{ id: string; [field: string]: string }>;

  constructor(records: readonly T[], fields: Record<string, { text: (record: T) => string; boost?: number }>, id: (record: T) => string) {
    const names = Object.keys(fields);
    this.mini = new MiniSearch({
      fields: names,
      idField: 'id',
      tokenize: (text) => words(text).map((w) => w.word),
      processTerm: (term) => fold(term),
      searchOptions: {
        boost: Object.fromEntries(names.map((n) => [n, fields[n]!.boost ?? 1])),
        prefix: true,
        // One typo in words of 4+ letters, two in long words: "securty" finds "security".
        fuzzy: (term) => (term.length < 4 ? false : term.length < 8 ? 1 : 2),
      },
    });
    this.mini.addAll(
      records.map((r) => {
        const doc: { id: string; [field: string]: string } = { id: id(r) };
        for (const n of names) doc[n] = fields[n]!.text(r);
        return doc;
      }),
    );
  }

  /** Matches for `query`, best first; `partial` when only some of the words could be matched. */
  search(query: string): { matches: TextMatch[]; partial: boolean } {
    const q = query.trim();
    if (!q) return { matches: [], partial: false };
    const toMatch = (r: SearchResult): TextMatch => ({ id: r.id as string, score: r.score, terms: r.terms });
    const all = this.mini.search(q, { combineWith: 'AND' });
    if (all.length || words(q).length < 2) return { matches: all.map(toMatch), partial: false };
    return { matches: this.mini.search(q, { combineWith: 'OR' }).map(toMatch), partial: true };
  }
}

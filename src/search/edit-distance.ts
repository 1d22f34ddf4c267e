// Three rows reused from call to call: a query compares one word with thousands of terms.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Edit distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`. Only the diagonal
 * band that can stay within `max` is computed, so the cost is length × (2 × max + 1), not
 * length²: a query word or a property name can be as long as a hostile page makes it. With
 * `transpositions`, two neighbouring letters swapped count as one edit (optimal string
 * alignment), as for misspelt names; search counts them as two.
 */
export function editDistance(a: string, b: string, max: number, transpositions = false): number {
  const m = a.length;
  const n = b.length;
  const over = max + 1;
  if (Math.abs(m - n) > max) return over;
  if (rows[0].length < n + 2) rows = [new Int32Array(n + 2), new Int32Array(n + 2), new Int32Array(n + 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= n + 1; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    // The cells just outside the band read as too far, whatever an earlier row left there (and a
    // cell past the rows' end, which the sizing above rules out, reads so too).
    const edge = from === 1 && i <= max ? i : over;
    current[from - 1] = edge;
    current[to + 1] = over;
    let rowMin = edge;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? over) + 1);
      current[j] = d > over ? over : d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n] ?? over, over);
}

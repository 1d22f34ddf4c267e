/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping as soon as the
 * distance must exceed `max`: names are short, but a hostile key may not be.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name that `name` is most likely a misspelling of: the same letters in another case,
 * or one edit away (two for names of six letters or more). Undefined when none is close, or
 * when two are equally close.
 */
export function closeMatch(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  if (lower.length > 100) return undefined;
  const sameLetters = known.filter((k) => k.toLowerCase() === lower && k !== name);
  if (sameLetters.length === 1) return sameLetters[0];
  const max = lower.length >= 6 ? 2 : lower.length >= 3 ? 1 : 0;
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase(), max);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return best !== undefined && bestDistance <= max && !tie ? best : undefined;
}

import { editDistance } from '../search/edit-distance.js';

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
    const d = editDistance(lower, k.toLowerCase(), max, true);
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

const warned = new Set<string>();

/**
 * Forgets which values were warned about, so the next invalid value warns again. For tests: each
 * one that counts warnings starts from a page that has warned about nothing.
 * @internal
 */
export function resetWarnings(): void {
  warned.clear();
}

/**
 * Tells the webmaster once that an attribute value was not understood and what is used instead.
 * A typo in a pasted snippet must not break the widget, and must not flood the console.
 */
export function warnInvalid(tag: string, attribute: string, value: string, expected: string, fallback: string): void {
  const key = `${tag}|${attribute}|${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[stem-widgets] <${tag}> ${attribute}="${value}" is not valid (expected ${expected}); using ${fallback}.`);
}

/** The value when it is a whole number from `min` to `max`, else the fallback, with a warning. */
export function wholeNumber(tag: string, attribute: string, value: number, min: number, max: number, fallback: number): number {
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  warnInvalid(tag, attribute, String(value), `a whole number from ${min} to ${max}`, String(fallback));
  return fallback;
}

/** Splits a comma-separated attribute value: "a, b,,c" → ["a", "b", "c"]. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The value when it is one of `allowed`, else the fallback, with a warning. */
export function oneOf<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnInvalid(tag, attribute, value, allowed.join(', '), fallback);
  return fallback;
}

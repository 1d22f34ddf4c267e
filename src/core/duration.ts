const DAYS_PER_MONTH = 365.25 / 12;

/** Months in an ISO 8601 duration ("P1Y" → 12, "P16W" → 3.7, "PT40H" → 0.05); undefined when unreadable. */
export function durationMonths(duration: string | undefined): number | undefined {
  if (!duration) return undefined;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m) return undefined;
  const [, y, mo, w, d, h] = m.map((x) => Number(x ?? 0));
  return y! * 12 + mo! + (w! * 7 + d! + h! / 24) / DAYS_PER_MONTH;
}

/** The parts of a duration, for "1 year 6 months" in the reader's language. */
export function durationParts(duration: string | undefined): { unit: 'year' | 'month' | 'week' | 'day' | 'hour'; value: number }[] {
  const m = duration ? /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?/.exec(duration) : null;
  if (!m) return [];
  const units = ['year', 'month', 'week', 'day', 'hour'] as const;
  return units.map((unit, i) => ({ unit, value: Number(m[i + 1] ?? 0) })).filter((p) => p.value > 0);
}

export const LENGTH_BUCKETS = ['up-to-6', '6-to-12', 'over-12'] as const;
export type LengthBucket = (typeof LENGTH_BUCKETS)[number];

/** Up to 6 months, 6 to 12 months, over 12 months. */
export function lengthBucket(months: number | undefined): LengthBucket | undefined {
  if (months === undefined) return undefined;
  if (months <= 6) return 'up-to-6';
  return months <= 12 ? '6-to-12' : 'over-12';
}

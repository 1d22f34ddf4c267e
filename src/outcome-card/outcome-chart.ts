import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { Outcome } from '../contract/types.js';

/*
 * Small inline charts. They are decorative to assistive technology (aria-hidden): every number
 * they draw is also in the text beside them.
 */

const clamp = (x: number) => Math.max(0, Math.min(100, x));

/** A 0–100 bar for a percentage, with a tick where the benchmark is. */
function percentBar(value: number, benchmark: number | undefined): SVGTemplateResult {
  return svg`<svg class="chart" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="2" width="100" height="6" rx="3"></rect>
    <rect class="bar" x="0" y="2" width=${clamp(value)} height="6" rx="3"></rect>
    ${benchmark === undefined ? nothing : svg`<rect class="tick" x=${clamp(benchmark) - 0.6} y="0" width="1.2" height="10"></rect>`}
  </svg>`;
}

/** The 25th to 75th percentile as a band, the median as a tick, on a scale from 0. */
function rangeBar(p25: number, p75: number, median: number | undefined, benchmark: number | undefined): SVGTemplateResult {
  const max = Math.max(p75, median ?? 0, benchmark ?? 0) * 1.15 || 1;
  const x = (v: number) => (v / max) * 100;
  return svg`<svg class="chart" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="2" width="100" height="6" rx="3"></rect>
    <rect class="bar" x=${x(p25)} y="2" width=${Math.max(0.5, x(p75) - x(p25))} height="6" rx="3"></rect>
    ${median === undefined ? nothing : svg`<rect class="median" x=${x(median) - 0.6} y="1" width="1.2" height="8"></rect>`}
    ${benchmark === undefined ? nothing : svg`<rect class="tick" x=${x(benchmark) - 0.6} y="0" width="1.2" height="10"></rect>`}
  </svg>`;
}

/** The chart that fits a reported figure, or nothing (counts get none: a bar of what?). */
export function renderChart(o: Outcome): SVGTemplateResult | typeof nothing {
  if (o.value === undefined) return nothing;
  const d = o.distribution;
  if (d?.p25 !== undefined && d.p75 !== undefined) return rangeBar(d.p25, d.p75, d.median ?? o.value, o.benchmark?.value);
  if (o.unit === 'percent') return percentBar(o.value, o.benchmark?.value);
  return nothing;
}

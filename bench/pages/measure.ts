// Timing helpers for the bench pages: medians and percentiles of repeated runs.
import type { ContractDocument } from '../../src/contract/types.js';

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Runs `fn` `runs` times; each duration in ms. */
export function timeIt(runs: number, fn: () => unknown): number[] {
  return timeEach(runs, () => undefined, fn);
}

/** Like timeIt, but each run times `measured(setup())` only: preparing a fresh input is not counted. */
export function timeEach<T>(runs: number, setup: () => T, measured: (input: T) => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = setup();
    const t0 = performance.now();
    measured(input);
    times.push(performance.now() - t0);
  }
  return times;
}

export async function loadDocument(url: string): Promise<{ doc: ContractDocument; text: string }> {
  const text = await (await fetch(url)).text();
  return { doc: JSON.parse(text) as ContractDocument, text };
}

/** Resolves after the next frame has been painted: a task posted from requestAnimationFrame runs after that frame. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

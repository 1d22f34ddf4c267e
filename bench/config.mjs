// How much the benchmark runs: the full run whose figures are committed, and the quick one CI runs
// so that the harness cannot rot (small sets, few runs; its figures are not comparable).
const TYPED = ['cyber', 'mechatronix', 'battery detroit'];

export const CONFIGS = {
  full: {
    sizes: [1000, 10000, 100000],
    engine: {
      1000: { buildRuns: 9, queryRuns: 31 },
      10000: { buildRuns: 7, queryRuns: 15 },
      100000: { buildRuns: 3, queryRuns: 3 },
    },
    typed: TYPED,
    interactionReps: { 1000: 3, 10000: 3, 100000: 2 },
    keyGapMs: 150,
    wordGapMs: 800,
    startSizes: [1000, 10000],
    startRuns: 7,
    heapPrograms: 10000,
    clsRuns: 3,
    hostilePrograms: 10000,
    hostileRuns: 5,
  },
  quick: {
    sizes: [1000],
    engine: { 1000: { buildRuns: 3, queryRuns: 5 } },
    typed: ['cyber'],
    interactionReps: { 1000: 1 },
    keyGapMs: 50,
    wordGapMs: 800,
    startSizes: [1000],
    startRuns: 2,
    heapPrograms: 1000,
    clsRuns: 1,
    hostilePrograms: 1000,
    hostileRuns: 1,
  },
};

/**
 * Summaries of repeated timings: median (the figure), p90 and min (the spread), and the
 * ratio of two medians taken in the same run (the machine is shared and noisy, so a ratio
 * against a baseline measured alongside says more than an absolute number).
 */

export interface Summary { n: number; median: number; p90: number; min: number; max: number }

/** Nearest-rank percentile of sorted values (p in 0..100). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length === 0
    ? Number.NaN
    : sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n: sorted.length, median, p90: percentile(sorted, 90), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

/** median(a) / median(b). */
export function ratio(a: Summary, b: Summary): number {
  return a.median / b.median;
}

/** "12.3 ms" with a sensible number of decimals. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ms`;
}

/** "median 12.3 ms (p90 14.0, min 11.2; n=15)". */
export function describe(s: Summary): string {
  return `${ms(s.median)} (p90 ${ms(s.p90)}, min ${ms(s.min)}; n=${s.n})`;
}

export const times = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');

/** Run `fn` and return how long it took in ms (performance.now). */
export async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Alternate two measures `runs` times (A B, B A, A B …) so drift in the machine hits both alike. */
export async function interleave(
  runs: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<{ a: number[]; b: number[] }> {
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
  }
  return out;
}

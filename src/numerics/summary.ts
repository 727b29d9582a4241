/** Summary statistics of a Monte Carlo sample. */
export interface SampleSummary {
  readonly n: number;
  readonly mean: number;
  readonly std: number;
  /** central 68.27 % interval (15.865 % and 84.135 % quantiles) */
  readonly interval68: readonly [number, number];
  readonly median: number;
}

/** Quantile with linear interpolation between order statistics (numpy's default 'linear' method). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function summarize(values: ArrayLike<number>): SampleSummary {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (values[i] - mean) ** 2;
  const std = n > 1 ? Math.sqrt(v / (n - 1)) : 0;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const pLo = 0.5 * (1 - 0.682689492137086);
  return {
    n,
    mean,
    std,
    interval68: [quantileSorted(sorted, pLo), quantileSorted(sorted, 1 - pLo)],
    median: quantileSorted(sorted, 0.5),
  };
}

import { EmissError } from '../core/errors.js';
import { makeRng } from '../numerics/random.js';
import { summarize, type SampleSummary } from '../numerics/summary.js';
import type { ParameterSet } from '../params/parameter-set.js';
import { drawParameterSet, uncertaintySources, type UncertaintySource } from './sources.js';

/**
 * Monte Carlo propagation of parametric uncertainties: draw N parameter points from the Gaussian
 * constraints (seeded, reproducible), evaluate, summarise (mean, standard deviation, central 68 % interval).
 * `f` maps a parameter point to one value or to a vector (e.g. a spectrum); vectors share the draws.
 */
export interface MonteCarloOptions {
  readonly n: number;
  readonly seed: number;
  /** restrict to these sources (default: all) */
  readonly sources?: readonly UncertaintySource[];
  readonly onProgress?: (done: number, total: number) => void;
}

export interface MonteCarloResult {
  readonly central: number;
  readonly summary: SampleSummary;
  readonly samples: Float64Array;
}

export function monteCarloVector(
  f: (ps: ParameterSet) => ArrayLike<number>,
  ps: ParameterSet,
  opts: MonteCarloOptions,
): { central: Float64Array; summaries: SampleSummary[]; samples: Float64Array[] } {
  if (!Number.isInteger(opts.n) || opts.n < 2) throw new EmissError(`number of Monte Carlo samples must be an integer ≥ 2 (got ${opts.n})`);
  const sources = opts.sources ?? uncertaintySources(ps);
  const rng = makeRng(opts.seed);
  const central = Float64Array.from(f(ps));
  const m = central.length;
  const samples = Array.from({ length: m }, () => new Float64Array(opts.n));
  for (let i = 0; i < opts.n; i++) {
    const v = f(drawParameterSet(ps, sources, rng));
    for (let j = 0; j < m; j++) samples[j][i] = v[j];
    if (opts.onProgress && (i % 256 === 255 || i === opts.n - 1)) opts.onProgress(i + 1, opts.n);
  }
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < opts.n; i++) {
      if (!Number.isFinite(samples[j][i])) throw new EmissError('a Monte Carlo draw gave a non-finite value (inputs drawn outside the physical domain)');
    }
  }
  return { central, summaries: samples.map((s) => summarize(s)), samples };
}

export function monteCarlo(f: (ps: ParameterSet) => number, ps: ParameterSet, opts: MonteCarloOptions): MonteCarloResult {
  const r = monteCarloVector((p) => [f(p)], ps, opts);
  return { central: r.central[0], summary: r.summaries[0], samples: r.samples[0] };
}

export interface BudgetEntry {
  readonly label: string;
  readonly kind: UncertaintySource['kind'];
  /** standard deviation / |central| when only this source varies */
  readonly relative: number;
}

/**
 * Error budget: vary one source at a time with `n` draws; sources that do not change the value at all are
 * dropped. Also returns the quadrature sum of the entries (compare with the full MC to see correlations).
 */
export function errorBudget(
  f: (ps: ParameterSet) => number,
  ps: ParameterSet,
  opts: { n: number; seed: number },
): { central: number; entries: BudgetEntry[]; quadratureSum: number } {
  const central = f(ps);
  const entries: BudgetEntry[] = [];
  const sources = uncertaintySources(ps);
  sources.forEach((s, k) => {
    // quick test: does one draw change the value?
    const probeRng = makeRng(opts.seed + 7919 * (k + 1));
    const probe = f(drawParameterSet(ps, [s], probeRng));
    if (probe === central) return;
    const r = monteCarlo(f, ps, { n: opts.n, seed: opts.seed + k + 1, sources: [s] });
    entries.push({ label: s.label, kind: s.kind, relative: r.summary.std / Math.abs(central) });
  });
  entries.sort((a, b) => b.relative - a.relative);
  const quadratureSum = Math.sqrt(entries.reduce((t, e) => t + e.relative ** 2, 0));
  return { central, entries, quadratureSum };
}

/**
 * Posterior sampling of a model file's floating parameters with the affine-invariant ensemble sampler
 * (src/numerics/ensemble-sampler.ts). The posterior is L(p) × prior, with L the likelihood of objective.ts (Belle II
 * nuisances profiled at each point: a "profile posterior", cheaper than sampling ~240 nuisances and close to the
 * marginal one when the nuisances are nearly Gaussian) and a flat prior on each range (flat in log p for log-scaled
 * ranges). Walkers start in a small ball around the best fit.
 */
import { EmissError } from '../../core/errors.js';
import { autocorrelationTime, ensembleSample } from '../../numerics/ensemble-sampler.js';
import { makeRng } from '../../numerics/random.js';
import { summarize, type SampleSummary } from '../../numerics/summary.js';
import { toUnit, toValue } from './fit.js';
import type { FitProblem } from './objective.js';
import type { Values } from './physics.js';

export interface McmcOptions {
  readonly walkers?: number;
  readonly steps: number;
  readonly burn?: number;
  readonly seed?: number;
  readonly onStep?: (step: number) => void;
}

export interface McmcResult {
  readonly parameters: readonly string[];
  readonly summaries: Readonly<Record<string, SampleSummary>>;
  /** samples[i][k]: value of parameter k in sample i (after burn-in) */
  readonly samples: readonly Float64Array[];
  readonly acceptanceFraction: number;
  /** integrated autocorrelation time per parameter, in steps */
  readonly autocorrelation: Readonly<Record<string, number>>;
  readonly evaluations: number;
}

export function runMcmc(problem: FitProblem, start: Values, opts: McmcOptions): McmcResult {
  const fl = problem.floating;
  const d = fl.length;
  if (d === 0) throw new EmissError('nothing floats: the posterior has no parameters');
  const walkers = opts.walkers ?? Math.max(8, 2 * Math.ceil((2 * d + 2) / 2));
  const rng = makeRng(opts.seed ?? 1);
  let evaluations = 0;
  const logProb = (u: Float64Array): number => {
    for (let i = 0; i < d; i++) if (!(u[i] >= 0 && u[i] <= 1)) return -Infinity;
    const v: Record<string, number> = {};
    fl.forEach((f, i) => (v[f.name] = toValue(f, u[i])));
    evaluations++;
    return -0.5 * problem.evaluate(v).twiceNll;
  };
  const u0 = fl.map((f) => toUnit(f, start[f.name] ?? problem.defaults[f.name]));
  const init = Array.from({ length: walkers }, () => Float64Array.from(u0, (u) => Math.min(1, Math.max(0, u + 0.01 * rng.normal()))));
  const res = ensembleSample(logProb, init, { steps: opts.steps, rng, burn: opts.burn ?? Math.floor(opts.steps / 4), ...(opts.onStep ? { onStep: opts.onStep } : {}) });
  const samples = res.samples.map((u) => Float64Array.from(fl, (f, i) => toValue(f, u[i])));
  const summaries: Record<string, SampleSummary> = {};
  const autocorrelation: Record<string, number> = {};
  fl.forEach((f, i) => {
    summaries[f.name] = summarize(samples.map((s) => s[i]));
    autocorrelation[f.name] = autocorrelationTime(res.chain, i);
  });
  return { parameters: fl.map((f) => f.name), summaries, samples, acceptanceFraction: res.acceptanceFraction, autocorrelation, evaluations };
}

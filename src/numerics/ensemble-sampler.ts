/**
 * Affine-invariant ensemble Markov chain Monte Carlo (Goodman & Weare, Comm. App. Math. Comp. Sci. 5 (2010) 65),
 * the "stretch move" in the split-ensemble form of emcee (Foreman-Mackey et al., PASP 125 (2013) 306, Alg. 3):
 * the walkers are split into two halves; each walker X_k of one half proposes
 *   Y = X_j + Z (X_k − X_j),   X_j drawn from the other half,  Z ~ g(z) ∝ 1/√z on [1/a, a]
 * (z = ((a − 1) u + 1)²/a for u uniform), accepted with probability min(1, Z^{d−1} p(Y)/p(X_k)). Invariant under
 * affine transformations of the parameters, so badly scaled or correlated posteriors need no tuning.
 * The walkers of a half can be evaluated in parallel; here they are evaluated in turn, with a seeded stream.
 */
import { EmissError } from '../core/errors.js';
import type { Rng } from './random.js';

export interface EnsembleOptions {
  readonly steps: number;
  /** stretch scale a (default 2) */
  readonly a?: number;
  readonly rng: Rng;
  /** steps to drop at the start (default 0; they are still returned in `chain`) */
  readonly burn?: number;
  readonly onStep?: (step: number) => void;
}

export interface EnsembleResult {
  /** chain[s][k] = position of walker k after step s (s = 0 … steps−1) */
  readonly chain: Float64Array[][];
  readonly logProb: Float64Array[];
  readonly acceptanceFraction: number;
  /** all positions after burn-in, flattened (samples × dims) */
  readonly samples: Float64Array[];
}

export function ensembleSample(logProb: (x: Float64Array) => number, walkers0: readonly ArrayLike<number>[], opts: EnsembleOptions): EnsembleResult {
  const n = walkers0.length;
  if (n < 4 || n % 2 !== 0) throw new EmissError(`the ensemble sampler needs an even number of walkers ≥ 4 (got ${n})`);
  const d = walkers0[0].length;
  if (n < 2 * d) throw new EmissError(`use at least 2 × dimension = ${2 * d} walkers (got ${n})`);
  const a = opts.a ?? 2;
  if (!(a > 1)) throw new EmissError(`stretch scale a must exceed 1 (got ${a})`);
  const rng = opts.rng;
  const pos = walkers0.map((w) => Float64Array.from(w));
  const lp = Float64Array.from(pos, (x) => logProb(x));
  for (let k = 0; k < n; k++) if (!(lp[k] > -Infinity)) throw new EmissError(`walker ${k} starts where the probability is zero`);
  const chain: Float64Array[][] = [];
  const logProbs: Float64Array[] = [];
  let accepted = 0;
  let proposed = 0;
  const half = n / 2;
  for (let s = 0; s < opts.steps; s++) {
    for (const [start, other] of [
      [0, half],
      [half, 0],
    ] as const) {
      for (let k = start; k < start + half; k++) {
        const j = other + Math.floor(rng.uniform() * half);
        const z = ((a - 1) * rng.uniform() + 1) ** 2 / a;
        const y = Float64Array.from(pos[k], (xk, i) => pos[j][i] + z * (xk - pos[j][i]));
        const ly = logProb(y);
        const logAccept = (d - 1) * Math.log(z) + ly - lp[k];
        proposed++;
        if (ly > -Infinity && Math.log(rng.uniform()) < logAccept) {
          pos[k] = y;
          lp[k] = ly;
          accepted++;
        }
      }
    }
    chain.push(pos.map((x) => Float64Array.from(x)));
    logProbs.push(Float64Array.from(lp));
    opts.onStep?.(s + 1);
  }
  const burn = opts.burn ?? 0;
  const samples: Float64Array[] = [];
  for (let s = burn; s < chain.length; s++) for (const x of chain[s]) samples.push(x);
  return { chain, logProb: logProbs, acceptanceFraction: accepted / proposed, samples };
}

/**
 * Integrated autocorrelation time of a scalar chain (average over walkers of the normalised autocovariance,
 * Sokal's adaptive window: the smallest M with M ≥ c τ(M), c = 5).
 */
export function autocorrelationTime(chain: readonly Float64Array[][], dim: number, c = 5): number {
  const T = chain.length;
  const n = chain[0]?.length ?? 0;
  if (T < 4) return NaN;
  const series = Array.from({ length: n }, (_, k) => {
    const x = Float64Array.from(chain, (step) => step[k][dim]);
    let mean = 0;
    for (let t = 0; t < T; t++) mean += x[t];
    mean /= T;
    for (let t = 0; t < T; t++) x[t] -= mean;
    let v0 = 0;
    for (let t = 0; t < T; t++) v0 += x[t] * x[t];
    return { x, v0 };
  });
  // ρ(lag), averaged over the walkers, computed lag by lag until the window condition is met
  const rho = (lag: number): number => {
    let r = 0;
    for (const { x, v0 } of series) {
      if (v0 === 0) continue;
      let s = 0;
      for (let t = 0; t + lag < T; t++) s += x[t] * x[t + lag];
      r += s / v0 / n;
    }
    return r;
  };
  let tau = 1;
  for (let m = 1; m < T; m++) {
    tau += 2 * rho(m);
    if (m >= c * tau) break;
  }
  return tau;
}

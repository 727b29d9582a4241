/**
 * Likelihood terms built from measurement records. A term reads predictions of its observables and returns
 * −2 ln [L(prediction)/L_max] ≥ 0 (so that terms add to a −2ΔlnL):
 *
 *   gaussian      ((x − x₀)/σ)²
 *   asymmetric    one of the variants of asymmetric.ts (default variable-width, Barlow's linear σ)
 *   multivariate  (x − x₀)ᵀ C⁻¹ (x − x₀)
 *   upper-limit   limits: 'counting'   flavio's general_gamma_upper_limit (general-gamma.ts) when the record has
 *                                      counts, else flavio's GaussianUpperLimit (half-normal with the limit at the
 *                                      CL quantile: σ = limit/Φ⁻¹(½ + CL/2)); the fall-back is named in `method`
 *                         'half-normal' the half-normal for every limit
 *                         'room-cut'    the papers' simple cut (room.ts): 0 when the new-physics part of the
 *                                      prediction fits under the room, +∞ otherwise; needs the SM prediction
 * The room-for-NP cut is a different kind of statement (allowed / excluded, not a likelihood); it is offered so a
 * scan can reproduce the papers' regions and compare them with the counting likelihoods.
 */
import { EmissError } from '../../core/errors.js';
import { cholesky, choleskySolve } from '../../numerics/cholesky.js';
import { normalQuantile } from '../../numerics/special/incomplete-gamma.js';
import { asymmetricChi2, type AsymmetricVariant } from './asymmetric.js';
import { generalGammaUpperLimit } from './general-gamma.js';
import { roomForNewPhysics, type RoomRule } from './room.js';

import type { Measurement } from './types.js';

export type LimitTreatment = 'counting' | 'half-normal' | 'room-cut';
export const LIMIT_TREATMENTS: readonly LimitTreatment[] = ['counting', 'half-normal', 'room-cut'];

export interface TermOptions {
  readonly asymmetric?: AsymmetricVariant;
  readonly limits?: LimitTreatment;
  /** for 'room-cut': SM prediction of the observable (value, 1σ) and the subtraction rule */
  readonly sm?: { readonly value: number; readonly sigma: number };
  readonly roomRule?: RoomRule;
}

export interface LikelihoodTerm {
  readonly id: string;
  readonly observables: readonly string[];
  /** how the term is built, e.g. 'gaussian', 'asymmetric (variable-width)', 'general gamma (flavio)' */
  readonly method: string;
  /** −2 ln [L(pred)/L_max] */
  chi2(pred: ArrayLike<number>): number;
}

/** flavio's GaussianUpperLimit: half-normal at 0 with σ = limit/Φ⁻¹(½ + CL/2). */
export function halfNormalSigma(limit: number, cl: number): number {
  return limit / normalQuantile(0.5 + cl / 2);
}

/** The likelihood term of a measurement. */
export function likelihoodTerm(m: Measurement, opts: TermOptions = {}): LikelihoodTerm {
  const one = (method: string, f: (x: number) => number): LikelihoodTerm => ({
    id: m.id,
    observables: [m.observable],
    method,
    chi2: (p) => {
      const x = p[0];
      if (!Number.isFinite(x)) throw new EmissError(`prediction for ${m.observable} (measurement ${m.id}) is not a finite number`);
      return f(x);
    },
  });
  switch (m.kind) {
    case 'gaussian':
      return one('gaussian', (x) => ((x - m.value) / m.sigma) ** 2);
    case 'asymmetric': {
      const v = opts.asymmetric ?? 'variable-width';
      return one(`asymmetric (${v})`, (x) => asymmetricChi2(x, m.value, m.up, m.down, v));
    }
    case 'multivariate': {
      const n = m.observables.length;
      if (m.values.length !== n || m.covariance.length !== n || m.covariance.some((r) => r.length !== n)) {
        throw new EmissError(`measurement ${m.id}: values and covariance must match the ${n} observables`);
      }
      const L = cholesky(m.covariance.map((r) => Float64Array.from(r)));
      if (!L) throw new EmissError(`measurement ${m.id}: covariance is not positive definite`);
      return {
        id: m.id,
        observables: m.observables,
        method: 'multivariate gaussian',
        chi2: (p) => {
          const d = m.values.map((v, i) => p[i] - v);
          const s = choleskySolve(L, d);
          return d.reduce((t, di, i) => t + di * s[i], 0);
        },
      };
    }
    case 'upper-limit': {
      const t = opts.limits ?? 'counting';
      if (t === 'room-cut') {
        if (!opts.sm) throw new EmissError(`the room-for-NP cut of ${m.id} needs the SM prediction of ${m.observable}`);
        const sm = opts.sm;
        const room = roomForNewPhysics(m.limit, sm, opts.roomRule ?? 'ul-sm90');
        return one(`room for NP (${opts.roomRule ?? 'ul-sm90'}: BR_NP ≤ ${room.toPrecision(3)})`, (x) => (x - sm.value <= room ? 0 : Infinity));
      }
      if (t === 'counting' && m.counting) {
        const g = generalGammaUpperLimit(m.limit, m.cl, m.counting);
        return one('general gamma upper limit (flavio)', (x) => g.chi2(Math.max(0, x)));
      }
      const s = halfNormalSigma(m.limit, m.cl);
      return one(t === 'counting' ? 'half-normal upper limit (flavio GaussianUpperLimit; no counts published)' : 'half-normal upper limit (flavio GaussianUpperLimit)', (x) =>
        (Math.max(0, x) / s) ** 2,
      );
    }
    case 'histfactory':
      throw new EmissError(`measurement ${m.id} is a binned likelihood; use the Belle II likelihood (src/stats/belle2)`);
  }
}



/**
 * R(√s) for the hadronic width of a vector mediator (paper 002 eq. 38: Γ(X→hadrons) = Γ(X→μμ) R(m_X)).
 * Linear interpolation in the PDG compilation (r-ratio-pdg.ts); R = 0 below the two-pion threshold and a
 * straight line from (2m_π±, 0) to the first tabulated point at 0.3 GeV. Outside [0, 10.52] GeV: EmissError.
 */
import { EmissError } from '../../core/errors.js';
import { R_SQRT_S, R_VALUE } from './r-ratio-pdg.js';

const TWO_MPI = 2 * 0.13957039;

export const R_RATIO_MAX_SQRT_S = R_SQRT_S[R_SQRT_S.length - 1];

export function rRatio(sqrtS: number): number {
  if (!(sqrtS >= 0)) throw new EmissError(`R(√s) needs √s ≥ 0 (got ${sqrtS})`);
  if (sqrtS > R_RATIO_MAX_SQRT_S) {
    throw new EmissError(`R(√s) is tabulated up to ${R_RATIO_MAX_SQRT_S} GeV only (asked for ${sqrtS} GeV)`);
  }
  if (sqrtS <= TWO_MPI) return 0;
  const x0 = R_SQRT_S[0];
  if (sqrtS < x0) return (R_VALUE[0] * (sqrtS - TWO_MPI)) / (x0 - TWO_MPI);
  let lo = 0;
  let hi = R_SQRT_S.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (R_SQRT_S[mid] <= sqrtS) lo = mid;
    else hi = mid;
  }
  const t = (sqrtS - R_SQRT_S[lo]) / (R_SQRT_S[hi] - R_SQRT_S[lo]);
  return R_VALUE[lo] + t * (R_VALUE[hi] - R_VALUE[lo]);
}

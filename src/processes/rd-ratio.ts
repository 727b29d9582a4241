/**
 * r_D = R_D / R_D^SM and r_D* = R_{D*} / R_{D*}^SM for new physics in the left-handed vector b → c τ ν̄_j operators only
 * (src/wc/bclnu.ts). A V−A operator has the SM Lorentz structure, so for any form factors
 *   Γ(B → D(*) τ ν̄) ∝ |C_SM + C_VL^{ττ}|² + Σ_{j≠τ} |C_VL^{τj}|²   (ν̄_j ≠ ν̄_τ do not interfere),
 * the μ and e modes are unchanged, and r_D = r_D* = that divided by |C_SM|². C_SM = 1 + (α_e/π) ln(M_Z/μ_b)
 * (short-distance electroweak correction, flavio get_CVLSM at μ = 4.8 GeV), so r is flavio's
 * Rtaul(B->D(*)lnu)/Rtaul_SM exactly.
 */
import { param, type ParameterSet } from '../params/parameter-set.js';
import { MU_B, MZ_RUNNING, runAlphaE } from '../params/running.js';

export function cvlSM(ps: ParameterSet): number {
  const a = runAlphaE(param(ps, 'alpha_e'), MZ_RUNNING, MU_B);
  return 1 + (a / Math.PI) * Math.log(MZ_RUNNING / MU_B);
}

/** r_D(*) for C_VL^{τj} given as 6 reals [Re, Im] × (e, μ, τ). */
export function rDRatio(ps: ParameterSet, cvl: Float64Array | null): number {
  if (!cvl) return 1;
  const c = cvlSM(ps);
  const tt = (c + cvl[4]) ** 2 + cvl[5] ** 2;
  const other = cvl[0] ** 2 + cvl[1] ** 2 + cvl[2] ** 2 + cvl[3] ** 2;
  return (tt + other) / (c * c);
}

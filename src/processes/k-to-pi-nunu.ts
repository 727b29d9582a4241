/**
 * K+ → π+ ν ν̄ and K_L → π0 ν ν̄: the standard parametric treatment of top and charm contributions
 * (Buras, Buttazzo, Girrbach-Noe, Knegjens, JHEP 11 (2015) 033, arXiv:1503.02693, eqs. (5)–(9)):
 *
 *   BR(K+) = κ+ (1 + Δ_EM) · (1/3) Σ_ab | λ_t X_ab / λ⁵ + δ_ab Re(λ_c) P_c / λ |²
 *   BR(K_L) = κ_L · (1/3) Σ_ab [ Im(λ_t X_ab) / λ⁵ ]²
 *
 * λ = |V_us|, λ_t = V_ts* V_td, λ_c = V_cs* V_cd, κ+,L ∝ (λ/0.225)⁸ (Mescia–Smith), P_c ∝ λ⁻⁴ (the charm
 * function X_c = λ⁴ P_c is λ-independent; P_c = 0.404(24) is quoted for λ = 0.2252).
 * New physics (sector sd, src/wc/nunu.ts): X_ab = δ_ab X_t − s_W² (α_NP/α_e(M_Z)) (C_L^ab + C_R^ab) (only the
 * vector current contributes to K → π); the primed (right-handed ν) operators add |λ_t s_W² (α_NP/α)(C_L'+C_R')/λ⁵|².
 * This reproduces the SM expression (Im λ_t X_t/λ⁵)² + (Re λ_c P_c/λ + Re λ_t X_t/λ⁵)² for C = 0.
 */
import { alphaE, ckm, param, type ParameterSet } from '../params/parameter-set.js';
import { nunuIndex } from '../wc/nunu.js';

const LAMBDA_PC = 0.2252;

export interface KPiNuNuKernel {
  readonly lt: { re: number; im: number };
  readonly lcRe: number;
  readonly lam: number;
  readonly Xt: number;
  readonly Pc: number;
  /** s_W² α_NP/α_SM: converts C_L + C_R into a shift of X */
  readonly xShift: number;
  readonly kPlus: number;
  readonly kL: number;
}

export function prepareKPiNuNu(ps: ParameterSet): KPiNuNuKernel {
  const c = ckm(ps);
  const lam = c.Vus;
  const a = alphaE(ps);
  return {
    lt: c.VtsVtd,
    lcRe: c.VcsVcd.re,
    lam,
    Xt: param(ps, 'Xt'),
    Pc: param(ps, 'Pc') * (LAMBDA_PC / lam) ** 4,
    xShift: param(ps, 's2w') * (a.np / a.sm),
    kPlus: param(ps, 'kappa_plus') * (lam / 0.225) ** 8 * (1 + param(ps, 'Delta_EM')),
    kL: param(ps, 'kappa_L') * (lam / 0.225) ** 8,
  };
}

/** Returns [BR(K+→π+νν̄), BR(K_L→π0νν̄)] for packed sd coefficients (null = SM). */
export function kPiNuNuBR(k: KPiNuNuKernel, packed: Float64Array | null): [number, number] {
  const l5 = k.lam ** 5;
  let sPlus = 0;
  let sL = 0;
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      let xr = a === b ? k.Xt : 0;
      let xi = 0;
      let pr = 0;
      let pi = 0;
      if (packed) {
        const iL = nunuIndex(0, a, b);
        const iR = nunuIndex(1, a, b);
        const iLp = nunuIndex(2, a, b);
        const iRp = nunuIndex(3, a, b);
        xr -= k.xShift * (packed[iL] + packed[iR]);
        xi -= k.xShift * (packed[iL + 1] + packed[iR + 1]);
        pr = -k.xShift * (packed[iLp] + packed[iRp]);
        pi = -k.xShift * (packed[iLp + 1] + packed[iRp + 1]);
      }
      // λ_t X
      const txr = k.lt.re * xr - k.lt.im * xi;
      const txi = k.lt.re * xi + k.lt.im * xr;
      const ar = txr / l5 + (a === b ? (k.lcRe * k.Pc) / k.lam : 0);
      const ai = txi / l5;
      sPlus += ar * ar + ai * ai;
      sL += (txi / l5) ** 2;
      // right-handed neutrinos: no SM or charm part
      const tpr = k.lt.re * pr - k.lt.im * pi;
      const tpi = k.lt.re * pi + k.lt.im * pr;
      sPlus += (tpr * tpr + tpi * tpi) / (l5 * l5);
      sL += (tpi / l5) ** 2;
    }
  }
  return [(k.kPlus * sPlus) / 3, (k.kL * sL) / 3];
}

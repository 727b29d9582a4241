/**
 * K → π form factors (s → d transition) in the standard basis of src/hadronic/types.ts:
 *   f+, f0: dispersive parametrisation (Bernard, Oertel, Passemar, Stern, arXiv:0903.1654; FlaviaNet
 *           arXiv:1005.2323 eqs. (33), (37)), f̄+(t) = exp[t/m_π² (Λ+ + H(x))], f̄0(t) = exp[t/Δ_Kπ (ln C − G(x))],
 *           x = t/(m_K − m_π)², G = x D + (1 − x) d + x (1 − x) k, H = H1 x + H2 x², Δ_Kπ = m_K² − m_π²;
 *   fT:     single pole f_T(0)/(1 − s_T t) (ETM, arXiv:1108.1021 eq. 4).
 * Inputs are the parameters 'K->pi …' (flavio v2.7 names and values, PDG 2024 table); m_K = m_KL and
 * m_π = m_π+ inside the parametrisation, as flavio. Isospin-symmetric: the same form factors for K+ → π+ and
 * K0 → π0 (up to the 1/√2 of the π0, applied by the rate code).
 */
import { param, type ParameterSet } from '../params/parameter-set.js';
import { F0, FP, FT } from './types.js';

export interface KPiFormFactorInputs {
  readonly mK: number;
  readonly mpi: number;
  readonly fp0: number;
  readonly lnC: number;
  readonly Lp: number;
  readonly D: number;
  readonly d: number;
  readonly k: number;
  readonly H1: number;
  readonly H2: number;
  readonly fT0: number;
  readonly sT: number;
}

export function kpiFormFactorInputs(ps: ParameterSet): KPiFormFactorInputs {
  return {
    mK: param(ps, 'm_KL'),
    mpi: param(ps, 'm_pi+'),
    fp0: param(ps, 'K->pi f+(0)'),
    lnC: param(ps, 'K->pi ln(C)'),
    Lp: param(ps, 'K->pi Lambda_+'),
    D: param(ps, 'K->pi D'),
    d: param(ps, 'K->pi d'),
    k: param(ps, 'K->pi k'),
    H1: param(ps, 'K->pi H1'),
    H2: param(ps, 'K->pi H2'),
    fT0: param(ps, 'K->pi fT(0)'),
    sT: param(ps, 'K->pi sT'),
  };
}

/** Writes [f+, f0, fT] at q² into `out` (indices FP, F0, FT). */
export function kpiFormFactors(inp: KPiFormFactorInputs, q2: number, out: Float64Array): Float64Array {
  const DKpi = inp.mK * inp.mK - inp.mpi * inp.mpi;
  const x = q2 / (inp.mK - inp.mpi) ** 2;
  const G = x * inp.D + (1 - x) * inp.d + x * (1 - x) * inp.k;
  const H = inp.H1 * x + inp.H2 * x * x;
  out[FP] = inp.fp0 * Math.exp((q2 / (inp.mpi * inp.mpi)) * (inp.Lp + H));
  out[F0] = inp.fp0 * Math.exp((q2 / DKpi) * (inp.lnC - G));
  out[FT] = inp.fT0 / (1 - inp.sT * q2);
  return out;
}

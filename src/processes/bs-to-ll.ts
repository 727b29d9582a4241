/**
 * B̄_s → ℓ_a⁺ ℓ_b⁻ for the operators of src/wc/bsll.ts (flavio v2.7 bll.py; LFV amplitudes arXiv:1602.00881 eq. 5):
 *
 *   BR_inst = τ_Bs |N|² f_Bs² m_Bs³ β/(32π) (|P|² + |S|²),   β = √λ(m_Bs², m_a², m_b²)/m_Bs²,
 *   P = β₋ (m_a + m_b)/m_Bs (C10 − C10'),   S = β₊ (m_b − m_a)/m_Bs (C9 − C9'),   β∓ = √(1 − (m_a ∓ m_b)²/m_Bs²),
 * N = (4G_F/√2) λ_t α_e(4.8)/(4π). Only the axial (and for a ≠ b the vector) current of the leptons contributes;
 * the SM enters through C10 (C10^SM·(m_t/173.1)^1.53, bsll-sm.ts) for a = b.
 * For a = b the measured branching ratio is time-integrated (De Bruyn et al., arXiv:1204.1735 eq. 8):
 *   BR = BR_inst (1 + A_ΔΓ y_s)/(1 − y_s²),  y_s = ΔΓ_s/(2Γ_s),  A_ΔΓ = (Re P² − Re S²)/(|P|² + |S|²),
 * as flavio's 'BR(Bs->mumu)'; LFV modes are instantaneous (flavio 'BR(Bs->taumu)' etc.).
 */
import { lifetimeInvGeV } from '../core/units.js';
import { kallen } from '../core/kinematics.js';
import { param, type ParameterSet } from '../params/parameter-set.js';
import { bsllNormalisation, LEPTON_MASS_PARAM } from './b-to-m-ll.js';
import { bsllSM } from './bsll-sm.js';

/** A prepared B_s → ℓ_a ℓ_b evaluator: P and S are linear in x, so only a few numbers are kept. */
export interface BsLLKernel {
  readonly a: number;
  readonly b: number;
  readonly pref: number;
  /** P = kP (C10_SM δ_ab + r(C10 − C10')), S = kS r (C9 − C9') */
  readonly kP: number;
  readonly kS: number;
  readonly c10SM: number;
  readonly r: number;
  readonly ys: number;
}

export function prepareBsLL(a: number, b: number, ps: ParameterSet): BsLLKernel {
  const ma = param(ps, LEPTON_MASS_PARAM[a]);
  const mb = param(ps, LEPTON_MASS_PARAM[b]);
  const mBs = param(ps, 'm_Bs');
  const { n2, npScale } = bsllNormalisation(ps);
  const beta = Math.sqrt(kallen(mBs * mBs, ma * ma, mb * mb)) / (mBs * mBs);
  const pref = (n2 / (32 * Math.PI)) * mBs ** 3 * lifetimeInvGeV(param(ps, 'tau_Bs')) * beta * param(ps, 'f_Bs') ** 2;
  const betaM = Math.sqrt(1 - (ma - mb) ** 2 / (mBs * mBs));
  const betaP = Math.sqrt(1 - (ma + mb) ** 2 / (mBs * mBs));
  return {
    a,
    b,
    pref,
    kP: (betaM * (ma + mb)) / mBs,
    kS: (betaP * (mb - ma)) / mBs,
    c10SM: a === b ? bsllSM(ps).C10 : 0,
    r: npScale,
    ys: a === b ? param(ps, 'DeltaGamma/Gamma_Bs') / 2 : 0,
  };
}

/** BR for the pair's coefficients x = [Re C9, Im C9, Re C10, Im C10, Re C9', Im C9', Re C10', Im C10'] (null = SM). */
export function bsLLBR(k: BsLLKernel, x: Float64Array | null): number {
  const pr = k.kP * (k.c10SM + (x ? k.r * (x[2] - x[6]) : 0));
  const pi = k.kP * (x ? k.r * (x[3] - x[7]) : 0);
  const sr = k.kS * (x ? k.r * (x[0] - x[4]) : 0);
  const si = k.kS * (x ? k.r * (x[1] - x[5]) : 0);
  const amp2 = pr * pr + pi * pi + sr * sr + si * si;
  const inst = k.pref * amp2;
  if (k.a !== k.b || amp2 === 0) return inst;
  const adg = (pr * pr - pi * pi - (sr * sr - si * si)) / amp2;
  return (inst * (1 + adg * k.ys)) / (1 - k.ys * k.ys);
}

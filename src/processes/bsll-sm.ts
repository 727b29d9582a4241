/**
 * Standard-Model pieces of b → s ℓ⁺ℓ⁻ at μ_b = 4.8 GeV (flavio v2.7's renormalisation scale for B → K(*)ℓℓ and
 * B_s → ℓℓ), in the normalisation of src/wc/bsll.ts:
 *   H = −(4G_F/√2) V_tb V_ts* [Σ_{i=1..6} C_i P_i + C7 (e/16π²) m_b (s̄σ_{μν}P_R b)F^{μν} + … + (e²/16π²)(C9 O9 + C10 O10)]
 * with P_1…P_6 in the Chetyrkin–Misiak–Münz basis (hep-ph/0512066), as flavio.
 *
 * - SM coefficients: flavio v2.7 table data/wcsm/wc_sm_dB1_2_55.npy (NNLO matching at μ_W, running to μ_b,
 *   n_f = 5), interpolated by flavio at μ = 4.8 GeV (flavio.physics.bdecays.wilsoncoefficients.wcsm_nf5(4.8));
 *   C10 is rescaled by (m_t/173.1 GeV)^1.53 (arXiv:1311.0903 eq. 4), as flavio does.
 * - C7' = (m_s/m_b)(μ_b) C7 with the non-effective C7 = C7^eff − Σ y_i C_i (flavio wctot_dict).
 * - C9^eff(q²) = C9 + Y(q²) + (λ_u/λ_t) Y_u(q²): the one-loop matrix elements of the four-quark operators
 *   (arXiv:0811.1214 eq. 10; hep-ph/0412400 eq. 43 for the doubly Cabibbo-suppressed Y_u), with pole masses in
 *   the loop function h (flavio matrixelements.Y, Yu). λ_q = V_qb V_qs*.
 * - the NNLO matrix elements δC7(q²), δC9(q²) of O1, O2, O8 (arXiv:0810.4077, hep-ph/0312063, hep-ph/0403185) are
 *   NOT computed by emiss but tabulated from flavio (bsll-nnlo-table.ts, numbers with provenance); they shift the
 *   SM rates by 5–25 % and can be switched off (option nnlo: false) to compare with flavio without them.
 * NOT included: for B → V ℓℓ at q² < 8.9 GeV², QCD-factorisation spectator scattering (flavio bvll/qcdf.py),
 * a ~1 % effect on B → K*μμ at low q² (measured in test/bsll-flavio.test.ts). None of this touches the
 * lepton-flavour-violating modes (no SM amplitude).
 */
import type { Complex } from '../core/complex.js';
import { mul as cmul, conj as cconj, div as cdiv } from '../core/complex.js';
import { ckmTree } from '../params/ckm.js';
import { param, type ParameterSet } from '../params/parameter-set.js';
import { D7T_IM, D7T_RE, D7U_IM, D7U_RE, D9T_IM, D9T_RE, D9U_IM, D9U_RE, NNLO_Q2_START, NNLO_Q2_STEP } from './bsll-nnlo-table.js';

/**
 * flavio v2.7.0 SM coefficients at μ = 4.8 GeV, n_f = 5: [C1 … C6, C7^eff, C8^eff, C9, C10] (flavio
 * wilsoncoefficients.wcsm_nf5(4.8), commit 2591f8c3e881bf43b243a803aa57f1dd7e51de9c; C9, C10 in the e²/16π²
 * normalisation; C10 before the m_t rescaling).
 */
export const SM_WC_4P8 = Object.freeze({
  C1: -0.26417263,
  C2: 1.01477639,
  C3: -0.00506931929,
  C4: -0.0797918918,
  C5: 0.000351758109,
  C6: 0.000922187966,
  C7eff: -0.291495054,
  C8eff: -0.16067315,
  C9: 4.05315176,
  C10: -4.18869082,
});

/** The renormalisation scale of all b → s ℓℓ coefficients (GeV). */
export const MU_BSLL = 4.8;

export interface BsllSM {
  readonly C1: number;
  readonly C2: number;
  readonly C3: number;
  readonly C4: number;
  readonly C5: number;
  readonly C6: number;
  readonly C7eff: number;
  readonly C7effp: number;
  readonly C9: number;
  readonly C10: number;
  /** λ_u/λ_t = V_ub V_us* / (V_tb V_ts*) (complex) */
  readonly xiRatio: Complex;
  readonly mbPole: number;
  readonly mcPole: number;
  /** MS-bar m_b(μ_b), the mass in the C7 term of the amplitudes */
  readonly mb: number;
}

export function bsllSM(ps: ParameterSet): BsllSM {
  const w = SM_WC_4P8;
  // non-effective C7 (hep-ph/0512066: C7eff = C7 + Σ y_i C_i, y = (0, 0, −1/3, −4/9, −20/3, −80/9))
  const C7 = w.C7eff - (-(1 / 3) * w.C3 - (4 / 9) * w.C4 - (20 / 3) * w.C5 - (80 / 9) * w.C6);
  const mb = param(ps, 'm_b(4.8)');
  const V = ckmTree(param(ps, 'Vus'), param(ps, 'Vub'), param(ps, 'Vcb'), param(ps, 'gamma'));
  // λ_u = V_ub V_us*, λ_t = V_tb V_ts*
  const lu = cmul(V[0][2], cconj(V[0][1]));
  const lt = cmul(V[2][2], cconj(V[2][1]));
  return {
    C1: w.C1,
    C2: w.C2,
    C3: w.C3,
    C4: w.C4,
    C5: w.C5,
    C6: w.C6,
    C7eff: w.C7eff,
    C7effp: (param(ps, 'm_s(4.8)') / mb) * C7,
    C9: w.C9,
    C10: w.C10 * (param(ps, 'm_t') / 173.1) ** 1.53,
    xiRatio: cdiv(lu, lt),
    mbPole: param(ps, 'm_b_pole'),
    mcPole: param(ps, 'm_c_pole'),
    mb,
  };
}

/**
 * Fermion-loop function h(s, m_q, μ) (hep-ph/0106067v2 eq. 11; flavio matrixelements.h):
 *   h = −(4/9) ln(m²/μ²) + 8/27 + (4/9) z − (4/9)(2 + z) √|z − 1| A(z),  z = 4m²/s,
 *   A = arctan(1/√(z−1)) for z > 1, ln[(1 + √(1−z))/√z] − iπ/2 for z < 1;
 *   massless: 8/27 + 4iπ/9 + (8/9) ln μ − (4/9) ln s.
 */
export function loopH(s: number, mq: number, mu: number): Complex {
  if (mq === 0) return { re: 8 / 27 + (8 / 9) * Math.log(mu) - (4 / 9) * Math.log(s), im: (4 * Math.PI) / 9 };
  if (s === 0) return { re: (-4 / 9) * (1 + Math.log((mq * mq) / (mu * mu))), im: 0 };
  const z = (4 * mq * mq) / s;
  const base = (-4 / 9) * Math.log((mq * mq) / (mu * mu)) + 8 / 27 + (4 / 9) * z;
  const f = (-4 / 9) * (2 + z) * Math.sqrt(Math.abs(z - 1));
  if (z > 1) return { re: base + f * Math.atan(1 / Math.sqrt(z - 1)), im: 0 };
  const A = Math.log((1 + Math.sqrt(1 - z)) / Math.sqrt(z));
  return { re: base + f * A, im: f * (-Math.PI / 2) };
}

/**
 * C9^eff(q²) − C9 = Y(q²) + (λ_u/λ_t) Y_u(q²), for the B̄ decay (conjugate = false) or the CP-conjugate B decay
 * (conjugate = true: the weak phase of λ_u/λ_t flips, the strong phases of h stay).
 */
export function c9effShift(sm: BsllSM, q2: number, conjugate = false): Complex {
  const mu = MU_BSLL;
  const Fc = (4 / 3) * sm.C1 + sm.C2 + 6 * sm.C3 + 60 * sm.C5;
  const Fb = 7 * sm.C3 + (4 / 3) * sm.C4 + 76 * sm.C5 + (64 / 3) * sm.C6;
  const Fu = sm.C3 + (4 / 3) * sm.C4 + 16 * sm.C5 + (64 / 3) * sm.C6;
  const F4 = (4 / 3) * sm.C3 + (64 / 9) * sm.C5 + (64 / 27) * sm.C6;
  const hc = loopH(q2, sm.mcPole, mu);
  const hb = loopH(q2, sm.mbPole, mu);
  const h0 = loopH(q2, 0, mu);
  const Y = {
    re: hc.re * Fc - 0.5 * hb.re * Fb - 0.5 * h0.re * Fu + F4,
    im: hc.im * Fc - 0.5 * hb.im * Fb - 0.5 * h0.im * Fu,
  };
  const f12 = (4 / 3) * sm.C1 + sm.C2;
  const Yu = { re: f12 * (hc.re - h0.re), im: f12 * (hc.im - h0.im) };
  const xi = conjugate ? cconj(sm.xiRatio) : sm.xiRatio;
  const t = cmul(xi, Yu);
  return { re: Y.re + t.re, im: Y.im + t.im };
}


/**
 * NNLO shifts δC7(q²), δC9(q²) (bsll-nnlo-table.ts) for the B̄ decay or, with conjugate = true, its CP conjugate.
 */
export function nnloShifts(sm: BsllSM, q2: number, conjugate = false): { d7: Complex; d9: Complex } {
  const x = Math.max(0, (q2 - NNLO_Q2_START) / NNLO_Q2_STEP);
  const n = D7T_RE.length;
  const i = Math.min(Math.floor(x), n - 2);
  const f = Math.min(x - i, 1);
  const at = (t: readonly number[]) => t[i] + f * (t[i + 1] - t[i]);
  const xi = conjugate ? cconj(sm.xiRatio) : sm.xiRatio;
  const u7 = cmul(xi, { re: at(D7U_RE), im: at(D7U_IM) });
  const u9 = cmul(xi, { re: at(D9U_RE), im: at(D9U_IM) });
  return {
    d7: { re: at(D7T_RE) + u7.re, im: at(D7T_IM) + u7.im },
    d9: { re: at(D9T_RE) + u9.re, im: at(D9T_IM) + u9.im },
  };
}

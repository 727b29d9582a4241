/**
 * B → P ℓ_a⁺ ℓ_b⁻ and B → V ℓ_a⁺ ℓ_b⁻ (P = K, V = K*) with both lepton masses kept, for the vector/axial
 * operators C9, C10, C9', C10' of src/wc/bsll.ts (any lepton flavours, incl. LFV) plus, for a = b, the SM
 * (C7^eff, C7', C9^eff(q²), C10 of src/processes/bsll-sm.ts).
 *
 * Helicity amplitudes and angular coefficients follow flavio v2.7 (flavio/physics/bdecays/angular.py,
 * helicity_amps_p/_v and angularcoeffs_general_*, after arXiv:1503.05534 / Gratrex, Hopfer, Zwicky
 * arXiv:1506.03970), with the overall N = (4G_F/√2) λ_t α_e/(4π) taken out, and without scalar/tensor operators:
 *
 * B → P (v = C9^eff + C9', a = C10 + C10', c7 = C7 + C7'):
 *   h_V = √λ/(2√q²) [v f+ + 2 m_b c7 fT/(m_B+m_P)],  h_A = √λ/(2√q²) a f+,
 *   h_S = (m_B²−m_P²)/2 f0 (m_1−m_2)/q² v,              h_P = (m_B²−m_P²)/2 f0 (m_1+m_2)/q² a.
 *   dΓ/dq² = 2 G0 (the angular average), G0 = p [ (4(E1E2+m1m2) + λ_ℓ/3q²)|h_V|² + (4(E1E2−m1m2) + λ_ℓ/3q²)|h_A|²
 *            + (4(E1E2−m1m2) + λ_ℓ/q²)|h_S|² + (4(E1E2+m1m2) + λ_ℓ/q²)|h_P|² ],
 * B → V (v± = C9^eff ± C9', a± = C10 ± C10', c7± = C7 ± C7'; the common factor i of flavio's amplitudes dropped):
 *   H_0V = 4 m_B m_V/(√q² (m_B+m_V)) [v− (m_B+m_V) A12 + m_b c7− T23],   H_0A = 4 m_B m_V/√q² a− A12,
 *   H_±V = [±v+ √λ V − (m_B+m_V)² v− A1]/(2(m_B+m_V)) + m_b/q² [±c7+ √λ T1 − c7− (m_B²−m_V²) T2],
 *   H_±A = [±a+ √λ V − (m_B+m_V)² a− A1]/(2(m_B+m_V)),
 *   H_P = √λ/2 (m_1+m_2)/q² a− A0,   H_S = √λ/2 (m_1−m_2)/q² v− A0,
 *   dΓ/dq² = 6 G000, G000 = p [ (4/9(3E1E2 + λ_ℓ/4q²) ± 4m1m2/3) Σ|H_{V,A}|² (+ for V, − for A)
 *            + 4/3 (E1E2 − m1m2 + λ_ℓ/4q²)|H_S|² + 4/3 (E1E2 + m1m2 + λ_ℓ/4q²)|H_P|² ],
 * with p = √λ √λ_ℓ/(2⁹ π³ m_B³ q²), λ = λ(m_B², m_M², q²), λ_ℓ = λ(q², m1², m2²), E_i = √(m_i² + λ_ℓ/4q²).
 * (dΓ = 2G0 and 6G000 are the angular integrals of flavio's dGdq2 = 2(J_a + J_c/3) and
 * 3/4(2J1s+J1c) − 1/4(2J2s+J2c); derived in the comment of each function.)
 *
 * The rate is a Hermitian form in the amplitudes, which are linear in x = (C9, C10, C9', C10'):
 *   Γ(x) = S + 2 Re Σ_k x_k L_k + Σ_kl M_kl Re(x_k x_l*),   M real (the NP amplitude templates are real).
 * A prepared kernel stores S, L, M integrated over the q² range, so a branching ratio at any coefficient point is
 * ~30 multiplications. For a = b the SM carries a weak phase only through λ_u/λ_t; the CP-conjugate decay (x → x*,
 * λ_u/λ_t → its conjugate) is stored too and BR is the CP average, as flavio's. LFV rates are not averaged
 * (flavio neither; for real or common-phase coefficients it makes no difference).
 *
 * Normalisation: the SM part uses α_e(μ_b = 4.8 GeV) (flavio); NP coefficients are normalised with the preset's
 * α_NP (alphaE(ps).np: α_e(4.8) in the WCxf convention), so their templates carry α_NP/α_e(4.8).
 */
import { EmissError } from '../core/errors.js';
import { kallen } from '../core/kinematics.js';
import { lifetimeInvGeV } from '../core/units.js';
import { endpointRuleOn } from '../numerics/gauss-legendre.js';
import { F0, FP, FT, IA0, IA1, IA12, IT1, IT2, IT23, IV } from '../hadronic/types.js';
import { alphaE, ckm, param, resolveMass, type ParameterSet } from '../params/parameter-set.js';
import { MU_B, MZ_RUNNING, runAlphaE } from '../params/running.js';
import { abs2 } from '../core/complex.js';
import { LEPTONS } from '../wc/bsll.js';
import type { BNuNuMode } from './nunu-modes.js';
import { bsllSM, c9effShift, nnloShifts, type BsllSM } from './bsll-sm.js';

export const LEPTON_MASS_PARAM = ['m_e', 'm_mu', 'm_tau'] as const;

/** q² range of a mode: [(m_1+m_2)², (m_B−m_M)²]. */
export function bsllRange(mode: BNuNuMode, a: number, b: number, ps: ParameterSet): [number, number] {
  const m1 = param(ps, LEPTON_MASS_PARAM[a]);
  const m2 = param(ps, LEPTON_MASS_PARAM[b]);
  const mB = param(ps, `m_${mode.B}`);
  const mM = param(ps, `m_${mode.M}`);
  return [(m1 + m2) ** 2, (mB - mM) ** 2];
}

/** |N|² with N = (4G_F/√2) |λ_t| α_e(4.8)/(4π), and α_NP/α_e(4.8). */
export function bsllNormalisation(ps: ParameterSet): { n2: number; npScale: number; alpha: number } {
  const GF = param(ps, 'GF');
  const alpha = runAlphaE(param(ps, 'alpha_e'), MZ_RUNNING, MU_B);
  const lt = ckm(ps).VtbVts;
  const n2 = ((4 * GF) / Math.SQRT2) ** 2 * abs2(lt) * (alpha / (4 * Math.PI)) ** 2;
  return { n2, npScale: alphaE(ps).np / alpha, alpha };
}

/**
 * Amplitude templates at one q²: for each helicity component s, the SM value (re, im; zero for LFV), the real
 * NP templates for x = (C9, C10, C9', C10') and the rate weight w_s (dΓ/dq² = |N|² Σ_s w_s |H_s|²).
 */
export interface AmplitudeTemplates {
  readonly n: number;
  readonly smRe: Float64Array;
  readonly smIm: Float64Array;
  /** conjugate-decay SM amplitude */
  readonly smbRe: Float64Array;
  readonly smbIm: Float64Array;
  /** np[4 s + k] */
  readonly np: Float64Array;
  readonly w: Float64Array;
}

function makeTemplates(n: number): AmplitudeTemplates {
  return {
    n,
    smRe: new Float64Array(n),
    smIm: new Float64Array(n),
    smbRe: new Float64Array(n),
    smbIm: new Float64Array(n),
    np: new Float64Array(4 * n),
    w: new Float64Array(n),
  };
}

interface ModeContext {
  readonly mode: BNuNuMode;
  readonly mB: number;
  readonly mM: number;
  readonly m1: number;
  readonly m2: number;
  readonly lfc: boolean;
  readonly sm: BsllSM;
  readonly npScale: number;
  readonly ffB: number;
  readonly ffM: number;
  readonly ff: Float64Array;
  readonly nnlo: boolean;
  /** scratch for the SM effective coefficients */
  readonly effB: SmEff;
  readonly effBbar: SmEff;
}

/** Options of the rate functions. nnlo: include the tabulated NNLO δC7, δC9 (default true; bsll-sm.ts). */
export interface BsllOptions {
  readonly nnlo?: boolean;
}

function modeContext(mode: BNuNuMode, a: number, b: number, ps: ParameterSet, opts: BsllOptions = {}): ModeContext {
  if (mode.sector !== 'bs' || (mode.transition !== 'B->K' && mode.transition !== 'B->K*')) {
    throw new EmissError(`b → s ℓℓ rates are implemented for B → K and B → K* only (not ${mode.label})`);
  }
  const choice = ps.ff[mode.transition];
  if (!choice) throw new EmissError(`no form factors for ${mode.transition} in preset '${ps.preset}'`);
  return {
    mode,
    mB: param(ps, `m_${mode.B}`),
    mM: param(ps, `m_${mode.M}`),
    m1: param(ps, LEPTON_MASS_PARAM[a]),
    m2: param(ps, LEPTON_MASS_PARAM[b]),
    lfc: a === b,
    sm: bsllSM(ps),
    npScale: bsllNormalisation(ps).npScale,
    ffB: resolveMass(ps, choice.set.zMasses.mB),
    ffM: resolveMass(ps, choice.set.zMasses.mM),
    ff: new Float64Array(7),
    nnlo: opts.nnlo ?? true,
    effB: { c9re: 0, c9im: 0, c7pre: 0, c7pim: 0, c7mre: 0, c7mim: 0 },
    effBbar: { c9re: 0, c9im: 0, c7pre: 0, c7pim: 0, c7mre: 0, c7mim: 0 },
  };
}

/** SM effective coefficients at one q² (complex as [re, im]): C9^eff, C7^eff + δC7 ± C7'. */
interface SmEff {
  c9re: number;
  c9im: number;
  c7pre: number;
  c7pim: number;
  c7mre: number;
  c7mim: number;
}

function smEffective(ctx: ModeContext, q2: number, conjugate: boolean, out: SmEff): void {
  const sm = ctx.sm;
  const d = c9effShift(sm, q2, conjugate);
  let d7re = 0;
  let d7im = 0;
  let d9re = 0;
  let d9im = 0;
  if (ctx.nnlo) {
    const n = nnloShifts(sm, q2, conjugate);
    d7re = n.d7.re;
    d7im = n.d7.im;
    d9re = n.d9.re;
    d9im = n.d9.im;
  }
  out.c9re = sm.C9 + d.re + d9re;
  out.c9im = d.im + d9im;
  out.c7pre = sm.C7eff + d7re + sm.C7effp;
  out.c7pim = d7im;
  out.c7mre = sm.C7eff + d7re - sm.C7effp;
  out.c7mim = d7im;
}

/** Fills the templates of one q² (returns false outside the phase space). */
function fillTemplates(ctx: ModeContext, ps: ParameterSet, q2: number, t: AmplitudeTemplates): boolean {
  const { mB, mM, m1, m2 } = ctx;
  const lam = kallen(mB * mB, mM * mM, q2);
  const laml = kallen(q2, m1 * m1, m2 * m2);
  if (!(lam > 0) || !(laml > 0) || !(q2 > 0)) return false;
  const choice = ps.ff[ctx.mode.transition];
  choice.set.evaluate(q2, choice.coeffs, ctx.ffB, ctx.ffM, ctx.ff);
  const ff = ctx.ff;
  const sl = Math.sqrt(lam);
  const E1 = Math.sqrt(m1 * m1 + laml / (4 * q2));
  const E2 = Math.sqrt(m2 * m2 + laml / (4 * q2));
  const pref = (sl * Math.sqrt(laml)) / (512 * Math.PI ** 3 * mB ** 3 * q2);
  const sm = ctx.sm;
  const r = ctx.npScale;
  // SM effective coefficients (B̄ decay and its CP conjugate), zero for LFV
  const e = ctx.effB;
  const eb = ctx.effBbar;
  let c10 = 0;
  if (ctx.lfc) {
    smEffective(ctx, q2, false, e);
    smEffective(ctx, q2, true, eb);
    c10 = sm.C10;
  } else {
    e.c9re = e.c9im = e.c7pre = e.c7pim = e.c7mre = e.c7mim = 0;
    eb.c9re = eb.c9im = eb.c7pre = eb.c7pim = eb.c7mre = eb.c7mim = 0;
  }
  const np = t.np;
  np.fill(0);
  if (ctx.mode.kind === 'P') {
    // components 0: V, 1: A, 2: S, 3: P.  dΓ/dq² = 2 G0 (angularcoeffs_general_p: dGdq2 = 2(J_a + J_c/3),
    // J_a = G0 − G2/2, J_c = 3G2/2 ⇒ 2 G0).
    const kV = sl / (2 * Math.sqrt(q2));
    const fp = ff[FP];
    const f0 = ff[F0];
    const fT = ff[FT];
    const kS = ((mB * mB - mM * mM) / 2) * f0;
    const k7 = ((2 * sm.mb) / (mB + mM)) * fT;
    // V
    t.smRe[0] = kV * (e.c9re * fp + k7 * e.c7pre);
    t.smIm[0] = kV * (e.c9im * fp + k7 * e.c7pim);
    t.smbRe[0] = kV * (eb.c9re * fp + k7 * eb.c7pre);
    t.smbIm[0] = kV * (eb.c9im * fp + k7 * eb.c7pim);
    np[0] = r * kV * fp; // C9
    np[2] = r * kV * fp; // C9'
    // A
    t.smRe[1] = kV * c10 * fp;
    t.smIm[1] = 0;
    t.smbRe[1] = t.smRe[1];
    t.smbIm[1] = 0;
    np[4 + 1] = r * kV * fp; // C10
    np[4 + 3] = r * kV * fp; // C10'
    // S: (m1 − m2) v — SM part vanishes (m1 = m2 when the SM contributes)
    t.smRe[2] = t.smIm[2] = t.smbRe[2] = t.smbIm[2] = 0;
    np[8 + 0] = (r * kS * (m1 - m2)) / q2;
    np[8 + 2] = (r * kS * (m1 - m2)) / q2;
    // P: (m1 + m2) a
    t.smRe[3] = (kS * (m1 + m2) * c10) / q2;
    t.smIm[3] = 0;
    t.smbRe[3] = t.smRe[3];
    t.smbIm[3] = 0;
    np[12 + 1] = (r * kS * (m1 + m2)) / q2;
    np[12 + 3] = (r * kS * (m1 + m2)) / q2;
    const lq = laml / q2;
    t.w[0] = 2 * pref * (4 * (E1 * E2 + m1 * m2) + lq / 3);
    t.w[1] = 2 * pref * (4 * (E1 * E2 - m1 * m2) + lq / 3);
    t.w[2] = 2 * pref * (4 * (E1 * E2 - m1 * m2) + lq);
    t.w[3] = 2 * pref * (4 * (E1 * E2 + m1 * m2) + lq);
    return true;
  }
  // B → V. Components 0: 0V, 1: +V, 2: −V, 3: 0A, 4: +A, 5: −A, 6: S, 7: P.
  // dΓ/dq² = 6 G[0,0,0]: with J = (32/3) g and g1s = (8G000 + 2G020 − 4G200 − G220)/32,
  // g1c = (4G000 + G020 + 4G200 + G220)/16, g2s = 3(2G020 − G220)/32, g2c = 3(G020 + G220)/16,
  // 3/4(2J1s + J1c) − 1/4(2J2s + J2c) = (32/3)[3/4 (12G000 + 3G020)/16 − 1/4 · 9G020/16] = 6 G000.
  const V = ff[IV];
  const A0 = ff[IA0];
  const A1 = ff[IA1];
  const A12 = ff[IA12];
  const T1 = ff[IT1];
  const T2 = ff[IT2];
  const T23 = ff[IT23];
  const s = mB + mM;
  const mb = sm.mb;
  const k0V = (4 * mB * mM) / (Math.sqrt(q2) * s);
  const k0A = (4 * mB * mM) / Math.sqrt(q2);
  const kT = 1 / (2 * s);
  const kS = (sl / 2) * A0;
  // vector components: coefficients of v+ = C9 + C9' and v− = C9 − C9', and of c7+ = C7 + C7', c7− = C7 − C7'
  const aPlus = kT * sl * V; // v+ in H_+V (−aPlus in H_−V)
  const aMinus = -kT * s * s * A1; // v− in H_±V
  const a0 = k0V * s * A12; // v− in H_0V
  const g0m = k0V * mb * T23; // c7− in H_0V
  const gp = (mb / q2) * sl * T1; // c7+ in H_+V (−gp in H_−V)
  const gm = -(mb / q2) * (mB * mB - mM * mM) * T2; // c7− in H_±V
  // SM: v+ = v− = C9^eff (C9'_SM = 0)
  const setSM = (i: number, cv: number, cp7: number, cm7: number) => {
    t.smRe[i] = cv * e.c9re + cp7 * e.c7pre + cm7 * e.c7mre;
    t.smIm[i] = cv * e.c9im + cp7 * e.c7pim + cm7 * e.c7mim;
    t.smbRe[i] = cv * eb.c9re + cp7 * eb.c7pre + cm7 * eb.c7mre;
    t.smbIm[i] = cv * eb.c9im + cp7 * eb.c7pim + cm7 * eb.c7mim;
  };
  setSM(0, a0, 0, g0m);
  setSM(1, aPlus + aMinus, gp, gm);
  setSM(2, -aPlus + aMinus, -gp, gm);
  // NP templates: C9 → v+ and v− both +1; C9' → v+ +1, v− −1
  const setNPv = (i: number, cPlus: number, cMinus: number) => {
    np[4 * i + 0] = r * (cPlus + cMinus);
    np[4 * i + 2] = r * (cPlus - cMinus);
  };
  setNPv(0, 0, a0);
  setNPv(1, aPlus, aMinus);
  setNPv(2, -aPlus, aMinus);
  // axial components
  const b0 = k0A * A12;
  const setSMa = (i: number, ca: number) => {
    t.smRe[i] = ca * c10;
    t.smIm[i] = 0;
    t.smbRe[i] = ca * c10;
    t.smbIm[i] = 0;
  };
  setSMa(3, b0);
  setSMa(4, aPlus + aMinus);
  setSMa(5, -aPlus + aMinus);
  const setNPa = (i: number, cPlus: number, cMinus: number) => {
    np[4 * i + 1] = r * (cPlus + cMinus);
    np[4 * i + 3] = r * (cPlus - cMinus);
  };
  setNPa(3, 0, b0);
  setNPa(4, aPlus, aMinus);
  setNPa(5, -aPlus, aMinus);
  // S: √λ/2 (m1−m2)/q² v− A0 (no SM part); P: √λ/2 (m1+m2)/q² a− A0
  t.smRe[6] = t.smIm[6] = t.smbRe[6] = t.smbIm[6] = 0;
  setNPv(6, 0, (kS * (m1 - m2)) / q2);
  setSMa(7, (kS * (m1 + m2)) / q2);
  setNPa(7, 0, (kS * (m1 + m2)) / q2);
  const lq4 = laml / (4 * q2);
  const wV = 6 * pref * ((4 / 9) * (3 * E1 * E2 + lq4) + (4 * m1 * m2) / 3);
  const wA = 6 * pref * ((4 / 9) * (3 * E1 * E2 + lq4) - (4 * m1 * m2) / 3);
  t.w[0] = t.w[1] = t.w[2] = wV;
  t.w[3] = t.w[4] = t.w[5] = wA;
  t.w[6] = 6 * pref * (4 / 3) * (E1 * E2 - m1 * m2 + lq4);
  t.w[7] = 6 * pref * (4 / 3) * (E1 * E2 + m1 * m2 + lq4);
  return true;
}

/**
 * A prepared b → s ℓℓ rate kernel (one mode, one lepton pair, one q² range, one parameter point):
 * BR(x) = norm · ½ [Γ(x) + Γ̄(x*)] with Γ(x) = S + 2 Re Σ x_k L_k + Σ M_kl Re(x_k x_l*).
 */
export interface BsllKernel {
  readonly label: string;
  readonly a: number;
  readonly b: number;
  readonly q2min: number;
  readonly q2max: number;
  readonly norm: number;
  readonly S: number;
  readonly Sbar: number;
  /** L[2k], L[2k+1] = Re, Im of L_k = ∫ Σ_s w_s H^(k)_s conj(H^SM_s) */
  readonly L: Float64Array;
  readonly Lbar: Float64Array;
  /** M[4k + l] */
  readonly M: Float64Array;
}

/** Nodes of the endpoint-mapped Gauss–Legendre rule per q² piece (converged to < 1e-10, test/bsll-rates.test.ts). */
export const BSLL_NODES = 40;

/** Prepares the kernel. The q² range defaults to the full phase space (q2min, q2max override it). */
export function prepareBsllKernel(
  mode: BNuNuMode,
  a: number,
  b: number,
  ps: ParameterSet,
  opts: BsllOptions & { q2min?: number; q2max?: number; nodes?: number } = {},
): BsllKernel {
  const [lo, hi] = bsllRange(mode, a, b, ps);
  const q2min = opts.q2min ?? lo;
  const q2max = opts.q2max ?? hi;
  const nodes = opts.nodes ?? BSLL_NODES;
  if (!(q2min >= lo * (1 - 1e-12)) || !(q2max <= hi * (1 + 5e-3)) || !(q2max > q2min)) {
    throw new EmissError(
      `q² range [${q2min}, ${q2max}] is outside the physical range [${lo.toFixed(5)}, ${hi.toFixed(4)}] GeV² of ${mode.label}${LEPTONS[a]}${LEPTONS[b]} or empty`,
    );
  }
  const top = Math.min(q2max, hi);
  const ctx = modeContext(mode, a, b, ps, opts);
  const nComp = mode.kind === 'P' ? 4 : 8;
  const t = makeTemplates(nComp);
  const L = new Float64Array(8);
  const Lbar = new Float64Array(8);
  const M = new Float64Array(16);
  let S = 0;
  let Sbar = 0;
  // Pieces, each with the √-endpoint map (exact for smooth integrands too): near a light-lepton threshold the
  // rate grows like 1/q² (photon pole, or the (m1 ± m2)/q² terms of LFV), so [q2min, 1 GeV²] is cut into
  // decades; for ℓℓ the charm threshold q² = 4 m_c² (a √ cusp of h(q², m_c)) is a break point.
  const cuts = [q2min];
  if (q2min < 0.1) for (let x = q2min * 10; x < Math.min(1, top); x *= 10) cuts.push(x);
  if (q2min < 1 && top > 1) cuts.push(1);
  const cusp = 4 * ctx.sm.mcPole ** 2;
  if (ctx.lfc && cusp > cuts[cuts.length - 1] && cusp < top) cuts.push(cusp);
  cuts.push(top);
  for (let p = 0; p + 1 < cuts.length; p++) {
    const rule = endpointRuleOn(cuts[p], cuts[p + 1], nodes);
    for (let i = 0; i < rule.nodes.length; i++) {
      const q2 = rule.nodes[i];
      if (!fillTemplates(ctx, ps, q2, t)) continue;
      const wq = rule.weights[i];
      for (let c = 0; c < nComp; c++) {
        const w = wq * t.w[c];
        S += w * (t.smRe[c] ** 2 + t.smIm[c] ** 2);
        Sbar += w * (t.smbRe[c] ** 2 + t.smbIm[c] ** 2);
        for (let k = 0; k < 4; k++) {
          const hk = t.np[4 * c + k];
          if (hk === 0) continue;
          L[2 * k] += w * hk * t.smRe[c];
          L[2 * k + 1] -= w * hk * t.smIm[c];
          Lbar[2 * k] += w * hk * t.smbRe[c];
          Lbar[2 * k + 1] -= w * hk * t.smbIm[c];
          for (let l = 0; l < 4; l++) M[4 * k + l] += w * hk * t.np[4 * c + l];
        }
      }
    }
  }
  const { n2 } = bsllNormalisation(ps);
  const tau = lifetimeInvGeV(param(ps, `tau_${mode.B}`));
  return { label: `${mode.label}${LEPTONS[a]}${LEPTONS[b]}`, a, b, q2min, q2max: top, norm: tau * n2 * mode.isospin, S, Sbar, L, Lbar, M };
}

/**
 * Evaluates Γ(x) for x = 8 reals [Re C9, Im C9, Re C10, Im C10, Re C9', Im C9', Re C10', Im C10'] (null = none).
 * conjugate: use the CP-conjugate SM and x*.
 */
function quadraticForm(S: number, L: Float64Array, M: Float64Array, x: Float64Array | null, conjugate: boolean): number {
  if (!x) return S;
  const sgn = conjugate ? -1 : 1;
  let lin = 0;
  for (let k = 0; k < 4; k++) lin += x[2 * k] * L[2 * k] - sgn * x[2 * k + 1] * L[2 * k + 1];
  let quad = 0;
  for (let k = 0; k < 4; k++) {
    for (let l = 0; l < 4; l++) quad += M[4 * k + l] * (x[2 * k] * x[2 * l] + x[2 * k + 1] * x[2 * l + 1]);
  }
  return S + 2 * lin + quad;
}

/** Branching ratio (CP-averaged for lepton-flavour-conserving modes) at NP coefficients x of the kernel's pair. */
export function bsllKernelBR(k: BsllKernel, x: Float64Array | null): number {
  if (k.a !== k.b) return k.norm * quadraticForm(0, k.L, k.M, x, false);
  return 0.5 * k.norm * (quadraticForm(k.S, k.L, k.M, x, false) + quadraticForm(k.Sbar, k.Lbar, k.M, x, true));
}

/** dBR/dq² (GeV⁻²) at one q², same conventions (a one-node kernel). */
export function bsllDifferentialBR(
  mode: BNuNuMode,
  a: number,
  b: number,
  ps: ParameterSet,
  q2: number,
  x: Float64Array | null,
  opts: BsllOptions = {},
): number {
  const [lo, hi] = bsllRange(mode, a, b, ps);
  if (!(q2 >= lo && q2 <= hi)) {
    throw new EmissError(`q² = ${q2} GeV² is outside the physical range [${lo.toFixed(5)}, ${hi.toFixed(4)}] of ${mode.label}${LEPTONS[a]}${LEPTONS[b]}`);
  }
  const ctx = modeContext(mode, a, b, ps, opts);
  const nComp = mode.kind === 'P' ? 4 : 8;
  const t = makeTemplates(nComp);
  if (!fillTemplates(ctx, ps, q2, t)) return 0;
  // evaluate the amplitudes directly (B̄ and CP conjugate)
  const rate = (conj: boolean) => {
    let g = 0;
    for (let c = 0; c < nComp; c++) {
      let re = conj ? t.smbRe[c] : t.smRe[c];
      let im = conj ? t.smbIm[c] : t.smIm[c];
      if (x) {
        for (let k = 0; k < 4; k++) {
          re += t.np[4 * c + k] * x[2 * k];
          im += t.np[4 * c + k] * (conj ? -x[2 * k + 1] : x[2 * k + 1]);
        }
      }
      g += t.w[c] * (re * re + im * im);
    }
    return g;
  };
  const { n2 } = bsllNormalisation(ps);
  const norm = lifetimeInvGeV(param(ps, `tau_${mode.B}`)) * n2 * mode.isospin;
  return a === b ? 0.5 * norm * (rate(false) + rate(true)) : norm * rate(false);
}

/**
 * Axion-like particle portal (paper 002 §II.A, eqs. 3–15; Bauer et al. JHEP 09 (2022) 056 for the loop terms).
 *
 * Lagrangian (paper 002 eqs. 3, 4, 7), metric (+,−,−,−), ε^{0123} = +1, X̃^{μν} = ½ ε^{μναβ} X_αβ:
 *   L = (∂_μ a / 2f_a) f̄_i γ^μ (C^V_ij + C^A_ij γ5) f_j + C_γ (α/4π)(a/f_a) F F̃ + C_G (α_s/4π)(a/f_a) G G̃
 *       + (∂_μ a / 2f_a) C^A_χχ χ̄ γ^μ γ5 χ.
 * All couplings here are real (rates depend on |C|²). C^V_sb, C^A_sb are the s̄…b entries.
 *
 * B → K a (eq. 8) and B → K* a (eq. 9): with q = p_a, q_μ⟨K|s̄γ^μ b|B⟩ = (m_B² − m_K²) f0(q²) and
 * q_μ⟨K*|s̄γ^μγ5 b|B⟩ = 2i m_K* (η*·q) A0(q²), Σ_η |η*·q|² = λ/(4m_K*²), so
 *   Γ(B→K a)  = |C^V_sb|² m_B³ (1 − m_K²/m_B²)² f0²(m_a²) λ̂^{1/2} / (64π f_a²),
 *   Γ(B→K* a) = |C^A_sb|² m_B³ A0²(m_a²) λ̂^{3/2} / (64π f_a²),   λ̂ = λ(1, m_M²/m_B², m_a²/m_B²).
 * (Paper eq. 9 prints m_K in λ; the vector-meson mass is meant.)
 *
 * Effective photon and gluon couplings (eq. 5) with B(x) of alp-loop.ts, x = 4m_f²/m_a²:
 *   C_γ^eff = C_γ^UV + Σ_f C^A_ff N_c Q_f² B(x_f),   C_G^eff = C_G^UV + ½ Σ_q C^A_qq B(x_q).
 * Loop masses: the input masses of the parameter set (m_u, m_d, m_s at 2 GeV, m_c(m_c), m_b(m_b), m_t, lepton
 * pole masses).
 *
 * Widths (eqs. 12–15):
 *   Γ(a→χχ̄) = |C_χ|² m_a m_χ² β_χ / (8π f_a²)   (Dirac; ×2 for Majorana, paper footnote 5)
 *   Γ(a→ff̄) = N_c |C^A_ff|² m_a m_f² β_f / (8π f_a²)
 *   Γ(a→gg)  = |C_G^eff|² α_s² m_a³ (1 + (97/4 − 7n_q/6) α_s/π) / (8π³ f_a²)  (= 1 + 83α_s/4π for n_q = 3)
 *   Γ(a→γγ)  = |C_γ^eff|² α² m_a³ / (64π³ f_a²),   β = √(1 − 4m²/m_a²).
 * Quark widths use the running mass m_q(m_a) in the coupling and the input mass in β (partonic threshold, as
 * eq. 13; hadronic thresholds are not modelled); n_q counts quarks with 2 m_q < m_a. α_s(m_a): four-loop
 * running with thresholds (src/params/qcd-running.ts), so gluon and quark widths need m_a ≥ 1 GeV;
 * α = α(0) for on-shell photons.
 *
 * Invisible fraction (eq. 11): BR_inv = BR(B→K a) [BR(a→χχ̄) + exp(−L_det/(βγ cτ_a)) BR(a→vis)],
 * βγ = |p_a|/m_a from the two-body kinematics in the B rest frame (the B boost at Belle II is neglected).
 */
import { EmissError } from '../../core/errors.js';
import { abs2, type Complex } from '../../core/complex.js';
import { kallen } from '../../core/kinematics.js';
import { HBARC_GEV_CM, lifetimeInvGeV } from '../../core/units.js';
import { F0, IA0 } from '../../hadronic/types.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';
import { ALPHA_S_MIN_SCALE, alphaS, quarkMass, QUARKS, type Quark } from '../../params/qcd-running.js';
import { alpLoopB } from './alp-loop.js';
import { formFactorsAt, modeMasses, type MediatorMode } from './meson-modes.js';
import { betaGamma } from './two-body.js';

export type Lepton = 'e' | 'mu' | 'tau';
export const LEPTONS: readonly Lepton[] = ['e', 'mu', 'tau'];

export interface AlpCouplings {
  /** ALP mass [GeV] */
  readonly ma: number;
  /** decay constant f_a [GeV] */
  readonly fa: number;
  readonly CVsb: number;
  readonly CAsb: number;
  /** flavour-diagonal axial couplings C^A_qq */
  readonly Cqq: Readonly<Record<Quark, number>>;
  /** flavour-diagonal axial couplings C^A_ℓℓ */
  readonly Cll: Readonly<Record<Lepton, number>>;
  readonly Cchi: number;
  /** DM mass [GeV] */
  readonly mchi: number;
  readonly chiMajorana: boolean;
  readonly CgammaUV: number;
  readonly CGUV: number;
}

const QUARK_CHARGE: Record<Quark, number> = { u: 2 / 3, d: -1 / 3, s: -1 / 3, c: 2 / 3, b: -1 / 3, t: 2 / 3 };
const LEPTON_MASS: Record<Lepton, string> = { e: 'm_e', mu: 'm_mu', tau: 'm_tau' };

function checkCouplings(c: AlpCouplings): void {
  if (!(c.ma > 0)) throw new EmissError(`ALP mass m_a must be positive (got ${c.ma})`);
  if (!(c.fa > 0)) throw new EmissError(`ALP decay constant f_a must be positive (got ${c.fa})`);
  if (!(c.mchi >= 0)) throw new EmissError(`DM mass m_chi must be ≥ 0 (got ${c.mchi})`);
}

function inputQuarkMass(ps: ParameterSet, q: Quark): number {
  return param(ps, `m_${q}`);
}

function beta(m: number, M: number): number {
  const x = 1 - (4 * m * m) / (M * M);
  return x > 0 ? Math.sqrt(x) : 0;
}

/** C_γ^eff and C_G^eff of eq. (5). */
export function alpEffectiveCouplings(c: AlpCouplings, ps: ParameterSet): { Cgamma: Complex; CG: Complex } {
  checkCouplings(c);
  let gRe = c.CgammaUV;
  let gIm = 0;
  let GRe = c.CGUV;
  let GIm = 0;
  const ma2 = c.ma * c.ma;
  for (const q of QUARKS) {
    const C = c.Cqq[q];
    if (C === 0) continue;
    const m = inputQuarkMass(ps, q);
    const B = alpLoopB((4 * m * m) / ma2);
    const w = 3 * QUARK_CHARGE[q] ** 2 * C;
    gRe += w * B.re;
    gIm += w * B.im;
    GRe += 0.5 * C * B.re;
    GIm += 0.5 * C * B.im;
  }
  for (const l of LEPTONS) {
    const C = c.Cll[l];
    if (C === 0) continue;
    const m = param(ps, LEPTON_MASS[l]);
    const B = alpLoopB((4 * m * m) / ma2);
    gRe += C * B.re;
    gIm += C * B.im;
  }
  return { Cgamma: { re: gRe, im: gIm }, CG: { re: GRe, im: GIm } };
}

export interface AlpWidths {
  /** a → χχ̄ */
  readonly chichi: number;
  /** a → f f̄ for every open fermion, keyed 'uu', 'dd', 'ss', 'cc', 'bb', 'ee', 'mumu', 'tautau' */
  readonly ff: Readonly<Record<string, number>>;
  readonly gg: number;
  readonly gammagamma: number;
  /** every visible channel (f f̄, gg, γγ) */
  readonly visible: number;
  readonly total: number;
  /** α_s(m_a) used in Γ(a→gg) (NaN when no coloured coupling) */
  readonly alphaS: number;
  readonly Cgamma: Complex;
  readonly CG: Complex;
}

export function alpWidths(c: AlpCouplings, ps: ParameterSet): AlpWidths {
  checkCouplings(c);
  const { ma, fa } = c;
  const f2 = fa * fa;
  const { Cgamma, CG } = alpEffectiveCouplings(c, ps);
  const ff: Record<string, number> = {};
  const coloured = abs2(CG) > 0 || QUARKS.some((q) => c.Cqq[q] !== 0);
  if (coloured && ma < ALPHA_S_MIN_SCALE) {
    throw new EmissError(
      `ALP hadronic widths are perturbative (α_s(m_a), quark and gluon final states) and need m_a ≥ ${ALPHA_S_MIN_SCALE} GeV (got ${ma}); set the quark and gluon couplings to 0 below`,
    );
  }
  const as = coloured ? alphaS(ps, ma) : NaN;
  let nq = 0;
  for (const q of QUARKS) {
    const mIn = inputQuarkMass(ps, q);
    if (2 * mIn < ma) nq += 1;
    const C = c.Cqq[q];
    if (C === 0 || 2 * mIn >= ma) continue;
    const m = quarkMass(ps, q, ma);
    ff[`${q}${q}`] = (3 * C * C * ma * m * m * beta(mIn, ma)) / (8 * Math.PI * f2);
  }
  for (const l of LEPTONS) {
    const C = c.Cll[l];
    const m = param(ps, LEPTON_MASS[l]);
    if (C === 0 || 2 * m >= ma) continue;
    ff[`${l}${l}`] = (C * C * ma * m * m * beta(m, ma)) / (8 * Math.PI * f2);
  }
  const gg = coloured ? (abs2(CG) * as * as * ma ** 3 * (1 + ((97 / 4 - (7 * nq) / 6) * as) / Math.PI)) / (8 * Math.PI ** 3 * f2) : 0;
  const alpha = param(ps, 'alpha_e0');
  const gammagamma = (abs2(Cgamma) * alpha * alpha * ma ** 3) / (64 * Math.PI ** 3 * f2);
  const chichi =
    2 * c.mchi < ma ? ((c.chiMajorana ? 2 : 1) * c.Cchi * c.Cchi * ma * c.mchi * c.mchi * beta(c.mchi, ma)) / (8 * Math.PI * f2) : 0;
  const visible = Object.values(ff).reduce((s, x) => s + x, 0) + gg + gammagamma;
  return { chichi, ff, gg, gammagamma, visible, total: visible + chichi, alphaS: as, Cgamma, CG };
}

/** Proper decay length cτ_a in metres. */
export function alpDecayLength(c: AlpCouplings, ps: ParameterSet): number {
  const w = alpWidths(c, ps).total;
  if (!(w > 0)) return Infinity;
  return (HBARC_GEV_CM / w) / 100;
}

/** Γ(B → M a) for a pseudoscalar (eq. 8) or vector (eq. 9) meson M. */
export function bToMAlpWidth(mode: MediatorMode, ps: ParameterSet, c: AlpCouplings): number {
  checkCouplings(c);
  const { mB, mM } = modeMasses(mode, ps);
  if (c.ma >= mB - mM) return 0;
  const q2 = c.ma * c.ma;
  const ff = formFactorsAt(mode, ps, q2);
  const lamHat = kallen(1, (mM * mM) / (mB * mB), q2 / (mB * mB));
  const pre = mB ** 3 / (64 * Math.PI * c.fa * c.fa);
  if (mode.kind === 'P') {
    const r = 1 - (mM * mM) / (mB * mB);
    return pre * c.CVsb * c.CVsb * r * r * ff[F0] * ff[F0] * Math.sqrt(Math.max(lamHat, 0));
  }
  return pre * c.CAsb * c.CAsb * ff[IA0] * ff[IA0] * Math.max(lamHat, 0) ** 1.5;
}

export function bToMAlpBR(mode: MediatorMode, ps: ParameterSet, c: AlpCouplings): number {
  return lifetimeInvGeV(modeMasses(mode, ps).tauB) * bToMAlpWidth(mode, ps, c);
}

/**
 * Probability that an ALP from B → M a (B at rest) decays visibly outside a detector of size L [m]:
 * exp(−L/(βγ cτ)). 1 for an ALP that does not decay visibly (cτ = ∞).
 */
export function alpEscapeProbability(mode: MediatorMode, ps: ParameterSet, c: AlpCouplings, Ldet: number): number {
  if (!(Ldet >= 0)) throw new EmissError(`detector size L_det must be ≥ 0 m (got ${Ldet})`);
  const { mB, mM } = modeMasses(mode, ps);
  const ctau = alpDecayLength(c, ps);
  if (!Number.isFinite(ctau)) return 1;
  return Math.exp(-Ldet / (betaGamma(mB, mM, c.ma) * ctau));
}

/** Eq. (11): the fraction of B → M a that looks invisible, and the resulting BR(B → M + inv)_NP. */
export function alpInvisible(
  mode: MediatorMode,
  ps: ParameterSet,
  c: AlpCouplings,
  Ldet: number,
): { br: number; fraction: number; escape: number; brChi: number } {
  const br = bToMAlpBR(mode, ps, c);
  const w = alpWidths(c, ps);
  const brChi = w.total > 0 ? w.chichi / w.total : 0;
  const brVis = w.total > 0 ? w.visible / w.total : 0;
  if (!(Ldet >= 0)) throw new EmissError(`detector size L_det must be ≥ 0 m (got ${Ldet})`);
  const { mB, mM } = modeMasses(mode, ps);
  const ctau = w.total > 0 ? HBARC_GEV_CM / w.total / 100 : Infinity;
  const escape = Number.isFinite(ctau) ? Math.exp(-Ldet / (betaGamma(mB, mM, c.ma) * ctau)) : 1;
  const fraction = w.total > 0 ? brChi + escape * brVis : 1;
  return { br: br * fraction, fraction, escape, brChi };
}

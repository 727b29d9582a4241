/**
 * Massless dark photon γ_D with a flavour-changing dark magnetic dipole (paper 000, Gabrielli, Marzola,
 * Mürsepp, Raidal, EPJC 84 (2024) 460).
 *
 * Lagrangian (eqs. 2.1, 2.2): L = (1/2Λ) s̄ σ_μν b F_D^μν + h.c. + e_D Σ_i q_i Q̄_i γ_μ Q_i A_D^μ, σ^μν = (i/2)[γ^μ,γ^ν],
 * unit dark charges q_i = 1, α_D = e_D²/4π, N_Q degenerate Dirac fermions Q of mass m_Q.
 * For an emitted γ_D the field strength gives 2 × (−i) q^μ ε^ν, so the b → s γ_D(*) vertex is (1/Λ) s̄σ_μν q^ν b
 * (the 1/Λ of eqs. 3.2 and 4.2).
 *
 * B → K Q Q̄ (eq. 3.6), ŝ = q²/m_B², m̂ = m/m_B, per generation:
 *   dΓ/dŝ = α_D m_B⁵/(32π² m_b² Λ²) ū (λ − ū²/3) m̂_b²/(1 + m̂_K)² |f_T(q²)|²,  ū = √λ √(1 − 4m̂_Q²/ŝ),
 *   λ = λ(1, m̂_K², ŝ). The b mass cancels (m̂_b²/m_b² = 1/m_B²). Independent derivation (tests): the angular
 *   average of the dark-fermion tensor is (4/3)(1 + 2m_Q²/q²)(q^μq^ν − q² g^μν), contracted with the tensor
 *   matrix element f_T (p+k)^μ/(m_B+m_K) this reproduces eq. (3.6) exactly.
 * Sommerfeld–Fermi factor (eqs. 3.12, 3.13): dΓ_SF = Ω dΓ, Ω = X/(1 − e^{−X}), X = 2π α_D q_i²/β12, with the
 *   relative velocity of Q and Q̄, β12 = √(1 − 4m_Q⁴/(q² − 2m_Q²)²) (→ 0 at threshold, → 1 for q² ≫ m_Q²).
 *   Eq. (3.13) as printed has m_Q⁴ without the 4 (β12 ≥ √3/2 at threshold); selectable as 'paper'.
 * Dark magnetic-dipole correction (eqs. 3.14–3.16): λ → λ(1 + Δ_M) in the first term of (λ − ū²/3), with
 *   Δ_M = 4 m̂_Q Re F2 + |F2|²(ŝ + 8m̂_Q²)/3 and F2 = (α_D/2π) m̂_Q/√(ŝ(ŝ−4m̂_Q²)) ln[(2m̂_Q² − ŝ + √(ŝ(ŝ−4m̂_Q²)))/(2m̂_Q²)]
 *   (complex above threshold: ln of a negative number, |Im| = π). This F2 is the Pauli form factor divided by
 *   2m̂_Q; with that normalisation eq. (3.15) equals the exact one-loop result [|G_M|² + (2m²/q²)|G_E|²]/(1 + 2m²/q²)
 *   rewritten for the λ term (verified in the tests).
 *   Combined with the relativistic Sommerfeld factor the |F2|² Coulomb term makes the q² integral diverge
 *   logarithmically at threshold (the Coulomb singularity is counted twice), so that combination is refused.
 *
 * B → V γ_D (on-shell, eq. 4.4). Only T1 contributes to ⟨V|s̄σ_μν q^ν b|B⟩ for the parity-even operator;
 *   Σ_pol |ε_μναβ ε_D^μ η^ν p^α k^β|² = λ/2 = (m_B² − m_V²)²/2 at q² = 0, so the Lagrangian (2.1) gives
 *     Γ(B→Vγ_D) = m_B³ |T1(0)|² (1 − m̂_V²)³ / (8π Λ²)       ('lagrangian', default)
 *   while eq. (4.4) prints 32π in the denominator — a factor 4 smaller ('paper'; it reproduces eq. 4.5 with
 *   T1(0) = 0.28). The factor 4 is the one of the field-strength contraction (2 × in the amplitude).
 * B_s → φ γ_D via R_K*φ (eqs. 6.3–6.6): R_K*φ = |r_K*φ|² C_K*φ (1 + δ_WA), r = T1^{B→K*}/T1^{Bs→φ},
 *   C_K*φ = (τ_B0/τ_Bs)(m_B/m_Bs)³[(1 − m_K*²/m_B²)/(1 − m_φ²/m_Bs²)]³, hence
 *   BR(B_s→φγ_D) = BR(B0→K*0γ_D) (1 + δ_WA)/R_K*φ.
 * The missing energy of B → V γ_D is monochromatic: E_miss = (m_B² − m_V²)/(2m_B) (q² = 0).
 */
import { EmissError } from '../../core/errors.js';
import { lambdaBM } from '../../core/kinematics.js';
import { lifetimeInvGeV } from '../../core/units.js';
import { endpointRuleOn } from '../../numerics/gauss-legendre.js';
import { FT, IT1 } from '../../hadronic/types.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';
import { formFactorsAt, modeMasses, type MediatorMode } from './meson-modes.js';

export type SommerfeldVelocity = 'relative' | 'paper';

export interface DarkDipoleOptions {
  /** Sommerfeld–Fermi factor (eq. 3.12) on/off */
  readonly sommerfeld: boolean;
  /** β12: 'relative' (relative velocity, default) or 'paper' (eq. 3.13 as printed) */
  readonly velocity: SommerfeldVelocity;
  /** dark magnetic-dipole correction (eqs. 3.14–3.16) on/off */
  readonly dipole: boolean;
}

export const DEFAULT_DIPOLE_OPTIONS: DarkDipoleOptions = Object.freeze({ sommerfeld: true, velocity: 'relative', dipole: false });

/** β12 of eq. (3.13): relative velocity of the dark fermion pair at q² (GeV²), masses m_Q. */
export function sommerfeldBeta12(q2: number, mQ: number, velocity: SommerfeldVelocity = 'relative'): number {
  const m2 = mQ * mQ;
  const d = q2 - 2 * m2;
  if (!(d > 0)) return 0;
  const x = 1 - ((velocity === 'relative' ? 4 : 1) * m2 * m2) / (d * d);
  return x > 0 ? Math.sqrt(x) : 0;
}

/** Ω(β12) = X/(1 − e^{−X}), X = 2π α_D q²_charge/β12 (eq. 3.12); Ω → 1 for α_D → 0. */
export function sommerfeldFactor(beta12: number, alphaD: number, charge = 1): number {
  if (!(beta12 > 0)) return Infinity;
  const X = (2 * Math.PI * alphaD * charge * charge) / beta12;
  if (X === 0) return 1;
  return X / -Math.expm1(-X);
}

/** F2 of eq. (3.16) (complex), paper normalisation (Pauli form factor / 2m̂_Q), above threshold ŝ > 4m̂_Q². */
export function darkPauliF2(sHat: number, mHat: number, alphaD: number): { re: number; im: number } {
  const r = sHat * (sHat - 4 * mHat * mHat);
  if (!(r > 0) || !(mHat > 0)) return { re: 0, im: 0 };
  const sq = Math.sqrt(r);
  const arg = (2 * mHat * mHat - sHat + sq) / (2 * mHat * mHat); // negative above threshold
  const pre = ((alphaD / (2 * Math.PI)) * mHat) / sq;
  return { re: pre * Math.log(Math.abs(arg)), im: arg < 0 ? pre * Math.PI : 0 };
}

/** Δ_M of eq. (3.15). */
export function dipoleCorrection(sHat: number, mHat: number, alphaD: number): number {
  const F = darkPauliF2(sHat, mHat, alphaD);
  return 4 * mHat * F.re + ((F.re * F.re + F.im * F.im) * (sHat + 8 * mHat * mHat)) / 3;
}

function checkOptions(o: DarkDipoleOptions, mQ: number): void {
  if (o.sommerfeld && o.velocity === 'relative' && o.dipole && mQ > 0) {
    throw new EmissError(
      'the dark magnetic-dipole correction together with the relativistic Sommerfeld factor diverges at the Q Q̄ threshold (Coulomb term counted twice); use sommerfeld with the paper velocity (eq. 3.13 as printed) or switch one of them off',
    );
  }
}

/**
 * The α_D-independent kernel of eq. (3.6) per generation and per α_D/Λ²: K(q²) = dΓ/dq² × Λ²/α_D [GeV⁻²·GeV²],
 * without the Sommerfeld factor and without Δ_M.
 */
function kernelParts(mB: number, mM: number, mQ: number, q2: number, fT: number): { a: number; b: number } {
  // dΓ/dq² = (1/m_B²) dΓ/dŝ = α_D m_B³ /(32π² Λ² m_B²) ū (λ̂(1+Δ) − ū²/3) fT²/(1+m̂_K)² ; returns the λ̂ and ū²/3 parts
  const lam = lambdaBM(mB, mM, q2) / mB ** 4;
  const b2 = 1 - (4 * mQ * mQ) / q2;
  if (!(b2 > 0)) return { a: 0, b: 0 };
  const u = Math.sqrt(lam * b2);
  const pre = (mB * fT * fT) / (32 * Math.PI * Math.PI * (1 + mM / mB) ** 2);
  return { a: pre * u * lam, b: (pre * u * u * u) / 3 };
}

/** dΓ/dq²(B → M Q Q̄) summed over N_Q generations, GeV⁻¹ (per GeV² of q²). */
export function bToKQQDensity(
  mode: MediatorMode,
  ps: ParameterSet,
  q2: number,
  p: { Lambda: number; alphaD: number; mQ: number; NQ: number },
  opts: DarkDipoleOptions = DEFAULT_DIPOLE_OPTIONS,
): number {
  if (mode.kind !== 'P') throw new EmissError(`B → M Q Q̄ is implemented for pseudoscalar M (got ${mode.label})`);
  checkOptions(opts, p.mQ);
  const { mB, mM } = modeMasses(mode, ps);
  if (!(q2 > 4 * p.mQ * p.mQ && q2 < (mB - mM) ** 2)) return 0;
  const fT = formFactorsAt(mode, ps, q2)[FT];
  const { a, b } = kernelParts(mB, mM, p.mQ, q2, fT);
  const sHat = q2 / (mB * mB);
  const dM = opts.dipole ? dipoleCorrection(sHat, p.mQ / mB, p.alphaD) : 0;
  const sf = opts.sommerfeld ? sommerfeldFactor(sommerfeldBeta12(q2, p.mQ, opts.velocity), p.alphaD) : 1;
  return ((p.NQ * p.alphaD) / (p.Lambda * p.Lambda)) * sf * (a * (1 + dM) - b);
}

/**
 * A prepared q² integral of B → M Q Q̄ for fixed (parameter point, m_Q): nodes, weights and the α_D-independent
 * kernel parts, so BR(α_D, Λ, N_Q) costs one pass over the nodes (the Sommerfeld factor depends on α_D).
 */
export interface KQQKernel {
  readonly mode: MediatorMode;
  readonly mQ: number;
  readonly tau: number;
  readonly q2: Float64Array;
  readonly w: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly sHat: Float64Array;
  readonly mHat: number;
}

export const KQQ_NODES = 64;

export function prepareKQQKernel(mode: MediatorMode, ps: ParameterSet, mQ: number, q2min?: number, q2max?: number, nodes = KQQ_NODES): KQQKernel {
  if (mode.kind !== 'P') throw new EmissError(`B → M Q Q̄ is implemented for pseudoscalar M (got ${mode.label})`);
  if (!(mQ >= 0)) throw new EmissError(`dark-fermion mass m_Q must be ≥ 0 (got ${mQ})`);
  const { mB, mM, tauB } = modeMasses(mode, ps);
  const top = (mB - mM) ** 2;
  const lo = Math.max(4 * mQ * mQ, q2min ?? 0);
  const hi = Math.min(top, q2max ?? top);
  const n = hi > lo ? nodes : 0;
  const rule = n ? endpointRuleOn(lo, hi, n) : { nodes: new Float64Array(0), weights: new Float64Array(0) };
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const sHat = new Float64Array(n);
  const ff = new Float64Array(7);
  for (let i = 0; i < n; i++) {
    const q2 = rule.nodes[i];
    const fT = formFactorsAt(mode, ps, q2, ff)[FT];
    const k = kernelParts(mB, mM, mQ, q2, fT);
    a[i] = k.a;
    b[i] = k.b;
    sHat[i] = q2 / (mB * mB);
  }
  return { mode, mQ, tau: lifetimeInvGeV(tauB), q2: Float64Array.from(rule.nodes), w: Float64Array.from(rule.weights), a, b, sHat, mHat: mQ / mB };
}

/** BR(B → M Q Q̄) summed over N_Q generations from a prepared kernel. */
export function kqqBR(k: KQQKernel, p: { Lambda: number; alphaD: number; NQ: number }, opts: DarkDipoleOptions = DEFAULT_DIPOLE_OPTIONS): number {
  checkOptions(opts, k.mQ);
  if (!(p.Lambda > 0)) throw new EmissError(`Λ must be positive (got ${p.Lambda})`);
  if (!(p.alphaD >= 0)) throw new EmissError(`α_D must be ≥ 0 (got ${p.alphaD})`);
  let s = 0;
  for (let i = 0; i < k.q2.length; i++) {
    const dM = opts.dipole ? dipoleCorrection(k.sHat[i], k.mHat, p.alphaD) : 0;
    const sf = opts.sommerfeld ? sommerfeldFactor(sommerfeldBeta12(k.q2[i], k.mQ, opts.velocity), p.alphaD) : 1;
    s += k.w[i] * sf * (k.a[i] * (1 + dM) - k.b[i]);
  }
  return ((k.tau * p.NQ * p.alphaD) / (p.Lambda * p.Lambda)) * s;
}

export type DipoleNormalisation = 'lagrangian' | 'paper';

/** Γ(B → V γ_D) with T1(0) given, eq. (4.4) ('paper', 32π) or from the Lagrangian (2.1) ('lagrangian', 8π). */
export function bToVGammaDWidthFromT1(mB: number, mV: number, T1: number, Lambda: number, norm: DipoleNormalisation = 'lagrangian'): number {
  if (!(Lambda > 0)) throw new EmissError(`Λ must be positive (got ${Lambda})`);
  const r = 1 - (mV * mV) / (mB * mB);
  return (mB ** 3 * T1 * T1 * r ** 3) / ((norm === 'paper' ? 32 : 8) * Math.PI * Lambda * Lambda);
}

/** T1(0) of the mode's transition in the parameter set. */
export function t1AtZero(mode: MediatorMode, ps: ParameterSet): number {
  if (mode.kind !== 'V') throw new EmissError(`T1 needs a vector meson (got ${mode.label})`);
  return formFactorsAt(mode, ps, 0)[IT1];
}

export function bToVGammaDBR(mode: MediatorMode, ps: ParameterSet, Lambda: number, opts: { T1?: number; norm?: DipoleNormalisation } = {}): number {
  const { mB, mM, tauB } = modeMasses(mode, ps);
  const T1 = opts.T1 ?? t1AtZero(mode, ps);
  return lifetimeInvGeV(tauB) * bToVGammaDWidthFromT1(mB, mM, T1, Lambda, opts.norm ?? 'lagrangian');
}

/** C_K*φ of eq. (6.6). */
export function cKstarPhi(ps: ParameterSet): number {
  const mB = param(ps, 'm_B0');
  const mBs = param(ps, 'm_Bs');
  const mK = param(ps, 'm_K*0');
  const mphi = param(ps, 'm_phi');
  return (
    (param(ps, 'tau_B0') / param(ps, 'tau_Bs')) *
    (mB / mBs) ** 3 *
    ((1 - (mK * mK) / (mB * mB)) / (1 - (mphi * mphi) / (mBs * mBs))) ** 3
  );
}

/** BR(B_s → φ γ_D) from BR(B0 → K*0 γ_D) and the measured R_K*φ (eqs. 6.3–6.6). */
export function bsToPhiGammaDFromRatio(brKstar: number, RKphi: number, deltaWA: number): number {
  if (!(RKphi > 0)) throw new EmissError(`R_K*φ must be positive (got ${RKphi})`);
  return (brKstar * (1 + deltaWA)) / RKphi;
}

/** Monochromatic missing energy of B → V γ_D in the B rest frame. */
export function gammaDMissingEnergy(mode: MediatorMode, ps: ParameterSet): number {
  const { mB, mM } = modeMasses(mode, ps);
  return (mB * mB - mM * mM) / (2 * mB);
}

/**
 * Cosmology and dark-matter searches of the massive-dark-photon model (paper 002 §III.B–C, eqs. 47–55, Fig. 3):
 * freeze-out of the Majorana DM ψ through ψψ → φφ (dark Higgs), the dark-Higgs lifetime and the BBN bound,
 * direct detection on nuclei and electrons, DM self-interactions. Natural units (GeV); cross sections in GeV⁻²
 * unless a function says cm² (or cm²/g).
 *
 * Model (paper 002 eqs. 36–37): U(1)_X broken by ⟨φ⟩ = v_φ/√2 with charges Q_φ = −2, Q_χ = 1, so
 * m_X = |Q_φ| g_X v_φ = 2 g_X v_φ; ψ = χ_R + χ_R^c, m_DM = y_R v_φ/√2, and L ⊃ −(y_R/2√2) ψ̄ψ φ, i.e. the Majorana
 * Yukawa λ ψ̄ψ φ/2 with λ = y_R/√2 = m_DM/v_φ = 2 g_X m_DM/m_X.
 *
 * ψψ → φφ (t- and u-channel ψ exchange; eq. 47), leading order in 1/x, x = m_DM/T, y = m_φ²/m_DM²:
 *   ⟨σ v_Møl⟩ = b/x,   b = 64π α_X² m_DM² (9 − 8y + 2y²) √(1 − y) / (m_X⁴ (2 − y)⁴).
 * Equivalently b = λ⁴ (9 − 8y + 2y²)√(1 − y)/(4π m_DM² (2 − y)⁴). The test computes the spin-summed Majorana
 * amplitude with explicit Dirac traces, takes σ v_Møl = b_r v_rel² at small velocity (v_rel = 2|p|/E in the CM
 * frame) and finds b = 6 b_r (⟨v_rel²⟩ = 6/x) equal to eq. (47) for every y: the printed formula is right.
 * The freeze-out uses this ⟨σv⟩(x) in src/cosmo/freeze-out.ts (self-conjugate, g = 2).
 *
 * Eq. (48), the paper's approximation, is Ω h² ≈ 0.1 (0.5 GeV/m_DM)² (0.002/α_X)². Solving the Boltzmann
 * equation with eq. (47) gives Ω h² ≈ 0.0044 at that point (m_φ → 0): the printed normalisation (and the blue
 * bands of Fig. 3) correspond to a cross section about 39 times smaller than eq. (47) — see the report.
 *
 * Dark Higgs (eq. 49, mixing angle θ with the SM Higgs):
 *   Γ(φ → e⁺e⁻) = √2 G_F m_e² m_φ sin²θ (1 − 4m_e²/m_φ²)^{3/2} / (8π);
 * BBN: τ_φ ≤ 0.1 s; NA62 (K⁺ → π⁺ + inv, refs. [60, 61]): sin θ ≤ 1.3·10⁻⁴ → lower bound on m_φ.
 *
 * Direct detection (eqs. 50–54): X couples to quarks through b_u, b_d (eq. 51, ε_Z ≃ ε tan θ_W), nucleons
 * b_p = 2b_u + b_d, b_n = 2b_d + b_u, nucleus b_N = Z b_p + (A − Z) b_n;
 *   σ_N = 2α_X b_N² v² x_N² x_DM² (x_N² + 2x_N x_DM + 3x_DM²) / (m_X² (x_N + x_DM)⁴),  x_i = m_i/m_X   (eq. 52),
 *   σ_N ≃ 8π α_X Z² ε² α m_DM² v²/m_X⁴  (x_N ≫ x_DM, b_N → Z e ε)                                  (eq. 53),
 *   σ_e: eq. (52) with b_N → −ε e, m_N → m_e;  ≃ 24π α_X α ε² m_e² v²/m_X⁴  (x_e ≪ x_DM)               (eq. 54).
 * e = √(4πα(0)), as for the dark-photon couplings of src/processes/mediators/dark-photon.ts.
 *
 * Self-interaction (eq. 55): σ_SI/m_DM = 16π α_X² v² x (3 − 20x² + 40x⁴)/(m_X³ (1 − 4x²)²), x = m_DM/m_X.
 */
import { EmissError } from '../../core/errors.js';
import { GEV_IN_GRAM, GEV_M2_TO_CM2, HBAR_GEV_S, KM_PER_S_IN_C, OMEGA_CDM_H2 } from '../../cosmo/constants.js';
import { solveFreezeOut, type FreezeOutResult } from '../../cosmo/freeze-out.js';
import type { ThermalHistory } from '../../cosmo/thermal-history.js';
import { brent } from '../../numerics/roots.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';
import { darkPhotonEW } from '../../processes/mediators/dark-photon.js';

export interface DarkPhotonRelicPoint {
  /** dark fine-structure constant α_X */
  readonly alphaX: number;
  /** Majorana DM mass [GeV] */
  readonly mDM: number;
  /** dark-photon mass [GeV] */
  readonly mX: number;
  /** dark-Higgs mass [GeV] (< m_DM for ψψ → φφ to be open at rest) */
  readonly mphi: number;
}

function checkPoint(p: DarkPhotonRelicPoint): void {
  if (!(p.alphaX > 0) || !Number.isFinite(p.alphaX)) throw new EmissError(`α_X must be positive (got ${p.alphaX})`);
  if (!(p.mDM > 0)) throw new EmissError(`m_DM must be positive (got ${p.mDM})`);
  if (!(p.mX > 0)) throw new EmissError(`m_X must be positive (got ${p.mX})`);
  if (!(p.mphi >= 0)) throw new EmissError(`m_phi must be ≥ 0 (got ${p.mphi})`);
  if (!(p.mphi < p.mDM)) throw new EmissError(`ψψ → φφ needs m_phi < m_DM (got m_phi = ${p.mphi}, m_DM = ${p.mDM} GeV): eq. (47) is the leading term in T/m_DM of an open channel`);
}

/** b of eq. (47): ⟨σ v_Møl⟩ = b/x [GeV⁻²]. */
export function psiPsiToPhiPhiB(p: DarkPhotonRelicPoint): number {
  checkPoint(p);
  const y = (p.mphi * p.mphi) / (p.mDM * p.mDM);
  return (64 * Math.PI * p.alphaX ** 2 * p.mDM ** 2 * (9 - 8 * y + 2 * y * y) * Math.sqrt(1 - y)) / (p.mX ** 4 * (2 - y) ** 4);
}

/** Eq. (48): Ω h² ≈ 0.1 (0.5 GeV/m_DM)² (0.002/α_X)². */
export function omegaEq48(mDM: number, alphaX: number): number {
  if (!(mDM > 0) || !(alphaX > 0)) throw new EmissError('eq. (48) needs m_DM > 0 and α_X > 0');
  return 0.1 * (0.5 / mDM) ** 2 * (0.002 / alphaX) ** 2;
}

/** α_X of eq. (48) for a target Ω h² (default 0.12). */
export function alphaXEq48(mDM: number, omega = OMEGA_CDM_H2): number {
  return 0.002 * (0.5 / mDM) * Math.sqrt(0.1 / omega);
}

export interface DarkPhotonRelicOptions {
  readonly history?: ThermalHistory;
  /** multiplies eq. (47) (to quantify readings of the paper); default 1 */
  readonly crossSectionScale?: number;
}

/** Full freeze-out solution with eq. (47) (Majorana ψ: self-conjugate, g = 2). */
export function darkPhotonRelic(p: DarkPhotonRelicPoint, opts: DarkPhotonRelicOptions = {}): FreezeOutResult {
  const b = psiPsiToPhiPhiB(p) * (opts.crossSectionScale ?? 1);
  return solveFreezeOut({ mass: p.mDM, g: 2, sigmaV: (x) => b / x, history: opts.history });
}

/** α_X for which the full solution gives Ω h² = omega (default 0.12). */
export function alphaXForOmega(mDM: number, mX: number, mphi: number, omega = OMEGA_CDM_H2, opts: DarkPhotonRelicOptions = {}): number {
  const f = (lg: number) => Math.log(darkPhotonRelic({ alphaX: 10 ** lg, mDM, mX, mphi }, opts).omegaH2 / omega);
  return 10 ** brent(f, -9, 1, 1e-9);
}

// ---------------------------------------------------------------- dark Higgs (eq. 49)

/** Γ(φ → e⁺e⁻) [GeV] of eq. (49). */
export function darkHiggsWidthEE(mphi: number, sinTheta: number, ps: ParameterSet): number {
  if (!(mphi > 0)) throw new EmissError(`dark-Higgs mass must be positive (got ${mphi})`);
  const me = param(ps, 'm_e');
  const r = 1 - (4 * me * me) / (mphi * mphi);
  if (!(r > 0)) return 0;
  return (Math.SQRT2 * param(ps, 'GF') * me * me * mphi * sinTheta * sinTheta * r ** 1.5) / (8 * Math.PI);
}

/** τ_φ [s] from eq. (49) (e⁺e⁻ the only channel); Infinity below threshold. */
export function darkHiggsLifetime(mphi: number, sinTheta: number, ps: ParameterSet): number {
  const w = darkHiggsWidthEE(mphi, sinTheta, ps);
  return w > 0 ? HBAR_GEV_S / w : Infinity;
}

/** The smallest m_φ with τ_φ ≤ tauMax at sin θ = sinThetaMax (paper: 0.1 s and 1.3·10⁻⁴). */
export function darkHiggsMinimumMass(ps: ParameterSet, tauMax = 0.1, sinThetaMax = 1.3e-4): number {
  const me = param(ps, 'm_e');
  const f = (m: number) => Math.log(darkHiggsLifetime(m, sinThetaMax, ps) / tauMax);
  const lo = 2 * me * (1 + 1e-9);
  const hi = 10;
  if (f(hi) > 0) throw new EmissError(`no dark-Higgs mass below 10 GeV decays within ${tauMax} s at sin θ = ${sinThetaMax}`);
  return brent(f, lo, hi, 1e-14);
}

// ---------------------------------------------------------------- direct detection (eqs. 50–54)

export interface NucleonCouplings {
  readonly bu: number;
  readonly bd: number;
  readonly bp: number;
  readonly bn: number;
}

/** b_u, b_d of eq. (51) and b_p = 2b_u + b_d, b_n = 2b_d + b_u. */
export function darkPhotonNucleonCouplings(eps: number, epsZ: number, ps: ParameterSet): NucleonCouplings {
  const { e, g, sw2, cw } = darkPhotonEW(ps);
  const z = (g / (2 * cw)) * epsZ;
  const bu = e * eps * (2 / 3) + z * (0.5 - 2 * (2 / 3) * sw2);
  const bd = e * eps * (-1 / 3) + z * (-0.5 - 2 * (-1 / 3) * sw2);
  return { bu, bd, bp: 2 * bu + bd, bn: 2 * bd + bu };
}

/** b_N = Z b_p + (A − Z) b_n. */
export function nucleusCoupling(c: NucleonCouplings, Z: number, A: number): number {
  if (!(Number.isInteger(Z) && Number.isInteger(A) && Z >= 0 && A >= Z && A >= 1)) throw new EmissError(`nucleus needs integers 0 ≤ Z ≤ A, A ≥ 1 (got Z = ${Z}, A = ${A})`);
  return Z * c.bp + (A - Z) * c.bn;
}

/** Eq. (52): σ [GeV⁻²] for a target of mass mT with vector coupling bT; v in units of c. */
export function darkPhotonScattering(alphaX: number, bT: number, v: number, mT: number, mDM: number, mX: number): number {
  if (!(mT > 0) || !(mDM > 0) || !(mX > 0)) throw new EmissError('eq. (52) needs positive masses');
  const xN = mT / mX;
  const xD = mDM / mX;
  return (2 * alphaX * bT * bT * v * v * xN * xN * xD * xD * (xN * xN + 2 * xN * xD + 3 * xD * xD)) / (mX * mX * (xN + xD) ** 4);
}

/** Eq. (53): σ_N ≃ 8π α_X Z² ε² α m_DM² v²/m_X⁴ [GeV⁻²]. */
export function darkPhotonNucleusApprox(alphaX: number, Z: number, eps: number, v: number, mDM: number, mX: number, ps: ParameterSet): number {
  const alpha = param(ps, 'alpha_e0');
  return (8 * Math.PI * alphaX * Z * Z * eps * eps * alpha * mDM * mDM * v * v) / mX ** 4;
}

/** Eq. (54): σ_e ≃ 24π α_X α ε² m_e² v²/m_X⁴ [GeV⁻²]. */
export function darkPhotonElectronApprox(alphaX: number, eps: number, v: number, mX: number, ps: ParameterSet): number {
  const alpha = param(ps, 'alpha_e0');
  const me = param(ps, 'm_e');
  return (24 * Math.PI * alphaX * alpha * eps * eps * me * me * v * v) / mX ** 4;
}

/** σ_e from eq. (52) with b_N → −ε e [GeV⁻²]. */
export function darkPhotonElectronScattering(alphaX: number, eps: number, v: number, mDM: number, mX: number, ps: ParameterSet): number {
  const { e } = darkPhotonEW(ps);
  return darkPhotonScattering(alphaX, -eps * e, v, param(ps, 'm_e'), mDM, mX);
}

/** Eq. (55): σ_SI/m_DM [GeV⁻³]; v in units of c. */
export function darkPhotonSelfInteraction(alphaX: number, mDM: number, mX: number, v: number): number {
  const x = mDM / mX;
  if (!(x > 0) || Math.abs(1 - 4 * x * x) < 1e-12) throw new EmissError(`eq. (55) is singular at m_DM = m_X/2 (got m_DM = ${mDM}, m_X = ${mX})`);
  return (16 * Math.PI * alphaX ** 2 * v * v * x * (3 - 20 * x * x + 40 * x ** 4)) / (mX ** 3 * (1 - 4 * x * x) ** 2);
}

/** Unit conversions for the report and CLI. */
export const GEV_M3_TO_CM2_PER_G = GEV_M2_TO_CM2 / GEV_IN_GRAM;
export const toCm2 = (sigmaGeVm2: number): number => sigmaGeVm2 * GEV_M2_TO_CM2;
export const kmPerS = (v: number): number => v * KM_PER_S_IN_C;

/** 1 u in GeV (PDG 2024: 0.93149410372 GeV). Atomic masses: CIAAW standard atomic weights. */
export const ATOMIC_MASS_UNIT_GEV = 0.93149410372;

/** Standard targets: xenon (the PandaX-4T/XENON target of the paper's comparison), argon, germanium, a proton. */
export const DD_TARGETS: Readonly<Record<string, { Z: number; A: number; mass: (ps: ParameterSet) => number; description: string }>> = {
  Xe: { Z: 54, A: 131, mass: () => 131.293 * ATOMIC_MASS_UNIT_GEV, description: 'xenon (A = 131, atomic mass 131.293 u)' },
  Ar: { Z: 18, A: 40, mass: () => 39.948 * ATOMIC_MASS_UNIT_GEV, description: 'argon (A = 40)' },
  Ge: { Z: 32, A: 73, mass: () => 72.63 * ATOMIC_MASS_UNIT_GEV, description: 'germanium (A = 73)' },
  p: { Z: 1, A: 1, mass: (ps) => param(ps, 'm_p'), description: 'proton' },
  n: { Z: 0, A: 1, mass: (ps) => param(ps, 'm_n'), description: 'neutron' },
};

/**
 * B → P ν ν̄ and B → V ν ν̄ with massless neutrinos, for the operators of src/wc/nunu.ts.
 *
 * Amplitude per flavour pair: M = N [C_L ⟨M|q̄γ^μ P_L b|B⟩ + C_R ⟨M|q̄γ^μ P_R b|B⟩] ū γ_μ(1∓γ5) v, with
 * N = (4G_F/√2) λ_t α_e/(4π). Squaring, summing spins and integrating the neutrino angles
 * (⟨L^{μν}⟩ = (8/3)(q^μq^ν − q²g^{μν})) gives, with C± = C_L ± C_R,
 *
 *   dΓ/dq² = |N|² √λ q² / (384 π³ m_B³) · [ ρ_V |C+|² + ρ_A |C−|² ]
 *   B → P:  ρ_V = λ f+² / q²,  ρ_A = 0                                     (only the vector current)
 *   B → V:  ρ_V = 2 λ V²/(m_B+m_V)²,
 *           ρ_A = 2 (m_B+m_V)² A1² + 64 m_B² m_V² A12² / q²            (transverse + longitudinal)
 * λ = λ(m_B², m_M², q²). The longitudinal part ρ_L = 64 m_B² m_V² A12²/q² gives F_L.
 * For B → P this is the textbook |N|² λ^{3/2} f+² |C_L+C_R|² / (384 π³ m_B³) per flavour pair; the
 * primed (right-handed ν) operators give the same with C'±, and do not interfere with the unprimed ones.
 * Paper 003 eq. (11): η = (I_A − I_V)/(I_A + I_V) with I_{V,A} = ∫ √λ q² ρ_{V,A}.
 *
 * The SM adds C_L^SM = −X_t/s_W² on the diagonal, normalised with α_e(M_Z); NP coefficients are normalised
 * with α_NP (preset convention), so C_L^SM enters as −(X_t/s_W²)·α_e(M_Z)/α_NP (flavio CL_SM).
 */
import { EmissError } from '../core/errors.js';
import { abs2 } from '../core/complex.js';
import { lambdaBM, q2Max } from '../core/kinematics.js';
import { lifetimeInvGeV } from '../core/units.js';
import { endpointRuleOn } from '../numerics/gauss-legendre.js';
import { FP, IA1, IA12, IV } from '../hadronic/types.js';
import { alphaE, ckm, param, resolveMass, type ParameterSet } from '../params/parameter-set.js';
import { nunuIndex, NUNU_PACKED_LENGTH } from '../wc/nunu.js';
import type { BNuNuMode } from './nunu-modes.js';

/** Spectral densities (GeV⁰ after the 1/(384π³m_B³) factor: units GeV⁻² of dΓ/dq² per |N|²) at q². */
export interface NuNuDensities {
  readonly v: number;
  readonly a: number;
  /** longitudinal part of a */
  readonly l: number;
}

export interface ModeKinematics {
  readonly mB: number;
  readonly mM: number;
  readonly q2max: number;
}

export function modeKinematics(mode: BNuNuMode, ps: ParameterSet): ModeKinematics {
  const mB = param(ps, `m_${mode.B}`);
  const mM = param(ps, `m_${mode.M}`);
  return { mB, mM, q2max: q2Max(mB, mM) };
}

/** Densities at one q² for the form factors of `ps`; `ff` is scratch space of length ≥ 7. */
export function nunuDensities(mode: BNuNuMode, ps: ParameterSet, q2: number, ff = new Float64Array(7)): NuNuDensities {
  const { mB, mM } = modeKinematics(mode, ps);
  return densitiesAt(mode, ps, mB, mM, q2, ff);
}

function densitiesAt(mode: BNuNuMode, ps: ParameterSet, mB: number, mM: number, q2: number, ff: Float64Array): NuNuDensities {
  const choice = ps.ff[mode.transition];
  if (!choice) throw new EmissError(`no form factors for ${mode.transition} in preset '${ps.preset}'`);
  const zmB = resolveMass(ps, choice.set.zMasses.mB);
  const zmM = resolveMass(ps, choice.set.zMasses.mM);
  choice.set.evaluate(q2, choice.coeffs, zmB, zmM, ff);
  const lam = lambdaBM(mB, mM, q2);
  const pre = (Math.sqrt(lam) * q2) / (384 * Math.PI ** 3 * mB ** 3);
  if (mode.kind === 'P') {
    const fp = ff[FP];
    // √λ q² · λ f+²/q² = λ^{3/2} f+² (finite at q² → 0)
    return { v: (lam ** 1.5 * fp * fp) / (384 * Math.PI ** 3 * mB ** 3), a: 0, l: 0 };
  }
  const V = ff[IV];
  const A1 = ff[IA1];
  const A12 = ff[IA12];
  const s = mB + mM;
  const rv = (2 * lam * V * V) / (s * s);
  const rl = q2 > 0 ? (64 * mB * mB * mM * mM * A12 * A12) / q2 : 0;
  const rt = 2 * s * s * A1 * A1;
  // √λ q² · ρ_L = √λ · 64 m_B² m_V² A12² stays finite at q² → 0
  const l = (Math.sqrt(lam) * 64 * mB * mB * mM * mM * A12 * A12) / (384 * Math.PI ** 3 * mB ** 3);
  return { v: pre * rv, a: pre * rt + (q2 > 0 ? pre * rl : l), l: q2 > 0 ? pre * rl : l };
}

/**
 * Normalisation of a mode at a parameter point: BR = norm · Σ_pairs [I_V |C+|² + I_A |C−|²], with
 * norm = τ_B |N|² × isospin factor, and the SM coefficient in the NP normalisation.
 */
export interface NuNuNormalisation {
  readonly norm: number;
  readonly cSM: number;
}

export function nunuNormalisation(mode: BNuNuMode, ps: ParameterSet): NuNuNormalisation {
  const GF = param(ps, 'GF');
  const alpha = alphaE(ps);
  const c = ckm(ps);
  const lam = mode.sector === 'bs' ? c.VtbVts : c.VtbVtd;
  const N2 = ((4 * GF) / Math.SQRT2) ** 2 * abs2(lam) * (alpha.np / (4 * Math.PI)) ** 2;
  const tau = lifetimeInvGeV(param(ps, `tau_${mode.B}`));
  const cSM = (-param(ps, 'Xt') / param(ps, 's2w')) * (alpha.sm / alpha.np);
  return { norm: tau * N2 * mode.isospin, cSM };
}

/**
 * A prepared rate kernel: the q²-integrals over [q2min, q2max] at one parameter point. Evaluating a branching
 * ratio for any Wilson-coefficient point is then a handful of multiplications (rates are quadratic in C).
 */
export interface NuNuKernel {
  readonly mode: BNuNuMode;
  readonly q2min: number;
  readonly q2max: number;
  readonly norm: number;
  readonly cSM: number;
  readonly iv: number;
  readonly ia: number;
  readonly il: number;
}

/** Default number of nodes of the endpoint-mapped Gauss–Legendre rule (converged to < 1e-12, see tests). */
export const KERNEL_NODES = 40;

export function prepareNuNuKernel(
  mode: BNuNuMode,
  ps: ParameterSet,
  q2min = 0,
  q2maxIn?: number,
  nodes = KERNEL_NODES,
): NuNuKernel {
  const kin = modeKinematics(mode, ps);
  const q2max = q2maxIn ?? kin.q2max;
  // A bin edge up to 0.5 % above the endpoint is accepted and clipped (the rate vanishes there): Monte Carlo
  // draws move the endpoint (m_B − m_M)² by a few 1e-4 while the bin stays where the user put it.
  if (!(q2min >= 0) || !(q2max <= kin.q2max * (1 + 5e-3)) || !(q2max > q2min) || !(q2min < kin.q2max)) {
    throw new EmissError(
      `q² range [${q2min}, ${q2max}] is outside the physical range [0, ${kin.q2max.toFixed(4)}] GeV² of ${mode.label}nunu or empty`,
    );
  }
  const hi = Math.min(q2max, kin.q2max);
  const rule = endpointRuleOn(q2min, hi, nodes);
  const ff = new Float64Array(7);
  let iv = 0;
  let ia = 0;
  let il = 0;
  for (let k = 0; k < rule.nodes.length; k++) {
    const d = densitiesAt(mode, ps, kin.mB, kin.mM, rule.nodes[k], ff);
    iv += rule.weights[k] * d.v;
    ia += rule.weights[k] * d.a;
    il += rule.weights[k] * d.l;
  }
  const { norm, cSM } = nunuNormalisation(mode, ps);
  return { mode, q2min, q2max: hi, norm, cSM, iv, ia, il };
}

/**
 * Σ over the nine flavour pairs of |C+|², |C−|² (unprimed with SM on the diagonal, plus primed),
 * from the packed 72-real layout of src/wc/nunu.ts. Returns [S+, S−].
 */
export function coefficientSums(cSM: number, packed: Float64Array | null): [number, number] {
  if (!packed) return [3 * cSM * cSM, 3 * cSM * cSM];
  let sp = 0;
  let sm = 0;
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      const iL = nunuIndex(0, a, b);
      const iR = nunuIndex(1, a, b);
      const iLp = nunuIndex(2, a, b);
      const iRp = nunuIndex(3, a, b);
      const lr = packed[iL] + (a === b ? cSM : 0);
      const li = packed[iL + 1];
      const rr = packed[iR];
      const ri = packed[iR + 1];
      sp += (lr + rr) ** 2 + (li + ri) ** 2;
      sm += (lr - rr) ** 2 + (li - ri) ** 2;
      const lpr = packed[iLp];
      const lpi = packed[iLp + 1];
      const rpr = packed[iRp];
      const rpi = packed[iRp + 1];
      sp += (lpr + rpr) ** 2 + (lpi + rpi) ** 2;
      sm += (lpr - rpr) ** 2 + (lpi - rpi) ** 2;
    }
  }
  return [sp, sm];
}

/** Branching ratio (integrated over the kernel's q² range) for packed coefficients (null = SM). */
export function kernelBR(k: NuNuKernel, packed: Float64Array | null): number {
  const [sp, sm] = coefficientSums(k.cSM, packed);
  return k.norm * (k.iv * sp + k.ia * sm);
}

/** Longitudinal polarisation fraction over the kernel's range (vector modes). */
export function kernelFL(k: NuNuKernel, packed: Float64Array | null): number {
  const [sp, sm] = coefficientSums(k.cSM, packed);
  const den = k.iv * sp + k.ia * sm;
  return den > 0 ? (k.il * sm) / den : 0;
}

/** dBR/dq² at one q² (GeV⁻²) and, for vector modes, F_L(q²). */
export function differentialBR(
  mode: BNuNuMode,
  ps: ParameterSet,
  q2: number,
  packed: Float64Array | null,
): { dbr: number; fl: number } {
  const kin = modeKinematics(mode, ps);
  if (!(q2 >= 0 && q2 <= kin.q2max)) {
    throw new EmissError(`q² = ${q2} GeV² is outside the physical range [0, ${kin.q2max.toFixed(4)}] of ${mode.label}nunu`);
  }
  const d = densitiesAt(mode, ps, kin.mB, kin.mM, q2, new Float64Array(7));
  const { norm, cSM } = nunuNormalisation(mode, ps);
  const [sp, sm] = coefficientSums(cSM, packed);
  const den = d.v * sp + d.a * sm;
  return { dbr: norm * den, fl: den > 0 ? (d.l * sm) / den : 0 };
}

export const PACKED_LENGTH = NUNU_PACKED_LENGTH;

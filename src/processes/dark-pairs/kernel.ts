/**
 * Branching ratios of M → M' + (dark pair) as quadratic forms in the Wilson coefficients:
 *
 *   BR = S · Σ_ij C̃_i C̃_j* B_ij(m),   B_ij(m) = τ · I · ∫_{q²_lo}^{q²_hi} dq² √λβ/(256π³m_B³) K_ij(q²)
 *
 * (K from densities.ts, τ the lifetime in GeV⁻¹, I the isospin factor of modes.ts, S = symmetryFactor of
 * basis.ts for real/Majorana pairs, C̃ = C except for K_L → π0). The matrices B(m) depend on the dark mass only
 * through the phase space and the lower limit 4m², so a scan over coefficients at fixed mass costs one n × n
 * quadratic form per point, and a mass scan one q² integral per (mode, mass) for all operators of all kinds at
 * once (`integrateDark`).
 *
 * q² integral: composite endpoint-mapped Gauss–Legendre (numerics/gauss-legendre.ts endpointRuleOn). β(q²) has
 * its square-root branch point at 4m²; for m² ≪ q²_max the integrand changes on the scale m² near threshold, so
 * [4m², q²_max] is split at 4m²·4^k (every sub-interval then keeps the nearest singularity at ≥ 1/4 of its length,
 * and 24 nodes per piece give ≲ 1e-12, checked against adaptive quadrature in the tests).
 */
import { EmissError } from '../../core/errors.js';
import { lifetimeInvGeV } from '../../core/units.js';
import { endpointRuleOn } from '../../numerics/gauss-legendre.js';
import { F0, FP, FT, IT1, IT2, IT23, IV } from '../../hadronic/types.js';
import { kpiFormFactorInputs, kpiFormFactors, type KPiFormFactorInputs } from '../../hadronic/k-to-pi.js';
import { param, resolveMass, type ParameterSet } from '../../params/parameter-set.js';
import { quarkMassDifferences } from '../../params/quark-masses.js';
import { DARK_KINDS, darkKindDef, symmetryFactor, type DarkKind } from './basis.js';
import { cmatrix, densityP, densityV, N_OPS, phaseSpaceFactor, quadraticForm, type CMatrix, type HadronicP, type HadronicV } from './densities.js';
import type { DarkMode } from './modes.js';

/** Everything about a mode at one parameter point that does not depend on the dark mass or coefficients. */
export interface DarkModeContext {
  readonly mode: DarkMode;
  readonly mB: number;
  readonly mM: number;
  readonly q2max: number;
  /** τ · isospin factor, GeV⁻¹ */
  readonly norm: number;
  /** m_Q(μ) − m_q(μ) of the equation of motion (basis of Sc) */
  readonly dq: number;
  /** writes the hadronic inputs at q² into hp (P) or hv (V) */
  hadronicAt(q2: number, hp: HadronicP, hv: HadronicV): void;
}

export function prepareDarkMode(mode: DarkMode, ps: ParameterSet): DarkModeContext {
  const mB = param(ps, `m_${mode.parent}`);
  const mM = param(ps, `m_${mode.meson}`);
  const tau = lifetimeInvGeV(param(ps, `tau_${mode.parent}`));
  const qm = quarkMassDifferences(ps);
  const dq = qm[mode.sector];
  const D = mB * mB - mM * mM;
  const ff = new Float64Array(7);
  let hadronicAt: DarkModeContext['hadronicAt'];
  if (mode.ff === 'K->pi') {
    const inp: KPiFormFactorInputs = kpiFormFactorInputs(ps);
    hadronicAt = (q2, hp) => {
      kpiFormFactors(inp, q2, ff);
      hp.fp = ff[FP];
      hp.f0 = ff[F0];
      hp.fT = ff[FT];
      hp.sc = (D * ff[F0]) / dq;
    };
  } else {
    const choice = ps.ff[mode.ff];
    if (!choice) throw new EmissError(`no form factors for ${mode.ff} in preset '${ps.preset}'`);
    const zmB = resolveMass(ps, choice.set.zMasses.mB);
    const zmM = resolveMass(ps, choice.set.zMasses.mM);
    hadronicAt =
      mode.kind === 'P'
        ? (q2, hp) => {
            choice.set.evaluate(q2, choice.coeffs, zmB, zmM, ff);
            hp.fp = ff[FP];
            hp.f0 = ff[F0];
            hp.fT = ff[FT];
            hp.sc = (D * ff[F0]) / dq;
          }
        : (q2, _hp, hv) => {
            choice.set.evaluate(q2, choice.coeffs, zmB, zmM, ff);
            hv.V = ff[IV];
            hv.T1 = ff[IT1];
            hv.T2 = ff[IT2];
            hv.T23 = ff[IT23];
          };
  }
  return { mode, mB, mM, q2max: (mB - mM) ** 2, norm: tau * mode.isospin, dq, hadronicAt };
}

/** Largest dark mass that the mode can produce in pairs: (m_parent − m_meson)/2. */
export function pairThreshold(ctx: DarkModeContext): number {
  return (ctx.mB - ctx.mM) / 2;
}

/** Validates a dark mass for a kind (finite, ≥ 0; > 0 for vectors). Above threshold is allowed here (rate 0). */
export function checkDarkMass(kind: DarkKind, m: number): void {
  const def = darkKindDef(kind);
  if (!Number.isFinite(m)) throw new EmissError(`${def.massKey} must be a finite number (got ${m})`);
  if (m < 0) throw new EmissError(`${def.massKey} must not be negative (got ${m} GeV)`);
  if (kind === 'vector' && m === 0) {
    throw new EmissError('m_X must be > 0: rates of the vector-DM operators grow like 1/m_X⁴ (longitudinal polarisations); use the Λ_eff scaling of paper 003 eq. (21) for light X');
  }
}

/** Nodes and weights of the composite rule on [lo, hi] for threshold 4m² (see header). */
export function thresholdRule(lo: number, hi: number, m: number, nodes = 24): { x: Float64Array; w: Float64Array } {
  const cuts: number[] = [lo];
  const t = 4 * m * m;
  if (t > 0) {
    let p = t * 4;
    while (p < hi) {
      if (p > lo * 1.25 && p < hi / 1.25) cuts.push(p);
      p *= 4;
    }
  }
  cuts.push(hi);
  const n = cuts.length - 1;
  const per = n === 1 ? 2 * nodes : nodes;
  const x = new Float64Array(n * per);
  const w = new Float64Array(n * per);
  for (let i = 0; i < n; i++) {
    const r = endpointRuleOn(cuts[i], cuts[i + 1], per);
    x.set(r.nodes, i * per);
    w.set(r.weights, i * per);
  }
  return { x, w };
}

export type DarkMatrices = Partial<Record<DarkKind, CMatrix>>;

/**
 * B_ij(m) of every requested kind over [q2lo, q2hi] ∩ [4m², q²_max] (BR per C_i C_j*; symmetry factor and K_L
 * projection not included). Above threshold: zero matrices.
 */
export function integrateDark(ctx: DarkModeContext, m: number, kinds: readonly DarkKind[] = DARK_KINDS, q2lo = 0, q2hi?: number, nodes = 24): DarkMatrices {
  for (const k of kinds) checkDarkMass(k, m);
  const out: DarkMatrices = {};
  const tmp: DarkMatrices = {};
  for (const k of kinds) {
    out[k] = cmatrix(N_OPS[k]);
    tmp[k] = cmatrix(N_OPS[k]);
  }
  const hi = Math.min(q2hi ?? ctx.q2max, ctx.q2max);
  const lo = Math.max(q2lo, 4 * m * m);
  if (!(hi > lo)) return out;
  const rule = thresholdRule(lo, hi, m, nodes);
  const hp: HadronicP = { fp: 0, f0: 0, fT: 0, sc: 0 };
  const hv: HadronicV = { V: 0, T1: 0, T2: 0, T23: 0 };
  for (let a = 0; a < rule.x.length; a++) {
    const s = rule.x[a];
    const lam = ctx.mB ** 4 + ctx.mM ** 4 + s * s - 2 * (ctx.mB ** 2 * ctx.mM ** 2 + ctx.mB ** 2 * s + ctx.mM ** 2 * s);
    const f = rule.w[a] * ctx.norm * phaseSpaceFactor(ctx.mB, lam, s, m);
    if (f === 0) continue;
    ctx.hadronicAt(s, hp, hv);
    for (const k of kinds) {
      const K = tmp[k]!;
      if (ctx.mode.kind === 'P') densityP(k, hp, ctx.mB, ctx.mM, s, m, K);
      else densityV(k, hv, ctx.mB, ctx.mM, s, m, K);
      const o = out[k]!;
      for (let i = 0; i < K.length; i++) o[i] += f * K[i];
    }
  }
  return out;
}

/** dBR/dq² per C_i C_j* at one q² (GeV⁻²); zero outside [4m², q²_max]. */
export function differentialDark(ctx: DarkModeContext, kind: DarkKind, m: number, s: number): CMatrix {
  checkDarkMass(kind, m);
  const K = cmatrix(N_OPS[kind]);
  if (!(s > 4 * m * m) || !(s < ctx.q2max)) return K;
  const hp: HadronicP = { fp: 0, f0: 0, fT: 0, sc: 0 };
  const hv: HadronicV = { V: 0, T1: 0, T2: 0, T23: 0 };
  ctx.hadronicAt(s, hp, hv);
  if (ctx.mode.kind === 'P') densityP(kind, hp, ctx.mB, ctx.mM, s, m, K);
  else densityV(kind, hv, ctx.mB, ctx.mM, s, m, K);
  const lam = ctx.mB ** 4 + ctx.mM ** 4 + s * s - 2 * (ctx.mB ** 2 * ctx.mM ** 2 + ctx.mB ** 2 * s + ctx.mM ** 2 * s);
  const f = ctx.norm * phaseSpaceFactor(ctx.mB, lam, s, m);
  for (let i = 0; i < K.length; i++) K[i] *= f;
  return K;
}

/**
 * Coefficients as seen by a mode: checks the self-conjugate restrictions (EmissError for a non-zero coefficient of
 * an operator that vanishes for real/Majorana fields) and applies the K_L projection C̃ = (C + κ C*)/2.
 * `c` and `out`: (re, im) interleaved in operator order.
 */
export function effectiveCoefficients(mode: DarkMode, kind: DarkKind, c: ArrayLike<number>, selfConjugate: boolean, out: Float64Array): Float64Array {
  const def = darkKindDef(kind);
  for (let i = 0; i < def.operators.length; i++) {
    let re = c[2 * i];
    let im = c[2 * i + 1];
    const o = def.operators[i];
    if (selfConjugate && o.vanishesSelfConjugate && (re !== 0 || im !== 0)) {
      throw new EmissError(
        `operator ${o.op} of ${kind} dark matter vanishes for a ${def.natures[1]} ${def.field} (coefficient C${o.op} must be 0; set ${def.selfConjugateKey} = 0 for the ${def.natures[0]} field)`,
      );
    }
    if (mode.cpProjection) {
      // C̃ = (C + κ C*)/2: κ = +1 → Re C, κ = −1 → i Im C
      if (o.cpSign === 1) im = 0;
      else re = 0;
    }
    out[2 * i] = re;
    out[2 * i + 1] = im;
  }
  return out;
}

/** BR (or dBR/dq², for a differential matrix) for coefficients c of one kind. */
export function darkBR(ctx: DarkModeContext, kind: DarkKind, B: CMatrix, c: ArrayLike<number>, selfConjugate: boolean, scratch = new Float64Array(2 * N_OPS[kind])): number {
  const eff = effectiveCoefficients(ctx.mode, kind, c, selfConjugate, scratch);
  return symmetryFactor(selfConjugate) * quadraticForm(B, N_OPS[kind], eff);
}

import { EmissError } from '../core/errors.js';
import { integrateAdaptive } from '../numerics/adaptive.js';
import { solveRodas4 } from '../numerics/ode/rodas4.js';
import type { OdeStats } from '../numerics/ode/types.js';
import { besselK01Into } from '../numerics/special/bessel-k.js';
import { M_PLANCK, M_PLANCK_REDUCED } from './constants.js';
import { omegaH2FromYield } from './relic-density.js';
import { standardModelHistory, type ThermalHistory } from './thermal-history.js';

/**
 * Thermal freeze-out of one species that annihilates into the bath (paper 002 §III.B, the setting of eqs. 47–48):
 *
 *   dY/dx = −κ (1 + δ(T)) s(T) ⟨σv⟩(x) / (H(T) x) · (Y² − Y_eq²),       x = m/T,
 *
 * s = (2π²/45) g_*s T³, H = π √(g_* / 90) T²/M̄_Pl (g_* from energy density), δ = (1/3) d ln g_*s/d ln T,
 * Y_eq = (45/(4π⁴)) (g_Y/g_*s) x² K2(x) (Maxwell–Boltzmann, paper 002 eq. 29). Equivalently
 * dY/dx = −κ √(π/45) g_*^{1/2} M_Pl m ⟨σv⟩/x² (Y² − Y_eq²) with Gondolo–Gelmini's g_*^{1/2}.
 *
 * Conventions:
 * - selfConjugate (default): Majorana fermion or real scalar, dn/dt + 3Hn = −⟨σv⟩(n² − n_eq²), κ = 1, g_Y = g.
 * - selfConjugate = false: a particle χ ≠ χ̄ with no asymmetry; Y counts χ plus χ̄ (g_Y = 2g) and ⟨σv⟩ is the
 *   χχ̄ annihilation cross section, so κ = 1/2.
 * - ⟨σv⟩ is ⟨σ v_Møl⟩ in GeV⁻² as a function of x (see thermal-average.ts for the Gondolo–Gelmini integral and
 *   numerics/interp/log-table.ts to tabulate it first; the right-hand side calls it ~6 times per step).
 *
 * Numerics. The equation is integrated for the deviation D = Y − Y_eq against t = ln x,
 *   dD/dt = x [ −A(x) D (D + 2Y_eq) − dY_eq/dx ],   A = κ(1+δ) s⟨σv⟩/(H x),
 *   dY_eq/dx = Y_eq [ −K1(x)/K2(x) + (1/x) d ln g_*s/d ln T ],
 * with the stiff solver RODAS (numerics/ode/rodas4.ts), analytic ∂f/∂D, errors measured relative to Y = D + Y_eq
 * (not to D) and steps in ln x capped at 0.1. While the species tracks equilibrium D is small and smooth, so the
 * Rosenbrock method keeps its order; integrating Y itself costs ~10–30× more steps at equal accuracy (order
 * reduction of one-stage-order methods on the stiff slow manifold Y ≈ Y_eq(x)). Steps that would make Y < 0 are
 * rejected. Y(xStart) = Y_eq(xStart).
 * Beyond xEnd Y_eq is negligible and dY/dx = −A(x) Y² integrates exactly: 1/Y_∞ = 1/Y(xEnd) + ∫_{xEnd}^∞ A dx
 * (`tail`, on by default; the integral is done in u = 1/x and evaluates the caller's ⟨σv⟩ up to x ~ 10³ xEnd).
 * For s-wave annihilation, stopping at x = 1000 without the tail would overestimate Y_∞ by ~ x_f/1000 ≈ 2 %.
 * Ω h² = m Y_∞ s₀/(ρ_c/h²) (relic-density.ts).
 */
export interface FreezeOutInput {
  /** mass m [GeV] */
  readonly mass: number;
  /** internal degrees of freedom of the particle (2 for a Majorana fermion, 1 for a real scalar) */
  readonly g: number;
  /** ⟨σ v_Møl⟩(x) [GeV⁻²], x = m/T */
  readonly sigmaV: (x: number) => number;
  readonly selfConjugate?: boolean;
  readonly history?: ThermalHistory;
  /** default 1 */
  readonly xStart?: number;
  /** default 1000 */
  readonly xEnd?: number;
  /** relative tolerance on Y of the ODE solver (default 1e-6; the result is typically 10–100× more accurate) */
  readonly rtol?: number;
  /** largest step in ln x (default 0.1) */
  readonly maxStepLnX?: number;
  /** include the (1 + δ) factor from d g_*s/dT (default true) */
  readonly includeDofDerivative?: boolean;
  /** continue the integration analytically from xEnd to ∞ (default true) */
  readonly tail?: boolean;
  /** x values at which to record Y (ascending, inside [xStart, xEnd]) */
  readonly xEval?: readonly number[];
}

export interface FreezeOutResult {
  readonly omegaH2: number;
  /** Y at x → ∞ (or at xEnd if tail = false) */
  readonly yieldInfinity: number;
  /** Y(xEnd) */
  readonly yieldEnd: number;
  /** relative change of Y from xEnd to ∞ (negative) */
  readonly tailCorrection: number;
  /** x where Y − Y_eq = Y_eq (first crossing), by linear interpolation in ln(Y/Y_eq) between steps; NaN if not found */
  readonly xFreezeOut: number;
  readonly xEval: Float64Array;
  readonly yEval: Float64Array;
  readonly stats: OdeStats;
}

interface Rates {
  /** A(x) = κ(1+δ) s⟨σv⟩/(H x) */
  a: number;
  yeq: number;
  /** dY_eq/dx */
  dyeq: number;
}

/** Prepares the right-hand-side coefficients; one closure per solve with its own buffers, no allocation per call. */
function makeRates(input: FreezeOutInput, history: ThermalHistory): (x: number, out: Rates) => void {
  const m = input.mass;
  const kappa = input.selfConjugate === false ? 0.5 : 1;
  const gY = input.selfConjugate === false ? 2 * input.g : input.g;
  const withDelta = input.includeDofDerivative !== false;
  const kb = new Float64Array(2);
  const dof = new Float64Array(3);
  const cEq = (45 * gY) / (4 * Math.PI ** 4);
  const sigmaV = input.sigmaV;
  // the solver asks for the same x several times in a row (error scale, domain check, step callback, next f0):
  // remember the last point
  let lastX = NaN;
  let lastA = 0;
  let lastYeq = 0;
  let lastDyeq = 0;
  return (x, out) => {
    if (x === lastX) {
      out.a = lastA;
      out.yeq = lastYeq;
      out.dyeq = lastDyeq;
      return;
    }
    const T = m / x;
    history.evaluate(T, dof);
    const g = dof[0];
    const gs = dof[1];
    const dlngs = dof[2];
    const delta = withDelta ? dlngs / 3 : 0;
    const s = ((2 * Math.PI * Math.PI) / 45) * gs * T * T * T;
    const H = (Math.PI * Math.sqrt(g / 90) * T * T) / M_PLANCK_REDUCED;
    const sv = sigmaV(x);
    out.a = (kappa * (1 + delta) * s * sv) / (H * x);
    besselK01Into(x, true, kb);
    const k2 = kb[0] + (2 / x) * kb[1];
    const yeq = (cEq / gs) * x * x * k2 * Math.exp(-x);
    out.yeq = yeq;
    out.dyeq = yeq * (-kb[1] / k2 + dlngs / x);
    lastX = x;
    lastA = out.a;
    lastYeq = yeq;
    lastDyeq = out.dyeq;
  };
}

/** Solves the freeze-out Boltzmann equation and returns Ω h² with diagnostics. */
export function solveFreezeOut(input: FreezeOutInput): FreezeOutResult {
  const { mass, g } = input;
  if (!(mass > 0) || !Number.isFinite(mass)) throw new EmissError(`freeze-out: mass must be positive and finite (got ${mass})`);
  if (!(g > 0)) throw new EmissError(`freeze-out: degrees of freedom must be positive (got ${g})`);
  const history = input.history ?? standardModelHistory;
  const xStart = input.xStart ?? 1;
  const xEnd = input.xEnd ?? 1000;
  if (!(xStart > 0 && xEnd > xStart)) throw new EmissError(`freeze-out: need 0 < xStart < xEnd (got ${xStart}, ${xEnd})`);
  const rtol = input.rtol ?? 1e-6;
  const rates = makeRates(input, history);
  const r: Rates = { a: 0, yeq: 0, dyeq: 0 };
  rates(xStart, r);
  if (!(r.a >= 0) || !Number.isFinite(r.a)) throw new EmissError(`freeze-out: ⟨σv⟩(x = ${xStart}) gives a non-finite or negative rate`);

  // t = ln x, D = Y − Y_eq
  const rhs = (t: number, d: Float64Array, f: Float64Array) => {
    const x = Math.exp(t);
    rates(x, r);
    f[0] = x * (-r.a * d[0] * (d[0] + 2 * r.yeq) - r.dyeq);
  };
  const jacobian = (t: number, d: Float64Array, J: Float64Array) => {
    const x = Math.exp(t);
    rates(x, r);
    J[0] = -2 * x * r.a * (d[0] + r.yeq);
  };
  const errorScale = (t: number, d: Float64Array, dNew: Float64Array, sk: Float64Array) => {
    rates(Math.exp(t), r);
    sk[0] = rtol * (Math.max(Math.abs(d[0]), Math.abs(dNew[0])) + r.yeq) + 1e-300;
  };
  const validate = (t: number, dNew: Float64Array) => {
    rates(Math.exp(t), r);
    return dNew[0] + r.yeq >= 0;
  };

  // freeze-out point: first x with D ≥ Y_eq (Y ≥ 2 Y_eq)
  let tPrev = Math.log(xStart);
  let lnRatioPrev = 0;
  let xf = NaN;
  const onStep = (t: number, d: Float64Array) => {
    if (!Number.isNaN(xf)) return;
    rates(Math.exp(t), r);
    const lnRatio = r.yeq > 0 ? Math.log1p(d[0] / r.yeq) : Infinity;
    if (lnRatio >= Math.LN2) {
      const w = Number.isFinite(lnRatio) ? (Math.LN2 - lnRatioPrev) / (lnRatio - lnRatioPrev) : 0;
      xf = Math.exp(tPrev + w * (t - tPrev));
    }
    tPrev = t;
    lnRatioPrev = lnRatio;
  };

  const tEval = input.xEval?.map((x) => Math.log(x));
  const sol = solveRodas4({ rhs, jacobian }, Math.log(xStart), Math.log(xEnd), [0], {
    rtol,
    atol: 0,
    h0: 1e-3,
    hMax: input.maxStepLnX ?? 0.1,
    errorScale,
    validate,
    tEval,
    onStep,
  });
  rates(xEnd, r);
  const yEnd = sol.y[0] + r.yeq;
  let yInf = yEnd;
  if (input.tail !== false && yEnd > 0) {
    // ∫_{xEnd}^∞ A(x) dx = ∫_0^{1/xEnd} A(1/u)/u² du
    const tailInt = integrateAdaptive(
      (u) => {
        rates(1 / u, r);
        return r.a / (u * u);
      },
      0,
      1 / xEnd,
      // the tail is a percent-level correction: 1e-6 on it is ~1e-8 on Y_∞ (the integrand has the kinks of the
      // PCHIP derivative d ln g_*s/d ln T, on which Gauss–Kronrod converges only quadratically)
      { epsrel: 1e-6, limit: 400, strict: false },
    ).value;
    yInf = 1 / (1 / yEnd + tailInt);
  }
  const xs = input.xEval ?? [];
  const yEval = new Float64Array(sol.yEval.length);
  for (let i = 0; i < yEval.length; i++) {
    rates(xs[i], r);
    yEval[i] = sol.yEval[i][0] + r.yeq;
  }
  return {
    omegaH2: omegaH2FromYield(mass, yInf),
    yieldInfinity: yInf,
    yieldEnd: yEnd,
    tailCorrection: yInf / yEnd - 1,
    xFreezeOut: xf,
    xEval: Float64Array.from(xs),
    yEval,
    stats: sol.stats,
  };
}

export interface KolbTurnerInput {
  readonly mass: number;
  readonly g: number;
  /** s-wave coefficient a [GeV⁻²] of ⟨σv⟩ = a + 6b/x */
  readonly a: number;
  /** p-wave coefficient b [GeV⁻²] */
  readonly b?: number;
  readonly history?: ThermalHistory;
}

export interface KolbTurnerResult {
  readonly xFreezeOut: number;
  readonly omegaH2: number;
  /** g_* at freeze-out used in the formula */
  readonly gStar: number;
}

/**
 * The standard approximate solution (Kolb & Turner, "The Early Universe" (1990) §5.2, eqs. 5.44–5.45, in the
 * s + p-wave form of Griest & Seckel / Jungman, Kamionkowski & Griest, Phys. Rep. 267 (1996) 195, eqs. 3.3–3.4):
 *   x_f = ln[0.038 g m M_Pl (a + 6b/x_f)/√(g_* x_f)]   (iterated),
 *   Ω h² = 1.07 × 10⁹ GeV⁻¹ x_f / (M_Pl √g_* (a + 3b/x_f)),
 * with M_Pl the non-reduced Planck mass and g_* taken at T_f = m/x_f. Self-conjugate convention. Good to ~10 %.
 */
export function kolbTurnerEstimate(input: KolbTurnerInput): KolbTurnerResult {
  const { mass, g, a } = input;
  const b = input.b ?? 0;
  const history = input.history ?? standardModelHistory;
  if (!(mass > 0) || !(g > 0) || !(a >= 0) || !(b >= 0) || !(a + b > 0)) {
    throw new EmissError(`Kolb–Turner estimate needs m, g > 0 and a, b ≥ 0 not both zero (got m = ${mass}, g = ${g}, a = ${a}, b = ${b})`);
  }
  let xf = 20;
  let gs = history.gStar(mass / xf);
  for (let it = 0; it < 100; it++) {
    gs = history.gStar(mass / xf);
    const arg = (0.038 * g * mass * M_PLANCK * (a + (6 * b) / xf)) / Math.sqrt(gs * xf);
    if (!(arg > 1)) throw new EmissError('Kolb–Turner estimate: annihilation too weak for freeze-out from equilibrium');
    const next = Math.log(arg);
    if (Math.abs(next - xf) < 1e-10 * xf) {
      xf = next;
      break;
    }
    xf = next;
  }
  gs = history.gStar(mass / xf);
  const omegaH2 = (1.07e9 * xf) / (M_PLANCK * Math.sqrt(gs) * (a + (3 * b) / xf));
  return { xFreezeOut: xf, omegaH2, gStar: gs };
}

import { EmissError } from '../core/errors.js';
import { integrateAdaptive } from '../numerics/adaptive.js';
import { besselK01Into } from '../numerics/special/bessel-k.js';
import { ZETA3 } from './constants.js';
import type { ThermalHistory } from './thermal-history.js';

/**
 * Equilibrium number densities and yields at zero chemical potential (paper 002 eq. 29). Natural units: m, T in
 * GeV, n in GeV³; g = internal degrees of freedom (a Dirac fermion has g = 4 when Y counts χ and χ̄ together).
 *
 * Maxwell–Boltzmann (what eq. 29 and the Boltzmann equations of freeze-out/freeze-in use):
 *   n_eq = g m² T K2(m/T) / (2π²)            (→ g T³/π² for m → 0),
 *   Y_eq = n_eq/s = (45/(4π⁴)) (g/g_*s) x² K2(x),   x = m/T                    (paper 002 eq. 29),
 * evaluated through e^x K2(x), so ln Y_eq stays exact for x up to 1e300 (`lnYieldEqMB`) while Y_eq itself
 * underflows to 0 beyond x ≈ 700, as it should.
 *
 * Quantum statistics (Bose–Einstein / Fermi–Dirac):
 *   n_eq = g T³/(2π²) ∫₀^∞ u² du / (e^{√(u²+x²)} ∓ 1),
 * integrated numerically (adaptive Gauss–Kronrod, relative tolerance 1e-12) with the factor e^{−x} taken out.
 * Limits checked in test/cosmo-thermal.test.ts: m → 0 gives ζ(3) g T³/π² (bosons) and (3/4) ζ(3) g T³/π²
 * (fermions); x ≫ 1 approaches Maxwell–Boltzmann; the Bose series Σ_k x² K2(kx)/k.
 */
export type Statistics = 'boltzmann' | 'bose' | 'fermi';

function check(m: number, g: number, T: number): void {
  if (!(m >= 0) || !Number.isFinite(m)) throw new EmissError(`mass must be a finite number ≥ 0 GeV (got ${m})`);
  if (!(g > 0) || !Number.isFinite(g)) throw new EmissError(`degrees of freedom g must be positive (got ${g})`);
  if (!(T > 0) || !Number.isFinite(T)) throw new EmissError(`temperature must be a positive finite number in GeV (got ${T})`);
}

/** x² e^x K2(x) (→ 2 as x → 0), finite for every x ≥ 0. */
export function x2K2Scaled(x: number, buf: Float64Array): number {
  if (x === 0) return 2;
  besselK01Into(x, true, buf);
  return x * x * buf[0] + 2 * x * buf[1];
}

/** ∫₀^∞ u² e^{−(E−x)} / (1 ∓ e^{−E}) du, E = √(u² + x²): n_eq = g T³ e^{−x} I / (2π²). */
function quantumIntegral(x: number, stats: 'bose' | 'fermi'): number {
  const sgn = stats === 'bose' ? -1 : 1;
  const f = (u: number) => {
    const E = Math.sqrt(u * u + x * x);
    const eMinusX = (u * u) / (E + x); // E − x without cancellation
    const denom = sgn < 0 ? -Math.expm1(-E) : 1 + Math.exp(-E);
    return (u * u * Math.exp(-eMinusX)) / denom;
  };
  const uMax = Math.sqrt(140 * x + 4900); // E − x = 70 there: e^{−70} ≈ 4e-31
  // the integrand peaks near u ~ 2 (x ≲ 1) or u ~ √(2x) (x ≫ 1): give the integrator that scale
  const peak = Math.max(2, Math.sqrt(2 * x));
  const bp = [peak, 4 * peak].filter((b) => b < uMax);
  return integrateAdaptive(f, 0, uMax, { epsrel: 1e-12, breakpoints: bp }).value;
}

/** Equilibrium number density n_eq [GeV³]. */
export function numberDensityEq(m: number, g: number, T: number, stats: Statistics = 'boltzmann'): number {
  check(m, g, T);
  const x = m / T;
  if (stats === 'boltzmann') {
    const buf = new Float64Array(2);
    return ((g * T * T * T) / (2 * Math.PI * Math.PI)) * x2K2Scaled(x, buf) * Math.exp(-x);
  }
  if (x === 0) return ((stats === 'bose' ? 1 : 0.75) * ZETA3 * g * T ** 3) / (Math.PI * Math.PI);
  return ((g * T ** 3) / (2 * Math.PI * Math.PI)) * Math.exp(-x) * quantumIntegral(x, stats);
}

/** ln n_eq (Maxwell–Boltzmann), exact for any m/T. */
export function lnNumberDensityEqMB(m: number, g: number, T: number): number {
  check(m, g, T);
  const x = m / T;
  const buf = new Float64Array(2);
  return Math.log((g * T * T * T) / (2 * Math.PI * Math.PI)) + Math.log(x2K2Scaled(x, buf)) - x;
}

/** Y_eq = n_eq/s (paper 002 eq. 29 for Maxwell–Boltzmann). */
export function yieldEq(m: number, g: number, T: number, history: ThermalHistory, stats: Statistics = 'boltzmann'): number {
  const n = numberDensityEq(m, g, T, stats);
  return n / (((2 * Math.PI * Math.PI) / 45) * history.gStarS(T) * T * T * T);
}

/** ln Y_eq (Maxwell–Boltzmann) = ln[(45/(4π⁴)) g/g_*s] + ln(x² e^x K2(x)) − x. */
export function lnYieldEqMB(m: number, g: number, T: number, history: ThermalHistory): number {
  check(m, g, T);
  const x = m / T;
  const buf = new Float64Array(2);
  return Math.log((45 * g) / (4 * Math.PI ** 4 * history.gStarS(T))) + Math.log(x2K2Scaled(x, buf)) - x;
}

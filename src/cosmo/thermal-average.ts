import { EmissError } from '../core/errors.js';
import { integrateAdaptive } from '../numerics/adaptive.js';
import { besselK01Into, besselK1OverK2 } from '../numerics/special/bessel-k.js';

/**
 * Thermal averages in a Maxwell–Boltzmann bath at temperature T (paper 002 eqs. 24–25). Natural units: masses,
 * T, √s in GeV; widths in GeV; cross sections in GeV⁻² (multiply by GEV_M2_TO_CM3_PER_S for cm³/s).
 *
 * Decay (eq. 24):   ⟨Γ⟩ = Γ K1(m/T)/K2(m/T)  (time dilation; → Γ (1 − 3/(2x) + 15/(8x²) − …) for x = m/T ≫ 1,
 *                                             → Γ x/2 for x ≪ 1).
 *
 * Scattering 1 + 2 → anything (eq. 25, Gondolo & Gelmini, Nucl. Phys. B 360 (1991) 145, generalised to
 * unequal masses as in Edsjö & Gondolo 1997):
 *   ⟨σ v_Møl⟩ = 1/(8 T m1² K2(m1/T) m2² K2(m2/T)) ∫_{(m1+m2)²}^∞ ds σ(s) λ(s, m1², m2²)/√s · K1(√s/T),
 * with m² K2(m/T) → 2T² for a massless initial particle (as paper 002 states). v_Møl is the Møller velocity,
 * so ⟨σv⟩ n1 n2 is the reaction rate per volume.
 * Numerics: with √s = m1 + m2 + T u the exponentials combine into e^{−u} exactly,
 *   ⟨σv⟩ = 1/(4 D1 D2) ∫₀^∞ du λ(s) σ(s) e^x K1(w)|_{w=√s/T} e^{−u},  D_i = m_i² e^{x_i} K2(x_i)  (2T² if m_i = 0),
 * so nothing overflows or underflows for x from 1e-3 to 1e5; λ is formed as a product of the four factors
 * T u (2M + T u)(2m1 + T u)(2m2 + T u) without cancellation at threshold. The substitution u = (τ/(1−τ))²
 * makes √(s − s₀) threshold behaviour (s-wave σ ∝ 1/v) analytic in τ; adaptive Gauss–Kronrod does the rest.
 */

function checkMassT(m: number, T: number, what: string): void {
  if (!(m >= 0) || !Number.isFinite(m)) throw new EmissError(`${what}: mass must be finite and ≥ 0 GeV (got ${m})`);
  if (!(T > 0) || !Number.isFinite(T)) throw new EmissError(`${what}: temperature must be positive and finite (got ${T})`);
}

/** ⟨Γ⟩ = Γ K1(m/T)/K2(m/T) (paper 002 eq. 24). For m = 0 the average vanishes (infinite time dilation). */
export function thermalAverageWidth(width: number, m: number, T: number): number {
  checkMassT(m, T, 'thermalAverageWidth');
  if (!(width >= 0) || !Number.isFinite(width)) throw new EmissError(`thermalAverageWidth: width must be finite and ≥ 0 (got ${width})`);
  if (m === 0) return 0;
  return width * besselK1OverK2(m / T);
}

export interface ThermalSigmaVOptions {
  /** relative tolerance of the s-integral (default 1e-10) */
  readonly epsrel?: number;
  /** values of √s [GeV] where σ has structure (resonance peaks, thresholds), passed to the integrator */
  readonly sqrtSBreakpoints?: readonly number[];
}

/** Result with the integration error estimate. */
export interface ThermalSigmaVResult {
  /** ⟨σ v_Møl⟩ [GeV⁻²] */
  readonly value: number;
  readonly error: number;
}

/** m² e^{m/T} K2(m/T), or its m → 0 limit 2T². */
function scaledM2K2(m: number, T: number, buf: Float64Array): number {
  if (m === 0) return 2 * T * T;
  const x = m / T;
  besselK01Into(x, true, buf);
  // m² K2 = m² K0 + 2 m T K1  (K2 = K0 + 2K1/x)
  return m * m * buf[0] + 2 * m * T * buf[1];
}

/**
 * Gondolo–Gelmini thermal average ⟨σ v_Møl⟩ [GeV⁻²] of σ(s) [GeV⁻²] for initial masses m1, m2 at temperature T
 * (paper 002 eq. 25). σ is called with s ≥ (m1 + m2)²; it must be finite there.
 */
export function thermalAverageSigmaVDetailed(
  sigma: (s: number) => number,
  m1: number,
  m2: number,
  T: number,
  opts: ThermalSigmaVOptions = {},
): ThermalSigmaVResult {
  checkMassT(m1, T, 'thermalAverageSigmaV');
  checkMassT(m2, T, 'thermalAverageSigmaV');
  const M = m1 + m2;
  const buf = new Float64Array(2);
  const norm = 1 / (4 * scaledM2K2(m1, T, buf) * scaledM2K2(m2, T, buf));
  const xM = M / T;
  const kb = new Float64Array(2);
  const integrand = (tau: number): number => {
    if (tau >= 1) return 0;
    const r = tau / (1 - tau);
    const u = r * r;
    const dudtau = (2 * tau) / (1 - tau) ** 3;
    const e = Math.exp(-u);
    if (e === 0) return 0;
    const Tu = T * u;
    const sqrtS = M + Tu;
    const s = sqrtS * sqrtS;
    const lam = Tu * (2 * M + Tu) * (2 * m1 + Tu) * (2 * m2 + Tu);
    const w = xM + u;
    besselK01Into(w, true, kb);
    const sig = sigma(s);
    if (!Number.isFinite(sig)) throw new EmissError(`thermalAverageSigmaV: σ(s = ${s}) = ${sig} is not finite`);
    return lam * sig * kb[1] * e * dudtau;
  };
  const bps = (opts.sqrtSBreakpoints ?? [])
    .filter((q) => q > M)
    .map((q) => {
      const rt = Math.sqrt((q - M) / T);
      return rt / (1 + rt);
    });
  const r = integrateAdaptive(integrand, 0, 1, { epsrel: opts.epsrel ?? 1e-10, breakpoints: bps, limit: 4000 });
  return { value: norm * r.value, error: norm * r.error };
}

/** ⟨σ v_Møl⟩ [GeV⁻²] (paper 002 eq. 25); see thermalAverageSigmaVDetailed. */
export function thermalAverageSigmaV(
  sigma: (s: number) => number,
  m1: number,
  m2: number,
  T: number,
  opts: ThermalSigmaVOptions = {},
): number {
  return thermalAverageSigmaVDetailed(sigma, m1, m2, T, opts).value;
}

import { EmissError } from '../core/errors.js';
import { RHO_CRIT_OVER_H2_GEV_PER_CM3, S0_PER_CM3 } from './constants.js';

/**
 * Present-day relic density from a late-time yield (paper 002 eq. 30):
 *   Ω h² = m Y₀ s₀ / (ρ_c/h²),
 * with s₀ = 2891.2 cm⁻³ and ρ_c/h² = 1.05371 × 10⁻⁵ GeV cm⁻³ (PDG 2024, constants.ts), i.e.
 * Ω h² = 2.7438 × 10⁸ (m/GeV) Y₀. Paper 002 writes the denominator as 3H₀²M̄_Pl²/h², the same quantity.
 * Y₀ is the yield of everything that ends up as dark matter (for a Dirac particle: χ plus χ̄).
 */
export function omegaH2FromYield(mass: number, yield0: number): number {
  if (!(mass > 0) || !Number.isFinite(mass)) throw new EmissError(`relic mass must be positive and finite in GeV (got ${mass})`);
  if (!(yield0 >= 0) || !Number.isFinite(yield0)) throw new EmissError(`relic yield must be finite and ≥ 0 (got ${yield0})`);
  return (mass * yield0 * S0_PER_CM3) / RHO_CRIT_OVER_H2_GEV_PER_CM3;
}

/** The yield that gives Ω h² for mass m: Y₀ = Ω h² (ρ_c/h²)/(m s₀). */
export function yieldFromOmegaH2(mass: number, omegaH2: number): number {
  if (!(mass > 0) || !Number.isFinite(mass)) throw new EmissError(`relic mass must be positive and finite in GeV (got ${mass})`);
  return (omegaH2 * RHO_CRIT_OVER_H2_GEV_PER_CM3) / (mass * S0_PER_CM3);
}

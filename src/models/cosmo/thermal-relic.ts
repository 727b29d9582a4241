/**
 * The "thermal relic cross section": the constant (s-wave) ⟨σv⟩ for which a particle of mass m that freezes out
 * of equilibrium has Ω h² = Ω_target — the curve of Steigman, Dasgupta & Beacom, PRD 86 (2012) 023506
 * [arXiv:1204.3622], Fig. 5, which paper 002 cites (ref. [58]) for its Fig. 3 and paper 001 for "⟨σv⟩ ≃ 2.4·10⁻²⁶
 * cm³/s". Recomputed here with emiss's freeze-out solver (src/cosmo/freeze-out.ts: Saikawa–Shirai g_*(T), the
 * (1 + δ) entropy factor, exact tail), by root finding in ln⟨σv⟩.
 *
 * Conventions: self-conjugate particle (Majorana fermion g = 2, real scalar g = 1) unless `selfConjugate: false`
 * (then ⟨σv⟩ is the χχ̄ cross section and the yield counts χ + χ̄, which needs twice the cross section).
 * SDB quote 2.2·10⁻²⁶ cm³/s above 10 GeV and a maximum of 5.2·10⁻²⁶ near 0.3 GeV for Ω_DM h² = 0.11 (WMAP era);
 * emiss gives 2.30 and 5.00·10⁻²⁶ for 0.11 and 2.10 and 4.56·10⁻²⁶ for Planck's 0.12 (test/cosmo-dark-photon.test.ts).
 */
import { EmissError } from '../../core/errors.js';
import { GEV_M2_TO_CM3_PER_S, OMEGA_CDM_H2 } from '../../cosmo/constants.js';
import { solveFreezeOut } from '../../cosmo/freeze-out.js';
import type { ThermalHistory } from '../../cosmo/thermal-history.js';
import { brent } from '../../numerics/roots.js';

export interface ThermalRelicOptions {
  readonly omega?: number;
  /** internal degrees of freedom (default 2) */
  readonly g?: number;
  readonly selfConjugate?: boolean;
  readonly history?: ThermalHistory;
}

/** s-wave ⟨σv⟩ [cm³/s] giving Ω h² = omega (default 0.12) for mass m [GeV]. */
export function thermalRelicCrossSection(m: number, opts: ThermalRelicOptions = {}): number {
  if (!(m > 0) || !Number.isFinite(m)) throw new EmissError(`mass must be positive (got ${m})`);
  const omega = opts.omega ?? OMEGA_CDM_H2;
  if (!(omega > 0)) throw new EmissError(`target Ω h² must be positive (got ${omega})`);
  const f = (lg: number) =>
    Math.log(
      solveFreezeOut({
        mass: m,
        g: opts.g ?? 2,
        selfConjugate: opts.selfConjugate,
        history: opts.history,
        sigmaV: () => 10 ** lg / GEV_M2_TO_CM3_PER_S,
      }).omegaH2 / omega,
    );
  return 10 ** brent(f, -29, -22, 1e-9);
}

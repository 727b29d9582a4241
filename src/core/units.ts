/** Unit conversions. emiss works in GeV and seconds. */

/** ħ in GeV s (CODATA 2018 exact-derived value, PDG 2024 Table 1.1). */
export const HBAR_GEV_S = 6.582119569e-25;
/** ħc in GeV cm (PDG 2024 Table 1.1). */
export const HBARC_GEV_CM = 1.973269804e-14;
/** 1 ps in s */
export const PS = 1e-12;

/** Lifetime in seconds → width in GeV. */
export function widthFromLifetime(tauSeconds: number): number {
  return HBAR_GEV_S / tauSeconds;
}

/** Lifetime in seconds → lifetime in GeV⁻¹ (what enters BR = Γ·τ). */
export function lifetimeInvGeV(tauSeconds: number): number {
  return tauSeconds / HBAR_GEV_S;
}

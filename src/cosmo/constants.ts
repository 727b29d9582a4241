/**
 * Physical and cosmological constants used by the thermal-cosmology code, natural units (GeV) unless stated.
 * Values: R.L. Workman et al. / S. Navas et al. (Particle Data Group), Phys. Rev. D 110, 030001 (2024),
 * "Physical constants" and "Astrophysical constants and parameters" tables.
 *
 * Conventions fixed here and used everywhere in src/cosmo/:
 * - M_PLANCK is the non-reduced Planck mass G_N^{−1/2}; M_PLANCK_REDUCED = M_PLANCK/√(8π). Paper 002 eq. 26
 *   writes H with the reduced mass (it quotes 2.4e18 GeV); thermal-history.ts uses the equivalent form
 *   H = π √(g_* / 90) T² / M̄_Pl.
 * - Cross sections: the code works in GeV⁻²; ⟨σv⟩ in cm³/s = ⟨σv⟩[GeV⁻²] · (ħc)² · c.
 */

/** Planck mass G_N^{−1/2} [GeV] (PDG 2024: 1.220890(14) × 10¹⁹ GeV). */
export const M_PLANCK = 1.22089e19;
/** Reduced Planck mass M_Pl/√(8π) [GeV] (≈ 2.435323 × 10¹⁸ GeV). */
export const M_PLANCK_REDUCED = M_PLANCK / Math.sqrt(8 * Math.PI);
/** ħc [GeV cm] (PDG 2024: 197.3269804 MeV fm, exact in SI). */
export const HBAR_C_GEV_CM = 1.973269804e-14;
/** speed of light [cm/s] (exact). */
export const C_CM_PER_S = 2.99792458e10;
/** ħ [GeV s] (PDG 2024: 6.582119569 × 10⁻²⁵ GeV s). */
export const HBAR_GEV_S = 6.582119569e-25;
/** 1 GeV⁻² expressed as a velocity-weighted cross section [cm³/s]: (ħc)² c ≈ 1.1673 × 10⁻¹⁷. */
export const GEV_M2_TO_CM3_PER_S = HBAR_C_GEV_CM * HBAR_C_GEV_CM * C_CM_PER_S;
/** 1 GeV⁻² as an area [cm²]: (ħc)² ≈ 3.8938 × 10⁻²⁸. */
export const GEV_M2_TO_CM2 = HBAR_C_GEV_CM * HBAR_C_GEV_CM;

/** 1 GeV/c² in grams (PDG 2024: 1.78266192 × 10⁻²⁴ g), for σ/m in cm²/g (paper 002 eq. 55). */
export const GEV_IN_GRAM = 1.78266192e-24;
/** 1 km/s as a fraction of c, for DM velocities (paper 002 eqs. 52–55 quote 220 and 1000 km/s). */
export const KM_PER_S_IN_C = 1e5 / C_CM_PER_S;

/** Present CMB temperature [K] (PDG 2024: 2.7255(6) K). */
export const T0_KELVIN = 2.7255;
/** Present CMB temperature [GeV]: k_B T0 with k_B = 8.617333262 × 10⁻¹⁴ GeV/K. */
export const T0_GEV = 2.7255 * 8.617333262e-14;
/** Present entropy density s0/k_B [cm⁻³] (PDG 2024: 2891.2 (T/2.7255 K)³ cm⁻³). */
export const S0_PER_CM3 = 2891.2;
/** Critical density over h² [GeV cm⁻³] (PDG 2024: ρ_c = 1.05371(3) × 10⁻⁵ h² GeV cm⁻³). */
export const RHO_CRIT_OVER_H2_GEV_PER_CM3 = 1.05371e-5;
/** Present entropy density [GeV³] = 2891.2 cm⁻³ · (ħc)³ ≈ 2.2215 × 10⁻³⁸ GeV³ (paper 002 quotes 2.22e-38). */
export const S0_GEV3 = S0_PER_CM3 * HBAR_C_GEV_CM ** 3;
/** Cold-dark-matter density Ω_c h² (PDG 2024 table, Planck 2018 TT,TE,EE+lowE+lensing: 0.1200(12)). */
export const OMEGA_CDM_H2 = 0.12;
export const OMEGA_CDM_H2_ERROR = 0.0012;
/** Riemann ζ(3). */
export const ZETA3 = 1.2020569031595942;

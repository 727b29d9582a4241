import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EmissError } from '../src/core/errors.js';
import {
  GEV_M2_TO_CM3_PER_S,
  M_PLANCK,
  M_PLANCK_REDUCED,
  RHO_CRIT_OVER_H2_GEV_PER_CM3,
  S0_GEV3,
  S0_PER_CM3,
  T0_GEV,
  ZETA3,
} from '../src/cosmo/constants.js';
import { SAIKAWA_SHIRAI_SOURCE, SAIKAWA_SHIRAI_TABLE } from '../src/cosmo/dof-saikawa-shirai.js';
import { lnYieldEqMB, numberDensityEq, yieldEq } from '../src/cosmo/equilibrium.js';
import { omegaH2FromYield, yieldFromOmegaH2 } from '../src/cosmo/relic-density.js';
import { thermalAverageSigmaV, thermalAverageSigmaVDetailed, thermalAverageWidth } from '../src/cosmo/thermal-average.js';
import {
  boltzmannDofFactor,
  constantHistory,
  energyDensity,
  entropyDensity,
  gStarHalfEffective,
  hubbleRate,
  standardModelHistory as sm,
} from '../src/cosmo/thermal-history.js';
import { integrateAdaptive } from '../src/numerics/adaptive.js';
import { besselK2, besselKnScaled, besselK2Scaled } from '../src/numerics/special/bessel-k.js';

const rel = (a: number, b: number) => Math.abs(a / b - 1);
const REF = JSON.parse(readFileSync(new URL('./reference/mpmath-values.json', import.meta.url), 'utf8')) as {
  quantum: { x: number; bose: number; fermi: number }[];
  gondoloGelmini: { m1: number; m2: number; T: number; inv_s: number; beta: number }[];
};

describe('Saikawa–Shirai degrees-of-freedom table (data module)', () => {
  const Row = z.tuple([z.number().positive(), z.number().min(3).max(107), z.number().min(3).max(107)]);
  it('is well formed: 528 rows, T increasing by 5 % from 1e-5 to 1.47e6 GeV, with its source', () => {
    z.array(Row).length(528).parse(SAIKAWA_SHIRAI_TABLE);
    for (let i = 1; i < SAIKAWA_SHIRAI_TABLE.length; i++) {
      expect(rel(SAIKAWA_SHIRAI_TABLE[i][0] / SAIKAWA_SHIRAI_TABLE[i - 1][0], 1.05)).toBeLessThan(2e-5);
    }
    expect(SAIKAWA_SHIRAI_TABLE[0][0]).toBe(1e-5);
    expect(SAIKAWA_SHIRAI_TABLE[527][0]).toBe(1.46812e6);
    expect(SAIKAWA_SHIRAI_SOURCE).toMatch(/1803\.01038/);
  });
  it('has the present-day values g_*ρ = 3.383 and g_*s = 3.931 quoted in arXiv:1803.01038', () => {
    expect(sm.gStar(1e-6)).toBeCloseTo(3.383, 3);
    expect(sm.gStarS(1e-6)).toBeCloseTo(3.931, 3);
  });
  it('shows the expected plateaus: ≈ 10.7 between e± annihilation and the QCD crossover, ≈ 81 at 10 GeV, 100–104 above the EW scale', () => {
    expect(sm.gStar(0.005)).toBeCloseTo(10.73, 1);
    expect(sm.gStarS(0.005)).toBeCloseTo(10.73, 1);
    expect(sm.gStar(10)).toBeCloseTo(81, 0);
    expect(sm.gStar(1000)).toBeGreaterThan(103);
    expect(sm.gStar(1000)).toBeLessThan(106.75);
  });
});

describe('thermal history (paper 002 eq. 26)', () => {
  it('reproduces the table at its nodes and stays between neighbouring values (monotone interpolation)', () => {
    for (const [T, g, gs] of SAIKAWA_SHIRAI_TABLE.slice(0, 527)) {
      expect(rel(sm.gStar(T), g)).toBeLessThan(1e-13);
      expect(rel(sm.gStarS(T), gs)).toBeLessThan(1e-13);
    }
    for (let i = 0; i + 1 < SAIKAWA_SHIRAI_TABLE.length; i += 7) {
      const [Ta, ga] = SAIKAWA_SHIRAI_TABLE[i];
      const [Tb, gb] = SAIKAWA_SHIRAI_TABLE[i + 1];
      const g = sm.gStar(Math.sqrt(Ta * Tb));
      expect(g).toBeGreaterThanOrEqual(Math.min(ga, gb) - 1e-12);
      expect(g).toBeLessThanOrEqual(Math.max(ga, gb) + 1e-12);
    }
  });
  it('d ln g_*s/d ln T is the derivative of the interpolant (finite differences) and evaluate() agrees', () => {
    const out = new Float64Array(3);
    for (const T of [3e-4, 0.02, 0.155, 0.9, 150]) {
      const h = 1e-6;
      const fd = (Math.log(sm.gStarS(T * Math.exp(h))) - Math.log(sm.gStarS(T * Math.exp(-h)))) / (2 * h);
      expect(Math.abs(sm.dlnGStarSdlnT(T) - fd)).toBeLessThan(1e-6);
      sm.evaluate(T, out);
      expect(out[0]).toBe(sm.gStar(T));
      expect(out[1]).toBe(sm.gStarS(T));
      expect(rel(out[2], sm.dlnGStarSdlnT(T))).toBeLessThan(1e-12);
    }
    // ∫ d ln g_*s/d ln T d ln T = ln g_*s(T2)/g_*s(T1): the derivative is consistent with the values
    const a = Math.log(2e-5);
    const b = Math.log(1e6);
    const quad = integrateAdaptive((l) => sm.dlnGStarSdlnT(Math.exp(l)), a, b, {
      epsabs: 1e-9,
      epsrel: 0,
      limit: 5000,
      breakpoints: SAIKAWA_SHIRAI_TABLE.map((r) => Math.log(r[0])),
    }).value;
    expect(Math.abs(quad - Math.log(sm.gStarS(1e6) / sm.gStarS(2e-5)))).toBeLessThan(1e-8);
    // the QCD crossover is where g_*s changes fastest
    expect(sm.dlnGStarSdlnT(0.16)).toBeGreaterThan(1);
    expect(boltzmannDofFactor(0.16, sm)).toBeCloseTo(1 + sm.dlnGStarSdlnT(0.16) / 3, 14);
    // outside the table: constant, zero derivative
    expect(sm.gStarS(1e-9)).toBe(sm.gStarS(1e-5));
    expect(sm.dlnGStarSdlnT(1e8)).toBe(0);
  });
  it('H = π √(g_*/90) T²/M̄_Pl equals the textbook 1.66 √g_* T²/M_Pl and the Friedmann rate √(ρ/3)/M̄_Pl', () => {
    for (const T of [1e-3, 0.3, 50]) {
      const H = hubbleRate(T, sm);
      expect(rel(H, (Math.sqrt((4 * Math.PI ** 3) / 45) * Math.sqrt(sm.gStar(T)) * T * T) / M_PLANCK)).toBeLessThan(1e-12);
      expect(rel(H, Math.sqrt(energyDensity(T, sm) / 3) / M_PLANCK_REDUCED)).toBeLessThan(1e-12);
      // paper 002 eq. 26 as printed (g_*s under the root)
      expect(rel(hubbleRate(T, sm, { dof: 'entropy' }), H * Math.sqrt(sm.gStarS(T) / sm.gStar(T)))).toBeLessThan(1e-12);
    }
    // eq. 26 with the paper's M_Pl = 2.4e18 GeV: H(1 GeV) with g = 100 is π/3·√10/2.4e18 GeV
    expect(rel(hubbleRate(1, constantHistory(100)) * M_PLANCK_REDUCED / 2.4e18, ((Math.PI / 3) * Math.sqrt(10)) / 2.4e18)).toBeLessThan(1e-14);
  });
  it('entropy density today from g_*s(T₀) = 3.931 is within 0.6 % of the PDG s₀ = 2891.2 cm⁻³ (which uses 3.909)', () => {
    const s = entropyDensity(T0_GEV, sm);
    expect(rel(S0_GEV3, S0_PER_CM3 * (1.973269804e-14) ** 3)).toBeLessThan(1e-15);
    expect(s / S0_GEV3).toBeGreaterThan(1.004);
    expect(s / S0_GEV3).toBeLessThan(1.007);
    // with 2 + (7/8)·6·(4/11) = 3.909 the PDG number is reproduced to 0.05 %
    expect(rel(entropyDensity(T0_GEV, constantHistory(3.909)), S0_GEV3)).toBeLessThan(5e-4);
  });
  it('g_*^{1/2} (Gondolo–Gelmini) reduces to √g for constant g', () => {
    expect(gStarHalfEffective(1, constantHistory(90))).toBeCloseTo(Math.sqrt(90), 14);
  });
  it('rejects non-positive temperatures', () => {
    expect(() => hubbleRate(0, sm)).toThrow(EmissError);
    expect(() => entropyDensity(-1, sm)).toThrow(EmissError);
    expect(() => constantHistory(0)).toThrow(EmissError);
  });
});

describe('equilibrium densities and yields (paper 002 eq. 29)', () => {
  it('Maxwell–Boltzmann n_eq = g m² T K2(m/T)/(2π²) with the massless limit g T³/π²', () => {
    expect(rel(numberDensityEq(0, 2, 3), (2 * 27) / Math.PI ** 2)).toBeLessThan(1e-15);
    expect(rel(numberDensityEq(1e-9, 2, 3), (2 * 27) / Math.PI ** 2)).toBeLessThan(1e-15);
    expect(rel(numberDensityEq(5, 4, 2), (4 * 25 * 2 * besselK2(2.5)) / (2 * Math.PI ** 2))).toBeLessThan(1e-14);
  });
  it('Y_eq = (45/4π⁴)(g/g_*s) x² K2(x); ln Y_eq stays exact where Y_eq underflows', () => {
    const T = 0.5;
    const x = 7 / T;
    const y = yieldEq(7, 2, T, sm);
    expect(rel(y, ((45 / (4 * Math.PI ** 4)) * (2 / sm.gStarS(T)) * x * x * besselK2(x)))).toBeLessThan(1e-14);
    expect(rel(lnYieldEqMB(7, 2, T, sm), Math.log(y))).toBeLessThan(1e-15);
    const xBig = 5000;
    const lnY = lnYieldEqMB(xBig, 1, 1, sm);
    expect(yieldEq(xBig, 1, 1, sm)).toBe(0);
    const expected = Math.log((45 / (4 * Math.PI ** 4)) / sm.gStarS(1)) + Math.log(xBig * xBig * besselK2Scaled(xBig)) - xBig;
    expect(rel(lnY, expected)).toBeLessThan(1e-15);
  });
  it('Bose–Einstein and Fermi–Dirac densities against mpmath (quadrature at 30 digits) to 1e-11', () => {
    for (const r of REF.quantum) {
      const T = 2;
      const m = r.x * T;
      expect(rel(numberDensityEq(m, 3, T, 'bose'), (3 * T ** 3 * r.bose) / (2 * Math.PI ** 2))).toBeLessThan(1e-11);
      expect(rel(numberDensityEq(m, 3, T, 'fermi'), (3 * T ** 3 * r.fermi) / (2 * Math.PI ** 2))).toBeLessThan(1e-11);
    }
    expect(rel(numberDensityEq(0, 2, 1, 'bose'), (2 * ZETA3) / Math.PI ** 2)).toBeLessThan(1e-15);
    expect(rel(numberDensityEq(0, 2, 1, 'fermi'), (1.5 * ZETA3) / Math.PI ** 2)).toBeLessThan(1e-15);
  });
  it('quantum statistics → Maxwell–Boltzmann for m ≫ T (first correction ± e^{−x}·x²K2(2x)/(2x²K2(x)))', () => {
    for (const x of [20, 50, 300]) {
      const mb = numberDensityEq(x, 1, 1);
      // Bose: Σ_k x² K2(kx)/k = x²K2(x) [1 + K2(2x)/(2K2(x)) + …]
      const corr = (besselKnScaled(2, 2 * x) * Math.exp(-x)) / (2 * besselKnScaled(2, x));
      expect(rel(numberDensityEq(x, 1, 1, 'bose'), mb * (1 + corr))).toBeLessThan(1e-11);
      expect(rel(numberDensityEq(x, 1, 1, 'fermi'), mb * (1 - corr))).toBeLessThan(1e-11);
    }
  });
  it('rejects bad input', () => {
    expect(() => numberDensityEq(-1, 1, 1)).toThrow(EmissError);
    expect(() => numberDensityEq(1, 0, 1)).toThrow(EmissError);
    expect(() => yieldEq(1, 1, 0, sm)).toThrow(EmissError);
  });
});

describe('thermal averages (paper 002 eqs. 24–25)', () => {
  it('⟨Γ⟩ = Γ K1/K2: Γ(1 − 3/2x + 15/8x²) non-relativistically, Γx/2 relativistically, 0 for m = 0', () => {
    expect(rel(thermalAverageWidth(2, 1000, 1), 2 * (1 - 1.5e-3 + 15 / 8e6))).toBeLessThan(1e-8);
    expect(rel(thermalAverageWidth(2, 1e-6, 1), 2 * 0.5e-6)).toBeLessThan(1e-10); // corrections O(x² ln x)
    expect(thermalAverageWidth(2, 0, 1)).toBe(0);
    expect(thermalAverageWidth(1, 1e5, 1)).toBeGreaterThan(0.99998);
  });
  it('constant σ, equal masses: exact ⟨σv⟩ = σ · 4 K3(2x)/(x K2(x)²) for x = m/T from 1e-3 to 1e5, to 1e-13', () => {
    for (const x of [1e-3, 0.01, 0.3, 1, 4, 25, 100, 1000, 1e5]) {
      const exact = (4 * besselKnScaled(3, 2 * x)) / (x * besselKnScaled(2, x) ** 2);
      expect(rel(thermalAverageSigmaV(() => 2.5, 100, 100, 100 / x), 2.5 * exact)).toBeLessThan(1e-13);
    }
  });
  it('limits of the constant-σ average: ⟨σv⟩ → σ (massless, using m²K2 → 2T²) and σ √(16/πx) (non-relativistic)', () => {
    expect(rel(thermalAverageSigmaV(() => 1, 0, 0, 3), 1)).toBeLessThan(1e-13);
    const x = 1e5;
    expect(rel(thermalAverageSigmaV(() => 1, 10, 10, 10 / x), Math.sqrt(16 / (Math.PI * x)))).toBeLessThan(2e-5);
  });
  it('s-wave σ v_lab = a averages to exactly a at every x (Gondolo–Gelmini), p-wave σ v_lab = b v_lab² to 6b/x − 27b/x²', () => {
    // v_lab = √(s(s − 4m²))/(s − 2m²): velocity of one particle in the rest frame of the other.
    // p-wave: Laplace expansion of GG's ε-integral gives ⟨ε⟩ = 3/2x + 9/2x², ⟨ε²⟩ = 15/4x², v_lab² = 4ε(1 − 3ε + …).
    const m = 10;
    const vlab = (s: number) => Math.sqrt(s * (s - 4 * m * m)) / (s - 2 * m * m);
    for (const x of [0.1, 1, 20, 300, 3000]) {
      expect(rel(thermalAverageSigmaV((s) => 3 / vlab(s), m, m, m / x), 3)).toBeLessThan(3e-13);
    }
    for (const x of [300, 1000, 3000]) {
      const pw = thermalAverageSigmaV((s) => 2 * vlab(s), m, m, m / x);
      expect(Math.abs((pw * x) / (6 * 2) - (1 - 4.5 / x))).toBeLessThan(30 / (x * x));
    }
  });
  it('matches paper 002 eq. 25 integrated in s by mpmath (30 digits), equal and unequal masses, to 1e-10', () => {
    for (const r of REF.gondoloGelmini) {
      const beta = r.m1 === r.m2 ? (s: number) => Math.sqrt(1 - (4 * r.m1 * r.m1) / s) : (s: number) => Math.sqrt(1 - (r.m1 + r.m2) ** 2 / s);
      expect(rel(thermalAverageSigmaV((s) => 1 / s, r.m1, r.m2, r.T), r.inv_s)).toBeLessThan(1e-10);
      expect(rel(thermalAverageSigmaV(beta, r.m1, r.m2, r.T), r.beta)).toBeLessThan(1e-10);
    }
  });
  it('one massless initial particle (bg → ba in paper 002): agrees with the small-mass limit', () => {
    const sig = (s: number) => 1e-3 / s;
    const a = thermalAverageSigmaV(sig, 4.18, 0, 2);
    const b = thermalAverageSigmaV(sig, 4.18, 1e-7, 2);
    expect(rel(a, b)).toBeLessThan(1e-9);
  });
  it('resolves a narrow resonance when told where it is (checked against eq. 25 integrated directly in s)', () => {
    const M = 250;
    const G = 0.01;
    const T = 5;
    const m = 100;
    const bw = (s: number) => 1e-6 / ((s - M * M) ** 2 + M * M * G * G);
    const r = thermalAverageSigmaVDetailed(bw, m, m, T, { sqrtSBreakpoints: [M] });
    const f = (s: number) => {
      const q = Math.sqrt(s);
      return ((s * (s - 4 * m * m)) / q) * besselKnScaled(1, q / T) * Math.exp(-(q - 2 * m) / T) * bw(s);
    };
    const direct = integrateAdaptive(f, 4 * m * m, (2 * m + 200 * T) ** 2, { epsrel: 1e-12, breakpoints: [M * M - 1, M * M, M * M + 1], limit: 10000 }).value;
    expect(rel(r.value, direct / (8 * T * m ** 4 * besselK2Scaled(m / T) ** 2))).toBeLessThan(1e-9);
    // the narrow-width approximation misses the non-resonant tail near threshold, which e^{(M − 2m)/T} = e^{10} enhances
    const s = M * M;
    const nwa = (((1e-6 * Math.PI) / (M * G)) * M * (s - 4 * m * m) * besselKnScaled(1, M / T) * Math.exp(-(M - 2 * m) / T)) / (8 * T * m ** 4 * besselK2Scaled(m / T) ** 2);
    expect(r.value / nwa - 1).toBeGreaterThan(0.005);
    expect(r.value / nwa - 1).toBeLessThan(0.02);
  });
  it('cross-section units: 1 GeV⁻² = 1.1673e-17 cm³/s', () => {
    expect(GEV_M2_TO_CM3_PER_S).toBeCloseTo(1.16732e-17, 21);
  });
});

describe('relic density from a yield (paper 002 eq. 30)', () => {
  it('Ω h² = m Y s₀/(ρ_c/h²) = 2.7438e8 (m/GeV) Y, and its inverse', () => {
    expect(omegaH2FromYield(1, 1)).toBeCloseTo(S0_PER_CM3 / RHO_CRIT_OVER_H2_GEV_PER_CM3, 6);
    expect(rel(omegaH2FromYield(1, 1), 2.7438e8)).toBeLessThan(1e-4);
    expect(rel(omegaH2FromYield(3e-3, yieldFromOmegaH2(3e-3, 0.12)), 0.12)).toBeLessThan(1e-15);
    // paper 002 writes the denominator as 3H₀²M̄_Pl²/h² with H₀ = 2.13e-42 h GeV: same number to 0.3 %
    expect(rel((3 * (2.13e-42) ** 2 * M_PLANCK_REDUCED ** 2) / (RHO_CRIT_OVER_H2_GEV_PER_CM3 * 1.973269804e-14 ** 3), 1)).toBeLessThan(5e-3);
    expect(() => omegaH2FromYield(0, 1)).toThrow(EmissError);
  });
});

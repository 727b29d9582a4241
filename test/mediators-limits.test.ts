/**
 * Analytic limits of the mediator formulas: the ALP loop function B(x), the Sommerfeld–Fermi factor and the
 * relative velocity, the narrow-width limit of the Breit–Wigner three-body form (paper 002 eq. 40), and the
 * R-ratio table.
 */
import { describe, expect, it } from 'vitest';
import { alpLoopB } from '../src/processes/mediators/alp-loop.js';
import { sommerfeldBeta12, sommerfeldFactor } from '../src/processes/mediators/massless-dark-photon.js';
import {
  bToMDarkPhotonBreitWigner,
  bToMVectorWidth,
  darkPhotonWidths,
  epsZFromEps,
  gbsEq41,
} from '../src/processes/mediators/dark-photon.js';
import { findMediatorMode } from '../src/processes/mediators/meson-modes.js';
import { rRatio } from '../src/processes/mediators/r-ratio.js';
import { makeParameterSet } from '../src/params/parameter-set.js';

describe('ALP loop function B(x) (paper 002 eq. 6)', () => {
  it('B(0) = 1, B(1) = 1 − π²/4, B → −1/(3x) for x → ∞', () => {
    expect(alpLoopB(0).re).toBe(1);
    expect(alpLoopB(1).re).toBeCloseTo(1 - Math.PI ** 2 / 4, 14);
    expect(Math.abs(alpLoopB(1).im)).toBe(0);
    // arcsin²(u) = u² + u⁴/3 + 8u⁶/45 + …, u = 1/√x  →  B = −1/(3x) − 8/(45x²) + O(x⁻³)
    for (const x of [1e2, 1e3, 1e5]) expect(Math.abs(alpLoopB(x).re / (-1 / (3 * x) - 8 / (45 * x * x)) - 1)).toBeLessThan(2 / (x * x));
    expect(Math.abs(alpLoopB(1e6 * (1 - 1e-9)).re / alpLoopB(1e6 * (1 + 1e-9)).re - 1)).toBeLessThan(1e-6);
  });
  it('x → 0: B → 1 − (x/4)(π + i ln(4/x))² (light fermion), Im B ≠ 0 only below threshold', () => {
    for (const x of [1e-4, 1e-6]) {
      const L = Math.log(4 / x);
      const B = alpLoopB(x);
      expect(B.re).toBeCloseTo(1 - (x / 4) * (Math.PI ** 2 - L * L), 6);
      expect(B.im).toBeCloseTo(-(x / 2) * Math.PI * L, 6);
    }
    expect(Math.abs(alpLoopB(2).im)).toBe(0);
  });
  it('continuous at x = 1 and the imaginary part from the ln branch', () => {
    const a = alpLoopB(1 - 1e-9);
    const b = alpLoopB(1 + 1e-9);
    expect(Math.abs(a.re - b.re)).toBeLessThan(1e-3);
    expect(Math.abs(a.im)).toBeLessThan(1e-3);
    // x = 0.5: f = π/2 + (i/2) ln((1+√0.5)/(1−√0.5))
    const L = Math.log((1 + Math.SQRT1_2) / (1 - Math.SQRT1_2));
    const B = alpLoopB(0.5);
    expect(B.re).toBeCloseTo(1 - 0.5 * (Math.PI ** 2 / 4 - L * L / 4), 12);
    expect(B.im).toBeCloseTo(-0.5 * (Math.PI * L) / 2, 12);
  });
});

describe('Sommerfeld–Fermi factor (paper 000 eqs. 3.12, 3.13)', () => {
  it('Ω → 1 for α_D → 0, Ω → X = 2πα/β for X ≫ 1, Ω = X/(1 − e^{−X})', () => {
    expect(sommerfeldFactor(0.7, 1e-12)).toBeCloseTo(1, 10);
    expect(sommerfeldFactor(0.01, 1) / ((2 * Math.PI) / 0.01)).toBeCloseTo(1, 12);
    const X = (2 * Math.PI * 0.3) / 0.8;
    expect(sommerfeldFactor(0.8, 0.3)).toBeCloseTo(X / (1 - Math.exp(-X)), 14);
    // small X expansion 1 + X/2 + X²/12
    const x = 2 * Math.PI * 1e-6;
    expect(sommerfeldFactor(1, 1e-6)).toBeCloseTo(1 + x / 2 + (x * x) / 12, 14);
  });
  it('relative velocity: 0 at threshold, 2v/(1+v²) in terms of the CM velocity v, → 1 at high q²', () => {
    const m = 0.5;
    expect(sommerfeldBeta12(4 * m * m, m)).toBe(0);
    for (const v of [0.01, 0.3, 0.9]) {
      const q2 = (4 * m * m) / (1 - v * v);
      expect(sommerfeldBeta12(q2, m)).toBeCloseTo((2 * v) / (1 + v * v), 12);
    }
    expect(sommerfeldBeta12(1e6, m)).toBeCloseTo(1, 6);
    // eq. (3.13) as printed stays ≥ √3/2 at threshold
    expect(sommerfeldBeta12(4 * m * m, m, 'paper')).toBeCloseTo(Math.sqrt(3) / 2, 12);
  });
});

describe('dark photon: narrow-width limit of the Breit–Wigner form (paper 002 eq. 40)', () => {
  const ps = makeParameterSet('clms2025');
  const mode = findMediatorMode('B+->K');
  const eps = 10 ** -4.3;
  const g = gbsEq41(ps, epsZFromEps(eps, ps));
  it('→ Γ(B→K X) BR(X→ψψ) as Γ_X → 0, with corrections O(Γ_X/m_X)', () => {
    const diffs: number[] = [];
    for (const aX of [0.3, 0.03, 3e-3, 1e-6]) {
      const p = { mX: 2, eps, epsZ: epsZFromEps(eps, ps), alphaX: aX, mDM: 0.5 };
      const w = darkPhotonWidths(p, ps);
      const narrow = (bToMVectorWidth(mode, ps, g, 4) * w.psipsi) / w.total;
      diffs.push(Math.abs(bToMDarkPhotonBreitWigner(mode, ps, g, p) / narrow - 1));
      expect(diffs.at(-1)!).toBeLessThan(3 * (w.total / 2) + 1e-7);
    }
    expect(diffs[3]).toBeLessThan(1e-6);
    expect(diffs[0]).toBeGreaterThan(diffs[2]);
  });
});

describe('R(√s) table', () => {
  it('tabulated points, linear interpolation, threshold and range', () => {
    expect(rRatio(2)).toBe(2.18);
    expect(rRatio(1.99)).toBe(2.17542);
    expect(rRatio(1.995)).toBeCloseTo((2.17542 + 2.18) / 2, 12);
    expect(rRatio(0.27)).toBe(0);
    expect(() => rRatio(11)).toThrow(/tabulated/);
  });
});

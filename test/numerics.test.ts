import { describe, expect, it } from 'vitest';
import { gaussLegendre, gaussLegendreOn, endpointRuleOn, applyRule } from '../src/numerics/gauss-legendre.js';
import { integrateAdaptive } from '../src/numerics/adaptive.js';
import { brent } from '../src/numerics/roots.js';
import { makeRng } from '../src/numerics/random.js';
import { covarianceRoot, solveLinear } from '../src/numerics/linalg.js';
import { summarize } from '../src/numerics/summary.js';
import { parseComplex, parseReal } from '../src/core/parse-complex.js';
import { EmissError } from '../src/core/errors.js';

describe('Gauss–Legendre', () => {
  it('reproduces tabulated 5-point nodes and weights (Abramowitz & Stegun 25.4.30)', () => {
    const { nodes, weights } = gaussLegendre(5);
    expect(nodes[4]).toBeCloseTo(0.906179845938664, 14);
    expect(nodes[3]).toBeCloseTo(0.538469310105683, 14);
    expect(nodes[2]).toBe(0);
    expect(weights[4]).toBeCloseTo(0.236926885056189, 14);
    expect(weights[2]).toBeCloseTo(0.568888888888889, 14);
  });
  it('integrates polynomials of degree 2n−1 exactly', () => {
    for (const n of [1, 2, 3, 7, 20, 64]) {
      const r = gaussLegendreOn(-0.3, 2.1, n);
      const deg = 2 * n - 1;
      const exact = (2.1 ** (deg + 1) - (-0.3) ** (deg + 1)) / (deg + 1);
      expect(applyRule(r, (x) => x ** deg) / exact).toBeCloseTo(1, 11);
    }
  });
  it('endpoint rule converges exponentially for (b−x)^{3/2} √(x−a)', () => {
    // ∫_0^1 x^{1/2} (1−x)^{3/2} dx = B(3/2, 5/2) = π/16
    const f = (x: number) => Math.sqrt(x) * (1 - x) ** 1.5;
    expect(applyRule(endpointRuleOn(0, 1, 24), f)).toBeCloseTo(Math.PI / 16, 14);
    // the plain rule is far worse at the same order
    expect(Math.abs(applyRule(gaussLegendreOn(0, 1, 24), f) - Math.PI / 16)).toBeGreaterThan(1e-7);
  });
});

describe('adaptive Gauss–Kronrod', () => {
  it('integrates a narrow Breit–Wigner to 1e-10', () => {
    const m = 2;
    const g = 1e-4;
    const f = (x: number) => g / Math.PI / ((x - m) ** 2 + g * g);
    const exact = (Math.atan((5 - m) / g) - Math.atan((0 - m) / g)) / Math.PI;
    const r = integrateAdaptive(f, 0, 5, { epsrel: 1e-12, breakpoints: [m] });
    expect(r.value / exact).toBeCloseTo(1, 10);
  });
  it('handles integrable endpoint singularities: ∫_0^1 ln(x) dx = −1', () => {
    expect(integrateAdaptive((x) => Math.log(x), 0, 1, { epsrel: 1e-10 }).value).toBeCloseTo(-1, 9);
  });
  it('reverses the sign for b < a', () => {
    expect(integrateAdaptive((x) => x, 1, 0).value).toBeCloseTo(-0.5, 14);
  });
  it('fails loudly instead of returning garbage', () => {
    expect(() => integrateAdaptive(() => NaN, 0, 1)).toThrow(EmissError);
  });
});

describe('Brent root finding', () => {
  it('finds √2 and cos x = x (Dottie number 0.7390851332151607)', () => {
    expect(brent((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 14);
    expect(brent((x) => Math.cos(x) - x, 0, 1)).toBeCloseTo(0.7390851332151607, 14);
  });
  it('rejects an unbracketed interval', () => {
    expect(() => brent((x) => x * x + 1, -1, 1)).toThrow(EmissError);
  });
});

describe('seeded random numbers', () => {
  it('is reproducible and has the right first two moments', () => {
    const a = makeRng(7);
    const b = makeRng(7);
    const xs = Array.from({ length: 200000 }, () => a.normal());
    const ys = Array.from({ length: 200000 }, () => b.normal());
    expect(xs).toEqual(ys);
    const s = summarize(xs);
    expect(Math.abs(s.mean)).toBeLessThan(5 / Math.sqrt(200000));
    expect(s.std).toBeCloseTo(1, 2);
    // 68.27 % interval of N(0,1) is ±1
    expect(s.interval68[0]).toBeCloseTo(-1, 1);
    expect(s.interval68[1]).toBeCloseTo(1, 1);
  });
});

describe('linear algebra', () => {
  it('covariance root reproduces C for a positive definite matrix and a rank-deficient one', () => {
    for (const C of [
      [
        [4, 2, 0.4],
        [2, 3, 0.5],
        [0.4, 0.5, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
    ]) {
      const L = covarianceRoot(C);
      for (let i = 0; i < C.length; i++)
        for (let j = 0; j < C.length; j++) {
          let s = 0;
          for (let k = 0; k < C.length; k++) s += L[i][k] * L[j][k];
          expect(s).toBeCloseTo(C[i][j], 12);
        }
    }
  });
  it('solves a linear system', () => {
    const x = solveLinear(
      [
        [2, 1, -1],
        [-3, -1, 2],
        [-2, 1, 2],
      ],
      [8, -11, -3],
    );
    expect(x[0]).toBeCloseTo(2, 12);
    expect(x[1]).toBeCloseTo(3, 12);
    expect(x[2]).toBeCloseTo(-1, 12);
  });
});

describe('number parsing', () => {
  it('reads real and complex values as the CLI documents', () => {
    expect(parseComplex('2.5')).toEqual({ re: 2.5, im: 0 });
    expect(parseComplex('-1e-3')).toEqual({ re: -1e-3, im: 0 });
    expect(parseComplex('1.2+0.4i')).toEqual({ re: 1.2, im: 0.4 });
    expect(parseComplex('1.2-0.4j')).toEqual({ re: 1.2, im: -0.4 });
    expect(parseComplex('-i')).toEqual({ re: 0, im: -1 });
    expect(parseComplex('3e2i')).toEqual({ re: 0, im: 300 });
    expect(parseComplex('1e-2-2e-3i')).toEqual({ re: 1e-2, im: -2e-3 });
    for (const bad of ['', 'abc', '1+', '1..2', 'NaN', '1+2', 'inf']) expect(() => parseComplex(bad)).toThrow(EmissError);
    expect(() => parseReal('1e999')).toThrow(EmissError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  additiveCoefficients,
  additiveShift,
  multiplicativeFactor,
  multiplicativeTerm,
  type AdditiveCode,
  type MultiplicativeCode,
} from '../src/stats/histfactory/interpolation.js';
import { buildModel, loadWorkspace } from '../src/stats/histfactory/index.js';
import { solveLinear } from '../src/numerics/linalg.js';
import { makeRng } from '../src/numerics/random.js';
import { EmissError } from '../src/core/errors.js';

// Independent scalar implementations written from the definitions (CERN-OPEN-2012-016 and pyhf's docstrings of
// interpolators/code*.py, whose `_slow_code*` classes are pyhf's own reference implementations).
function slowAdditive(code: AdditiveCode, down: number, nom: number, up: number, a: number): number {
  const du = up - nom;
  const dd = nom - down;
  if (code === 'code0') return a > 0 ? du * a : dd * a;
  if (code === 'code2') {
    const A = 0.5 * (up + down) - nom;
    const B = 0.5 * (up - down);
    if (a > 1) return (B + 2 * A) * (a - 1);
    if (a >= -1) return A * a * a + B * a;
    return (B - 2 * A) * (a + 1);
  }
  const S = 0.5 * (du + dd);
  const Aa = 0.0625 * (du - dd);
  if (a > 1) return du * a;
  if (a < -1) return dd * a;
  return a * (S + a * Aa * (15 + a * a * (-10 + a * a * 3)));
}

/** code4 coefficients by solving the 6×6 matching conditions of pyhf's code4 docstring (α₀ = 1). */
function code4Coefficients(lo: number, hi: number): number[] {
  const A = [
    [1, 1, 1, 1, 1, 1],
    [-1, 1, -1, 1, -1, 1],
    [1, 2, 3, 4, 5, 6],
    [1, -2, 3, -4, 5, -6],
    [0, 2, 6, 12, 20, 30],
    [0, 2, -6, 12, -20, 30],
  ];
  const b = [hi - 1, lo - 1, Math.log(hi) * hi, -Math.log(lo) * lo, Math.log(hi) ** 2 * hi, Math.log(lo) ** 2 * lo];
  return solveLinear(A, b);
}

function slowMultiplicative(code: MultiplicativeCode, lo: number, hi: number, a: number): number {
  if (code === 'code1') return a > 0 ? hi ** a : lo ** -a;
  if (a >= 1) return hi ** a;
  if (a <= -1) return lo ** -a;
  const c = code4Coefficients(lo, hi);
  let v = 1;
  for (let i = 0; i < 6; i++) v += c[i] * a ** (i + 1);
  return v;
}

const ALPHAS = [-3.2, -2, -1.5, -1, -0.999, -0.7, -0.3, -1e-9, 0, 1e-9, 0.25, 0.5, 0.999, 1, 1.001, 1.7, 2.5, 4];

describe('additive interpolation codes (histosys)', () => {
  const rng = makeRng(11);
  const cases = Array.from({ length: 40 }, () => {
    const nom = 1 + 100 * rng.uniform();
    return [nom * (0.6 + 0.5 * rng.uniform()), nom, nom * (0.9 + 0.5 * rng.uniform())] as const;
  });
  for (const code of ['code0', 'code2', 'code4p'] as const) {
    it(`${code} matches the definition everywhere, including the break points`, () => {
      for (const [down, nom, up] of cases) {
        for (const a of ALPHAS) {
          const ref = slowAdditive(code, down, nom, up, a);
          expect(Math.abs(additiveShift(code, a, down, nom, up) - ref)).toBeLessThan(1e-12 * nom);
        }
      }
    });
    it(`${code}: the derivative matches finite differences away from break points`, () => {
      const c = new Float64Array(4);
      for (const [down, nom, up] of cases.slice(0, 10)) {
        for (const a of [-2.5, -0.6, -0.2, 0.3, 0.8, 1.6]) {
          additiveCoefficients(code, a, c);
          const S = 0.5 * (up - down);
          const A = 0.0625 * (up - nom - (nom - down));
          const h = 1e-6;
          const fd = (additiveShift(code, a + h, down, nom, up) - additiveShift(code, a - h, down, nom, up)) / (2 * h);
          expect(c[2] * S + c[3] * A).toBeCloseTo(fd, 6);
        }
      }
    });
  }
  it('code4p is continuous with continuous first derivative at ±1; pyhf code2 jumps at ±1', () => {
    const [down, nom, up] = [8, 10, 13];
    for (const a of [-1, 1]) {
      const e = 1e-9;
      expect(additiveShift('code4p', a + e, down, nom, up)).toBeCloseTo(additiveShift('code4p', a - e, down, nom, up), 7);
      // pyhf's code2 omits the ±δ offsets of ROOT outside [−1, 1]
      expect(Math.abs(additiveShift('code2', a + e, down, nom, up) - additiveShift('code2', a - e, down, nom, up))).toBeGreaterThan(1);
    }
  });
});

describe('multiplicative interpolation codes (normsys)', () => {
  const pairs: [number, number][] = [
    [0.9, 1.1],
    [0.5, 1.5],
    [1.15, 0.9],
    [0.7, 1.2],
    [0.98, 1.3],
  ];
  for (const code of ['code1', 'code4'] as const) {
    it(`${code} matches the definition (code4 coefficients from solving the matching conditions)`, () => {
      const out = new Float64Array(2);
      for (const [lo, hi] of pairs) {
        const t = multiplicativeTerm(code, lo, hi, 'test');
        for (const a of ALPHAS) {
          multiplicativeFactor(t, a, out);
          expect(out[0]).toBeCloseTo(slowMultiplicative(code, lo, hi, a), 12);
        }
        for (const a of [-2.2, -0.6, -0.1, 0.2, 0.7, 1.9]) {
          const h = 1e-6;
          const o1 = new Float64Array(2);
          const o2 = new Float64Array(2);
          multiplicativeFactor(t, a + h, o1);
          multiplicativeFactor(t, a - h, o2);
          multiplicativeFactor(t, a, out);
          expect(out[1]).toBeCloseTo((o1[0] - o2[0]) / (2 * h), 7);
        }
      }
    });
  }
  it('code4 is C² at α = ±1', () => {
    const t = multiplicativeTerm('code4', 0.7, 1.2, 'test');
    const f = (a: number) => {
      const o = new Float64Array(2);
      multiplicativeFactor(t, a, o);
      return o;
    };
    for (const a of [-1, 1]) {
      const e = 1e-7;
      expect(f(a + e)[0]).toBeCloseTo(f(a - e)[0], 6);
      expect(f(a + e)[1]).toBeCloseTo(f(a - e)[1], 5);
      const h = 1e-4;
      const second = (x: number) => (f(x + h)[1] - f(x - h)[1]) / (2 * h);
      expect(second(a + 2 * h)).toBeCloseTo(second(a - 2 * h), 2);
    }
  });
  it('rejects non-positive factors for code4', () => {
    expect(() => multiplicativeTerm('code4', 0, 1.2, 'x')).toThrow(EmissError);
    expect(() => multiplicativeTerm('code1', -0.1, 1.2, 'x')).toThrow(EmissError);
  });
});

describe('the model kernel uses the same formulas', () => {
  const ws = loadWorkspace({
    version: '1.0.0',
    channels: [
      {
        name: 'c',
        samples: [
          {
            name: 's',
            data: [10, 20],
            modifiers: [
              { name: 'h', type: 'histosys', data: { lo_data: [8, 21], hi_data: [13, 19.5] } },
              { name: 'n', type: 'normsys', data: { lo: 0.8, hi: 1.3 } },
            ],
          },
        ],
      },
    ],
    observations: [{ name: 'c', data: [11, 19] }],
    measurements: [{ name: 'm', config: { poi: '', parameters: [] } }],
  });
  for (const normsys of ['code1', 'code4'] as const) {
    for (const histosys of ['code0', 'code2', 'code4p'] as const) {
      it(`normsys ${normsys}, histosys ${histosys}`, () => {
        const model = buildModel(ws, { modifierSettings: { normsys: { interpcode: normsys }, histosys: { interpcode: histosys } } });
        const t = multiplicativeTerm(normsys, 0.8, 1.3, 'n');
        const o = new Float64Array(2);
        for (const ah of ALPHAS) {
          for (const an of [-1.7, -1, -0.4, 0, 0.6, 1, 2.2]) {
            const x = model.parameterVector({ h: ah, n: an });
            const nu = model.expectedActualData(x);
            multiplicativeFactor(t, an, o);
            expect(nu[0]).toBeCloseTo((10 + additiveShift(histosys, ah, 8, 10, 13)) * o[0], 12);
            expect(nu[1]).toBeCloseTo((20 + additiveShift(histosys, ah, 21, 20, 19.5)) * o[0], 12);
          }
        }
      });
    }
  }
  it('modifier settings follow pyhf: defaults code4/code4p, unspecified types fall back to code1/code0', () => {
    expect(buildModel(ws).interpcodes).toEqual({ normsys: 'code4', histosys: 'code4p' });
    expect(buildModel(ws, { modifierSettings: { normsys: { interpcode: 'code4' } } }).interpcodes).toEqual({ normsys: 'code4', histosys: 'code0' });
    expect(buildModel(ws, { modifierSettings: { histosys: { interpcode: '4p' } } }).interpcodes).toEqual({ normsys: 'code1', histosys: 'code4p' });
    expect(() => buildModel(ws, { modifierSettings: { normsys: { interpcode: 'code0' } } })).toThrow(/normsys interpolation must be one of code1, code4/);
    expect(() => buildModel(ws, { modifierSettings: { histosys: { interpcode: 'code7' } } })).toThrow(EmissError);
  });
});

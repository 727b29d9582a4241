import { describe, expect, it } from 'vitest';
import { EmissError } from '../src/core/errors.js';
import { tabulateLogLog } from '../src/numerics/interp/log-table.js';
import { monotoneCubic } from '../src/numerics/interp/monotone-cubic.js';

describe('monotone cubic (PCHIP)', () => {
  // SciPy 1.17.1 scipy.interpolate.PchipInterpolator on the same data (values and first derivatives)
  const x = [0, 1, 2.5, 3, 4, 6, 7.5];
  const y = [0, 0.1, 0.5, 2, 2.1, 2.1, -1];
  const t = [0.3, 1.7, 2.6, 2.99, 3.5, 5, 6.8, 7.5];
  const v = [
    0.01760588235294118, 0.20897737821522985, 0.688970877470356, 1.9962610933122527, 2.077, 2.1, 0.983081481481482,
    -0.9999999999999998,
  ];
  const d = [
    0.08174509803921569, 0.20873698623059234, 3.00165438735178, 0.5296954055335892, 0.09600000000000009, 0, -2.456380952380952,
    -2.9523809523809517,
  ];
  const p = monotoneCubic(x, y);
  it('reproduces SciPy PchipInterpolator values and derivatives to 1e-14', () => {
    t.forEach((ti, i) => {
      expect(Math.abs(p.value(ti) - v[i])).toBeLessThan(1e-14);
      expect(Math.abs(p.derivative(ti) - d[i])).toBeLessThan(1e-13);
    });
  });
  it('interpolates the nodes, keeps monotone pieces monotone and flat pieces flat', () => {
    x.forEach((xi, i) => expect(p.value(xi)).toBeCloseTo(y[i], 15));
    let prev = -Infinity;
    for (let s = 0; s <= 4; s += 0.001) {
      const val = p.value(s);
      expect(val).toBeGreaterThanOrEqual(prev - 1e-15);
      prev = val;
    }
    for (let s = 4; s <= 6; s += 0.01) expect(p.value(s)).toBeCloseTo(2.1, 14);
  });
  it('has a continuous first derivative (also across nodes) that matches finite differences', () => {
    for (const xi of x.slice(1, -1)) expect(Math.abs(p.derivative(xi - 1e-12) - p.derivative(xi + 1e-12))).toBeLessThan(1e-9);
    for (const s of [0.4, 2.7, 5.5]) expect(p.derivative(s)).toBeCloseTo((p.value(s + 1e-6) - p.value(s - 1e-6)) / 2e-6, 7);
  });
  it('extrapolation: clamp (default), linear, throw', () => {
    expect(p.value(-1)).toBe(0);
    expect(p.derivative(10)).toBe(0);
    const lin = monotoneCubic(x, y, { extrapolate: 'linear' });
    expect(lin.value(8.5)).toBeCloseTo(-1 + lin.d[6], 14);
    const thr = monotoneCubic(x, y, { extrapolate: 'throw' });
    expect(() => thr.value(8)).toThrow(EmissError);
  });
  it('rejects unsorted or non-finite data', () => {
    expect(() => monotoneCubic([0, 1, 1], [0, 1, 2])).toThrow(EmissError);
    expect(() => monotoneCubic([0, 1], [0, NaN])).toThrow(EmissError);
    expect(() => monotoneCubic([0], [0])).toThrow(EmissError);
  });
});

describe('log–log tables of rates', () => {
  it('a Boltzmann-suppressed rate x^{3/2} e^{−x} on [1, 1000], tabulated through ln f, to the O(h³) PCHIP accuracy', () => {
    const lnf = (x: number) => 1.5 * Math.log(x) - x;
    const errAt = (points: number) => {
      const tab = tabulateLogLog(lnf, 1, 1000, { points, returnsLog: true });
      let worst = 0;
      for (let x = 1; x < 700; x *= 1.0137) worst = Math.max(worst, Math.abs(Math.log(tab(x)) - lnf(x)));
      return worst;
    };
    const e1 = errAt(241); // 80 points per decade
    const e2 = errAt(481);
    expect(e1).toBeLessThan(2e-4); // measured 1.1e-4 (and 1.7e-5 with 160 points per decade)
    expect(e1 / e2).toBeGreaterThan(6); // third order: ×8 per halving
    expect(tabulateLogLog(lnf, 1, 1000, { returnsLog: true })(999)).toBe(0); // underflows like the function itself
  });
  it('power laws are exact, outside the range it throws unless told to extrapolate', () => {
    const tab = tabulateLogLog((x) => 3 * x ** -2, 0.1, 10, { points: 5 });
    expect(tab(0.37)).toBeCloseTo(3 / 0.37 ** 2, 10);
    expect(() => tab(20)).toThrow(EmissError);
    const ext = tabulateLogLog((x) => 3 * x ** -2, 0.1, 10, { points: 5, extrapolate: 'linear' });
    expect(ext(100) / (3e-4) - 1).toBeLessThan(1e-12);
    expect(() => tabulateLogLog(() => 0, 1, 2)).toThrow(EmissError);
  });
});

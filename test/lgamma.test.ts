import { describe, expect, it } from 'vitest';
import { lgamma } from '../src/numerics/special/lgamma.js';

// scipy.special.gammaln (scipy 1.17.1) at these arguments, printed with repr()
const SCIPY: readonly [number, number][] = [
  [1e-300, 690.7755278982137],
  [1e-8, 18.42068073818021],
  [0.1, 2.252712651734206],
  [0.5, 0.5723649429247],
  [0.999, 0.0005780385328917337],
  [1.001, -0.0005763935982832711],
  [1.5, -0.12078223763524526],
  [2.5, 0.2846828704729192],
  [3.3, 0.9870985778947343],
  [4.5, 2.4537365708424423],
  [7.3, 7.147892523022249],
  [9.999, 12.799575780077413],
  [10.5, 13.940625219403763],
  [12.5, 18.73434751193645],
  [33.3, 82.60372358165493],
  [100, 359.1342053695754],
  [170.5, 704.0044277342047],
  [1000.25, 5906.9472682711175],
  [3099, 21810.248462428935],
  [3099.5, 21814.26783947224],
  [1e5, 1051287.7089736569],
  [1e8, 1742068066.1038349],
  [1e15, 3.3538776394910668e16],
  [-0.5, 1.2655121234846454],
  [-1.5, 0.860047015376481],
  [-2.5, -0.05624371649767401],
  [-10.3, -14.457515440024208],
  [-0.001, 6.908333317515028],
];

describe('lgamma', () => {
  it('agrees with scipy.special.gammaln to 3e-15 absolute below 10 and 4 ulp relative above', () => {
    for (const [x, ref] of SCIPY) {
      const err = Math.abs(lgamma(x) - ref);
      if (Math.abs(x) < 10) expect(err, `x = ${x}`).toBeLessThan(3e-15);
      else expect(err / Math.abs(ref), `x = ${x}`).toBeLessThan(4 * Number.EPSILON);
    }
  });
  it('is exact on factorials: ln Γ(n + 1) = ln n!', () => {
    let f = 1;
    for (let n = 1; n <= 20; n++) {
      f *= n;
      expect(Math.abs(lgamma(n + 1) - Math.log(f))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.log(f));
    }
    expect(lgamma(1)).toBe(0);
    expect(lgamma(2)).toBe(0);
  });
  it('satisfies the recurrence ln Γ(x + 1) = ln Γ(x) + ln x and Γ(1/2) = √π', () => {
    for (const x of [0.3, 1.7, 5.5, 9.5, 9.9999, 10.0001, 42.42, 1234.5]) {
      const tol = 4 * Number.EPSILON * Math.max(1, Math.abs(lgamma(x + 1)));
      expect(Math.abs(lgamma(x + 1) - lgamma(x) - Math.log(x))).toBeLessThan(tol);
    }
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });
  it('has poles at non-positive integers and handles non-finite input', () => {
    expect(lgamma(0)).toBe(Infinity);
    expect(lgamma(-3)).toBe(Infinity);
    expect(lgamma(Infinity)).toBe(Infinity);
    expect(() => lgamma(NaN)).toThrow(/NaN/);
  });
});

import { describe, expect, it } from 'vitest';
import { minimizeBounded } from '../src/numerics/bounded-lbfgs.js';
import { cholesky, choleskyInverse, choleskySolve } from '../src/numerics/cholesky.js';
import { hessianFromGradient } from '../src/numerics/hessian.js';

const rosen = (x: Float64Array, g: Float64Array): number => {
  let f = 0;
  g.fill(0);
  for (let i = 0; i < x.length - 1; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    f += 100 * a * a + b * b;
    g[i] += -400 * x[i] * a - 2 * b;
    g[i + 1] += 200 * a;
  }
  return f;
};

describe('bounded L-BFGS', () => {
  it('minimises the 10-dimensional Rosenbrock function', () => {
    const n = 10;
    const r = minimizeBounded(rosen, new Float64Array(n).fill(-1.2), new Float64Array(n).fill(-5), new Float64Array(n).fill(5), { gtol: 1e-9 });
    expect(r.converged).toBe(true);
    for (const v of r.x) expect(v).toBeCloseTo(1, 6);
  });
  it('stops at active bounds with the KKT conditions satisfied', () => {
    // minimum of Rosenbrock restricted to x ≤ 0.5 componentwise
    const n = 4;
    const upper = new Float64Array(n).fill(0.5);
    const r = minimizeBounded(rosen, new Float64Array(n).fill(0), new Float64Array(n).fill(-2), upper, { gtol: 1e-10 });
    expect(r.projectedGradient).toBeLessThan(1e-8);
    // the last component sits at its bound with a gradient pushing outwards
    expect(r.x[n - 1]).toBeLessThanOrEqual(0.5);
    for (let i = 0; i < n; i++) {
      if (r.x[i] < 0.5 - 1e-9) expect(Math.abs(r.grad[i])).toBeLessThan(1e-6);
      else expect(r.grad[i]).toBeLessThanOrEqual(1e-8);
    }
  });
  it('keeps fixed variables (lower = upper) and honours per-variable scales', () => {
    // badly scaled quadratic: f = Σ (x_i − c_i)² / s_i²
    const s = [1e-3, 1, 1e3];
    const c = [2e-3, -0.5, 700];
    const f = (x: Float64Array, g: Float64Array) => {
      let v = 0;
      for (let i = 0; i < 3; i++) {
        v += ((x[i] - c[i]) / s[i]) ** 2;
        g[i] = (2 * (x[i] - c[i])) / s[i] ** 2;
      }
      return v;
    };
    const r = minimizeBounded(f, [0, 3, 0], [-1, 3, -1e4], [1, 3, 1e4], { scale: s, gtol: 1e-10 });
    expect(r.x[0]).toBeCloseTo(2e-3, 12);
    expect(r.x[1]).toBe(3);
    expect(r.x[2]).toBeCloseTo(700, 6);
  });
});

describe('Cholesky and finite-difference Hessian', () => {
  it('inverts a symmetric positive-definite matrix and solves', () => {
    const A = [
      [4, 2, 0.6],
      [2, 5, 1],
      [0.6, 1, 3],
    ].map((r) => Float64Array.from(r));
    const L = cholesky(A);
    expect(L).not.toBeNull();
    const inv = choleskyInverse(L as Float64Array[]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += A[i][k] * inv[k][j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 14);
      }
    }
    const x = choleskySolve(L as Float64Array[], [1, 2, 3]);
    for (let i = 0; i < 3; i++) expect(A[i][0] * x[0] + A[i][1] * x[1] + A[i][2] * x[2]).toBeCloseTo(i + 1, 13);
    expect(cholesky([Float64Array.from([1, 2]), Float64Array.from([2, 1])])).toBeNull();
  });
  it('differentiates an analytic gradient', () => {
    const H = hessianFromGradient((x, g) => rosen(x, g), [0.3, -0.2, 0.7], [0, 1, 2]);
    // exact: ∂²f/∂x0² = 1200 x0² − 400 x1 + 2, ∂²f/∂x0∂x1 = −400 x0, ∂²f/∂x1² = 202 + 1200 x1² − 400 x2
    expect(H[0][0]).toBeCloseTo(1200 * 0.09 + 80 + 2, 5);
    expect(H[0][1]).toBeCloseTo(-120, 5);
    expect(H[1][1]).toBeCloseTo(202 + 1200 * 0.04 - 280, 5);
    expect(H[2][2]).toBeCloseTo(200, 5);
  });
});

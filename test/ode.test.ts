import { describe, expect, it } from 'vitest';
import { EmissError } from '../src/core/errors.js';
import { luDecompose, luSolve } from '../src/numerics/ode/dense-lu.js';
import { solveDopri5 } from '../src/numerics/ode/dopri5.js';
import { solveRodas4 } from '../src/numerics/ode/rodas4.js';
import type { OdeProblem } from '../src/numerics/ode/types.js';
import { besselK2Scaled } from '../src/numerics/special/bessel-k.js';

const rel = (a: number, b: number) => Math.abs(a / b - 1);

// ---- standard stiff test problems (Hairer & Wanner, Solving ODEs II; Test Set for IVP Solvers, Mazzia et al.)
const robertson: OdeProblem = {
  autonomous: true,
  rhs: (_t, y, f) => {
    f[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
    f[2] = 3e7 * y[1] * y[1];
    f[1] = -f[0] - f[2];
  },
  jacobian: (_t, y, J) => {
    J[0] = -0.04;
    J[1] = 1e4 * y[2];
    J[2] = 1e4 * y[1];
    J[3] = 0.04;
    J[4] = -1e4 * y[2] - 6e7 * y[1];
    J[5] = -1e4 * y[1];
    J[6] = 0;
    J[7] = 6e7 * y[1];
    J[8] = 0;
  },
};
// Test Set for IVP Solvers (Mazzia & Magherini), problem ROBER: RADAU5 with rtol = atol = 1.1e-18 on a Cray C90
const ROBER_1E11 = [0.2083340149701255e-7, 0.8333360770334713e-13, 0.999999979166505];
// SciPy 1.17.1 Radau, rtol 1e-13 (test/refgen/stiff_odes_scipy.py); SciPy's BDF agrees to 1e-12 relative
const ROBER_40 = [0.7158270687194058, 9.185534764557781e-6, 0.28416374574583];

const EPS_VDP = 1e-6; // y1'' = ((1 − y1²) y1' − y1)/ε, the rescaled Van der Pol oscillator with μ = 1/√ε = 1000
const vanDerPol: OdeProblem = {
  autonomous: true,
  rhs: (_t, y, f) => {
    f[0] = y[1];
    f[1] = ((1 - y[0] * y[0]) * y[1] - y[0]) / EPS_VDP;
  },
  jacobian: (_t, y, J) => {
    J[0] = 0;
    J[1] = 1;
    J[2] = (-2 * y[0] * y[1] - 1) / EPS_VDP;
    J[3] = (1 - y[0] * y[0]) / EPS_VDP;
  },
};
// Test Set, problem VDPOL (y0 = (2, 0), t = 2): RADAU with rtol = atol = 1.1e-18
const VDP_2 = [0.1706167732170483e1, -0.8928097010247975];

const hires: OdeProblem = {
  autonomous: true,
  rhs: (_t, y, f) => {
    f[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
    f[1] = 1.71 * y[0] - 8.75 * y[1];
    f[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
    f[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
    f[4] = -1.745 * y[4] + 0.43 * (y[5] + y[6]);
    f[5] = -280 * y[5] * y[7] + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
    f[6] = 280 * y[5] * y[7] - 1.81 * y[6];
    f[7] = -f[6];
  },
};
// Test Set, problem HIRES at t = 321.8122: RADAU5 with rtol = atol = 1.1e-18 on a Cray C90
const HIRES_REF = [
  0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4, 0.1175651343283149e-2, 0.2386356198831331e-2,
  0.6238968252742796e-2, 0.2849998395185769e-2, 0.2850001604814231e-2,
];

describe('RODAS (stiff Rosenbrock 4(3)) on standard stiff problems', () => {
  it('Robertson to t = 40 and t = 1e11 (analytic Jacobian)', () => {
    const a = solveRodas4(robertson, 0, 40, [1, 0, 0], { rtol: 1e-10, atol: [1e-16, 1e-20, 1e-16] });
    for (let i = 0; i < 3; i++) expect(rel(a.y[i], ROBER_40[i])).toBeLessThan(2e-9);
    const b = solveRodas4(robertson, 0, 1e11, [1, 0, 0], { rtol: 1e-8, atol: [1e-14, 1e-20, 1e-14] });
    for (let i = 0; i < 3; i++) expect(rel(b.y[i], ROBER_1E11[i])).toBeLessThan(5e-8);
    // mass conservation y1 + y2 + y3 = 1 holds to rounding (the method conserves linear invariants)
    expect(Math.abs(b.y[0] + b.y[1] + b.y[2] - 1)).toBeLessThan(1e-14);
    expect(b.stats.accepted).toBeLessThan(2000);
    // work: 5 new stages per attempted step, f at every accepted point, plus f(t0) and one for the starting step
    expect(b.stats.rhsEvals).toBe(5 * (b.stats.accepted + b.stats.rejected) + b.stats.accepted + 2);
    expect(b.stats.jacobianEvals).toBe(b.stats.accepted);
  });
  it('Robertson with a finite-difference Jacobian gives the same answer', () => {
    const fd = solveRodas4({ rhs: robertson.rhs, autonomous: true }, 0, 1e11, [1, 0, 0], { rtol: 1e-8, atol: [1e-14, 1e-20, 1e-14] });
    for (let i = 0; i < 3; i++) expect(rel(fd.y[i], ROBER_1E11[i])).toBeLessThan(5e-8);
    expect(fd.stats.rhsEvals).toBeGreaterThan(fd.stats.accepted * 9);
  });
  it('Van der Pol, ε = 1e-6 (μ = 1000), at t = 2', () => {
    const r = solveRodas4(vanDerPol, 0, 2, [2, 0], { rtol: 1e-10, atol: 1e-10 });
    expect(rel(r.y[0], VDP_2[0])).toBeLessThan(1e-10);
    expect(rel(r.y[1], VDP_2[1])).toBeLessThan(2e-10);
    const loose = solveRodas4(vanDerPol, 0, 2, [2, 0], { rtol: 1e-6, atol: 1e-6 });
    expect(rel(loose.y[1], VDP_2[1])).toBeLessThan(1e-5);
    expect(loose.stats.accepted).toBeLessThan(1500);
  });
  it('HIRES at t = 321.8122 (finite-difference Jacobian), error tracks the tolerance', () => {
    for (const [tol, bound] of [
      [1e-6, 5e-6],
      [1e-10, 1e-10],
    ]) {
      const r = solveRodas4(hires, 0, 321.8122, [1, 0, 0, 0, 0, 0, 0, 0.0057], { rtol: tol, atol: tol * 1e-4 });
      let worst = 0;
      for (let i = 0; i < 8; i++) worst = Math.max(worst, rel(r.y[i], HIRES_REF[i]));
      expect(worst).toBeLessThan(bound);
    }
  });
  it('exactly solvable linear system with eigenvalues −1, −1e3, −1e6', () => {
    // A = V diag(λ) V⁻¹ with V = [[1,1,0],[0,1,1],[1,0,1]]; y(t) = V e^{Λt} V⁻¹ y0
    const lam = [-1, -1e3, -1e6];
    const V = [
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
    ];
    const Vi = [
      [0.5, -0.5, 0.5],
      [0.5, 0.5, -0.5],
      [-0.5, 0.5, 0.5],
    ];
    const A = V.map((row, i) => row.map((_, j) => V[i].reduce((s, v, k) => s + v * lam[k] * Vi[k][j], 0)));
    const prob: OdeProblem = {
      autonomous: true,
      rhs: (_t, y, f) => {
        for (let i = 0; i < 3; i++) f[i] = A[i][0] * y[0] + A[i][1] * y[1] + A[i][2] * y[2];
      },
      jacobian: (_t, _y, J) => {
        for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) J[i * 3 + j] = A[i][j];
      },
    };
    const y0 = [1, 2, 4];
    const exact = (t: number) => {
      const c = Vi.map((row) => row.reduce((s, v, k) => s + v * y0[k], 0)).map((ci, k) => ci * Math.exp(lam[k] * t));
      return V.map((row) => row.reduce((s, v, k) => s + v * c[k], 0));
    };
    // atol 1e-12: the middle component decays to rounding level (~1e-15 after J·y with ‖J‖ = 1e6)
    const r = solveRodas4(prob, 0, 5, y0, { rtol: 1e-10, atol: 1e-12, tEval: [1e-4, 0.01, 1] });
    const maxAbsErr = (y: Float64Array, t: number) => {
      const e = exact(t);
      return Math.max(...e.map((v, i) => Math.abs(y[i] - v))) / Math.max(...e.map(Math.abs));
    };
    [1e-4, 0.01, 1].forEach((t, k) => expect(maxAbsErr(r.yEval[k], t)).toBeLessThan(1e-9));
    expect(maxAbsErr(r.y, 5)).toBeLessThan(1e-9);
    // the stiff modes do not limit the step once they have decayed: the last steps are set by e^{−t} alone
    // (h ≈ 0.013 at rtol 1e-10); most of the ~1550 steps resolve the e^{−1000t} mode over 35 e-folds
    expect(r.stats.accepted).toBeLessThan(2000);
    expect(r.stats.rejected).toBeLessThan(10);
  });
  it('Prothero–Robinson y′ = λ(y − sin t) + cos t, λ = −1e6: y = sin t, non-autonomous with numerical ∂f/∂t', () => {
    const prob: OdeProblem = { rhs: (t, y, f) => (f[0] = -1e6 * (y[0] - Math.sin(t)) + Math.cos(t)) };
    const r = solveRodas4(prob, 0, 10, [0], { rtol: 1e-8, atol: 1e-10 });
    expect(Math.abs(r.y[0] - Math.sin(10))).toBeLessThan(1e-8);
  });
  it('freeze-out Riccati model dY/dx = −λ/x² (Y² − Y_eq²) against SciPy Radau/BDF (rtol 1e-13)', () => {
    // test/refgen/stiff_odes_scipy.py: Y_eq = c x² K2(x), c = 45·2/(4π⁴·90), Y(1) = Y_eq(1), value at x = 1000
    const c = 0.0025664955636710844;
    const refs: [number, number][] = [
      [4.3e7, 2.5038582091923153e-7],
      [4.3e11, 4.6278713492913593e-11],
      [4.3e15, 6.825452256655835e-15],
    ];
    for (const [lam, ref] of refs) {
      const yeq = (x: number) => c * x * x * besselK2Scaled(x) * Math.exp(-x);
      const prob: OdeProblem = {
        rhs: (x, y, f) => {
          const e = yeq(x);
          f[0] = (-lam / (x * x)) * (y[0] * y[0] - e * e);
        },
        jacobian: (x, y, J) => {
          J[0] = ((-2 * lam) / (x * x)) * y[0];
        },
      };
      const r = solveRodas4(prob, 1, 1000, [yeq(1)], { rtol: 1e-9, atol: 1e-300 });
      expect(rel(r.y[0], ref)).toBeLessThan(1e-8);
    }
  });
  it('convergence orders: local error O(h⁵) for the solution, O(h⁴) for the embedded formula (coefficient check)', () => {
    const prob: OdeProblem = {
      rhs: (t, y, f) => {
        f[0] = -y[0] * y[0] * Math.cos(t) + y[1];
        f[1] = -y[1] + Math.sin(t) * y[0];
      },
      jacobian: (t, y, J) => {
        J[0] = -2 * y[0] * Math.cos(t);
        J[1] = 1;
        J[2] = Math.sin(t);
        J[3] = -1;
      },
      timeDerivative: (t, y, f) => {
        f[0] = y[0] * y[0] * Math.sin(t);
        f[1] = Math.cos(t) * y[0];
      },
    };
    const errs: number[][] = [];
    for (const h of [0.2, 0.1, 0.05, 0.025]) {
      const ref = solveDopri5(prob, 0.3, 0.3 + h, [1, 0.5], { rtol: 1e-14, atol: 1e-16 }).y;
      const q = solveRodas4(prob, 0.3, 0.3 + h, [1, 0.5], { fixedStep: h });
      errs.push([Math.hypot(q.y[0] - ref[0], q.y[1] - ref[1]), Math.hypot(q.yEmbedded![0] - ref[0], q.yEmbedded![1] - ref[1])]);
    }
    const order = (k: number, c: number) => Math.log2(errs[k - 1][c] / errs[k][c]);
    expect(order(3, 0)).toBeGreaterThan(4.6); // → 5
    expect(order(3, 0)).toBeLessThan(5.5);
    expect(order(3, 1)).toBeGreaterThan(3.7); // → 4
    expect(order(3, 1)).toBeLessThan(4.5);
  });
  it('L-stability: one step of y′ = λy with hλ = −1e12 returns ≈ 0 (R(∞) = 0)', () => {
    const r = solveRodas4({ rhs: (_t, y, f) => (f[0] = -1e12 * y[0]), autonomous: true }, 0, 1, [1], { fixedStep: 1 });
    expect(Math.abs(r.y[0])).toBeLessThan(1e-10);
  });
  it('steps onto output points, reports them in order and calls onStep after every accepted step', () => {
    let calls = 0;
    let lastT = 0;
    const r = solveRodas4(robertson, 0, 100, [1, 0, 0], {
      tEval: [0, 1e-3, 1, 40],
      rtol: 1e-10,
      atol: 1e-16,
      onStep: (t) => {
        expect(t).toBeGreaterThan(lastT);
        lastT = t;
        calls++;
      },
    });
    expect(calls).toBe(r.stats.accepted);
    expect([...r.tEval]).toEqual([0, 1e-3, 1, 40]);
    expect([...r.yEval[0]]).toEqual([1, 0, 0]);
    expect(rel(r.yEval[3][0], ROBER_40[0])).toBeLessThan(2e-9);
  });
  it('integrates backwards in time', () => {
    const r = solveRodas4({ rhs: (_t, y, f) => (f[0] = -y[0]), autonomous: true }, 2, 0, [1], { rtol: 1e-10, atol: 1e-14 });
    expect(rel(r.y[0], Math.exp(2))).toBeLessThan(1e-9);
  });
  it('rejects bad input with EmissError', () => {
    const p: OdeProblem = { rhs: (_t, y, f) => (f[0] = -y[0]) };
    expect(() => solveRodas4(p, 0, 0, [1])).toThrow(EmissError);
    expect(() => solveRodas4(p, 0, 1, [NaN])).toThrow(EmissError);
    expect(() => solveRodas4(p, 0, 1, [1], { rtol: 0 })).toThrow(EmissError);
    expect(() => solveRodas4(p, 0, 1, [1], { tEval: [2] })).toThrow(EmissError);
    expect(() => solveRodas4(p, 0, 1, [1], { atol: -1 })).toThrow(EmissError);
    expect(() => solveRodas4({ rhs: (_t, y, f) => (f[0] = y[0] * y[0]) }, 0, 2, [1], { maxSteps: 200 })).toThrow(EmissError);
  });
});

describe('DOPRI5 (explicit Dormand–Prince 5(4))', () => {
  it('Arenstorf orbit returns to its initial point after one period (Hairer–Nørsett–Wanner I, §II.0)', () => {
    const mu = 0.012277471;
    const mup = 1 - mu;
    const prob: OdeProblem = {
      rhs: (_t, y, f) => {
        const d1 = ((y[0] + mu) ** 2 + y[1] ** 2) ** 1.5;
        const d2 = ((y[0] - mup) ** 2 + y[1] ** 2) ** 1.5;
        f[0] = y[2];
        f[1] = y[3];
        f[2] = y[0] + 2 * y[3] - (mup * (y[0] + mu)) / d1 - (mu * (y[0] - mup)) / d2;
        f[3] = y[1] - 2 * y[2] - (mup * y[1]) / d1 - (mu * y[1]) / d2;
      },
    };
    const T = 17.065216560157964; // 17.0652165601579625588917206249 rounded to double
    const y0 = [0.994, 0, 0, -2.0015851063790824]; // −2.00158510637908252240537862224 rounded
    const r = solveDopri5(prob, 0, T, y0, { rtol: 1e-12, atol: 1e-12 });
    expect(Math.hypot(r.y[0] - y0[0], r.y[1] - y0[1])).toBeLessThan(1e-8);
    expect(r.stats.accepted).toBeLessThan(3000);
  });
  it('harmonic oscillator over 10 periods to 1e-9', () => {
    const r = solveDopri5({ rhs: (_t, y, f) => ((f[0] = y[1]), (f[1] = -y[0])) }, 0, 20 * Math.PI, [1, 0], { rtol: 1e-11, atol: 1e-12 });
    expect(Math.abs(r.y[0] - 1)).toBeLessThan(1e-9);
    expect(Math.abs(r.y[1])).toBeLessThan(1e-9);
  });
  it('convergence orders: local error O(h⁶) (solution) and O(h⁵) (embedded)', () => {
    const prob: OdeProblem = { rhs: (t, y, f) => ((f[0] = -y[0] * y[0] * Math.cos(t) + y[1]), (f[1] = -y[1] + Math.sin(t) * y[0])) };
    const errs: number[][] = [];
    for (const h of [0.2, 0.1, 0.05]) {
      const ref = solveRodas4(prob, 0.3, 0.3 + h, [1, 0.5], { rtol: 1e-14, atol: 1e-16 }).y;
      const q = solveDopri5(prob, 0.3, 0.3 + h, [1, 0.5], { fixedStep: h });
      errs.push([Math.hypot(q.y[0] - ref[0], q.y[1] - ref[1]), Math.hypot(q.yEmbedded![0] - ref[0], q.yEmbedded![1] - ref[1])]);
    }
    // measured 6.51 and 5.36 between h = 0.1 and 0.05 (approaching 6 and 5 from above)
    const order = (k: number, c: number) => Math.log2(errs[k - 1][c] / errs[k][c]);
    expect(order(2, 0)).toBeGreaterThan(5.7);
    expect(order(2, 0)).toBeLessThan(6.8);
    expect(order(2, 1)).toBeGreaterThan(4.7);
    expect(order(2, 1)).toBeLessThan(5.6);
  });
  it('agrees with RODAS on the non-stiff part of the Riccati model and runs out of steps on stiff Robertson', () => {
    expect(() => solveDopri5(robertson, 0, 1e3, [1, 0, 0], { rtol: 1e-6, atol: 1e-12, maxSteps: 2000 })).toThrow(/stiff/);
  });
});

describe('dense LU', () => {
  it('solves a pivoting-requiring system', () => {
    const A = Float64Array.from([0, 2, 1, 1, 1, 1, 2, 1, 0]);
    const piv = new Int32Array(3);
    expect(luDecompose(A, 3, piv)).toBe(true);
    const b = Float64Array.from([5, 4, 4]); // x = (1, 2, 1)
    luSolve(A, 3, piv, b);
    expect([...b].map((v) => Math.round(v * 1e12) / 1e12)).toEqual([1, 2, 1]);
    expect(luDecompose(Float64Array.from([1, 2, 2, 4]), 2, new Int32Array(2))).toBe(false);
  });
});

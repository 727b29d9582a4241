/**
 * Exact extremum of one quadratic function of real coefficients subject to another reaching a value — the
 * "lower bound on R_K*^νν in the region R_K^νν ≥ 3.6" statements of paper 003 (R_K* ≥ 1.47 for the sterile-ν
 * C_L, C_R; ≥ 1.5 for C_R^ττ, C_R^μτ), which a random scan can only approach from above.
 *
 * g(x) = xᵀA_g x + b_g·x (+ const) is minimised on h(x) = xᵀA_h x + b_h·x = c. With A_g positive definite and A_h
 * positive semi-definite (true for R_K* and R_K, which are sums of squares of linear forms), the minimum is a
 * stationary point of the Lagrangian, (A_g − μA_h) x = (μ b_h − b_g)/2, with A_g − μ A_h ⪰ 0, i.e.
 * μ < μ* = 1/ν_max where ν_max is the largest eigenvalue of L⁻¹ A_h L⁻ᵀ (A_g = L Lᵀ); the one-constraint
 * S-lemma makes this the global minimum. We scan μ ∈ (−∞, μ*), solve h(x(μ)) = c by Brent's method on every sign
 * change, and keep the smallest g. The quadratic forms are read off the functions by exact finite differences.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { EmissError } from '../core/errors.js';
import { brent } from '../numerics/roots.js';
import { solveLinear } from '../numerics/linalg.js';

export interface QuadraticForm {
  readonly c0: number;
  readonly b: Float64Array;
  /** symmetric, row-major dims × dims */
  readonly A: Float64Array;
  readonly dims: number;
}

/** Reads f(x) = c0 + b·x + xᵀAx off a function known to be quadratic (finite differences with step `h`). */
export function quadraticFormOf(f: (x: Float64Array) => number, dims: number, h = 1): QuadraticForm {
  const x = new Float64Array(dims);
  const c0 = f(x);
  const b = new Float64Array(dims);
  const A = new Float64Array(dims * dims);
  const fp = new Float64Array(dims);
  for (let k = 0; k < dims; k++) {
    x.fill(0);
    x[k] = h;
    const p = f(x);
    x[k] = -h;
    const m = f(x);
    b[k] = (p - m) / (2 * h);
    A[k * dims + k] = (p + m - 2 * c0) / (2 * h * h);
    fp[k] = p;
  }
  for (let k = 0; k < dims; k++) {
    for (let l = k + 1; l < dims; l++) {
      x.fill(0);
      x[k] = h;
      x[l] = h;
      const v = (f(x) - fp[k] - fp[l] + c0) / (2 * h * h);
      A[k * dims + l] = v;
      A[l * dims + k] = v;
    }
  }
  return { c0, b, A, dims };
}

export function evalQuadratic(q: QuadraticForm, x: ArrayLike<number>): number {
  let s = q.c0;
  for (let k = 0; k < q.dims; k++) {
    s += q.b[k] * x[k];
    for (let l = 0; l < q.dims; l++) s += q.A[k * q.dims + l] * x[k] * x[l];
  }
  return s;
}

export interface ConstrainedMinimum {
  readonly value: number;
  readonly x: Float64Array;
  readonly multiplier: number;
}

/** min g(x) subject to h(x) = target (both quadratic forms in the same variables). */
export function minimizeOnLevelSet(g: QuadraticForm, h: QuadraticForm, target: number): ConstrainedMinimum {
  const n = g.dims;
  if (h.dims !== n) throw new EmissError('quadratic forms of different dimension');
  const Ag = new Matrix(n, n);
  const Ah = new Matrix(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      Ag.set(i, j, g.A[i * n + j]);
      Ah.set(i, j, h.A[i * n + j]);
    }
  // μ* from the generalised eigenproblem, via A_g = L Lᵀ
  const eg = new EigenvalueDecomposition(Ag, { assumeSymmetric: true });
  if (Math.min(...eg.realEigenvalues) <= 0) throw new EmissError('the objective is not positive definite');
  const V = eg.eigenvectorMatrix;
  const Dm = Matrix.diag(eg.realEigenvalues.map((v) => 1 / Math.sqrt(v)));
  const W = V.mmul(Dm); // W Wᵀ = A_g⁻¹, Wᵀ A_g W = 1
  const Mh = W.transpose().mmul(Ah).mmul(W);
  const eh = new EigenvalueDecomposition(Mh, { assumeSymmetric: true });
  const nuMax = Math.max(...eh.realEigenvalues);
  const muStar = nuMax > 1e-300 ? 1 / nuMax : Infinity;
  const solve = (mu: number): Float64Array => {
    const M = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => g.A[i * n + j] - mu * h.A[i * n + j]));
    const rhs = Array.from({ length: n }, (_, i) => (mu * h.b[i] - g.b[i]) / 2);
    return Float64Array.from(solveLinear(M, rhs));
  };
  const resid = (mu: number) => evalQuadratic(h, solve(mu)) - target;
  // μ = μ* − e^s for finite μ*, else μ = ±e^s; scan s
  const muOf = (s: number) => (Number.isFinite(muStar) ? muStar - Math.exp(s) : Math.sinh(s));
  const S = Number.isFinite(muStar) ? [-28, 12] : [-30, 30];
  const N = 600;
  let best: ConstrainedMinimum | undefined;
  let prevS = S[0];
  let prev = resid(muOf(prevS));
  for (let k = 1; k <= N; k++) {
    const s = S[0] + ((S[1] - S[0]) * k) / N;
    const r = resid(muOf(s));
    if (Number.isFinite(r) && Number.isFinite(prev) && Math.sign(r) !== Math.sign(prev)) {
      const sr = brent((t) => resid(muOf(t)), prevS, s, 1e-13);
      const mu = muOf(sr);
      const x = solve(mu);
      const v = evalQuadratic(g, x);
      if (!best || v < best.value) best = { value: v, x, multiplier: mu };
    }
    prev = r;
    prevS = s;
  }
  // "hard case" (as in trust-region problems): the right-hand side has no component along the critical direction
  // v of A_g − μ* A_h, so h(x(μ)) stays bounded as μ → μ*; the minimum is then x_p + t v at μ = μ*, with x_p
  // the particular solution in the range and t fixed by the constraint.
  if (Number.isFinite(muStar)) {
    const K = new Matrix(n, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) K.set(i, j, g.A[i * n + j] - muStar * h.A[i * n + j]);
    const ek = new EigenvalueDecomposition(K, { assumeSymmetric: true });
    const vals = ek.realEigenvalues;
    const vecs = ek.eigenvectorMatrix;
    const scaleK = Math.max(...vals.map(Math.abs));
    const rhs = Array.from({ length: n }, (_, i) => (muStar * h.b[i] - g.b[i]) / 2);
    const xp = new Float64Array(n);
    const nullVecs: Float64Array[] = [];
    for (let k = 0; k < n; k++) {
      const v = Float64Array.from({ length: n }, (_, i) => vecs.get(i, k));
      if (Math.abs(vals[k]) <= 1e-9 * scaleK) {
        nullVecs.push(v);
        continue;
      }
      let proj = 0;
      for (let i = 0; i < n; i++) proj += v[i] * rhs[i];
      for (let i = 0; i < n; i++) xp[i] += (proj / vals[k]) * v[i];
    }
    for (const v of nullVecs) {
      // h(xp + t v) = h(xp) + t (2 xpᵀ A_h v + b_h·v) + t² vᵀ A_h v = target
      let a2 = 0;
      let a1 = 0;
      for (let i = 0; i < n; i++) {
        a1 += h.b[i] * v[i];
        for (let j = 0; j < n; j++) {
          a2 += v[i] * h.A[i * n + j] * v[j];
          a1 += 2 * xp[i] * h.A[i * n + j] * v[j];
        }
      }
      const a0 = evalQuadratic(h, xp) - target;
      const disc = a1 * a1 - 4 * a2 * a0;
      if (!(a2 > 0) || disc < 0) continue;
      for (const t of [(-a1 + Math.sqrt(disc)) / (2 * a2), (-a1 - Math.sqrt(disc)) / (2 * a2)]) {
        const x = Float64Array.from(xp, (xi, i) => xi + t * v[i]);
        const val = evalQuadratic(g, x);
        if (!best || val < best.value) best = { value: val, x, multiplier: muStar };
      }
    }
  }
  if (!best) throw new EmissError(`no point with the constraint value ${target} found`);
  return best;
}

/**
 * Bound-constrained quasi-Newton minimisation: limited-memory BFGS with projection onto the box
 * [lower, upper] (a "projected L-BFGS" in the spirit of L-BFGS-B, without its generalised Cauchy point).
 *
 * Each iteration:
 * 1. the active set holds the variables at a bound whose gradient points outwards, and fixed ones (lower = upper);
 * 2. the L-BFGS two-loop recursion, restricted to the free variables, gives the direction d (steepest descent
 *    when the memory is empty or d is not a descent direction, which also clears the memory);
 * 3. a backtracking line search along the projected path x(t) = P(x + t d) accepts the first t with the Armijo
 *    condition f(x(t)) ≤ f(x) + c₁ ∇f·(x(t) − x) (first trial t = 1, or a short step when the memory is empty);
 *    when the predicted decrease is below the rounding noise of f, a step that does not raise f by more than the
 *    noise is accepted (sums of large terms, like a likelihood, are only known to ~1e−12 relative);
 * 4. the pair (s, y) updates the memory when the curvature sᵀy is positive.
 * Converged when the projected gradient ‖P(x − ∇f) − x‖_∞ < gtol, or when f stalls (relative decrease below
 * ftol for 3 iterations in a row).
 *
 * The objective writes its gradient into `g` and returns f; a non-finite f is treated as "outside the domain"
 * and shortens the step.
 */
export interface BoundedLbfgsOptions {
  /** maximum iterations (default 5000) */
  readonly maxIterations?: number;
  /** number of stored correction pairs (default 12) */
  readonly memory?: number;
  /** projected-gradient tolerance (default 1e-7) */
  readonly gtol?: number;
  /** relative f-decrease below which an iteration counts as stalled (default 1e-15) */
  readonly ftol?: number;
  /** length (∞-norm, in scaled variables) of the first, steepest-descent step (default 0.1) */
  readonly initialStep?: number;
  /** relative rounding noise of f (default 1e-12): line searches accept changes of f below noise · max(1, |f|) */
  readonly noise?: number;
  /**
   * Typical scale of each variable (default 1). The search runs in z = x / scale, which makes L-BFGS's initial
   * inverse Hessian diag(scale²) — a cheap preconditioner when the variables have very different widths.
   */
  readonly scale?: ArrayLike<number>;
}

export interface BoundedLbfgsResult {
  readonly x: Float64Array;
  readonly f: number;
  readonly grad: Float64Array;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
  readonly projectedGradient: number;
  readonly message: string;
}

export type ObjectiveWithGradient = (x: Float64Array, g: Float64Array) => number;

export function minimizeBounded(
  fg: ObjectiveWithGradient,
  x0: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  opts: BoundedLbfgsOptions = {},
): BoundedLbfgsResult {
  if (!opts.scale) return minimizeUnscaled(fg, x0, lower, upper, opts);
  const sc = opts.scale;
  const n = x0.length;
  for (let i = 0; i < n; i++) {
    if (!(sc[i] > 0 && Number.isFinite(sc[i]))) throw new RangeError(`scale[${i}] must be positive and finite`);
  }
  const xs = new Float64Array(n);
  const fz: ObjectiveWithGradient = (z, gz) => {
    for (let i = 0; i < n; i++) xs[i] = z[i] * sc[i];
    const v = fg(xs, gz);
    for (let i = 0; i < n; i++) gz[i] *= sc[i];
    return v;
  };
  const z0 = Float64Array.from(x0, (v, i) => v / sc[i]);
  const zl = Float64Array.from(lower, (v, i) => v / sc[i]);
  const zu = Float64Array.from(upper, (v, i) => v / sc[i]);
  for (let i = 0; i < n; i++) if (lower[i] === upper[i]) zl[i] = zu[i] = z0[i];
  const r = minimizeUnscaled(fz, z0, zl, zu, opts);
  const x = Float64Array.from(r.x, (v, i) => (lower[i] === upper[i] ? lower[i] : Math.min(upper[i], Math.max(lower[i], v * sc[i]))));
  const grad = Float64Array.from(r.grad, (v, i) => v / sc[i]);
  return { ...r, x, grad };
}

function minimizeUnscaled(
  fg: ObjectiveWithGradient,
  x0: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  opts: BoundedLbfgsOptions,
): BoundedLbfgsResult {
  const n = x0.length;
  const maxIter = opts.maxIterations ?? 5000;
  const m = opts.memory ?? 12;
  const gtol = opts.gtol ?? 1e-7;
  const ftol = opts.ftol ?? 1e-15;
  const step0 = opts.initialStep ?? 0.1;
  const noiseRel = opts.noise ?? 1e-12;
  const c1 = 1e-4;

  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = Math.min(upper[i], Math.max(lower[i], x0[i]));
  const g = new Float64Array(n);
  let f = fg(x, g);
  let evaluations = 1;
  if (!Number.isFinite(f)) {
    return { x, f, grad: g, iterations: 0, evaluations, converged: false, projectedGradient: NaN, message: 'objective not finite at the start' };
  }
  // correction pairs, oldest first; the arrays are recycled (no allocation per iteration)
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const spare: Float64Array[] = [];
  const clearMemory = (): void => {
    spare.push(...S, ...Y);
    S.length = 0;
    Y.length = 0;
    rho.length = 0;
  };
  const alpha = new Float64Array(m);
  const d = new Float64Array(n);
  const xn = new Float64Array(n);
  const gn = new Float64Array(n);
  const free = new Uint8Array(n);
  let stalled = 0;

  const projectedGradient = (): number => {
    let pg = 0;
    for (let i = 0; i < n; i++) {
      const v = Math.abs(Math.min(upper[i], Math.max(lower[i], x[i] - g[i])) - x[i]);
      if (v > pg) pg = v;
    }
    return pg;
  };

  for (let iter = 0; iter < maxIter; iter++) {
    const pg = projectedGradient();
    if (pg < gtol) {
      return { x, f, grad: g, iterations: iter, evaluations, converged: true, projectedGradient: pg, message: 'projected gradient below tolerance' };
    }
    for (let i = 0; i < n; i++) {
      const fixed = lower[i] === upper[i];
      const atLo = x[i] <= lower[i] && g[i] > 0;
      const atHi = x[i] >= upper[i] && g[i] < 0;
      free[i] = fixed || atLo || atHi ? 0 : 1;
    }
    // two-loop recursion on the free variables
    for (let i = 0; i < n; i++) d[i] = free[i] ? g[i] : 0;
    const k = S.length;
    for (let j = k - 1; j >= 0; j--) {
      let a = 0;
      const s = S[j];
      for (let i = 0; i < n; i++) if (free[i]) a += s[i] * d[i];
      a *= rho[j];
      alpha[j] = a;
      const y = Y[j];
      for (let i = 0; i < n; i++) if (free[i]) d[i] -= a * y[i];
    }
    if (k > 0) {
      const s = S[k - 1];
      const y = Y[k - 1];
      let sy = 0;
      let yy = 0;
      for (let i = 0; i < n; i++) {
        if (!free[i]) continue;
        sy += s[i] * y[i];
        yy += y[i] * y[i];
      }
      const gamma = sy > 0 && yy > 0 ? sy / yy : 1;
      for (let i = 0; i < n; i++) d[i] *= gamma;
    }
    for (let j = 0; j < k; j++) {
      let b = 0;
      const y = Y[j];
      for (let i = 0; i < n; i++) if (free[i]) b += y[i] * d[i];
      b *= rho[j];
      const s = S[j];
      for (let i = 0; i < n; i++) if (free[i]) d[i] += s[i] * (alpha[j] - b);
    }
    let gd = 0;
    let dmax = 0;
    for (let i = 0; i < n; i++) {
      d[i] = free[i] ? -d[i] : 0;
      gd += g[i] * d[i];
      dmax = Math.max(dmax, Math.abs(d[i]));
    }
    let steepest = k === 0;
    if (!(gd < 0) || !Number.isFinite(gd)) {
      // not a descent direction: restart from steepest descent
      clearMemory();
      gd = 0;
      dmax = 0;
      for (let i = 0; i < n; i++) {
        d[i] = free[i] ? -g[i] : 0;
        gd += g[i] * d[i];
        dmax = Math.max(dmax, Math.abs(d[i]));
      }
      steepest = true;
      if (!(gd < 0)) {
        return { x, f, grad: g, iterations: iter, evaluations, converged: true, projectedGradient: pg, message: 'no descent direction' };
      }
    }
    let t = steepest ? Math.min(1, step0 / dmax) : 1;
    const noise = noiseRel * Math.max(1, Math.abs(f));
    let fnew = NaN;
    let accepted = false;
    for (let ls = 0; ls < 30; ls++) {
      let dec = 0;
      for (let i = 0; i < n; i++) {
        xn[i] = Math.min(upper[i], Math.max(lower[i], x[i] + t * d[i]));
        dec += g[i] * (xn[i] - x[i]);
      }
      fnew = fg(xn, gn);
      evaluations++;
      // near the minimum the predicted decrease drops below the rounding noise of f: accept a step that does
      // not increase f beyond that noise (the projected-gradient test decides convergence)
      const slack = -c1 * dec < noise ? noise : 0;
      if (Number.isFinite(fnew) && fnew <= f + c1 * dec + slack) {
        accepted = true;
        break;
      }
      t *= Number.isFinite(fnew) ? 0.5 : 0.1;
    }
    if (!accepted) {
      if (S.length > 0) {
        clearMemory();
        continue;
      }
      return { x, f, grad: g, iterations: iter, evaluations, converged: pg < 1e3 * gtol, projectedGradient: pg, message: 'line search failed' };
    }
    const s = spare.pop() ?? new Float64Array(n);
    const y = spare.pop() ?? new Float64Array(n);
    let sy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xn[i] - x[i];
      y[i] = gn[i] - g[i];
      sy += s[i] * y[i];
    }
    let yy = 0;
    for (let i = 0; i < n; i++) yy += y[i] * y[i];
    if (sy > 1e-12 * yy && sy > 0) {
      if (S.length === m) {
        spare.push(S.shift() as Float64Array, Y.shift() as Float64Array);
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    } else {
      spare.push(s, y);
    }
    const rel = (f - fnew) / Math.max(Math.abs(f), Math.abs(fnew), 1);
    x.set(xn);
    g.set(gn);
    f = fnew;
    stalled = rel <= ftol ? stalled + 1 : 0;
    if (stalled >= 3) {
      return { x, f, grad: g, iterations: iter + 1, evaluations, converged: true, projectedGradient: projectedGradient(), message: 'objective stalled' };
    }
  }
  return { x, f, grad: g, iterations: maxIter, evaluations, converged: false, projectedGradient: projectedGradient(), message: 'maximum iterations reached' };
}

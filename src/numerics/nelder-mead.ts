/**
 * Nelder–Mead simplex minimisation in a box [lo, hi]^d (points outside are projected onto the box), with the
 * adaptive coefficients of Gao & Han (Comput. Optim. Appl. 51 (2012) 259) for d > 2: reflection 1, expansion
 * 1 + 2/d, contraction 3/4 − 1/(2d), shrink 1 − 1/d. Derivative-free, so it copes with objectives that are only
 * piecewise smooth (profile likelihoods with steps, e.g. in the mass of a spectral line).
 * Stops when both the spread of f over the simplex is below ftol and the simplex diameter is below xtol, or after
 * maxEvaluations.
 */
export interface NelderMeadOptions {
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
  /** initial step per coordinate (default 10 % of the box) */
  readonly step?: ArrayLike<number>;
  readonly ftol?: number;
  readonly xtol?: number;
  readonly maxEvaluations?: number;
}

export interface NelderMeadResult {
  readonly x: Float64Array;
  readonly f: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

export function nelderMead(f: (x: Float64Array) => number, x0: ArrayLike<number>, opts: NelderMeadOptions): NelderMeadResult {
  const d = x0.length;
  const lo = Float64Array.from(opts.lower);
  const hi = Float64Array.from(opts.upper);
  const clip = (x: Float64Array): Float64Array => {
    for (let i = 0; i < d; i++) x[i] = Math.min(hi[i], Math.max(lo[i], x[i]));
    return x;
  };
  let evals = 0;
  const maxEval = opts.maxEvaluations ?? 200 * (d + 1);
  const ev = (x: Float64Array): number => {
    evals++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
  if (d === 0) {
    const x = new Float64Array(0);
    return { x, f: ev(x), evaluations: 1, converged: true };
  }
  const alpha = 1;
  const beta = d > 2 ? 1 + 2 / d : 2;
  const gamma = d > 2 ? 0.75 - 1 / (2 * d) : 0.5;
  const delta = d > 2 ? 1 - 1 / d : 0.5;
  const pts: Float64Array[] = [clip(Float64Array.from(x0))];
  for (let i = 0; i < d; i++) {
    const p = Float64Array.from(pts[0]);
    const s = opts.step ? opts.step[i] : 0.1 * (hi[i] - lo[i]);
    p[i] += s;
    if (p[i] > hi[i]) p[i] = pts[0][i] - s;
    pts.push(clip(p));
  }
  const fs = pts.map(ev);
  const ftol = opts.ftol ?? 1e-8;
  const xtol = opts.xtol ?? 1e-8;
  let converged = false;
  const centroid = new Float64Array(d);
  while (evals < maxEval) {
    const order = fs.map((_, i) => i).sort((a, b) => fs[a] - fs[b]);
    const P = order.map((i) => pts[i]);
    const F = order.map((i) => fs[i]);
    pts.splice(0, pts.length, ...P);
    fs.splice(0, fs.length, ...F);
    let diam = 0;
    for (let k = 1; k <= d; k++) for (let i = 0; i < d; i++) diam = Math.max(diam, Math.abs(pts[k][i] - pts[0][i]));
    if (Math.abs(fs[d] - fs[0]) <= ftol * Math.max(1, Math.abs(fs[0])) && diam <= xtol) {
      converged = true;
      break;
    }
    centroid.fill(0);
    for (let k = 0; k < d; k++) for (let i = 0; i < d; i++) centroid[i] += pts[k][i] / d;
    const along = (t: number): Float64Array => clip(Float64Array.from(centroid, (c, i) => c + t * (pts[d][i] - c)));
    const xr = along(-alpha);
    const fr = ev(xr);
    if (fr < fs[0]) {
      const xe = along(-alpha * beta);
      const fe = ev(xe);
      if (fe < fr) {
        pts[d] = xe;
        fs[d] = fe;
      } else {
        pts[d] = xr;
        fs[d] = fr;
      }
      continue;
    }
    if (fr < fs[d - 1]) {
      pts[d] = xr;
      fs[d] = fr;
      continue;
    }
    const outside = fr < fs[d];
    const xc = along(outside ? -alpha * gamma : gamma);
    const fc = ev(xc);
    if (fc < (outside ? fr : fs[d])) {
      pts[d] = xc;
      fs[d] = fc;
      continue;
    }
    for (let k = 1; k <= d; k++) {
      pts[k] = clip(Float64Array.from(pts[k], (v, i) => pts[0][i] + delta * (v - pts[0][i])));
      fs[k] = ev(pts[k]);
    }
  }
  let best = 0;
  for (let k = 1; k <= d; k++) if (fs[k] < fs[best]) best = k;
  return { x: Float64Array.from(pts[best]), f: fs[best], evaluations: evals, converged };
}

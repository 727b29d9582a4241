import { EmissError } from '../../core/errors.js';

/**
 * Monotone piecewise-cubic Hermite interpolation (PCHIP: Fritsch & Carlson 1980, SIAM J. Numer. Anal. 17, 238,
 * with the Brodlie weighted-harmonic-mean slopes of Fritsch & Butland 1984 and the shape-preserving three-point
 * end slopes — the same rule as scipy.interpolate.PchipInterpolator, against which test/interp.test.ts checks it).
 *
 * The interpolant is C¹, reproduces the data, never overshoots (monotone data stay monotone, local extrema stay
 * at the nodes) and has a continuous derivative, which the thermal history uses for d ln g_*s / d ln T.
 */
export type Extrapolation = 'clamp' | 'linear' | 'throw';

export interface MonotoneCubic {
  /** nodes (strictly increasing) */
  readonly x: Float64Array;
  /** values at the nodes */
  readonly y: Float64Array;
  /** derivatives at the nodes */
  readonly d: Float64Array;
  /** interpolated value */
  value(t: number): number;
  /** derivative of the interpolant */
  derivative(t: number): number;
}

/** Index i with x[i] ≤ t < x[i+1] (binary search), for t inside [x[0], x[n−1]]. */
export function locateInterval(x: Float64Array, t: number): number {
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

function endSlope(h0: number, h1: number, m0: number, m1: number): number {
  let d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
  if (Math.sign(d) !== Math.sign(m0)) d = 0;
  else if (Math.sign(m0) !== Math.sign(m1) && Math.abs(d) > Math.abs(3 * m0)) d = 3 * m0;
  return d;
}

/** Builds the PCHIP interpolant through (x_i, y_i); x strictly increasing, at least 2 points. */
export function monotoneCubic(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  opts: { readonly extrapolate?: Extrapolation } = {},
): MonotoneCubic {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new EmissError(`monotoneCubic needs ≥ 2 points and equal lengths (got ${n}, ${ys.length})`);
  const x = Float64Array.from(xs);
  const y = Float64Array.from(ys);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new EmissError(`monotoneCubic: non-finite node ${i} (${x[i]}, ${y[i]})`);
    if (i > 0 && !(x[i] > x[i - 1])) throw new EmissError(`monotoneCubic: abscissae must increase strictly (x[${i}] = ${x[i]})`);
  }
  const extrapolate = opts.extrapolate ?? 'clamp';
  const h = new Float64Array(n - 1);
  const m = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; i++) {
    h[i] = x[i + 1] - x[i];
    m[i] = (y[i + 1] - y[i]) / h[i];
  }
  const d = new Float64Array(n);
  if (n === 2) {
    d[0] = m[0];
    d[1] = m[0];
  } else {
    for (let k = 1; k < n - 1; k++) {
      const ml = m[k - 1];
      const mr = m[k];
      if (ml === 0 || mr === 0 || Math.sign(ml) !== Math.sign(mr)) {
        d[k] = 0;
      } else {
        const w1 = 2 * h[k] + h[k - 1];
        const w2 = h[k] + 2 * h[k - 1];
        d[k] = (w1 + w2) / (w1 / ml + w2 / mr);
      }
    }
    d[0] = endSlope(h[0], h[1], m[0], m[1]);
    d[n - 1] = endSlope(h[n - 2], h[n - 3], m[n - 2], m[n - 3]);
  }
  const x0 = x[0];
  const xn = x[n - 1];

  function outside(t: number): boolean {
    if (t >= x0 && t <= xn) return false;
    if (Number.isNaN(t)) throw new EmissError('monotoneCubic: evaluation point is NaN');
    if (extrapolate === 'throw') throw new EmissError(`monotoneCubic: ${t} outside the table range [${x0}, ${xn}]`);
    return true;
  }

  function value(t: number): number {
    if (outside(t)) {
      if (t < x0) return extrapolate === 'linear' ? y[0] + d[0] * (t - x0) : y[0];
      return extrapolate === 'linear' ? y[n - 1] + d[n - 1] * (t - xn) : y[n - 1];
    }
    const i = t === xn ? n - 2 : locateInterval(x, t);
    const hi = h[i];
    const s = (t - x[i]) / hi;
    const s2 = s * s;
    const s3 = s2 * s;
    const h00 = 2 * s3 - 3 * s2 + 1;
    const h10 = s3 - 2 * s2 + s;
    const h01 = -2 * s3 + 3 * s2;
    const h11 = s3 - s2;
    return h00 * y[i] + h10 * hi * d[i] + h01 * y[i + 1] + h11 * hi * d[i + 1];
  }

  function derivative(t: number): number {
    if (outside(t)) {
      if (extrapolate === 'linear') return t < x0 ? d[0] : d[n - 1];
      return 0;
    }
    const i = t === xn ? n - 2 : locateInterval(x, t);
    const hi = h[i];
    const s = (t - x[i]) / hi;
    const s2 = s * s;
    const dh00 = (6 * s2 - 6 * s) / hi;
    const dh10 = 3 * s2 - 4 * s + 1;
    const dh01 = (-6 * s2 + 6 * s) / hi;
    const dh11 = 3 * s2 - 2 * s;
    return dh00 * y[i] + dh10 * d[i] + dh01 * y[i + 1] + dh11 * d[i + 1];
  }

  return { x, y, d, value, derivative };
}

import { EmissError } from '../core/errors.js';

/**
 * Adaptive Gauss–Kronrod (G10/K21) quadrature with a priority queue on the interval errors (QUADPACK QAG
 * strategy, without extrapolation). Used as the independent reference for the fixed-order rules and for
 * integrands with structure (peaks, thresholds) that a fixed rule may miss.
 */
export interface AdaptiveOptions {
  /** absolute tolerance (default 0) */
  readonly epsabs?: number;
  /** relative tolerance (default 1e-10) */
  readonly epsrel?: number;
  /** maximum number of subintervals (default 2000) */
  readonly limit?: number;
  /** throw if the tolerance is not reached (default true) */
  readonly strict?: boolean;
  /** points inside (a,b) where the integrand has a kink or peak; the interval is split there first */
  readonly breakpoints?: readonly number[];
}

export interface AdaptiveResult {
  readonly value: number;
  readonly error: number;
  readonly intervals: number;
}

// Kronrod 21-point nodes (positive half) and weights; Gauss 10-point weights at the odd-indexed nodes.
const XGK = [
  0.995657163025808080735527280689003, 0.973906528517171720077964012084452, 0.930157491355708226001207180059508,
  0.865063366688984510732096688423493, 0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
  0.562757134668604683339000099272694, 0.433395394129247190799265943165784, 0.294392862701460198131126603103866,
  0.14887433898163121088482600112972, 0,
];
const WGK = [
  0.011694638867371874278064396062192, 0.03255816230796472747881897245939, 0.05475589657435199603138130024458,
  0.07503967481091995276704314091619, 0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
  0.123491976262065851077600525197, 0.134709217311473325928054001771707, 0.142775938577060080797094273138717,
  0.147739104901338491374841515972068, 0.149445554002916905664936468389821,
];
const WG = [
  0.066671344308688137593568809893332, 0.149451349150580593145776339657697, 0.219086362515982043995534934228163,
  0.269266719309996355091226921569469, 0.295524224714752870173892994651338,
];

function gk21(f: (x: number) => number, a: number, b: number): [number, number] {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  const fc = f(c);
  let resk = fc * WGK[10];
  let resg = 0;
  for (let j = 0; j < 10; j++) {
    const dx = h * XGK[j];
    const f1 = f(c - dx);
    const f2 = f(c + dx);
    resk += WGK[j] * (f1 + f2);
    if (j % 2 === 1) resg += WG[(j - 1) >> 1] * (f1 + f2);
  }
  const val = resk * h;
  const err = Math.abs((resk - resg) * h);
  return [val, err];
}

export function integrateAdaptive(
  f: (x: number) => number,
  a: number,
  b: number,
  opts: AdaptiveOptions = {},
): AdaptiveResult {
  const epsabs = opts.epsabs ?? 0;
  const epsrel = opts.epsrel ?? 1e-10;
  const limit = opts.limit ?? 2000;
  const strict = opts.strict ?? true;
  if (a === b) return { value: 0, error: 0, intervals: 0 };
  if (!(Number.isFinite(a) && Number.isFinite(b))) throw new EmissError(`integration limits must be finite (got ${a}, ${b})`);
  const sign = b > a ? 1 : -1;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const cuts = [lo, ...(opts.breakpoints ?? []).filter((x) => x > lo && x < hi).sort((x, y) => x - y), hi];
  // arrays as a simple max-heap keyed on error
  const A: number[] = [];
  const B: number[] = [];
  const V: number[] = [];
  const E: number[] = [];
  let total = 0;
  let totalErr = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [v, e] = gk21(f, cuts[k], cuts[k + 1]);
    A.push(cuts[k]);
    B.push(cuts[k + 1]);
    V.push(v);
    E.push(e);
    total += v;
    totalErr += e;
  }
  while (totalErr > Math.max(epsabs, epsrel * Math.abs(total)) && A.length < limit) {
    let iMax = 0;
    for (let i = 1; i < E.length; i++) if (E[i] > E[iMax]) iMax = i;
    const a0 = A[iMax];
    const b0 = B[iMax];
    const m = 0.5 * (a0 + b0);
    if (m <= a0 || m >= b0) break; // interval below floating-point resolution
    const [v1, e1] = gk21(f, a0, m);
    const [v2, e2] = gk21(f, m, b0);
    total += v1 + v2 - V[iMax];
    totalErr += e1 + e2 - E[iMax];
    B[iMax] = m;
    V[iMax] = v1;
    E[iMax] = e1;
    A.push(m);
    B.push(b0);
    V.push(v2);
    E.push(e2);
  }
  // recompute sums to avoid drift
  total = 0;
  totalErr = 0;
  for (let i = 0; i < V.length; i++) {
    total += V[i];
    totalErr += E[i];
  }
  if (!Number.isFinite(total)) throw new EmissError('integrand is not finite on the integration range');
  if (strict && totalErr > Math.max(epsabs, epsrel * Math.abs(total)) * 10) {
    throw new EmissError(
      `adaptive integration did not converge on [${lo}, ${hi}] (estimate ${total}, error ${totalErr}, ${V.length} intervals)`,
    );
  }
  return { value: sign * total, error: totalErr, intervals: V.length };
}

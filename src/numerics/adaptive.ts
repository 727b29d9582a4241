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
  0.9956571630258081, 0.9739065285171717, 0.9301574913557082,
  0.8650633666889845, 0.7808177265864169, 0.6794095682990244,
  0.5627571346686047, 0.4333953941292472, 0.2943928627014602,
  0.14887433898163122, 0,
];
const WGK = [
  0.011694638867371874, 0.032558162307964725, 0.054755896574351995,
  0.07503967481091996, 0.0931254545836976, 0.10938715880229764,
  0.12349197626206584, 0.13470921731147334, 0.14277593857706009,
  0.14773910490133849, 0.1494455540029169,
];
const WG = [
  0.06667134430868814, 0.1494513491505806, 0.21908636251598204,
  0.26926671930999635, 0.29552422471475287,
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

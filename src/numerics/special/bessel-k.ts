import { EmissError } from '../../core/errors.js';

/**
 * Modified Bessel functions of the second kind K_n(x) for integer n ≥ 0 and real x > 0, plus the exponentially
 * scaled versions e^x K_n(x) that stay finite for x up to 1e300 (thermal averages at m/T = 1e3 and beyond).
 *
 * Method (Temme 1975, J. Comput. Phys. 19, 324; Thompson & Barnett 1987, J. Comput. Phys. 64, 490):
 * - x ≤ 2: Temme's power series at ν = 0, which for integer order is the classical
 *   K0(x) = Σ_k (x²/4)^k/(k!)² [ψ(k+1) − ln(x/2)] and K1 = (2/x) Σ_k (x²/4)^k/(k!)² (p_k − k f_k) with
 *   f_0 = −γ − ln(x/2), f_k = (k f_{k−1} + p_{k−1} + q_{k−1})/k², p_k = q_k = 1/(2 k!); every term is formed
 *   without cancellation beyond a factor ~5 at x = 2.
 * - x > 2: Steed's algorithm for the continued fraction CF2 of Thompson & Barnett, which returns
 *   K0 = √(π/2x) e^{−x}/S and K1 = K0 (x + 1/2 − h)/x; the factor e^{−x} is the only place x enters
 *   exponentially, so the scaled functions come for free.
 * - K_n for n ≥ 2 by the upward recurrence K_{n+1} = K_{n−1} + (2n/x) K_n, stable because K_n grows with n.
 *
 * Accuracy measured against mpmath (50 digits) in test/special-functions.test.ts: ≲ 3e-15 relative for
 * K0, K1, K2 on 1e-8 ≤ x ≤ 1e3 (scaled up to 1e5). Overflow: K_n(x) → Γ(n) 2^{n−1} x^{−n} exceeds 1.8e308 for
 * x ≲ 1e-154 at n = 2; such inputs return Infinity (as the true value does in double precision).
 */

const EULER_GAMMA = 0.5772156649015329;
const EPS = 1e-17;
const MAXIT = 10_000;

/** K0 and e^x-scaled-or-not K1 from the small-x series (x ≤ 2). Writes [K0, K1] into out. */
function seriesK01(x: number, out: Float64Array): void {
  const x2 = 0.5 * x;
  let ff = -Math.log(x2) - EULER_GAMMA; // f_0
  let sum = ff;
  let p = 0.5;
  let q = 0.5;
  let c = 1;
  const d = x2 * x2;
  let sum1 = p;
  for (let i = 1; i < MAXIT; i++) {
    ff = (i * ff + p + q) / (i * i);
    c *= d / i;
    p /= i;
    q /= i;
    const del = c * ff;
    sum += del;
    const del1 = c * (p - i * ff);
    sum1 += del1;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  out[0] = sum;
  out[1] = (sum1 * 2) / x;
}

/** e^x K0(x) and e^x K1(x) from Steed's CF2 (x > 2). Writes [e^x K0, e^x K1] into out. */
function cf2ScaledK01(x: number, out: Float64Array): void {
  let b = 2 * (1 + x);
  let d = 1 / b;
  let h = d;
  let delh = d;
  let q1 = 0;
  let q2 = 1;
  const a1 = 0.25;
  let q = a1;
  let c = a1;
  let a = -a1;
  let s = 1 + q * delh;
  for (let i = 1; i < MAXIT; i++) {
    a -= 2 * i;
    c = (-a * c) / (i + 1);
    const qnew = (q1 - b * q2) / a;
    q1 = q2;
    q2 = qnew;
    q += c * qnew;
    b += 2;
    d = 1 / (b + a * d);
    delh = (b * d - 1) * delh;
    h += delh;
    const dels = q * delh;
    s += dels;
    if (Math.abs(dels) < Math.abs(s) * EPS) break;
  }
  h = a1 * h;
  const k0 = Math.sqrt(Math.PI / (2 * x)) / s;
  out[0] = k0;
  out[1] = (k0 * (x + 0.5 - h)) / x;
}

function checkArg(x: number, what: string): void {
  if (!(x > 0) || Number.isNaN(x)) throw new EmissError(`${what}: argument must be a positive number (got ${x})`);
}

/**
 * Writes [K0(x), K1(x)] (scaled = false) or [e^x K0(x), e^x K1(x)] (scaled = true) into `out`.
 * The allocation-free primitive behind every other function in this file.
 */
export function besselK01Into(x: number, scaled: boolean, out: Float64Array): void {
  if (x <= 2) {
    seriesK01(x, out);
    if (scaled) {
      const e = Math.exp(x);
      out[0] *= e;
      out[1] *= e;
    }
  } else if (x === Infinity) {
    out[0] = 0;
    out[1] = 0;
  } else {
    cf2ScaledK01(x, out);
    if (!scaled) {
      const e = Math.exp(-x);
      out[0] *= e;
      out[1] *= e;
    }
  }
}

function kn(n: number, x: number, scaled: boolean, what: string): number {
  checkArg(x, what);
  if (!Number.isInteger(n) || n < 0) throw new EmissError(`${what}: order must be a non-negative integer (got ${n})`);
  const buf = new Float64Array(2);
  besselK01Into(x, scaled, buf);
  if (n === 0) return buf[0];
  let km = buf[0];
  let k = buf[1];
  for (let j = 1; j < n; j++) {
    const kp = km + ((2 * j) / x) * k;
    km = k;
    k = kp;
  }
  return k;
}

/** K_0(x), x > 0. */
export function besselK0(x: number): number {
  return kn(0, x, false, 'besselK0');
}
/** K_1(x), x > 0. */
export function besselK1(x: number): number {
  return kn(1, x, false, 'besselK1');
}
/** K_2(x) = K_0(x) + (2/x) K_1(x), x > 0. */
export function besselK2(x: number): number {
  return kn(2, x, false, 'besselK2');
}
/** K_n(x) for integer n ≥ 0 (upward recurrence), x > 0. */
export function besselKn(n: number, x: number): number {
  return kn(n, x, false, 'besselKn');
}
/** e^x K_0(x), x > 0. */
export function besselK0Scaled(x: number): number {
  return kn(0, x, true, 'besselK0Scaled');
}
/** e^x K_1(x), x > 0. */
export function besselK1Scaled(x: number): number {
  return kn(1, x, true, 'besselK1Scaled');
}
/** e^x K_2(x), x > 0. */
export function besselK2Scaled(x: number): number {
  return kn(2, x, true, 'besselK2Scaled');
}
/** e^x K_n(x) for integer n ≥ 0, x > 0. */
export function besselKnScaled(n: number, x: number): number {
  return kn(n, x, true, 'besselKnScaled');
}

/**
 * Allocation-free evaluator for inner loops: `makeBesselK012()` returns a function that fills a caller-owned
 * Float64Array with [e^x K0, e^x K1, e^x K2] (scaled) or the unscaled triple. No input validation (x must be > 0).
 */
export function makeBesselK012(): (x: number, scaled: boolean, out: Float64Array) => void {
  const buf = new Float64Array(2);
  return (x, scaled, out) => {
    besselK01Into(x, scaled, buf);
    out[0] = buf[0];
    out[1] = buf[1];
    out[2] = buf[0] + (2 / x) * buf[1];
  };
}

/**
 * Allocation-free K1(x)/K2(x) for inner loops (e.g. thermally averaged widths inside an ODE right-hand side):
 * each evaluator owns its scratch buffer. No input validation (x must be > 0).
 */
export function makeBesselK1OverK2(): (x: number) => number {
  const buf = new Float64Array(2);
  return (x) => {
    besselK01Into(x, x > 1, buf);
    return (x * buf[1]) / (x * buf[0] + 2 * buf[1]);
  };
}

/**
 * K1(x)/K2(x), the relativistic time-dilation factor of a thermally averaged decay width (paper 002 eq. 24).
 * Evaluated from the scaled functions, so it is finite for every x > 0: → x/2 for x → 0, → 1 − 3/(2x) for x → ∞.
 */
export function besselK1OverK2(x: number): number {
  checkArg(x, 'besselK1OverK2');
  const buf = new Float64Array(2);
  besselK01Into(x, x > 1, buf);
  // K2 = K0 + 2K1/x; K1/K2 = x K1/(x K0 + 2 K1): no overflow for small x since K1 ~ 1/x
  return (x * buf[1]) / (x * buf[0] + 2 * buf[1]);
}

import { EmissError } from '../../core/errors.js';
import type { OdeOptions, OdeRhs } from './types.js';

/**
 * Pieces shared by the adaptive solvers: option validation, the weighted RMS error norm of Hairer–Wanner,
 * the starting-step heuristic (Hairer, Nørsett & Wanner, Solving ODEs I, §II.4) and the list of stopping
 * points (output points, then t1).
 */

export interface ResolvedOptions {
  readonly rtol: number;
  readonly atol: Float64Array;
  readonly hMax: number;
  readonly maxSteps: number;
  /** stopping points in integration order, last one is t1 */
  readonly stops: Float64Array;
  /** how many of `stops` are user output points (the first nOut) */
  readonly nOut: number;
}

export function resolveOptions(n: number, t0: number, t1: number, y0: ArrayLike<number>, opts: OdeOptions): ResolvedOptions {
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) throw new EmissError(`ODE interval must be finite (got ${t0}, ${t1})`);
  if (t0 === t1) throw new EmissError('ODE interval is empty (t0 = t1)');
  if (n < 1) throw new EmissError('ODE system needs at least one component');
  for (let i = 0; i < n; i++) if (!Number.isFinite(y0[i])) throw new EmissError(`initial value y0[${i}] = ${y0[i]} is not finite`);
  const rtol = opts.rtol ?? 1e-6;
  if (!(rtol > 0 && rtol < 1)) throw new EmissError(`rtol must be in (0, 1) (got ${rtol})`);
  const atol = new Float64Array(n);
  const a = opts.atol ?? 1e-12;
  for (let i = 0; i < n; i++) {
    const v = typeof a === 'number' ? a : a[i];
    if (!(v >= 0) || !Number.isFinite(v)) throw new EmissError(`atol[${i}] must be a finite number ≥ 0 (got ${v})`);
    atol[i] = v;
  }
  const dir = Math.sign(t1 - t0);
  const hMax = Math.abs(opts.hMax ?? Math.abs(t1 - t0));
  if (!(hMax > 0)) throw new EmissError(`hMax must be positive (got ${opts.hMax})`);
  const maxSteps = opts.maxSteps ?? 100_000;
  const tEval = opts.tEval ?? [];
  const stops = new Float64Array(tEval.length + 1);
  let prev = t0;
  for (let i = 0; i < tEval.length; i++) {
    const t = tEval[i];
    if (!Number.isFinite(t) || (t - prev) * dir < 0 || (t - t1) * dir > 0) {
      throw new EmissError(`tEval must be finite, inside [t0, t1] and in integration order (entry ${i} = ${t})`);
    }
    stops[i] = t;
    prev = t;
  }
  stops[tEval.length] = t1;
  return { rtol, atol, hMax, maxSteps, stops, nOut: tEval.length };
}

/**
 * √(Σ (e_i/sk_i)²/n) with sk_i = atol_i + rtol·max(|y_i|, |ynew_i|), or with the weights a caller's
 * `errorScale` writes into `skBuf` (then rtol/atol are not used here).
 */
export function errorNorm(
  e: Float64Array,
  y: Float64Array,
  ynew: Float64Array,
  rtol: number,
  atol: Float64Array,
  t = 0,
  errorScale?: (t: number, y: Float64Array, ynew: Float64Array, sk: Float64Array) => void,
  skBuf?: Float64Array,
): number {
  const n = e.length;
  let s = 0;
  if (errorScale && skBuf) {
    errorScale(t, y, ynew, skBuf);
    for (let i = 0; i < n; i++) {
      const r = e[i] / skBuf[i];
      s += r * r;
    }
    return Math.sqrt(s / n);
  }
  for (let i = 0; i < n; i++) {
    const sk = atol[i] + rtol * Math.max(Math.abs(y[i]), Math.abs(ynew[i]));
    const r = e[i] / sk;
    s += r * r;
  }
  return Math.sqrt(s / n);
}

/**
 * Starting step for a method of order `order` (Hairer–Nørsett–Wanner's HINIT): balances ‖f‖ and an estimate of
 * ‖f'‖ so that the local error of the first step is about the tolerance. Uses two right-hand-side evaluations
 * (f0 must be supplied; one more is made); returns a signed step.
 */
export function initialStep(
  rhs: OdeRhs,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  dir: number,
  order: number,
  rtol: number,
  atol: Float64Array,
  hMax: number,
  work: { y1: Float64Array; f1: Float64Array },
): number {
  const n = y0.length;
  let dnf = 0;
  let dny = 0;
  for (let i = 0; i < n; i++) {
    const sk = Math.max(atol[i] + rtol * Math.abs(y0[i]), 1e-300);
    dnf += (f0[i] / sk) ** 2;
    dny += (y0[i] / sk) ** 2;
  }
  let h = !(dnf > 1e-10) || !(dny > 1e-10) || !Number.isFinite(dnf) || !Number.isFinite(dny) ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
  h = Math.min(h, hMax);
  for (let i = 0; i < n; i++) work.y1[i] = y0[i] + dir * h * f0[i];
  rhs(t0 + dir * h, work.y1, work.f1);
  let der2 = 0;
  for (let i = 0; i < n; i++) {
    const sk = Math.max(atol[i] + rtol * Math.abs(y0[i]), 1e-300);
    der2 += ((work.f1[i] - f0[i]) / sk) ** 2;
  }
  der2 = Math.sqrt(der2 / n) / h;
  if (!Number.isFinite(der2)) return dir * h * 1e-3;
  const der12 = Math.max(Math.abs(der2), Math.sqrt(dnf / n));
  if (!Number.isFinite(der12)) return dir * h * 1e-3;
  const h1 = der12 <= 1e-15 ? Math.max(1e-6, Math.abs(h) * 1e-3) : (0.01 / der12) ** (1 / (order + 1));
  return dir * Math.min(100 * h, h1, hMax);
}

/**
 * The step to try next: h, shortened to land exactly on the next output/stop point when it would overshoot it
 * (or come within 1e-12 of it). Throws on step-size underflow. Shared by RODAS4 and DOPRI5.
 */
export function clampStep(h: number, remaining: number, t: number, dir: number, solver: string): { hStep: number; hitsTarget: boolean } {
  let hStep = h;
  let hitsTarget = false;
  if ((hStep - remaining) * dir >= 0 || Math.abs(remaining - hStep) <= 1e-12 * Math.abs(remaining)) {
    hStep = remaining;
    hitsTarget = true;
  }
  if (Math.abs(hStep) <= 1e-14 * Math.max(Math.abs(t), 1e-300) && !hitsTarget) {
    throw new EmissError(`${solver}: step size underflow at t = ${t} (h = ${hStep})`);
  }
  return { hStep, hitsTarget };
}

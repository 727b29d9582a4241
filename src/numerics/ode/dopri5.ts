import { EmissError } from '../../core/errors.js';
import { errorNorm, initialStep, resolveOptions, clampStep } from './step-control.js';
import type { OdeOptions, OdeProblem, OdeResult } from './types.js';

/**
 * Dormand–Prince RK5(4)7M (Dormand & Prince 1980, J. Comput. Appl. Math. 6, 19): explicit, order 5 with an
 * embedded order-4 error estimate, FSAL (6 new right-hand sides per step), Hairer's step-size control with
 * Lund stabilisation (β = 0.04) as in the code DOPRI5 (Hairer, Nørsett & Wanner, Solving ODEs I, §II.5, II.17).
 * For non-stiff problems and as an independent cross-check of the stiff solver; on stiff problems it needs a step
 * count proportional to the stiffness and runs into `maxSteps`.
 */

const C2 = 1 / 5;
const C3 = 3 / 10;
const C4 = 4 / 5;
const C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40;
const A32 = 9 / 40;
const A41 = 44 / 45;
const A42 = -56 / 15;
const A43 = 32 / 9;
const A51 = 19372 / 6561;
const A52 = -25360 / 2187;
const A53 = 64448 / 6561;
const A54 = -212 / 729;
const A61 = 9017 / 3168;
const A62 = -355 / 33;
const A63 = 46732 / 5247;
const A64 = 49 / 176;
const A65 = -5103 / 18656;
const A71 = 35 / 384;
const A73 = 500 / 1113;
const A74 = 125 / 192;
const A75 = -2187 / 6784;
const A76 = 11 / 84;
// e = b − b̂ (b̂ = 5179/57600, 0, 7571/16695, 393/640, −92097/339200, 187/2100, 1/40)
const E1 = 71 / 57600;
const E3 = -71 / 16695;
const E4 = 71 / 1920;
const E5 = -17253 / 339200;
const E6 = 22 / 525;
const E7 = -1 / 40;

const SAFE = 0.9;
const BETA = 0.04;
const EXPO1 = 0.2 - BETA * 0.75;
const FACC1 = 1 / 0.2; // h_new ≥ h/5
const FACC2 = 1 / 10; // h_new ≤ 10 h

export interface ExplicitRkOptions extends OdeOptions {
  /** fixed step size: no error control (for convergence-order tests) */
  readonly fixedStep?: number;
}

export interface ExplicitRkResult extends OdeResult {
  /** embedded (order 4) solution at t1, only for fixed-step runs */
  readonly yEmbedded?: Float64Array;
}

/** Integrates y' = f(t, y) from t0 to t1 with DOPRI5. */
export function solveDopri5(
  problem: OdeProblem,
  t0: number,
  t1: number,
  y0: ArrayLike<number>,
  options: ExplicitRkOptions = {},
): ExplicitRkResult {
  const n = y0.length;
  const { rtol, atol, hMax, maxSteps, stops, nOut } = resolveOptions(n, t0, t1, y0, options);
  const dir = Math.sign(t1 - t0);
  const { rhs } = problem;
  const y = Float64Array.from(y0);
  const ynew = new Float64Array(n);
  const ytmp = new Float64Array(n);
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const k5 = new Float64Array(n);
  const k6 = new Float64Array(n);
  const k7 = new Float64Array(n);
  const err = new Float64Array(n);
  let rhsEvals = 0;
  let accepted = 0;
  let rejected = 0;
  const yEval: Float64Array[] = [];
  const custom = options.errorScale;
  const skBuf = new Float64Array(n);
  const fixed = options.fixedStep;
  if (fixed !== undefined && !(fixed > 0)) throw new EmissError(`fixedStep must be positive (got ${fixed})`);

  let t = t0;
  rhs(t, y, k1);
  rhsEvals++;
  let h: number;
  if (fixed !== undefined) h = dir * fixed;
  else if (options.h0 !== undefined) h = dir * Math.min(Math.abs(options.h0), hMax);
  else {
    h = initialStep(rhs, t, y, k1, dir, 5, rtol, atol, hMax, { y1: ytmp, f1: k2 });
    rhsEvals++;
  }
  let facOld = 1e-4;
  let lastRejected = false;
  let lastStep = 0;
  let stopIdx = 0;
  let yEmbedded: Float64Array | undefined;

  while (stopIdx < stops.length) {
    const target = stops[stopIdx];
    if (accepted + rejected >= maxSteps) {
      throw new EmissError(`DOPRI5: step budget of ${maxSteps} exhausted at t = ${t} (target ${t1}); the problem may be stiff`);
    }
    const remaining = target - t;
    if (remaining === 0) {
      // an output point at the current time (e.g. t0 itself)
      if (stopIdx < nOut) yEval.push(Float64Array.from(y));
      stopIdx++;
      continue;
    }
    const { hStep, hitsTarget } = clampStep(h, remaining, t, dir, 'DOPRI5');
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + hStep * A21 * k1[i];
    rhs(t + C2 * hStep, ytmp, k2);
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + hStep * (A31 * k1[i] + A32 * k2[i]);
    rhs(t + C3 * hStep, ytmp, k3);
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + hStep * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
    rhs(t + C4 * hStep, ytmp, k4);
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + hStep * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    rhs(t + C5 * hStep, ytmp, k5);
    for (let i = 0; i < n; i++) {
      ytmp[i] = y[i] + hStep * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    }
    const tNew = hitsTarget ? target : t + hStep;
    rhs(tNew, ytmp, k6);
    for (let i = 0; i < n; i++) {
      ynew[i] = y[i] + hStep * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
    }
    rhs(tNew, ynew, k7);
    rhsEvals += 6;
    for (let i = 0; i < n; i++) {
      err[i] = hStep * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
    }

    if (fixed !== undefined) {
      if (hitsTarget && stopIdx === stops.length - 1) {
        yEmbedded = new Float64Array(n);
        for (let i = 0; i < n; i++) yEmbedded[i] = ynew[i] - err[i];
      }
      y.set(ynew);
      k1.set(k7);
      t = tNew;
      accepted++;
      lastStep = hStep;
      options.onStep?.(t, y);
      if (hitsTarget) {
        if (stopIdx < nOut) yEval.push(Float64Array.from(y));
        stopIdx++;
      }
      h = dir * fixed;
      continue;
    }

    const en = errorNorm(err, y, ynew, rtol, atol, tNew, custom, skBuf);
    if (Number.isFinite(en) && options.validate && !options.validate(tNew, ynew)) {
      rejected++;
      lastRejected = true;
      h = hStep * 0.5;
      continue;
    }
    if (!Number.isFinite(en)) {
      rejected++;
      lastRejected = true;
      h = hStep * 0.2;
      continue;
    }
    const fac11 = en ** EXPO1;
    let fac = fac11 / facOld ** BETA;
    fac = Math.max(FACC2, Math.min(FACC1, fac / SAFE));
    let hNew = hStep / fac;
    if (en <= 1) {
      facOld = Math.max(en, 1e-4);
      y.set(ynew);
      k1.set(k7);
      t = tNew;
      accepted++;
      lastStep = hStep;
      options.onStep?.(t, y);
      if (hitsTarget) {
        if (stopIdx < nOut) yEval.push(Float64Array.from(y));
        stopIdx++;
      }
      if (Math.abs(hNew) > hMax) hNew = dir * hMax;
      if (lastRejected) hNew = dir * Math.min(Math.abs(hNew), Math.abs(hStep));
      if (hitsTarget && Math.abs(hStep) < Math.abs(h)) hNew = dir * Math.max(Math.abs(hNew), Math.min(Math.abs(h), hMax));
      lastRejected = false;
      h = hNew;
    } else {
      hNew = hStep / Math.min(FACC1, fac11 / SAFE);
      rejected++;
      lastRejected = true;
      h = hNew;
    }
  }
  return {
    t: t1,
    y,
    tEval: stops.slice(0, nOut),
    yEval,
    lastStep,
    stats: { accepted, rejected, rhsEvals, jacobianEvals: 0, decompositions: 0, solves: 0 },
    ...(yEmbedded ? { yEmbedded } : {}),
  };
}

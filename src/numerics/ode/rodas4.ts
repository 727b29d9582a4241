import { EmissError } from '../../core/errors.js';
import { luDecompose, luSolve } from './dense-lu.js';
import { errorNorm, initialStep, resolveOptions, clampStep } from './step-control.js';
import type { OdeOptions, OdeProblem, OdeResult } from './types.js';

/**
 * RODAS: the stiffly accurate, L-stable Rosenbrock method of order 4 with an embedded order-3 error estimate
 * (6 stages, 6 right-hand sides, one Jacobian and one LU per step), Hairer & Wanner, "Solving Ordinary
 * Differential Equations II", 2nd ed. (Springer 1996), §IV.7: the coefficient set of their Fortran code RODAS
 * (METH = 1). The coefficients below are transcribed from that code (as reproduced in Numerical Recipes 3rd ed.
 * §17.5.1, StepperRoss); test/ode.test.ts checks them by measuring the orders 4 and 3 of the two solutions
 * and R(∞) = 0 on y' = λy.
 *
 * Form used (the "transformed" form that avoids Jacobian-vector products): with W = 1/(γh) I − J,
 *   W k_i = f(t + c_i h, y + Σ_{j<i} a_ij k_j) + (1/h) Σ_{j<i} C_ij k_j + h d_i ∂f/∂t,
 *   y_{n+1} = y + Σ_j a_5j k_j + k_5 + k_6     (stages 5 and 6 sit at t + h; the method is stiffly accurate),
 *   error estimate = k_6.
 * Step-size control is Hairer's: h_new = h / clamp(err^{1/4}/0.9, 1/6, 5) with Gustafsson's predictive
 * correction after accepted steps; the Jacobian and ∂f/∂t are reused after a rejected step.
 */

const GAMMA = 0.25;
const C2 = 0.386;
const C3 = 0.21;
const C4 = 0.63;
const D1 = 0.25;
const D2 = -0.1043;
const D3 = 0.1035;
const D4 = -0.3620000000000023e-1;
const A21 = 1.544;
const A31 = 0.9466785280815826;
const A32 = 0.2557011698983284;
const A41 = 3.314825187068521;
const A42 = 2.896124015972201;
const A43 = 0.9986419139977817;
const A51 = 1.221224509226641;
const A52 = 6.019134481288629;
const A53 = 12.53708332932087;
const A54 = -0.687886036105895;
const C21 = -5.6688;
const C31 = -2.430093356833875;
const C32 = -0.2063599157091915;
const C41 = -0.1073529058151375;
const C42 = -9.594562251023355;
const C43 = -20.47028614809616;
const C51 = 7.496443313967647;
const C52 = -10.24680431464352;
const C53 = -33.99990352819905;
const C54 = 11.7089089320616;
const C61 = 8.083246795921522;
const C62 = -7.981132988064893;
const C63 = -31.52159432874371;
const C64 = 16.31930543123136;
const C65 = -6.058818238834054;

const SAFE = 0.9;
const FAC_MIN = 1 / 6; // h_new/h ≤ 6
const FAC_MAX = 5; // h_new/h ≥ 1/5
const SQRT_EPS = Math.sqrt(Number.EPSILON);

export interface RosenbrockOptions extends OdeOptions {
  /** fixed step size: no error control, every step accepted (for convergence-order tests) */
  readonly fixedStep?: number;
}

export interface RosenbrockResult extends OdeResult {
  /** embedded (order 3) solution at t1, only for fixed-step runs (order tests) */
  readonly yEmbedded?: Float64Array;
}

/**
 * Integrates y' = f(t, y) from t0 to t1 (either direction) with RODAS. Throws EmissError if the step size
 * underflows, the step budget runs out or the Jacobian system is singular at every step size tried.
 */
export function solveRodas4(
  problem: OdeProblem,
  t0: number,
  t1: number,
  y0: ArrayLike<number>,
  options: RosenbrockOptions = {},
): RosenbrockResult {
  const n = y0.length;
  const o = resolveOptions(n, t0, t1, y0, options);
  const { rtol, atol, hMax, maxSteps, stops, nOut } = o;
  const dir = Math.sign(t1 - t0);
  const { rhs } = problem;
  const needFt = !problem.autonomous;

  const y = Float64Array.from(y0);
  const ynew = new Float64Array(n);
  const ytmp = new Float64Array(n);
  const f0 = new Float64Array(n);
  const fk = new Float64Array(n);
  const ft = new Float64Array(n);
  const J = new Float64Array(n * n);
  const W = new Float64Array(n * n);
  const piv = new Int32Array(n);
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const k5 = new Float64Array(n);
  const k6 = new Float64Array(n);
  const fdY = new Float64Array(n);
  const fdF = new Float64Array(n);

  let rhsEvals = 0;
  let jacobianEvals = 0;
  let decompositions = 0;
  let solves = 0;
  let accepted = 0;
  let rejected = 0;

  const evalF = (t: number, yy: Float64Array, out: Float64Array) => {
    rhs(t, yy, out);
    rhsEvals++;
  };

  const jacobianAt = (t: number) => {
    jacobianEvals++;
    if (problem.jacobian) {
      problem.jacobian(t, y, J);
    } else {
      // forward differences, column by column; f0 = f(t, y) is already known
      for (let j = 0; j < n; j++) {
        const yj = y[j];
        const delta = SQRT_EPS * Math.max(Math.abs(yj), atol[j], 1e-300);
        fdY.set(y);
        fdY[j] = yj + delta;
        const d = fdY[j] - yj;
        evalF(t, fdY, fdF);
        for (let i = 0; i < n; i++) J[i * n + j] = (fdF[i] - f0[i]) / d;
      }
    }
    if (needFt) {
      if (problem.timeDerivative) {
        problem.timeDerivative(t, y, ft);
      } else {
        const dt = SQRT_EPS * Math.max(Math.abs(t), 1e-5) * dir;
        const tt = t + dt;
        evalF(tt, y, fdF);
        const d = tt - t;
        for (let i = 0; i < n; i++) ft[i] = (fdF[i] - f0[i]) / d;
      }
    }
  };

  const yEval: Float64Array[] = [];
  const custom = options.errorScale;
  const skBuf = new Float64Array(n);
  const fixed = options.fixedStep;
  if (fixed !== undefined && !(fixed > 0)) throw new EmissError(`fixedStep must be positive (got ${fixed})`);

  let t = t0;
  evalF(t, y, f0);
  let h: number;
  if (fixed !== undefined) h = dir * fixed;
  else if (options.h0 !== undefined) h = dir * Math.min(Math.abs(options.h0), hMax);
  else {
    h = initialStep(rhs, t, y, f0, dir, 4, rtol, atol, hMax, { y1: ytmp, f1: fk });
    rhsEvals++;
  }
  if (!(Math.abs(h) > 0)) throw new EmissError('initial step size is zero');

  let stopIdx = 0;
  let needJac = true;
  let lastRejected = false;
  let hAcc = 0;
  let errAcc = 0;
  let lastStep = 0;
  let yEmbedded: Float64Array | undefined;

  while (stopIdx < stops.length) {
    const target = stops[stopIdx];
    if (accepted + rejected >= maxSteps) {
      throw new EmissError(`RODAS: step budget of ${maxSteps} exhausted at t = ${t} (target ${t1})`);
    }
    // do not overshoot the next stopping point; land on it exactly when close
    const remaining = target - t;
    if (remaining === 0) {
      // an output point at the current time (e.g. t0 itself)
      if (stopIdx < nOut) yEval.push(Float64Array.from(y));
      stopIdx++;
      continue;
    }
    const { hStep, hitsTarget } = clampStep(h, remaining, t, dir, 'RODAS');
    if (needJac) {
      jacobianAt(t);
      needJac = false;
    }
    // W = 1/(γh) I − J
    const fac = 1 / (GAMMA * hStep);
    for (let i = 0; i < n * n; i++) W[i] = -J[i];
    for (let i = 0; i < n; i++) W[i * n + i] += fac;
    decompositions++;
    if (!luDecompose(W, n, piv)) {
      if (fixed !== undefined) throw new EmissError(`RODAS: singular iteration matrix at t = ${t}`);
      rejected++;
      lastRejected = true;
      h = hStep * 0.5;
      continue;
    }
    const ih = 1 / hStep;
    // stage 1
    for (let i = 0; i < n; i++) k1[i] = f0[i] + (needFt ? hStep * D1 * ft[i] : 0);
    luSolve(W, n, piv, k1);
    // stage 2
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + A21 * k1[i];
    evalF(t + C2 * hStep, ytmp, fk);
    for (let i = 0; i < n; i++) k2[i] = fk[i] + (needFt ? hStep * D2 * ft[i] : 0) + C21 * k1[i] * ih;
    luSolve(W, n, piv, k2);
    // stage 3
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + A31 * k1[i] + A32 * k2[i];
    evalF(t + C3 * hStep, ytmp, fk);
    for (let i = 0; i < n; i++) k3[i] = fk[i] + (needFt ? hStep * D3 * ft[i] : 0) + (C31 * k1[i] + C32 * k2[i]) * ih;
    luSolve(W, n, piv, k3);
    // stage 4
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + A41 * k1[i] + A42 * k2[i] + A43 * k3[i];
    evalF(t + C4 * hStep, ytmp, fk);
    for (let i = 0; i < n; i++) {
      k4[i] = fk[i] + (needFt ? hStep * D4 * ft[i] : 0) + (C41 * k1[i] + C42 * k2[i] + C43 * k3[i]) * ih;
    }
    luSolve(W, n, piv, k4);
    // stage 5 (at t + h)
    for (let i = 0; i < n; i++) ytmp[i] = y[i] + A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i];
    const tNew = hitsTarget ? target : t + hStep;
    evalF(tNew, ytmp, fk);
    for (let i = 0; i < n; i++) k5[i] = fk[i] + (C51 * k1[i] + C52 * k2[i] + C53 * k3[i] + C54 * k4[i]) * ih;
    luSolve(W, n, piv, k5);
    // stage 6 (at t + h): embedded solution ytmp, error k6
    for (let i = 0; i < n; i++) ytmp[i] += k5[i];
    evalF(tNew, ytmp, fk);
    for (let i = 0; i < n; i++) {
      k6[i] = fk[i] + (C61 * k1[i] + C62 * k2[i] + C63 * k3[i] + C64 * k4[i] + C65 * k5[i]) * ih;
    }
    luSolve(W, n, piv, k6);
    solves += 6;
    let finite = true;
    for (let i = 0; i < n; i++) {
      ynew[i] = ytmp[i] + k6[i];
      if (!Number.isFinite(ynew[i])) finite = false;
    }

    if (fixed !== undefined) {
      if (!finite) throw new EmissError(`RODAS: non-finite solution at t = ${tNew} with fixed step ${fixed}`);
      if (hitsTarget && stopIdx === stops.length - 1) yEmbedded = Float64Array.from(ytmp);
      y.set(ynew);
      t = tNew;
      accepted++;
      lastStep = hStep;
      evalF(t, y, f0);
      needJac = true;
      options.onStep?.(t, y);
      if (hitsTarget) {
        if (stopIdx < nOut) yEval.push(Float64Array.from(y));
        stopIdx++;
      }
      h = dir * fixed;
      continue;
    }

    let err = finite ? errorNorm(k6, y, ynew, rtol, atol, tNew, custom, skBuf) : Infinity;
    if (Number.isFinite(err) && options.validate && !options.validate(tNew, ynew)) {
      rejected++;
      lastRejected = true;
      h = hStep * 0.5;
      continue;
    }
    if (!Number.isFinite(err)) {
      rejected++;
      lastRejected = true;
      h = hStep * 0.2;
      continue;
    }
    err = Math.max(err, 1e-10);
    let facStep = Math.max(FAC_MIN, Math.min(FAC_MAX, err ** 0.25 / SAFE));
    let hNew = hStep / facStep;
    if (err <= 1) {
      // accepted
      if (accepted > 0) {
        let facGus = (hAcc / hStep) * (err * err / errAcc) ** 0.25 / SAFE;
        facGus = Math.max(FAC_MIN, Math.min(FAC_MAX, facGus));
        facStep = Math.max(facStep, facGus);
        hNew = hStep / facStep;
      }
      hAcc = hStep;
      errAcc = Math.max(1e-2, err);
      y.set(ynew);
      t = tNew;
      accepted++;
      lastStep = hStep;
      evalF(t, y, f0);
      needJac = true;
      options.onStep?.(t, y);
      if (hitsTarget) {
        if (stopIdx < nOut) yEval.push(Float64Array.from(y));
        stopIdx++;
      }
      if (Math.abs(hNew) > hMax) hNew = dir * hMax;
      if (lastRejected) hNew = dir * Math.min(Math.abs(hNew), Math.abs(hStep));
      // a step shortened only to land on an output point should not shrink the next one
      if (hitsTarget && Math.abs(hStep) < Math.abs(h)) hNew = dir * Math.max(Math.abs(hNew), Math.min(Math.abs(h), hMax));
      lastRejected = false;
      h = hNew;
    } else {
      rejected++;
      lastRejected = true;
      h = accepted === 0 ? hStep * 0.1 : hNew;
    }
  }

  return {
    t: t1,
    y,
    tEval: stops.slice(0, nOut),
    yEval,
    lastStep,
    stats: { accepted, rejected, rhsEvals, jacobianEvals, decompositions, solves },
    ...(yEmbedded ? { yEmbedded } : {}),
  };
}

/**
 * Fits of a model file's floating parameters (objective.ts gives −2 ln L with every nuisance profiled):
 *
 *   best fit      a grid pre-scan (`fit.prescan` points per parameter) then Nelder–Mead from the best grid point,
 *                 in the unit cube of the ranges (log-scaled where asked);
 *   curves        −2ΔlnL along each parameter on a grid (the other one profiled), for one or two floating parameters;
 *   intervals     profile-likelihood intervals {p_i : −2ΔlnL_prof(p_i) ≤ level}, level 1 (68.3 %) and 3.84 (95 %),
 *                 the other floating parameters re-minimised at each trial value; an end at the range boundary is
 *                 flagged;
 *   contours      −2ΔlnL on a grid of two parameters (the others profiled) and its level lines at 2.30 and 5.99
 *                 (68.3 % and 95 % for two parameters, Wilks);
 *   goodness      the saturated-model deviance of the Belle II likelihood at the best fit (main bins and constraint
 *                 terms) plus the χ² of the other terms, against ndof = bins + terms − floating parameters;
 *   significance  q₀ = −2 ln L(null) − (−2 ln L(best)), the null being the no-new-physics point (`fit.null`), with
 *                 the parameters it does not fix re-minimised; Z = √q₀ and the χ²(k) p-value, k = number of
 *                 parameters the null fixes.
 */
import { EmissError } from '../../core/errors.js';
import { nelderMead } from '../../numerics/nelder-mead.js';
import { brent } from '../../numerics/roots.js';
import { chi2Survival, significanceFromP } from '../../numerics/special/incomplete-gamma.js';
import { lgamma } from '../../numerics/special/lgamma.js';
import { contourSegments, type Segment } from './contours.js';
import type { FitProblem, PointResult } from './objective.js';
import type { FloatSpec } from './model-file.js';
import type { Values } from './physics.js';

/** Unit-cube coordinate ↔ parameter value. */
export function toValue(f: FloatSpec, u: number): number {
  const t = Math.min(1, Math.max(0, u));
  return f.log ? Math.exp(Math.log(f.min) + t * (Math.log(f.max) - Math.log(f.min))) : f.min + t * (f.max - f.min);
}
export function toUnit(f: FloatSpec, v: number): number {
  return f.log ? (Math.log(v) - Math.log(f.min)) / (Math.log(f.max) - Math.log(f.min)) : (v - f.min) / (f.max - f.min);
}

export interface FitOptions {
  readonly prescan?: number;
  readonly levels?: readonly number[];
  /** grid points per axis of the contour scans (default 21) */
  readonly contourPoints?: number;
  /** points of the one-parameter −2ΔlnL curves (default 21; 0: none). Computed when at most two parameters float */
  readonly profilePoints?: number;
  /** skip intervals / contours */
  readonly intervals?: boolean;
  readonly contours?: boolean;
  readonly onProgress?: (message: string) => void;
}

export interface Interval {
  readonly name: string;
  readonly level: number;
  readonly best: number;
  readonly lower: number;
  readonly upper: number;
  readonly lowerAtBound: boolean;
  readonly upperAtBound: boolean;
}

export interface Contour {
  readonly x: string;
  readonly y: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** −2ΔlnL[iy][ix] */
  readonly delta: readonly (readonly number[])[];
  readonly levels: readonly { readonly level: number; readonly segments: readonly Segment[] }[];
}

/** −2ΔlnL along one parameter, the others profiled. */
export interface ProfileCurve {
  readonly name: string;
  readonly values: readonly number[];
  readonly delta: readonly number[];
}

export interface FitReport {
  readonly best: PointResult;
  readonly profiles: readonly ProfileCurve[];
  readonly evaluations: number;
  readonly intervals: readonly Interval[];
  readonly contours: readonly Contour[];
  readonly goodness?: { readonly deviance: number; readonly ndof: number; readonly pValue: number; readonly belle2Deviance?: number };
  readonly significance?: { readonly null: Values; readonly q0: number; readonly z: number; readonly dof: number; readonly pValue: number; readonly zFromP: number };
}

/** Minimises −2 ln L over the floating parameters not in `fixed`; returns the best point. */
export function minimize(
  problem: FitProblem,
  fixed: Values = {},
  opts: { prescan?: number; start?: Values; counter?: { n: number } } = {},
): PointResult {
  const free = problem.floating.filter((f) => !(f.name in fixed));
  const counter = opts.counter ?? { n: 0 };
  let firstError: string | undefined;
  const at = (u: ArrayLike<number>): PointResult => {
    const v: Record<string, number> = { ...fixed };
    free.forEach((f, i) => (v[f.name] = toValue(f, u[i])));
    counter.n++;
    try {
      return problem.evaluate(v);
    } catch (e) {
      // a point where the model is not defined (e.g. outside a model's domain) is treated as excluded
      if (!(e instanceof EmissError)) throw e;
      firstError ??= e.message;
      return { values: { ...problem.defaults, ...v }, twiceNll: Infinity, terms: {}, brInvBK: NaN, converged: false };
    }
  };
  if (free.length === 0) return at([]);
  const n = opts.prescan ?? ([9, 5, 3][Math.min(free.length, 3) - 1] as number);
  let bestU: number[];
  let best: PointResult;
  if (opts.start) {
    bestU = free.map((f) => toUnit(f, opts.start![f.name] ?? problem.defaults[f.name]));
    best = at(bestU);
  } else {
    bestU = free.map((f) => toUnit(f, f.init ?? problem.defaults[f.name]));
    best = at(bestU);
  }
  if (n > 1 && !opts.start) {
    const total = n ** free.length;
    if (total > 20000) throw new EmissError(`a pre-scan of ${n}^${free.length} points is too large; lower fit.prescan`);
    for (let i = 0; i < total; i++) {
      let r = i;
      const u = free.map(() => {
        const k = r % n;
        r = Math.floor(r / n);
        return (k + 0.5) / n;
      });
      const res = at(u);
      if (res.twiceNll < best.twiceNll) {
        best = res;
        bestU = u;
      }
    }
  }
  const step = free.map(() => (n > 1 && !opts.start ? 0.5 / n : 0.05));
  const nm = nelderMead((u) => at(u).twiceNll, bestU, { lower: free.map(() => 0), upper: free.map(() => 1), step, ftol: 1e-9, xtol: 1e-6, maxEvaluations: 150 * (free.length + 1) });
  const fin = at(nm.x);
  const res = fin.twiceNll <= best.twiceNll ? fin : best;
  if (!Number.isFinite(res.twiceNll)) throw new EmissError(`the likelihood is not defined anywhere the fit looked${firstError ? `: ${firstError}` : ''}`);
  return res;
}

/** Profile interval of one floating parameter. */
export function profileInterval(problem: FitProblem, best: PointResult, name: string, level: number, counter: { n: number }): Interval {
  const f = problem.floating.find((x) => x.name === name);
  if (!f) throw new EmissError(`'${name}' does not float`);
  const others = problem.floating.length > 1;
  let start: Values = best.values;
  const q = (u: number): number => {
    const v = toValue(f, u);
    const r = others ? minimize(problem, { [name]: v }, { start, counter }) : (counter.n++, problem.evaluate({ [name]: v }));
    start = r.values;
    return r.twiceNll - best.twiceNll - level;
  };
  const u0 = toUnit(f, best.values[name]);
  const side = (dir: 1 | -1): { u: number; atBound: boolean } => {
    start = best.values;
    let inner = u0;
    let stepU = 0.02;
    for (let k = 0; k < 40; k++) {
      const outer = Math.min(1, Math.max(0, inner + dir * stepU));
      const v = q(outer);
      if (v >= 0) return { u: brent(q, Math.min(inner, outer), Math.max(inner, outer), 1e-6), atBound: false };
      if (outer === 0 || outer === 1) return { u: outer, atBound: true };
      inner = outer;
      stepU *= 1.6;
    }
    throw new EmissError(`could not bracket the ${level} crossing of ${name}`);
  };
  const lo = u0 <= 0 ? { u: 0, atBound: true } : side(-1);
  const hi = u0 >= 1 ? { u: 1, atBound: true } : side(1);
  return { name, level, best: best.values[name], lower: toValue(f, lo.u), upper: toValue(f, hi.u), lowerAtBound: lo.atBound, upperAtBound: hi.atBound };
}

/** −2ΔlnL on a grid of two floating parameters (others profiled). */
export function contourScan(problem: FitProblem, best: PointResult, x: string, y: string, points: number, levels: readonly number[], counter: { n: number }): Contour {
  const fx = problem.floating.find((f) => f.name === x);
  const fy = problem.floating.find((f) => f.name === y);
  if (!fx || !fy) throw new EmissError(`contour parameters ${x}, ${y} must both float`);
  const xs = Array.from({ length: points }, (_, i) => toValue(fx, i / (points - 1)));
  const ys = Array.from({ length: points }, (_, i) => toValue(fy, i / (points - 1)));
  const profile = problem.floating.length > 2;
  const raw: number[][] = [];
  let start: Values = best.values;
  for (let iy = 0; iy < points; iy++) {
    const row: number[] = [];
    for (let k = 0; k < points; k++) {
      const ix = iy % 2 === 0 ? k : points - 1 - k; // serpentine order: neighbours warm-start each other
      const fixed = { [x]: xs[ix], [y]: ys[iy] };
      const r = profile ? minimize(problem, fixed, { start, counter }) : (counter.n++, problem.evaluate(fixed));
      start = r.values;
      row[ix] = r.twiceNll;
    }
    raw.push(row);
  }
  const fmin = Math.min(best.twiceNll, ...raw.flat());
  const delta = raw.map((r) => r.map((v) => v - fmin));
  return { x, y, xs, ys, delta, levels: levels.map((level) => ({ level, segments: contourSegments(xs, ys, delta, level) })) };
}

/** Saturated-model deviance of the Belle II likelihood at the best fit (main bins + constraints). */
export function belle2Deviance(problem: FitProblem, best: PointResult): number | undefined {
  if (best.belle2 === undefined) return undefined;
  const model = problem.belle2Model(best.values);
  if (!model || !model.observed) return undefined;
  const cm = model.compiled;
  let sat = 0;
  for (const n of model.observed) sat += (n > 0 ? n * Math.log(n) : 0) - n - lgamma(n + 1);
  sat += cm.gLogNorm;
  for (let i = 0; i < cm.pAux.length; i++) {
    const a = model.auxdata[cm.pAux[i]];
    sat += (a > 0 ? a * Math.log(a) : 0) - a - lgamma(a + 1);
  }
  return best.belle2 - -2 * sat;
}

export function runFit(problem: FitProblem, opts: FitOptions = {}): FitReport {
  const counter = { n: 0 };
  const log = opts.onProgress ?? (() => {});
  log(`best fit of ${problem.floating.map((f) => f.name).join(', ') || '(nothing floats)'}`);
  const best = minimize(problem, {}, { prescan: opts.prescan ?? problem.file.fit.prescan, counter });
  const intervals: Interval[] = [];
  if (opts.intervals ?? true) {
    for (const f of problem.floating) {
      for (const level of opts.levels ?? [1, 3.841458820694124]) {
        log(`profile interval of ${f.name} at −2ΔlnL = ${level.toFixed(2)}`);
        intervals.push(profileInterval(problem, best, f.name, level, counter));
      }
    }
  }
  const profiles: ProfileCurve[] = [];
  const nProf = opts.profilePoints ?? 21;
  if (nProf > 1 && problem.floating.length <= 2) {
    for (const f of problem.floating) {
      log(`−2ΔlnL curve of ${f.name}`);
      const values = Array.from({ length: nProf }, (_, i) => toValue(f, i / (nProf - 1)));
      let start: Values = best.values;
      const raw = values.map((v) => {
        const r = problem.floating.length > 1 ? minimize(problem, { [f.name]: v }, { start, counter }) : (counter.n++, problem.evaluate({ [f.name]: v }));
        start = r.values;
        return r.twiceNll;
      });
      profiles.push({ name: f.name, values, delta: raw.map((x) => x - best.twiceNll) });
    }
  }
  const contours: Contour[] = [];
  if (opts.contours ?? true) {
    for (const [x, y] of problem.file.fit.contours) {
      log(`contour scan ${x} × ${y}`);
      contours.push(contourScan(problem, best, x, y, opts.contourPoints ?? 21, [2.295748928898636, 5.991464547107979], counter));
    }
  }
  // goodness of fit
  const dev = belle2Deviance(problem, best);
  const termChi2 = Object.values(best.terms).reduce((t, v) => t + v, 0);
  const nBins = dev !== undefined ? (problem.belle2?.base.nmain ?? 0) : 0;
  const ndof = nBins + problem.terms.length - problem.floating.length;
  const deviance = (dev ?? 0) + termChi2;
  const goodness = ndof > 0 ? { deviance, ndof, pValue: chi2Survival(deviance, ndof), ...(dev !== undefined ? { belle2Deviance: dev } : {}) } : undefined;
  // significance against the null point
  const nullPoint = nullValues(problem);
  let significance: FitReport['significance'];
  if (nullPoint && Object.keys(nullPoint).length) {
    log('fit under the no-new-physics hypothesis');
    const r0 = minimize(problem, nullPoint, { prescan: 3, counter });
    const q0 = Math.max(0, r0.twiceNll - best.twiceNll);
    const dof = Object.keys(nullPoint).filter((k) => problem.floating.some((f) => f.name === k)).length || 1;
    const p = chi2Survival(q0, dof);
    significance = { null: nullPoint, q0, z: Math.sqrt(q0), dof, pValue: p, zFromP: p > 0 && p < 1 ? significanceFromP(p / 2) : Infinity };
  }
  return { best, profiles, evaluations: counter.n, intervals, contours, ...(goodness ? { goodness } : {}), ...(significance ? { significance } : {}) };
}

/** The no-new-physics point of a model: `fit.null`, or the natural one of the model kind. */
export function nullValues(problem: FitProblem): Values | undefined {
  const f = problem.file;
  if (f.fit.null) {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(f.fit.null)) out[problem.floating.find((x) => x.name === k || x.name.endsWith(`:${k}`))?.name ?? k] = v;
    return out;
  }
  const p = f.physics;
  if (p.kind === 'two-body') return { br: 0 };
  if (p.kind === 'sm') return { mu: 1 };
  if (p.kind === 'wet' || p.kind === 'dark-pair') {
    const out: Record<string, number> = {};
    for (const fl of problem.floating) if (fl.name !== 'mass' && !fl.name.startsWith('lambda_eff:')) out[fl.name] = 0;
    return Object.keys(out).length ? out : undefined;
  }
  return undefined;
}

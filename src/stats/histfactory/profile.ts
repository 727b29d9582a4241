import { EmissError } from '../../core/errors.js';
import { brent } from '../../numerics/roots.js';
import { fit, type FitOptions, type FitResult } from './fit.js';
import type { PreparedData } from './likelihood.js';
import type { DataLike, Model } from './model.js';

/**
 * Profile likelihood of the parameter of interest: q(μ) = −2 ln L(μ, θ̂̂(μ)) − (−2 ln L(μ̂, θ̂)), where θ̂̂(μ) are
 * the nuisance parameters that maximise L at fixed μ (conditional fits, pyhf's `fixed_poi_fit`) and (μ̂, θ̂) the
 * global maximum (pyhf's `fit`). Scan points are fitted in order of distance from μ̂, each starting from the
 * solution of its neighbour, which makes a scan a few conditional fits' worth of work.
 */

export interface ProfilePoint {
  readonly poi: number;
  /** −2 ln L at the conditional maximum */
  readonly twiceNll: number;
  /** −2 Δ ln L relative to the global best fit */
  readonly deltaTwiceNll: number;
  readonly pars: Float64Array;
  readonly converged: boolean;
}

export interface ProfileScanResult {
  readonly poiName: string;
  readonly bestfit: FitResult;
  /** in the order of the requested values */
  readonly points: readonly ProfilePoint[];
}

export interface ProfileOptions extends Pick<FitOptions, 'fixed' | 'bounds' | 'gtol'> {
  /** the global fit, if already done (must be of the same model, data and fixed parameters) */
  readonly bestfit?: FitResult;
  /** Newton refinement of each conditional fit (default false; the quasi-Newton stage is precise to ~1e−9) */
  readonly refine?: boolean;
}

function requirePoi(model: Model): { name: string; index: number } {
  if (!model.poi) throw new EmissError('the model has no parameter of interest');
  return model.poi;
}

function prepared(model: Model, data: DataLike | undefined): PreparedData {
  if (data === undefined) {
    if (!model.data) throw new EmissError('the model has no observed data; pass data explicitly');
    return model.prepareData(model.data);
  }
  if ((data as PreparedData).kind === 'prepared') return data as PreparedData;
  return model.prepareData(data as ArrayLike<number>);
}

/** Conditional fit at poi = value starting from `start`. */
function conditional(
  model: Model,
  data: PreparedData,
  value: number,
  start: Float64Array,
  opts: ProfileOptions,
): FitResult {
  const poi = requirePoi(model);
  const init = Float64Array.from(start);
  init[poi.index] = value;
  return fit(model, data, {
    init,
    fixed: { ...(opts.fixed ?? {}), [poi.name]: value },
    bounds: opts.bounds,
    gtol: opts.gtol,
    uncertainties: false,
    refine: opts.refine ?? false,
  });
}

/** Profile scan of the POI at the given values. */
export function profileScan(
  model: Model,
  data: DataLike | undefined,
  values: readonly number[],
  opts: ProfileOptions = {},
): ProfileScanResult {
  const poi = requirePoi(model);
  for (const v of values) if (!Number.isFinite(v)) throw new EmissError(`scan value ${v} is not a finite number`);
  const d = prepared(model, data);
  const best = opts.bestfit ?? fit(model, d, { fixed: opts.fixed, bounds: opts.bounds });
  const mu0 = best.pars[poi.index];
  const order = values.map((v, i) => i);
  const up = order.filter((i) => values[i] >= mu0).sort((a, b) => values[a] - values[b]);
  const down = order.filter((i) => values[i] < mu0).sort((a, b) => values[b] - values[a]);
  const points: ProfilePoint[] = new Array(values.length);
  for (const sweep of [up, down]) {
    let start = best.pars;
    for (const i of sweep) {
      const r = conditional(model, d, values[i], start, opts);
      points[i] = {
        poi: values[i],
        twiceNll: r.twiceNll,
        deltaTwiceNll: r.twiceNll - best.twiceNll,
        pars: r.pars,
        converged: r.converged,
      };
      start = r.pars;
    }
  }
  return { poiName: poi.name, bestfit: best, points };
}

export interface ProfileInterval {
  readonly poiName: string;
  readonly bestfit: FitResult;
  readonly poiHat: number;
  /** lower end of {μ : q(μ) ≤ level}; the POI's lower bound if q stays below level down to it */
  readonly lower: number;
  readonly upper: number;
  readonly lowerAtBound: boolean;
  readonly upperAtBound: boolean;
  readonly level: number;
}

/**
 * The profile-likelihood interval {μ : q(μ) ≤ level} (level 1: the 68.3 % interval for one parameter), found by
 * Brent's method on q(μ) − level on each side of μ̂, bracketed from the Hessian uncertainty outwards.
 */
export function profileInterval(
  model: Model,
  data: DataLike | undefined,
  opts: ProfileOptions & { level?: number; xtol?: number } = {},
): ProfileInterval {
  const poi = requirePoi(model);
  const level = opts.level ?? 1;
  if (!(level > 0)) throw new EmissError(`interval level must be positive, got ${level}`);
  const d = prepared(model, data);
  const best = opts.bestfit ?? fit(model, d, { fixed: opts.fixed, bounds: opts.bounds });
  const muHat = best.pars[poi.index];
  const [lo, hi] = (opts.bounds ?? model.suggestedBounds())[poi.index];
  const sigma = best.poiUncertainty && best.poiUncertainty > 0 ? best.poiUncertainty : Math.max(1e-3, 0.1 * Math.abs(muHat) || 0.1);
  const cache: { mu: number; pars: Float64Array }[] = [{ mu: muHat, pars: best.pars }];
  const q = (mu: number): number => {
    let nearest = cache[0];
    for (const c of cache) if (Math.abs(c.mu - mu) < Math.abs(nearest.mu - mu)) nearest = c;
    const r = conditional(model, d, mu, nearest.pars, opts);
    cache.push({ mu, pars: r.pars });
    return r.twiceNll - best.twiceNll - level;
  };
  const side = (dir: 1 | -1): { x: number; atBound: boolean } => {
    const bound = dir > 0 ? hi : lo;
    let inner = muHat;
    let step = sigma * Math.sqrt(level);
    for (let k = 0; k < 60; k++) {
      const outer = dir > 0 ? Math.min(bound, inner + step) : Math.max(bound, inner - step);
      const v = q(outer);
      if (v >= 0) return { x: brent(q, Math.min(inner, outer), Math.max(inner, outer), opts.xtol ?? 1e-7), atBound: false };
      if (outer === bound) return { x: bound, atBound: true };
      inner = outer;
      step *= 1.6;
    }
    throw new EmissError('profile interval: could not bracket the crossing');
  };
  const l = side(-1);
  const u = side(1);
  return {
    poiName: poi.name,
    bestfit: best,
    poiHat: muHat,
    lower: l.x,
    upper: u.x,
    lowerAtBound: l.atBound,
    upperAtBound: u.atBound,
    level,
  };
}

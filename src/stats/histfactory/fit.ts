import { EmissError } from '../../core/errors.js';
import { minimizeBounded } from '../../numerics/bounded-lbfgs.js';
import { cholesky, choleskyInverse, choleskySolve } from '../../numerics/cholesky.js';
import { hessianFromGradient } from '../../numerics/hessian.js';
import type { PreparedData } from './likelihood.js';
import type { DataLike, Model, ParameterValues } from './model.js';

/**
 * Maximum-likelihood fits of a HistFactory model: minimise −2 ln L (pyhf's `twice_nll`) over the parameters
 * within their bounds, with the model's suggested-fixed parameters held at their initial values (like
 * `pyhf.infer.mle.fit`) plus any parameters fixed by the caller (conditional MLE, e.g. `pyhf.infer.mle.fixed_poi_fit`).
 *
 * Method: bounded L-BFGS on the analytic gradient (numerics/bounded-lbfgs.ts), then Newton refinement with the
 * Hessian obtained by central differences of the analytic gradient (numerics/hessian.ts). Uncertainties are
 * sqrt(diag(H⁻¹)) with H the Hessian of −ln L over the floating parameters (the usual "HESSE" errors; pyhf with
 * minuit reports the same quantity); fixed parameters get uncertainty 0.
 */

export interface FitOptions {
  /** parameters to fix, by name (number, or array for vector parameters; `name[i]` for one component) */
  readonly fixed?: ParameterValues;
  /** starting point: a full vector, or values by name on top of the model's inits */
  readonly init?: ArrayLike<number> | ParameterValues;
  /** bounds per parameter component (default: the model's suggested bounds) */
  readonly bounds?: readonly (readonly [number, number])[];
  /** compute the Hessian, covariance and uncertainties (default true) */
  readonly uncertainties?: boolean;
  /** Newton refinement after the quasi-Newton stage (default true) */
  readonly refine?: boolean;
  /** projected-gradient tolerance of the quasi-Newton stage, in units of the parameter scales (default 1e-5) */
  readonly gtol?: number;
  /** maximum quasi-Newton iterations (default 5000) */
  readonly maxIterations?: number;
  /**
   * Retry parameters with a kink at 0 (histosys code0, normsys code1) that end within 0.1 of it from the other
   * side and keep the lower minimum (default true; no effect for the default codes 4/4p, which are smooth).
   */
  readonly exploreKinks?: boolean;
}

export interface FitResult {
  /** best-fit parameter vector (pyhf order) */
  readonly pars: Float64Array;
  /** best-fit values by parameter name */
  readonly bestfit: Record<string, number | number[]>;
  /** −2 ln L at the best fit */
  readonly twiceNll: number;
  /** Hessian uncertainties per component (0 for fixed), or null if not requested / not positive definite */
  readonly uncertainties: Float64Array | null;
  /** covariance of all components (rows and columns of fixed ones are 0), or null */
  readonly covariance: Float64Array[] | null;
  readonly poi: number | null;
  readonly poiUncertainty: number | null;
  /** components held fixed */
  readonly fixed: readonly boolean[];
  readonly converged: boolean;
  readonly iterations: number;
  readonly evaluations: number;
  /** ‖P(x − ∇(−ln L)) − x‖_∞ at the result */
  readonly projectedGradient: number;
  readonly message: string;
}

function isVector(x: unknown): x is ArrayLike<number> {
  return Array.isArray(x) ? x.every((v) => typeof v === 'number') : ArrayBuffer.isView(x);
}

/** Resolves starting point, bounds and fixed mask of a fit. */
export function fitSetup(
  model: Model,
  opts: Pick<FitOptions, 'fixed' | 'init' | 'bounds'>,
): { x0: Float64Array; lower: Float64Array; upper: Float64Array; fixed: boolean[] } {
  const n = model.npars;
  let x0: Float64Array;
  if (opts.init === undefined) x0 = model.suggestedInit();
  else if (isVector(opts.init)) {
    if (opts.init.length !== n) throw new EmissError(`init has ${opts.init.length} entries, the model has ${n} parameters`);
    x0 = Float64Array.from(opts.init);
  } else x0 = model.parameterVector(opts.init as ParameterValues);
  const bounds = opts.bounds ?? model.suggestedBounds();
  if (bounds.length !== n) throw new EmissError(`bounds have ${bounds.length} entries, the model has ${n} parameters`);
  const lower = Float64Array.from(bounds, (b) => b[0]);
  const upper = Float64Array.from(bounds, (b) => b[1]);
  const fixed = model.suggestedFixed();
  if (opts.fixed) {
    const marker = model.parameterVector(opts.fixed, new Float64Array(n).fill(NaN));
    const values = model.parameterVector(opts.fixed, x0);
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(marker[i])) {
        fixed[i] = true;
        x0[i] = values[i];
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (fixed[i]) {
      lower[i] = x0[i];
      upper[i] = x0[i];
    } else if (!(lower[i] <= upper[i])) {
      throw new EmissError(`bounds of parameter component ${model.parNames[i]} are empty`);
    }
  }
  return { x0, lower, upper, fixed };
}

/**
 * Typical widths of the parameters, used to precondition the quasi-Newton search: σ of Gaussian constraints,
 * 1/√τ of Poisson ones, 1 for unconstrained parameters.
 */
export function parameterScales(model: Model): Float64Array {
  const s = new Float64Array(model.npars).fill(1);
  for (const p of model.parameters) {
    for (let i = 0; i < p.n; i++) {
      if (p.constraint === 'normal') s[p.offset + i] = (p.sigmas as readonly number[])[i];
      else if (p.constraint === 'poisson') s[p.offset + i] = 1 / Math.sqrt((p.factors as readonly number[])[i]);
    }
  }
  return s;
}

/** Parameter components whose interpolation has a derivative jump at 0 (histosys code0, normsys code1). */
export function kinkParameters(model: Model): number[] {
  const cm = model.compiled;
  const out = new Set<number>();
  cm.addPar.forEach((p, j) => {
    if (cm.addCode[j] === 0) out.add(p);
  });
  cm.nsPar.forEach((p, t) => {
    if (cm.nsCode[t] === 0) out.add(p);
  });
  return [...out].sort((a, b) => a - b);
}

function preparedOf(model: Model, data: DataLike | undefined): PreparedData {
  if (data === undefined) {
    if (!model.data) throw new EmissError('the model has no observed data; pass data explicitly');
    return model.prepareData(model.data);
  }
  if ((data as PreparedData).kind === 'prepared') return data as PreparedData;
  return model.prepareData(data as ArrayLike<number>);
}

/** Maximum-likelihood fit. `data` defaults to the model's observed data + auxdata. */
export function fit(model: Model, data?: DataLike, opts: FitOptions = {}): FitResult {
  const prepared = preparedOf(model, data);
  const { x0, lower, upper, fixed } = fitSetup(model, opts);
  const n = model.npars;
  const fg = (x: Float64Array, g: Float64Array): number => {
    const v = model.nllAndGrad(x, prepared, g);
    return Number.isFinite(v) ? v : Infinity;
  };
  if (!Number.isFinite(fg(Float64Array.from(x0, (v, i) => Math.min(upper[i], Math.max(lower[i], v))), new Float64Array(n)))) {
    throw new EmissError('the likelihood is not finite at the starting point of the fit');
  }
  const scales = parameterScales(model);
  const lbfgsOpts = { gtol: opts.gtol ?? 1e-5, maxIterations: opts.maxIterations ?? 5000, scale: scales };
  const res = minimizeBounded(fg, x0, lower, upper, lbfgsOpts);
  const x = Float64Array.from(res.x);
  let f = res.f;
  const g = Float64Array.from(res.grad);
  let evaluations = res.evaluations;

  // Kinks: code0 (histosys) and code1 (normsys) have a derivative jump at α = 0, so −ln L can have a local
  // minimum on each side of it. For each such parameter that ends near 0, try the other side.
  if (opts.exploreKinks ?? true) {
    const kinks = kinkParameters(model).filter((i) => !fixed[i]);
    for (let pass = 0; pass < 2 && kinks.length > 0; pass++) {
      let improved = false;
      for (const i of kinks) {
        if (Math.abs(x[i]) > 0.1) continue;
        const start = Float64Array.from(x);
        start[i] = x[i] > 0 ? -Math.max(x[i], 1e-3) : Math.max(-x[i], 1e-3);
        const r = minimizeBounded(fg, start, lower, upper, lbfgsOpts);
        evaluations += r.evaluations;
        if (r.f < f - 1e-9) {
          x.set(r.x);
          g.set(r.grad);
          f = r.f;
          improved = true;
        }
      }
      if (!improved) break;
    }
  }
  const gradOnly = (xx: Float64Array, gg: Float64Array): void => {
    model.nllAndGrad(xx, prepared, gg);
    evaluations++;
  };
  const freeIndices = (): number[] => {
    const idx: number[] = [];
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      const atLo = x[i] <= lower[i] && g[i] > 0;
      const atHi = x[i] >= upper[i] && g[i] < 0;
      if (!atLo && !atHi) idx.push(i);
    }
    return idx;
  };

  // Newton refinement; the last Hessian is kept for the uncertainties when it was taken close to the result
  let lastH: Float64Array[] | null = null;
  let lastIdx: number[] = [];
  const lastX = new Float64Array(n);
  if (opts.refine ?? true) {
    for (let it = 0; it < 6; it++) {
      const idx = freeIndices();
      if (idx.length === 0) break;
      const H = hessianFromGradient(gradOnly, x, idx, lower, upper);
      lastH = H;
      lastIdx = idx;
      lastX.set(x);
      const L = cholesky(H);
      if (!L) break;
      const step = choleskySolve(L, idx.map((i) => -g[i]));
      let maxStep = 0;
      idx.forEach((i, c) => (maxStep = Math.max(maxStep, Math.abs(step[c]) / scales[i])));
      let t = 1;
      let improved = false;
      const xt = Float64Array.from(x);
      const gt = new Float64Array(n);
      for (let ls = 0; ls < 4; ls++) {
        idx.forEach((i, c) => (xt[i] = Math.min(upper[i], Math.max(lower[i], x[i] + t * step[c]))));
        const ft = fg(xt, gt);
        evaluations++;
        if (ft <= f + 1e-12 * Math.max(1, Math.abs(f))) {
          x.set(xt);
          g.set(gt);
          f = Math.min(f, ft);
          improved = true;
          break;
        }
        t *= 0.5;
      }
      // stop when the step was tiny (quadratic convergence: the next one would be far below the noise)
      if (!improved || maxStep < 1e-4) break;
    }
  }

  let pg = 0;
  for (let i = 0; i < n; i++) pg = Math.max(pg, Math.abs(Math.min(upper[i], Math.max(lower[i], x[i] - g[i])) - x[i]));

  let uncertainties: Float64Array | null = null;
  let covariance: Float64Array[] | null = null;
  let message = res.message;
  if (opts.uncertainties ?? true) {
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (!fixed[i]) idx.push(i);
    if (idx.length > 0) {
      let near = lastH !== null && lastIdx.length === idx.length;
      for (let i = 0; near && i < n; i++) if (Math.abs(x[i] - lastX[i]) > 1e-4 * scales[i]) near = false;
      const H = near ? (lastH as Float64Array[]) : hessianFromGradient(gradOnly, x, idx, lower, upper);
      const L = cholesky(H);
      if (L) {
        const inv = choleskyInverse(L);
        covariance = Array.from({ length: n }, () => new Float64Array(n));
        uncertainties = new Float64Array(n);
        idx.forEach((i, r) => {
          idx.forEach((j, c) => ((covariance as Float64Array[])[i][j] = inv[r][c]));
          (uncertainties as Float64Array)[i] = Math.sqrt(inv[r][r]);
        });
      } else {
        message += '; Hessian not positive definite, no uncertainties';
      }
    } else {
      uncertainties = new Float64Array(n);
      covariance = Array.from({ length: n }, () => new Float64Array(n));
    }
  }
  const poiIdx = model.poi?.index;
  return {
    pars: x,
    bestfit: model.namedValues(x),
    twiceNll: 2 * f,
    uncertainties,
    covariance,
    poi: poiIdx === undefined ? null : x[poiIdx],
    poiUncertainty: poiIdx === undefined || !uncertainties ? null : uncertainties[poiIdx],
    fixed,
    converged: res.converged || pg < 1e-6,
    iterations: res.iterations,
    evaluations,
    projectedGradient: pg,
    message,
  };
}

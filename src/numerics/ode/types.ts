/**
 * Shared types of the ODE solvers (src/numerics/ode/): y' = f(t, y), y ∈ ℝⁿ stored in Float64Array.
 *
 * Right-hand sides write into a caller-owned output array (no allocation per call); Jacobians are dense
 * row-major n×n arrays, J[i·n + j] = ∂f_i/∂y_j. The solvers never keep references to the arrays they pass to
 * callbacks beyond the call, and callbacks must not keep them either (copy what you need in `onStep`).
 */
export type OdeRhs = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** Fills J (row-major, length n²) with ∂f/∂y at (t, y). */
export type OdeJacobian = (t: number, y: Float64Array, J: Float64Array) => void;

/** Fills dfdt with ∂f/∂t at (t, y). */
export type OdeTimeDerivative = (t: number, y: Float64Array, dfdt: Float64Array) => void;

export interface OdeProblem {
  /** f(t, y) */
  readonly rhs: OdeRhs;
  /** analytic Jacobian ∂f/∂y; forward differences when absent (implicit solvers only) */
  readonly jacobian?: OdeJacobian;
  /** analytic ∂f/∂t (Rosenbrock methods need it); forward differences when absent unless `autonomous` */
  readonly timeDerivative?: OdeTimeDerivative;
  /** f does not depend on t explicitly (skips ∂f/∂t) */
  readonly autonomous?: boolean;
}

export interface OdeOptions {
  /** relative tolerance (default 1e-6) */
  readonly rtol?: number;
  /** absolute tolerance, scalar or per component (default 1e-12) */
  readonly atol?: number | ArrayLike<number>;
  /** initial step (default: Hairer–Wanner starting-step heuristic) */
  readonly h0?: number;
  /** largest step (default |t1 − t0|) */
  readonly hMax?: number;
  /** maximum number of steps, accepted + rejected (default 100 000) */
  readonly maxSteps?: number;
  /** output points inside [t0, t1] in integration order; the solver steps onto each exactly */
  readonly tEval?: readonly number[];
  /**
   * Custom error weights: fill sk[i] > 0 with the size of an acceptable error in component i for the step
   * y → ynew ending at t (the default is atol_i + rtol·max(|y_i|, |ynew_i|)). Lets a caller that integrates a
   * deviation (e.g. Y − Y_eq) measure errors relative to the full quantity.
   */
  readonly errorScale?: (t: number, y: Float64Array, ynew: Float64Array, sk: Float64Array) => void;
  /**
   * Domain check of a candidate step: return false to reject it (the step is halved and retried), e.g. to keep
   * yields non-negative. Not consulted in fixed-step mode.
   */
  readonly validate?: (t: number, ynew: Float64Array) => boolean;
  /** called after every accepted step with the new (t, y); y is the solver's buffer (copy it to keep it) */
  readonly onStep?: (t: number, y: Float64Array) => void;
}

/** Work counters. */
export interface OdeStats {
  /** accepted steps */
  readonly accepted: number;
  /** rejected steps (error test, non-finite stage values or `validate` returning false) */
  readonly rejected: number;
  /** right-hand-side evaluations (including those for finite-difference Jacobians and ∂f/∂t) */
  readonly rhsEvals: number;
  /** Jacobian evaluations (analytic or finite-difference) */
  readonly jacobianEvals: number;
  /** LU decompositions */
  readonly decompositions: number;
  /** forward/back substitutions */
  readonly solves: number;
}

export interface OdeResult {
  /** final time (= t1) */
  readonly t: number;
  /** solution at t1 */
  readonly y: Float64Array;
  /** the requested output points and the solution there (same order as options.tEval) */
  readonly tEval: Float64Array;
  readonly yEval: readonly Float64Array[];
  /** last accepted step size */
  readonly lastStep: number;
  readonly stats: OdeStats;
}

/**
 * Form-factor nuisance parameters of the reweighted Belle II likelihood, as the redist method treats them
 * (redist/modifier.py `_svd`, `rotate_pars`; Belle II arXiv:2507.12393 §IV): the B → K form-factor coefficients a
 * are written as a = ā + Σ_k θ_k √λ_k v_k, with (λ_k, v_k) the eigen-decomposition of their covariance, so the θ_k
 * are independent unit Gaussians; each θ_k is a nuisance parameter of the likelihood with a N(0, 1) constraint.
 *
 * redist recomputes the reweighted yields at every θ. emiss evaluates the model's spectrum at θ_k = ±1 (one
 * direction at a time) and gives the likelihood the ±1σ yields as a HistFactory histosys template per direction
 * (6th-order polynomial interpolation inside |θ| ≤ 1, linear outside, pyhf code4p). This is exact at θ = 0, ±1 along
 * each direction and to first order in θ everywhere; it neglects the mixed second derivatives ∂²s/∂θ_k∂θ_l, which are
 * of order (δf/f)² ≈ 1e-3 of the yields for the few-per-cent form-factor uncertainties of B → K.
 *
 * The coefficients and covariance are those of the B → K form-factor set in use (the preset's, e.g. HPQCD 2022, or
 * the release's own EOS fit, belle2-release-bk): the form factors that predict the signal are the ones varied.
 */
import { EmissError } from '../../core/errors.js';
import { symmetricEigen } from '../../numerics/linalg.js';

export interface FormFactorDirections {
  /** √λ_k v_k (coefficient shifts of θ_k = +1), largest first */
  readonly shifts: readonly Float64Array[];
  readonly eigenvalues: readonly number[];
}

/** Eigen-directions of a covariance, dropping those with λ ≤ 1e-14 λ_max (numerically null directions). */
export function formFactorDirections(cov: readonly (readonly number[])[], max?: number): FormFactorDirections {
  if (cov.length === 0) throw new EmissError('the form-factor set has no covariance');
  const { values, vectors } = symmetricEigen(cov);
  const keep: number[] = [];
  for (let k = 0; k < values.length; k++) if (values[k] > 1e-14 * values[0]) keep.push(k);
  const chosen = max !== undefined ? keep.slice(0, max) : keep;
  return { shifts: chosen.map((k) => vectors[k].map((v) => v * Math.sqrt(values[k]))), eigenvalues: chosen.map((k) => values[k]) };
}

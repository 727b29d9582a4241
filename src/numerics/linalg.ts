import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/**
 * Square root of a covariance matrix for sampling: returns L with L Lᵀ = C.
 * Cholesky when C is positive definite; otherwise (published covariances are often rounded to be slightly
 * indefinite) the symmetric eigen-decomposition with negative eigenvalues clipped to zero.
 */
export function covarianceRoot(cov: readonly (readonly number[])[]): Float64Array[] {
  const n = cov.length;
  const L = Array.from({ length: n }, () => new Float64Array(n));
  let ok = true;
  for (let i = 0; i < n && ok; i++) {
    for (let j = 0; j <= i; j++) {
      let s = cov[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      if (i === j) {
        if (s <= 0) {
          ok = false;
          break;
        }
        L[i][i] = Math.sqrt(s);
      } else {
        L[i][j] = s / L[j][j];
      }
    }
  }
  if (ok) return L;
  const sym = new Matrix(cov.map((r, i) => r.map((x, j) => 0.5 * (x + cov[j][i]))));
  const eig = new EigenvalueDecomposition(sym, { assumeSymmetric: true });
  const vals = eig.realEigenvalues;
  const vecs = eig.eigenvectorMatrix;
  const R = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const lam = Math.max(vals[k], 0);
      R[i][k] = vecs.get(i, k) * Math.sqrt(lam);
    }
  }
  return R;
}

/** Correlation matrix → covariance with the given standard deviations. */
export function corrToCov(sigma: readonly number[], corr: readonly (readonly number[])[]): number[][] {
  return corr.map((row, i) => row.map((c, j) => c * sigma[i] * sigma[j]));
}

/** Solves the dense linear system A x = b (Gaussian elimination with partial pivoting). */
export function solveLinear(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const piv = M[c][c];
    if (piv === 0) throw new RangeError('singular matrix');
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/**
 * Eigen-decomposition of a symmetric matrix (ml-matrix), eigenvalues in decreasing order with their unit
 * eigenvectors (vectors[k] belongs to values[k]).
 */
export function symmetricEigen(m: readonly (readonly number[])[]): { values: number[]; vectors: Float64Array[] } {
  const n = m.length;
  const sym = new Matrix(m.map((r, i) => r.map((x, j) => 0.5 * (x + m[j][i]))));
  const eig = new EigenvalueDecomposition(sym, { assumeSymmetric: true });
  const vals = eig.realEigenvalues;
  const vecs = eig.eigenvectorMatrix;
  const order = vals.map((_, k) => k).sort((a, b) => vals[b] - vals[a]);
  return {
    values: order.map((k) => vals[k]),
    vectors: order.map((k) => Float64Array.from({ length: n }, (_, i) => vecs.get(i, k))),
  };
}

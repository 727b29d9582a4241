/**
 * In-place LU decomposition with partial pivoting of a dense row-major n×n Float64Array and the matching
 * forward/back substitution. Allocation-free: the caller owns the matrix and the Int32Array of pivots.
 * Used by the implicit ODE solvers for (1/(γh) I − J) k = b.
 */

/** Factorises A (row-major, overwritten by L\U, unit lower L). Returns false if a pivot is exactly zero. */
export function luDecompose(A: Float64Array, n: number, piv: Int32Array): boolean {
  for (let k = 0; k < n; k++) {
    let p = k;
    let max = Math.abs(A[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(A[i * n + k]);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    piv[k] = p;
    if (max === 0 || !Number.isFinite(max)) return false;
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = A[k * n + j];
        A[k * n + j] = A[p * n + j];
        A[p * n + j] = t;
      }
    }
    const inv = 1 / A[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const f = A[i * n + k] * inv;
      A[i * n + k] = f;
      if (f !== 0) for (let j = k + 1; j < n; j++) A[i * n + j] -= f * A[k * n + j];
    }
  }
  return true;
}

/** Solves A x = b in place (b becomes x) with the factors from luDecompose. */
export function luSolve(LU: Float64Array, n: number, piv: Int32Array, b: Float64Array): void {
  for (let k = 0; k < n; k++) {
    const p = piv[k];
    if (p !== k) {
      const t = b[k];
      b[k] = b[p];
      b[p] = t;
    }
  }
  for (let i = 1; i < n; i++) {
    let s = b[i];
    for (let j = 0; j < i; j++) s -= LU[i * n + j] * b[j];
    b[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= LU[i * n + j] * b[j];
    b[i] = s / LU[i * n + i];
  }
}

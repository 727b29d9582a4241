/**
 * Cholesky factorisation A = L Lᵀ of a symmetric positive-definite matrix (rows as Float64Array), solves and
 * the inverse. `cholesky` returns null when A is not positive definite (a pivot ≤ 0).
 */
export function cholesky(A: readonly Float64Array[]): Float64Array[] | null {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const Li = L[i];
    for (let j = 0; j <= i; j++) {
      const Lj = L[j];
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= Li[k] * Lj[k];
      if (i === j) {
        if (!(s > 0)) return null;
        Li[i] = Math.sqrt(s);
      } else {
        Li[j] = s / Lj[j];
      }
    }
  }
  return L;
}

/** Solves L Lᵀ x = b. */
export function choleskySolve(L: readonly Float64Array[], b: ArrayLike<number>): Float64Array {
  const n = L.length;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    const Li = L[i];
    for (let k = 0; k < i; k++) s -= Li[k] * y[k];
    y[i] = s / Li[i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= L[k][i] * x[k];
    x[i] = s / L[i][i];
  }
  return x;
}

/** (L Lᵀ)⁻¹. */
export function choleskyInverse(L: readonly Float64Array[]): Float64Array[] {
  const n = L.length;
  // invert L (lower triangular), then A⁻¹ = L⁻ᵀ L⁻¹
  const Li = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    Li[i][i] = 1 / L[i][i];
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i][k] * Li[k][j];
      Li[i][j] = s / L[i][i];
    }
  }
  const inv = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += Li[k][i] * Li[k][j];
      inv[i][j] = s;
      inv[j][i] = s;
    }
  }
  return inv;
}

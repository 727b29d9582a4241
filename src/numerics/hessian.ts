/**
 * Hessian of a function from its analytic gradient by central differences (one-sided at bounds):
 *   H_{·j} ≈ (∇f(x + h_j e_j) − ∇f(x − h_j e_j)) / (2 h_j),  h_j = relStep · max(1, |x_j|),
 * restricted to the variables `indices`, then symmetrised. Truncation error O(h²), rounding O(ε |∇f| / h).
 */
export function hessianFromGradient(
  grad: (x: Float64Array, g: Float64Array) => void,
  x: ArrayLike<number>,
  indices: readonly number[],
  lower?: ArrayLike<number>,
  upper?: ArrayLike<number>,
  relStep = 1e-5,
): Float64Array[] {
  const n = x.length;
  const m = indices.length;
  const H = Array.from({ length: m }, () => new Float64Array(m));
  const xp = Float64Array.from(x);
  const gp = new Float64Array(n);
  const gm = new Float64Array(n);
  for (let c = 0; c < m; c++) {
    const j = indices[c];
    const xj = x[j];
    const h = relStep * Math.max(1, Math.abs(xj));
    const canUp = upper === undefined || xj + h <= upper[j];
    const canDown = lower === undefined || xj - h >= lower[j];
    const hp = canUp ? h : 0;
    const hm = canDown ? h : 0;
    xp[j] = xj + hp;
    grad(xp, gp);
    xp[j] = xj - hm;
    grad(xp, gm);
    xp[j] = xj;
    const denom = hp + hm;
    for (let r = 0; r < m; r++) H[r][c] = (gp[indices[r]] - gm[indices[r]]) / denom;
  }
  for (let r = 0; r < m; r++) {
    for (let c = r + 1; c < m; c++) {
      const v = 0.5 * (H[r][c] + H[c][r]);
      H[r][c] = v;
      H[c][r] = v;
    }
  }
  return H;
}

import type { Complex } from '../core/complex.js';
import { mul, conj } from '../core/complex.js';

/**
 * CKM matrix in the standard parametrisation from tree-level inputs (|V_us|, |V_ub|, |V_cb|, γ), exactly as
 * flavio's "Tree" implementation (ckmutil.ckm.ckm_tree with the exact δ(γ) relation):
 * s13 = |V_ub|, s12 = |V_us|/c13, s23 = |V_cb|/c13,
 * δ = atan[(1 − k²)/(cot γ − k √(1/sin²γ − k²))], k = s13 tan θ23 / tan θ12.
 * Returns V[i][j] with i ∈ {u,c,t}, j ∈ {d,s,b}.
 */
export type CkmMatrix = readonly (readonly Complex[])[];

export function ckmTree(Vus: number, Vub: number, Vcb: number, gamma: number): CkmMatrix {
  const s13 = Vub;
  const c13 = Math.sqrt(1 - s13 * s13);
  const s12 = Vus / c13;
  const c12 = Math.sqrt(1 - s12 * s12);
  const s23 = Vcb / c13;
  const c23 = Math.sqrt(1 - s23 * s23);
  const k = (s13 * (s23 / c23)) / (s12 / c12);
  const delta = Math.atan((1 - k * k) / (1 / Math.tan(gamma) - k * Math.sqrt(1 / Math.sin(gamma) ** 2 - k * k)));
  const e = { re: Math.cos(delta), im: Math.sin(delta) };
  const r = (x: number): Complex => ({ re: x, im: 0 });
  const sc = (c: Complex, x: number): Complex => ({ re: c.re * x, im: c.im * x });
  const sub = (a: Complex, b: Complex): Complex => ({ re: a.re - b.re, im: a.im - b.im });
  const neg = (a: Complex): Complex => ({ re: -a.re, im: -a.im });
  return [
    [r(c12 * c13), r(s12 * c13), sc(conj(e), s13)],
    [sub(r(-s12 * c23), sc(e, c12 * s23 * s13)), sub(r(c12 * c23), sc(e, s12 * s23 * s13)), r(s23 * c13)],
    [sub(r(s12 * s23), sc(e, c12 * c23 * s13)), sub(neg(r(c12 * s23)), sc(e, s12 * c23 * s13)), r(c23 * c13)],
  ];
}

/** λ_q^{ij} = V_{qi} V_{qj}* for the FCNC b→s (V_tb V_ts*), b→d (V_tb V_td*), s→d (V_ts* V_td) combinations. */
export function ckmProducts(V: CkmMatrix): {
  VtbVts: Complex;
  VtbVtd: Complex;
  VtsVtd: Complex;
  VcsVcd: Complex;
} {
  return {
    VtbVts: mul(V[2][2], conj(V[2][1])),
    VtbVtd: mul(V[2][2], conj(V[2][0])),
    VtsVtd: mul(conj(V[2][1]), V[2][0]),
    VcsVcd: mul(conj(V[1][1]), V[1][0]),
  };
}

/**
 * The SM ("null") B+ → K+ νν̄ spectrum the Belle II number densities are normalised to: class NullPrediction of
 * scripts/utils.py in lorenzennio/knunu-reinterpretation-mini (the code that built the reinterpretation release;
 * eq. (16) of arXiv:2207.13371 with the HPQCD f+ of arXiv:2207.12468), transcribed with its constants:
 *
 *   dBR/dq² = f · λ(m_B², m_K², q²)^{3/2} / (2 m_B)³ · f+(q²)²,
 *   f = G_F² α² X_t² |V_tb V_ts|² τ_B / (32 π⁵ sin⁴θ_W),
 *   f+(q²) = 1.304 / (1 − q²/m_{B_s*}²) Σ_{n=0}^{2} a_n [zⁿ − (n/3)(−1)^{n−3} z³],
 *   z = (√(t₊ − q²) − √t₊)/(√(t₊ − q²) + √t₊), t₊ = (m_B + m_K)², t₀ = 0,
 * with G_F = 1.1663787e-5 GeV⁻², 1/α = 127.952, X_t = 1.468, sin²θ_W = 0.23124, |V_tb V_ts| = 0.04185,
 * m_B = 5.279495, m_K = 0.495644, m_{B_s*} = 5.4158 GeV, τ_B = 1.638 ps / 6.58211e-25 GeV s, (a_0, a_1, a_2) =
 * (0.2545, −0.71, 0.32) and the factor 1.304 ("LOG_SB"). (These are the release's inputs, not emiss's: the
 * spectrum only serves as the denominator of the reweighting, as in redist.)
 *
 * Bin integrals use 16-point Gauss–Legendre per bin, redist's default rule (redist/modifier.py, quad="gauss",
 * quad_order=16); the spectrum is smooth inside [0, 22.885] GeV² (its endpoint (m_B − m_K)² = 22.8858 GeV² lies
 * just above the last edge).
 */
import { gaussLegendreOn } from '../../numerics/gauss-legendre.js';
import { generatedEdges, N_GEN } from './release.js';

export const NULL_INPUTS = Object.freeze({
  GF: 1.1663787e-5,
  alphaInv: 127.952,
  Xt: 1.468,
  s2w: 0.23124,
  Vtbts: 0.04185,
  mB: 5.279495,
  mK: 0.495644,
  mBsStar: 5.4158,
  tauB: 1.638e-12 / 6.58211e-25,
  a: [0.2545, -0.71, 0.32] as const,
  logSB: 1.304,
  source: 'lorenzennio/knunu-reinterpretation-mini scripts/utils.py (PhysicalConstants, FormFactorConfig, NullPrediction)',
});

/** dBR/dq² of the release's null spectrum at q² (GeV⁻²); 0 outside [0, (m_B − m_K)²]. */
export function nullSpectrum(q2: number): number {
  const c = NULL_INPUTS;
  const mB2 = c.mB * c.mB;
  const mK2 = c.mK * c.mK;
  const lam = mB2 * mB2 + mK2 * mK2 + q2 * q2 - 2 * (mB2 * mK2 + mK2 * q2 + mB2 * q2);
  if (!(q2 >= 0) || !(lam > 0)) return 0;
  const tp = (c.mB + c.mK) ** 2;
  const sq = Math.sqrt(tp - q2);
  const s0 = Math.sqrt(tp);
  const z = (sq - s0) / (sq + s0);
  const z3 = z * z * z;
  // Σ a_n (zⁿ − (n/3)(−1)^{n−3} z³): n = 1 → z − z³/3, n = 2 → z² + (2/3) z³
  const fp = ((c.a[0] + c.a[1] * (z - z3 / 3) + c.a[2] * (z * z + (2 / 3) * z3)) * c.logSB) / (1 - q2 / (c.mBsStar * c.mBsStar));
  const alpha = 1 / c.alphaInv;
  const f = ((c.GF * c.GF * alpha * alpha * c.Xt * c.Xt) / (32 * Math.PI ** 5 * c.s2w * c.s2w)) * c.tauB * c.Vtbts * c.Vtbts;
  return (f * lam ** 1.5 * fp * fp) / (2 * c.mB) ** 3;
}

/** ∫ over each generated bin (index 0 = sentinel [−1, 0): 0) with 16-point Gauss–Legendre. */
export function nullBinned(edges: readonly number[] = generatedEdges()): Float64Array {
  const out = new Float64Array(N_GEN);
  for (let j = 1; j < N_GEN; j++) {
    const r = gaussLegendreOn(edges[j], edges[j + 1], 16);
    let s = 0;
    for (let k = 0; k < 16; k++) s += r.weights[k] * nullSpectrum(r.nodes[k]);
    out[j] = s;
  }
  return out;
}

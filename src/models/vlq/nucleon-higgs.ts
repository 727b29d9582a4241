/**
 * Direct detection and the Higgs-gluon coupling of the VLQ scalar-DM model (paper 001).
 *
 * DM–nucleon scattering (the cross section that Migdal-effect searches (XENON1T, PandaX-4T) bound for sub-GeV DM).
 * From L = ½ C^{S,qq}(q̄q)φ² and ⟨N|m_q q̄q|N⟩ = m_N f_Tq^(N): L_eff = ½ G_N N̄N φ², G_N = Σ_q C^{S,qq} m_N f_Tq^(N)/m_q;
 * the vertex is ½G_N · 2 = G_N (two contractions of φ²) and ū u = 2m_N, so M = 2m_N G_N and σ = |M|²/(16π s) at
 * threshold, i.e.
 *   σ_φN = μ²_φN G_N²/(4π m_φ²),   μ_φN = m_φ m_N/(m_φ + m_N).
 * For a nucleus (coherent, per nucleon) with R_d/s = C^{S,dd}/C^{S,ss}, paper 001:
 *   σ_φN = μ²/(4π m_φ²) (m_N f_Ts C^{S,ss}/m_s)² [(1 + (m_s/m_d)(f_Td^p/f_Ts) R) Z/A + (1 + (m_s/m_d)(f_Td^n/f_Ts) R)(A − Z)/A]²
 *        ≈ μ²/(4π m_φ²) (m_N f_Ts C^{S,ss}/m_s)² [(1 + 16.84 R) Z/A + (1 + 24.82 R)(A − Z)/A]²
 * with the inputs of paper 001 (from E. Del Nobile, arXiv:2104.12785): m_s = 93.4 MeV, m_s/m_d = 19.5,
 * f_Ts = 0.044 (p and n), f_Td^p = 0.038, f_Td^n = 0.056 (`VLQ_NUCLEON_INPUTS`). m_N = (m_p + m_n)/2.
 *
 * h → gg (paper 001): integrating out Q and D with the Higgs couplings y1, y2 gives
 *   ΔL = −Re[y1 y2*] v²/(m_D m_Q) · (α_s/12π)(h/v) G^a G^a − (α_s/4π) Im[y1 y2*] v/(2 m_D m_Q) · h G^a G̃^a,
 * to be compared with the SM heavy-top term +(α_s/12π)(h/v) G G. For L = c h GG + c̃ h GG̃ the rate is ∝ c² + c̃²
 * (same polarisation sum), so with r = y1 y2* v²/(m_Q m_D):
 *   Γ(h → gg)/Γ_SM = (1 − Re r)² + (9/4)(Im r)²    (12/8 = 3/2 between the CP-odd and CP-even normalisations),
 * in the heavy-quark limit for all coloured loops. Paper 001: v²/(m_Q m_D) ∼ 0.007 for 3 TeV VLQs.
 */
import { EmissError } from '../../core/errors.js';
import { mul, conj, type Complex } from '../../core/complex.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';
import { higgsVev, type VlqParams } from './matching.js';

export const VLQ_NUCLEON_INPUTS = Object.freeze({
  ms: 0.0934,
  msOverMd: 19.5,
  fTs: 0.044,
  fTdp: 0.038,
  fTdn: 0.056,
  source: 'paper 001 (He, Ma, Schmidt, Valencia, Volkas), values from E. Del Nobile, arXiv:2104.12785',
});

export interface NucleonInputs {
  readonly ms: number;
  readonly msOverMd: number;
  readonly fTs: number;
  readonly fTdp: number;
  readonly fTdn: number;
}

/** The coefficients (m_s/m_d)(f_Td^p/f_Ts) and (m_s/m_d)(f_Td^n/f_Ts) (paper 001: 16.84 and 24.82). */
export function migdalRatioCoefficients(inp: NucleonInputs = VLQ_NUCLEON_INPUTS): { proton: number; neutron: number } {
  return { proton: (inp.msOverMd * inp.fTdp) / inp.fTs, neutron: (inp.msOverMd * inp.fTdn) / inp.fTs };
}

/** σ_φN [GeV⁻²] per nucleon for a nucleus (Z, A) (Z = A = 1: proton; Z = 0, A = 1: neutron). */
export function vlqNucleonCrossSection(
  ps: ParameterSet,
  mphi: number,
  Css: number,
  R: number,
  Z: number,
  A: number,
  inp: NucleonInputs = VLQ_NUCLEON_INPUTS,
): number {
  if (!(mphi > 0)) throw new EmissError(`m_phi must be positive (got ${mphi})`);
  if (!(A >= 1 && Z >= 0 && Z <= A)) throw new EmissError(`nucleus needs 0 ≤ Z ≤ A, A ≥ 1 (got Z = ${Z}, A = ${A})`);
  const mN = 0.5 * (param(ps, 'm_p') + param(ps, 'm_n'));
  const mu = (mphi * mN) / (mphi + mN);
  const k = migdalRatioCoefficients(inp);
  const bracket = (1 + k.proton * R) * (Z / A) + (1 + k.neutron * R) * ((A - Z) / A);
  const g = (mN * inp.fTs * Css) / inp.ms;
  return ((mu * mu) / (4 * Math.PI * mphi * mphi)) * g * g * bracket * bracket;
}

/** r = y1 y2* v²/(m_Q m_D) and Γ(h → gg)/Γ_SM = (1 − Re r)² + (9/4)(Im r)². */
export function vlqHiggsGluonRatio(p: VlqParams, ps: ParameterSet): { r: Complex; ratio: number } {
  const v = higgsVev(ps);
  const y = mul(p.y1, conj(p.y2));
  const k = (v * v) / (p.mQ * p.mD);
  const r = { re: y.re * k, im: y.im * k };
  return { r, ratio: (1 - r.re) ** 2 + 2.25 * r.im * r.im };
}

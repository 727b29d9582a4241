/**
 * The VLQ scalar-DM model (paper 001, He–Ma–Schmidt–Valencia–Volkas) as a named parameter schema, so that one
 * model file ({model: vlq, parameters: {…}}) drives B physics (B → K(*)φφ, B_s → φφ), the relic density, direct
 * detection and h → gg. Yukawas are real (CP-conserving flavour couplings: C^{S,ii} real, as the chiral
 * realisation in annihilation.ts assumes) except y2, whose phase (y2_im) enters the CP-odd h → gg term.
 *
 * Defaults: an emiss benchmark in the spirit of paper 001 (its benchmark Yukawas are not in the extracted text):
 * m_φ = 1 GeV, m_Q = m_D = 2 TeV, y1 = y2 = 1, y_q^s = y_d^s = 1.27 (C^{S,ss} = 0.140/TeV: Ω h² = 0.12 with emiss's
 * freeze-out), y_q^d = −y_d^d = 0.254 = 0.2 y^s (paper 001: "|y^d_{q,d}| ∼ 0.2|y^s_{q,d}|, |C^{S,dd}| ∼ 0.04|C^{S,ss}|";
 * the relative sign makes R_d/s = C^{S,dd}/C^{S,ss} = −0.04, which nearly cancels the xenon coherent coupling of
 * the Migdal-effect bound, (1 + 16.84R)Z/A + (1 + 24.82R)(A−Z)/A = 0 at R = −0.046 — the "interplay between
 * parameters" paper 001 needs to escape PandaX-4T; it also gives C^{S,ds} = 0), y_q^b = 0 and y_d^b = 1.10·10⁻³
 * (C^{S,sb} ≈ |C^{P,sb}| ≈ 6.2·10⁻⁵/TeV: BR(B⁺ → K⁺φφ) = 0.86·10⁻⁵, the new-average NP window of paper 001
 * eq. (1.4)).
 */
import type { MediatorModel, ModelParamDef } from '../mediators.js';
import type { VlqParams } from './matching.js';

const num = (name: string, def: number, unit: string, description: string, extra: Partial<ModelParamDef> = {}): ModelParamDef => ({
  name,
  default: def,
  unit,
  description,
  ...extra,
});

export const VLQ_MODEL: MediatorModel = {
  name: 'vlq',
  title: 'real scalar DM φ with vector-like quarks Q ∼ (3,2,1/6), D ∼ (3,1,−1/3) (t-channel mediators)',
  source: 'paper 001 (He, Ma, Schmidt, Valencia, Volkas, JHEP 07 (2024) 168): eqs. (2.1), (3.2), LEFT C^S, C^P; defaults = emiss benchmark (src/models/vlq/model.ts)',
  params: [
    num('m_phi', 1, 'GeV', 'DM mass m_φ', { above: 0 }),
    num('m_Q', 2000, 'GeV', 'mass of the doublet VLQ Q', { above: 0 }),
    num('m_D', 2000, 'GeV', 'mass of the singlet VLQ D', { above: 0 }),
    num('y1', 1, '1', 'Higgs Yukawa y1 (Q̄_L D_R H), real by rephasing'),
    num('y2', 1, '1', 'Re y2 (Q̄_R D_L H)'),
    num('y2_im', 0, '1', 'Im y2 (CP-odd h → gg)'),
    num('yq_d', 0.254, '1', 'y_q^d (q̄_L^d Q_R φ)'),
    num('yq_s', 1.27, '1', 'y_q^s'),
    num('yq_b', 0, '1', 'y_q^b'),
    num('yd_d', -0.254, '1', 'y_d^d (D̄_L d_R φ)'),
    num('yd_s', 1.27, '1', 'y_d^s'),
    num('yd_b', 1.1e-3, '1', 'y_d^b'),
    num('B0', 0, 'GeV', 'chiral condensate parameter B₀ (0: m_π⁺²/(m_u + m_d) of the preset)', { min: 0 }),
  ],
};

export function vlqParamsFrom(p: Readonly<Record<string, number>>): VlqParams {
  const c = (re: number, im = 0) => ({ re, im });
  return {
    mphi: p.m_phi,
    mQ: p.m_Q,
    mD: p.m_D,
    y1: c(p.y1),
    y2: c(p.y2, p.y2_im),
    yq: [c(p.yq_d), c(p.yq_s), c(p.yq_b)],
    yd: [c(p.yd_d), c(p.yd_s), c(p.yd_b)],
  };
}

import { overrideTable, type ParameterTable } from './types.js';
import { PDG2024_PARAMETERS } from './pdg2024.js';
import { HBAR_GEV_S } from '../core/units.js';

/**
 * flavio v2.7.0 default inputs, exactly as recorded in data/reference/flavio-2.7.json ("inputs"):
 * flavio/data/parameters_uncorrelated.yml and PDG 2022 masses/lifetimes from scikit-hep/particle v0.26.2.
 * Lifetimes: flavio stores τ in GeV⁻¹; converted here with ħ = 6.582119569e-25 GeV s.
 */
const SRC = 'flavio v2.7.0 default input (data/reference/flavio-2.7.json → inputs)';
const PDG22 = 'flavio v2.7.0: PDG 2022 via scikit-hep/particle v0.26.2 (data/reference/flavio-2.7.json)';
const v = (value: number, sigma: number, source = SRC) => ({ value, sigma, source, provenance: 'verified' as const });
const tau = (gevInv: number, sigmaGevInv: number) => v(gevInv * HBAR_GEV_S, sigmaGevInv * HBAR_GEV_S, PDG22);

export const FLAVIO27_PARAMETERS: ParameterTable = overrideTable(PDG2024_PARAMETERS, {
  GF: v(1.1663788e-5, 6e-12),
  alpha_e: v(0.00781549, 5.5e-7),
  s2w: v(0.23121, 4e-5),
  alpha_s: v(0.1184, 0.0008),
  Xt: v(1.462, 0.01711724276862369),
  Vus: v(0.2248, 0.0006),
  Vub: v(0.00364, 0.00016),
  Vcb: v(0.04197, 0.00048),
  gamma: v(1.15, 0.06),
  'm_B+': v(5.27934, 0.00012, PDG22),
  m_B0: v(5.27966, 0.00012, PDG22),
  'm_K+': v(0.493677, 1.6e-5, PDG22),
  m_K0: v(0.497611, 1.3e-5, PDG22),
  'm_K*+': v(0.8955, 0.0008, PDG22),
  'm_K*0': v(0.89555, 0.0002, PDG22),
  'm_pi+': v(0.13957039, 1.8e-7, PDG22),
  m_pi0: v(0.1349768, 5e-7, PDG22),
  'm_rho+': v(0.77526, 0.00023, PDG22),
  m_rho0: v(0.77526, 0.00023, PDG22),
  'tau_B+': tau(2488800398208.0635, 6194127422.120617),
  tau_B0: tau(2307869836141.2417, 5858889498.627662),
  // b → s ℓℓ, B_s → ℓℓ inputs (flavio v2.7.0 central values; running masses computed by flavio's running module)
  m_e: v(0.00051099895, 1.5e-13, PDG22),
  m_mu: v(0.1056583755, 2.3e-9, PDG22),
  m_tau: v(1.77686, 0.00012, PDG22),
  m_Bs: v(5.36692, 0.00018, PDG22),
  tau_Bs: tau(2309468822170.9004, 0.005e-12 / HBAR_GEV_S),
  f_Bs: v(0.2303, 0.0013),
  'DeltaGamma/Gamma_Bs': v(0.129, 0.009),
  m_t: v(172.5, 0.7),
  m_b: v(4.195, 0.014),
  m_c: v(1.273, 0.01),
  m_s: v(0.09247, 0.00069),
  'm_b(4.8)': v(4.094053707418375, 0.014, 'flavio v2.7.0 running.get_mb(par, 4.8) at the default inputs (2-loop… 4-loop RunDec running as flavio)'),
  'm_s(4.8)': v(0.07590734961623889, 0.00057, 'flavio v2.7.0 running.get_ms(par, 4.8) at the default inputs'),
  m_b_pole: v(4.797412100434401, 0.06, 'flavio v2.7.0 running.get_mb_pole(par) (2-loop conversion) at the default inputs'),
  m_c_pole: v(1.683648130387999, 0.03, 'flavio v2.7.0 running.get_mc_pole(par) (2-loop conversion) at the default inputs'),
});

import { makeTable, type ParameterDef } from './types.js';

/**
 * Default inputs: PDG 2024 (S. Navas et al., Phys. Rev. D 110 (2024) 030001) unless stated.
 * Masses in GeV, lifetimes in seconds. Parameter names follow flavio where flavio has one.
 */
const PDG = 'PDG 2024, Phys. Rev. D 110, 030001';
const p = (
  name: string,
  value: number,
  sigma: number,
  unit: string,
  description: string,
  source = PDG,
  provenance: ParameterDef['provenance'] = 'recalled',
  note?: string,
): ParameterDef => ({ name, value, sigma, unit, description, source, provenance, ...(note ? { note } : {}) });

export const PDG2024_PARAMETERS = makeTable([
  // electroweak
  p('GF', 1.1663788e-5, 6e-12, 'GeV^-2', 'Fermi constant', `${PDG}, Physical Constants table`),
  p('alpha_e', 1 / 127.93, 0.008 / 127.93 ** 2, '1', 'α_e(M_Z), MS-bar, 5 flavours', `${PDG}, Electroweak Model review (α̂(M_Z)⁻¹ = 127.930(8))`),
  p('s2w', 0.23129, 4e-5, '1', 'sin²θ_W(M_Z), MS-bar', `${PDG}, Electroweak Model review`),
  p('alpha_s', 0.118, 0.0009, '1', 'α_s(M_Z), 5 flavours', `${PDG}, QCD review world average`),
  p('m_Z', 91.1880, 0.002, 'GeV', 'Z boson mass', PDG),
  p('m_W', 80.3692, 0.0133, 'GeV', 'W boson mass (world average)', PDG),
  p('alpha_e0', 1 / 137.035999177, 0, '1', 'fine-structure constant α(0) (Thomson limit), for on-shell photons and the dark-photon mixing ε e', `${PDG}, Physical Constants table (CODATA 2022: α⁻¹ = 137.035999177(21))`),
  p('Xt', 1.462, 0.0171, '1', 'top-quark loop function X_t of b→sνν̄ incl. NLO QCD and 2-loop EW', 'Brod, Gorbahn, Stamou, PRD 104 (2021) 094026, arXiv:2105.02868 eq. (5): 1.462(17)(2)', 'verified', 'same value and error as flavio v2.7 (data/reference)'),
  // CKM (tree-level inputs, flavio "Tree" parametrisation)
  p('Vus', 0.2243, 0.0008, '1', '|V_us|', `${PDG}, CKM review (average of K_l3 and K_l2)`),
  p('Vub', 3.82e-3, 0.2e-3, '1', '|V_ub| (average of inclusive and exclusive)', `${PDG}, CKM review`),
  p('Vcb', 41.1e-3, 1.2e-3, '1', '|V_cb| (average of inclusive and exclusive)', `${PDG}, CKM review`),
  p('gamma', (65.7 * Math.PI) / 180, (3.0 * Math.PI) / 180, 'rad', 'CKM angle γ from tree-level B→DK', `${PDG}, CKM review, γ = (65.7 ± 3.0)°`),
  // quark masses
  p('m_b', 4.183, 0.007, 'GeV', 'm_b(m_b), MS-bar', PDG),
  p('m_c', 1.273, 0.0046, 'GeV', 'm_c(m_c), MS-bar', PDG),
  p('m_s', 0.0935, 0.0008, 'GeV', 'm_s(2 GeV), MS-bar', PDG),
  p('m_u', 2.16e-3, 0.07e-3, 'GeV', 'm_u(2 GeV), MS-bar', PDG),
  p('m_d', 4.70e-3, 0.07e-3, 'GeV', 'm_d(2 GeV), MS-bar', PDG),
  p('m_t', 172.57, 0.29, 'GeV', 'top-quark mass (direct measurements)', PDG),
  p('m_b_pole', 4.78, 0.06, 'GeV', 'b-quark pole mass', `${PDG}, quark mass review (pole mass from MS-bar at 3 loops)`),
  // b → s ℓℓ inputs at μ_b = 4.8 GeV (flavio's renormalisation scale for B → K(*)ℓℓ, B_s → ℓℓ)
  p('m_b(4.8)', 4.081, 0.007, 'GeV', 'MS-bar m_b at μ = 4.8 GeV (C7 term of B → K(*)ℓℓ)', 'derived from PDG 2024 m_b(m_b) = 4.183, α_s(M_Z) = 0.118', 'derived', '4-loop QCD running with flavio v2.7 running.get_mb (RunDec); error from m_b(m_b) only'),
  p('m_s(4.8)', 0.0769, 0.0007, 'GeV', 'MS-bar m_s at μ = 4.8 GeV (SM C7\' = (m_s/m_b) C7)', 'derived from PDG 2024 m_s(2 GeV) = 93.5 MeV, α_s(M_Z) = 0.118', 'derived', '4-loop QCD running with flavio v2.7 running.get_ms (RunDec)'),
  p('m_c_pole', 1.676, 0.03, 'GeV', 'c-quark pole mass at 2 loops (charm loop function h(q², m_c) of C9eff)', 'derived from PDG 2024 m_c(m_c) = 1.273, α_s(M_Z) = 0.118', 'derived', '2-loop MS-bar → pole conversion as flavio v2.7 running.get_mc_pole (renormalon ambiguity: error is a guess)'),
  p('f_Bs', 0.2303, 0.0013, 'GeV', 'B_s decay constant (N_f = 2+1+1)', 'FLAG Review 2021, EPJC 82 (2022) 869, arXiv:2111.09849'),
  p('DeltaGamma/Gamma_Bs', 0.128, 0.007, '1', 'ΔΓ_s/Γ_s (time-integrated B_s → ℓℓ: y_s = ΔΓ_s/(2Γ_s))', `${PDG}, B_s listings: ΔΓ_s = 0.084(5) ps⁻¹ times τ_Bs = 1.52 ps`, 'recalled'),
  // mesons
  p('m_B+', 5.27941, 0.00007, 'GeV', 'B+ mass', PDG),
  p('m_B0', 5.27972, 0.00008, 'GeV', 'B0 mass', PDG),
  p('m_Bs', 5.36693, 0.0001, 'GeV', 'B_s mass', PDG),
  p('m_K+', 0.493677, 0.000016, 'GeV', 'K+ mass', PDG),
  p('m_K0', 0.497611, 0.000013, 'GeV', 'K0 mass', PDG),
  p('m_KL', 0.497611, 0.000013, 'GeV', 'K_L mass (= K0)', PDG),
  p('m_K*+', 0.89167, 0.00026, 'GeV', 'K*(892)+ mass (hadroproduced)', PDG),
  p('m_K*0', 0.89555, 0.0002, 'GeV', 'K*(892)0 mass', PDG),
  p('m_phi', 1.019461, 0.000016, 'GeV', 'φ(1020) mass', PDG),
  p('m_pi+', 0.13957039, 1.8e-7, 'GeV', 'π+ mass', PDG),
  p('m_pi0', 0.1349768, 5e-7, 'GeV', 'π0 mass', PDG),
  p('m_rho+', 0.77526, 0.00023, 'GeV', 'ρ(770) mass', PDG),
  p('m_rho0', 0.77526, 0.00023, 'GeV', 'ρ(770) mass', PDG),
  p('m_eta', 0.547862, 0.000017, 'GeV', 'η mass (φφ → ηη of the VLQ scalar-DM model)', PDG),
  p('m_p', 0.93827208816, 2.9e-13, 'GeV', 'proton mass (direct detection)', `${PDG}, Physical Constants table`),
  p('m_n', 0.93956542052, 5.4e-13, 'GeV', 'neutron mass (direct detection)', `${PDG}, Physical Constants table`),
  p('m_h', 125.2, 0.11, 'GeV', 'Higgs boson mass', PDG),
  p('tau_B+', 1.638e-12, 0.004e-12, 's', 'B+ lifetime', PDG),
  p('tau_B0', 1.517e-12, 0.004e-12, 's', 'B0 lifetime', PDG),
  p('tau_Bs', 1.52e-12, 0.005e-12, 's', 'B_s lifetime (flavour-specific average)', `${PDG} / HFLAV 2023`),
  p('tau_K+', 1.238e-8, 0.002e-8, 's', 'K+ lifetime', PDG),
  p('tau_KL', 5.116e-8, 0.021e-8, 's', 'K_L lifetime', PDG),
  // leptons
  p('m_e', 0.51099895e-3, 1.5e-13, 'GeV', 'electron mass', PDG),
  p('m_mu', 0.1056583755, 2.3e-12, 'GeV', 'muon mass', PDG),
  p('m_tau', 1.77693, 0.00009, 'GeV', 'τ mass', PDG),
  p('tau_tau', 290.3e-15, 0.5e-15, 's', 'τ lifetime', PDG),
  // decay constants (tree-level B+ → τ+ν, τ → Kν)
  p('f_B+', 0.19, 0.0013, 'GeV', 'B decay constant f_B (N_f = 2+1+1)', 'FLAG Review 2021, EPJC 82 (2022) 869, arXiv:2111.09849'),
  p('f_K+', 0.1557, 0.0003, 'GeV', 'K+ decay constant (N_f = 2+1+1)', 'FLAG Review 2021, arXiv:2111.09849'),
  // K → πνν̄ (Buras, Buttazzo, Girrbach-Noe, Knegjens, JHEP 11 (2015) 033, arXiv:1503.02693)
  p('kappa_plus', 5.173e-11, 0.025e-11, '1', 'κ+ at |V_us| = 0.225 (rescaled by (|V_us|/0.225)^8)', 'Mescia & Smith, PRD 76 (2007) 034017, arXiv:0705.2025; as used in arXiv:1503.02693 eq. (5)'),
  p('kappa_L', 2.231e-10, 0.013e-10, '1', 'κ_L at |V_us| = 0.225 (rescaled by (|V_us|/0.225)^8)', 'Mescia & Smith, arXiv:0705.2025; arXiv:1503.02693 eq. (9)'),
  p('Pc', 0.404, 0.024, '1', 'charm contribution P_c(X) incl. δP_{c,u} and NNLO', 'Buras et al., arXiv:1503.02693 eq. (7)'),
  p('Delta_EM', -0.003, 0, '1', 'QED correction to K+→π+νν̄', 'Buras et al., arXiv:1503.02693 eq. (5)'),
  // K → π form factors (dispersive f+, f0 and pole fT, as flavio v2.7 'K->pi dispersive + pole'; names as flavio)
  p('K->pi f+(0)', 0.9698, 0.0017, '1', 'K→π vector form factor f+(0), N_f = 2+1+1 average', 'FLAG Review 2021, arXiv:2111.09849', 'verified', 'value as in flavio v2.7 parameters_uncorrelated.yml'),
  p('K->pi ln(C)', 0.1998, 0.0138, '1', 'K→π scalar form factor: ln C = ln f0(Δ_Kπ)/f+(0) (dispersive parametrisation)', 'ETM, Carrasco et al., PRD 93 (2016) 114512, arXiv:1602.04113', 'verified', 'as flavio v2.7'),
  p('K->pi Lambda_+', 24.22e-3, 1.16e-3, '1', 'K→π vector form factor slope Λ+ (dispersive parametrisation)', 'ETM, arXiv:1602.04113', 'verified', 'as flavio v2.7'),
  p('K->pi D', 0.0209, 0.0021, '1', 'dispersive f0: coefficient D of G(x)', 'Bernard, Oertel, Passemar, Stern, PRD 80 (2009) 034034, arXiv:0903.1654, Table 1', 'verified', 'as flavio v2.7'),
  p('K->pi d', 0.0398, 0.0044, '1', 'dispersive f0: coefficient d of G(x)', 'arXiv:0903.1654 Table 1', 'verified', 'as flavio v2.7'),
  p('K->pi k', 0.0045, 0.0004, '1', 'dispersive f0: coefficient k of G(x)', 'arXiv:0903.1654 Table 1', 'verified', 'as flavio v2.7'),
  p('K->pi H1', 1.92e-3, 0.475e-3, '1', 'dispersive f+: coefficient H1 of H(x)', 'arXiv:0903.1654 Table 2: (1.92 +0.63 −0.32)e-3', 'verified', 'asymmetric error symmetrised (mean of +0.63/−0.32)'),
  p('K->pi H2', 2.63e-4, 0.215e-4, '1', 'dispersive f+: coefficient H2 of H(x)', 'arXiv:0903.1654 Table 2: (2.63 +0.28 −0.15)e-4', 'verified', 'asymmetric error symmetrised'),
  p('K->pi fT(0)', 0.417, 0.015, '1', 'K→π tensor form factor f_T(0) (MS-bar, 2 GeV), emiss/flavio sign convention', 'ETM, Baum et al., PRD 84 (2011) 074503, arXiv:1108.1021', 'verified', 'used with the same sign by flavio v2.7'),
  p('K->pi sT', 1.10, 0.14, 'GeV^-2', 'K→π tensor form factor pole slope: f_T(q²) = f_T(0)/(1 − s_T q²)', 'arXiv:1108.1021 eq. (4)', 'verified', 'as flavio v2.7'),
]);

import type { FormFactorSet } from '../types.js';
import { bszP } from '../parametrizations.js';

/**
 * The B → K form factors of the Belle II reinterpretation release (arXiv:2507.12393): EOS's BSZ2015 parametrisation
 * (the same z-expansion as GRvDV 2023: bszP, poles 5.415 (1⁻) and 5.630 (0⁺) GeV, z with the B0 and K0 masses and
 * the optimal t0) fitted to the FLAG 2021 and HPQCD 2022 lattice results; the means and covariance are the FFK
 * nuisance parameters the release gives its reweighted likelihood. Choosing this set (`--ff B->K=belle2rel2025`)
 * reproduces the form-factor treatment of the release.
 */
// Copied from data/experimental/belle2_2023_knunu_reinterpretation_likelihood_wet.json, new_pars[0].FFK (inits, cov);
// names B->K::alpha^{f+_0, f+_1, f+_2, f0_1, f0_2, fT_0, fT_1, fT_2}@BSZ2015 (scripts/utils.py of
// lorenzennio/knunu-reinterpretation-mini); test/belle2-reweighting.test.ts checks them against the file.
export const coefficientNames = ['a0_f+', 'a1_f+', 'a2_f+', 'a1_f0', 'a2_f0', 'a0_fT', 'a1_fT', 'a2_fT'] as const;
export const central: readonly number[] = [0.33797388603090495, -0.8845431373743229, -0.1108693958590039, 0.37419909929952944, 0.07873725752378524, 0.32688752467141596, -0.9624819908742035, -0.2780351339346012];
export const covariance: readonly (readonly number[])[] = [
  [0.00010919141871989608, 0.0006960488224730459, 0.000978936225378235, 0.0007753231425965784, 0.0013031574390005738, 8.756191487450131e-05, 0.0005654305612955719, 0.0007602972281800582],
  [0.0006960488224730459, 0.009307147404723048, 0.02160942800404693, 0.005688064273017213, 0.010246973595763563, 0.0003918897881899954, 0.006201697576792566, 0.014709872717401097],
  [0.000978936225378235, 0.02160942800404693, 0.06718472547293623, 0.00852568504858337, 0.01705841230510755, 9.670852155881733e-05, 0.011228900773033158, 0.04254418735493734],
  [0.0007753231425965784, 0.005688064273017213, 0.00852568504858337, 0.0062325305648084466, 0.01128770057334359, 0.0006115824658044679, 0.004714017864822226, 0.00658796479812096],
  [0.0013031574390005738, 0.010246973595763563, 0.01705841230510755, 0.01128770057334359, 0.022037376230653546, 0.0009781813486900701, 0.008112193568214436, 0.012781685276250713],
  [8.756191487450131e-05, 0.0003918897881899954, 9.670852155881733e-05, 0.0006115824658044679, 0.0009781813486900701, 0.0004729957558702734, 0.0034457585961292386, 0.00582954073735013],
  [0.0005654305612955719, 0.006201697576792566, 0.011228900773033158, 0.004714017864822226, 0.008112193568214436, 0.0034457585961292386, 0.031871178978126254, 0.06191793303926216],
  [0.0007602972281800582, 0.014709872717401097, 0.04254418735493734, 0.00658796479812096, 0.012781685276250713, 0.00582954073735013, 0.06191793303926216, 0.14412769301540757],
];

export const poles = { mPlus: 5.415, m0: 5.63 } as const;

export const BELLE2REL2025_BK: FormFactorSet = Object.freeze({
  id: 'belle2rel2025',
  transition: 'B->K',
  kind: 'P',
  title: 'Belle II release 2025 (EOS BSZ2015 fit to FLAG 2021 + HPQCD 2022)',
  source: 'Belle II, arXiv:2507.12393, HEPData ins2947386: reinterpretation likelihood, FFK nuisance means and covariance (EOS analysis in scripts/utils.py of lorenzennio/knunu-reinterpretation-mini)',
  provenance: 'verified',
  note: 'EOS B->K BSZ2015 conventions as in GRvDV 2023 (poles 5.415, 5.630 GeV; z with m_B0, m_K0, optimal t0)',
  coefficientNames,
  central,
  covariance,
  zMasses: { mB: 'm_B0', mM: 'm_K0' },
  poles,
  evaluate: bszP(poles),
});

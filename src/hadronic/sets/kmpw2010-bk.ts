import type { FormFactorSet } from '../types.js';
import { kmpwP } from '../parametrizations.js';

/**
 * KMPW 2010 B→K LCSR form factors (Khodjamirian, Mannel, Pivovarov, Wang, JHEP 09 (2010) 089,
 * arXiv:1006.4945, Table 5 and eq. 8.8); the parametrisation of paper 000 eqs. 3.4–3.5 and 3.11.
 * f+(0) = 0.34 +0.05 −0.02, b1+ = −2.1 +0.9 −1.6, b1_0 = −4.3 +0.8 −0.9, fT(0) = 0.39 +0.05 −0.03,
 * b1T = −2.2 +1.0 −2.0; pole m_{B_s*} = 5.412 GeV for f+ and fT, none for f0 (EOS
 * parametric-kmpw2010.cc uses the same numbers, m_B = 5.27917, m_K = 0.493677 GeV).
 * The published errors are asymmetric and uncorrelated: we keep the published central values and use
 * Gaussian errors with σ = half the interval width (an approximation stated in the error budget).
 */
export const poles = { mPlus: 5.412 } as const;

export const KMPW2010_BK: FormFactorSet = Object.freeze({
  id: 'kmpw2010',
  transition: 'B->K',
  kind: 'P',
  title: 'KMPW 2010 (B-meson LCSR)',
  source: 'Khodjamirian, Mannel, Pivovarov, Wang, JHEP 09 (2010) 089, arXiv:1006.4945, Table 5 (ranges as in EOS hadronic-matrix-elements.yaml)',
  provenance: 'verified',
  note: 'asymmetric errors symmetrised (σ = half the 68 % interval); no correlations published',
  coefficientNames: ['f+(0)', 'b1_+', 'b1_0', 'fT(0)', 'b1_T'],
  central: [0.34, -2.1, -4.3, 0.39, -2.2],
  covariance: [
    [0.035 ** 2, 0, 0, 0, 0],
    [0, 1.25 ** 2, 0, 0, 0],
    [0, 0, 0.85 ** 2, 0, 0],
    [0, 0, 0, 0.04 ** 2, 0],
    [0, 0, 0, 0, 1.5 ** 2],
  ],
  zMasses: { mB: 5.27917, mM: 0.493677 },
  poles,
  evaluate: kmpwP(poles),
});

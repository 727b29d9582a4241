import type { FormFactorSet } from '../types.js';
import { bszP } from '../parametrizations.js';

// Transcribed by a one-off script from the source below; numbers only, no code.
// Source: Gubernari, Reboud, van Dyk, Virto, JHEP 12 (2023) 153, arXiv:2305.06301v1, ancillary BSZ-parameters-N2.yaml, key B->K::FormFactors[parametric,BSZ]@GRvDV:2023A
export const coefficientNames = ["a0_f+", "a1_f+", "a2_f+", "a1_f0", "a2_f0", "a0_fT", "a1_fT", "a2_fT"] as const;
export const central: readonly number[] = [0.33196382, -0.96403506, -0.30273752, 0.33478906, 0.00372445, 0.32361471, -1.02911783, -0.39954681];
export const covariance: readonly (readonly number[])[] = [
    [0.00010622745, 0.000560397216, 0.000572589, 0.000740688899, 0.00125032299, 9.1450597e-05, 0.000501501004, 0.000499544851],
    [0.000560397216, 0.00444949117, 0.00446191768, 0.00456924624, 0.00809429203, 0.000486905884, 0.00420585066, 0.00434304287],
    [0.000572589, 0.00446191768, 0.00807469575, 0.00463405024, 0.009138169, 0.000440491538, 0.00325180929, 0.00489351044],
    [0.000740688899, 0.00456924624, 0.00463405024, 0.00601051739, 0.0109627971, 0.000644171154, 0.00435397812, 0.00436955441],
    [0.00125032299, 0.00809429203, 0.009138169, 0.0109627971, 0.021477001, 0.00106437589, 0.00745692121, 0.00814256293],
    [9.1450597e-05, 0.000486905884, 0.000440491538, 0.000644171154, 0.00106437589, 0.000463910599, 0.00338583152, 0.00586408025],
    [0.000501501004, 0.00420585066, 0.00325180929, 0.00435397812, 0.00745692121, 0.00338583152, 0.0304321443, 0.0560104873],
    [0.000499544851, 0.00434304287, 0.00489351044, 0.00436955441, 0.00814256293, 0.00586408025, 0.0560104873, 0.118254612],
  ];

export const poles = { mPlus: 5.415, m0: 5.63 } as const;

export const GRVDV2023_BK: FormFactorSet = Object.freeze({
  id: 'grvdv2023',
  transition: 'B->K',
  kind: 'P',
  title: 'GRvDV 2023 (LCSR+lattice, BSZ N=2)',
  source: 'Gubernari, Reboud, van Dyk, Virto, JHEP 12 (2023) 153, arXiv:2305.06301v1, ancillary BSZ-parameters-N2.yaml, key B->K::FormFactors[parametric,BSZ]@GRvDV:2023A',
  provenance: 'verified',
  coefficientNames,
  central,
  covariance,
  zMasses: { mB: 'm_B0', mM: 'm_K0' },
  poles,
  evaluate: bszP(poles),
});

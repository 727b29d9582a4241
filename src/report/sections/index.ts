import type { SectionBuilder } from '../types.js';
import { smPredictionsSection } from './sm-predictions.js';
import { smSpectraSection } from './sm-spectra.js';
import { rkSection } from './rk-rkstar.js';
import { masslessDarkPhotonSection } from './massless-dark-photon.js';
import { alpPortalSection } from './alp-portal.js';
import { darkPhotonPortalSection } from './dark-photon-portal.js';
import { darkPairRegionsSection } from './dark-pair-regions.js';
import { darkPairSpectraSection } from './dark-pair-spectra.js';
import { leptoquarkSection } from './leptoquarks.js';
import { alpCosmologySection } from './alp-cosmology.js';
import { darkPhotonCosmologySection } from './dark-photon-cosmology.js';
import { vlqScalarDmSection } from './vlq-scalar-dm.js';
import { belle2LikelihoodSection } from './belle2-likelihood.js';

/**
 * The sections of `emiss reproduce`, in report order. Each capability adds its builder here (one line).
 */
export const SECTIONS: readonly { id: string; build: SectionBuilder }[] = [
  { id: 'sm-predictions', build: smPredictionsSection },
  { id: 'sm-spectra', build: smSpectraSection },
  { id: 'rk-rkstar', build: rkSection },
  { id: 'massless-dark-photon', build: masslessDarkPhotonSection },
  { id: 'alp-portal', build: alpPortalSection },
  { id: 'dark-photon-portal', build: darkPhotonPortalSection },
  { id: 'dark-pairs', build: darkPairRegionsSection },
  { id: 'dark-pair-spectra', build: darkPairSpectraSection },
  { id: 'leptoquarks', build: leptoquarkSection },
  { id: 'alp-cosmology', build: alpCosmologySection },
  { id: 'dark-photon-cosmology', build: darkPhotonCosmologySection },
  { id: 'vlq-scalar-dm', build: vlqScalarDmSection },
  { id: 'belle2-likelihood', build: belle2LikelihoodSection },
];

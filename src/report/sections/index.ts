import type { SectionBuilder } from '../types.js';
import { smPredictionsSection } from './sm-predictions.js';
import { smSpectraSection } from './sm-spectra.js';
import { rkSection } from './rk-rkstar.js';
import { leptoquarkSection } from './leptoquarks.js';

/**
 * The sections of `emiss reproduce`, in report order. Each capability adds its builder here (one line).
 */
export const SECTIONS: readonly { id: string; build: SectionBuilder }[] = [
  { id: 'sm-predictions', build: smPredictionsSection },
  { id: 'sm-spectra', build: smSpectraSection },
  { id: 'rk-rkstar', build: rkSection },
  { id: 'leptoquarks', build: leptoquarkSection },
];

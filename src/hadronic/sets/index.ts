import type { FormFactorSet, Transition } from '../types.js';
import { BSZ2015_BKSTAR } from './bsz2015-bkstar.js';
import { BSZ2015_BSPHI } from './bsz2015-bsphi.js';
import { BSZ2015_BRHO } from './bsz2015-brho.js';
import { GKVD2018_BKSTAR } from './gkvd2018-bkstar.js';
import { GKVD2018LL_BKSTAR } from './gkvd2018-lattice-bkstar.js';
import { GRVDV2023_BK } from './grvdv2023-bk.js';
import { GRVDV2023_BKSTAR } from './grvdv2023-bkstar.js';
import { GRVDV2023_BSPHI } from './grvdv2023-bsphi.js';
import { HPQCD2022_BK } from './hpqcd2022-bk.js';
import { KMPW2010_BK } from './kmpw2010-bk.js';
import { BELLE2REL2025_BK } from './belle2rel2025-bk.js';
import { LMVD2021_BPI } from './lmvd2021-bpi.js';

/** Every form-factor set emiss ships, keyed `${transition}:${id}`. */
export const FORM_FACTOR_SETS: readonly FormFactorSet[] = Object.freeze([
  HPQCD2022_BK,
  GRVDV2023_BK,
  KMPW2010_BK,
  BELLE2REL2025_BK,
  BSZ2015_BKSTAR,
  GRVDV2023_BKSTAR,
  GKVD2018_BKSTAR,
  GKVD2018LL_BKSTAR,
  BSZ2015_BSPHI,
  GRVDV2023_BSPHI,
  BSZ2015_BRHO,
  LMVD2021_BPI,
]);

export function findFormFactorSet(transition: Transition, id: string): FormFactorSet | undefined {
  return FORM_FACTOR_SETS.find((s) => s.transition === transition && s.id === id);
}

export function formFactorSetsFor(transition: Transition): FormFactorSet[] {
  return FORM_FACTOR_SETS.filter((s) => s.transition === transition);
}

import type { WcSector } from './registry.js';
import { bsllNames } from './bsll.js';
import { bclnuNames } from './bclnu.js';

/** Coefficient sectors with charged leptons (leptoquark capability), registered in src/wc/registry.ts. */
export const BSLL_SECTOR: WcSector = Object.freeze({
  sector: 'bsll',
  description:
    "b → s ℓ_a ℓ_b (WCxf WET 'flavio' basis C9, C10, C9p, C10p; C9_bs{a}{b} multiplies (s̄_L γ b_L)(ℓ̄_b γ ℓ_a)); normalised to (4G_F/√2) V_tb V_ts* e²/(16π²); new physics only",
  basis: 'WET/flavio',
  names: bsllNames(),
  unit: '1',
});

export const BCLNU_SECTOR: WcSector = Object.freeze({
  sector: 'cbtaunu',
  description: "b → c τ ν̄_j left-handed vector (WCxf WET 'flavio' CVL_bctaunu{j}), normalised to −(4G_F/√2) V_cb; new physics only (SM = 1 not included)",
  basis: 'WET/flavio',
  names: bclnuNames(),
  unit: '1',
});

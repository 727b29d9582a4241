import type { Complex } from '../core/complex.js';
import { LEPTONS, type Lepton } from './bsll.js';

/**
 * Left-handed vector coefficients of b → c τ ν̄ (WCxf WET basis `flavio`, sector cbtaunu):
 *
 *   L = −(4G_F/√2) V_cb Σ_j C_VL^{τ j} (c̄_L γ^μ b_L)(τ̄_L γ_μ ν_jL) + h.c.,   name CVL_bctaunu{j}
 *
 * (wcxf-bases wet.flavio.basis.yml; the SM is C_VL^{ττ} = 1 and is NOT included: the names hold new physics
 * only, as flavio's). Only C_VL is needed for the scalar leptoquark S0 (paper 003) with left-handed couplings;
 * the other structures (CVR, CSL, CSR, CT) are not implemented.
 */
export function bclnuName(nu: Lepton): string {
  return `CVL_bctaunu${nu}`;
}

export function bclnuNames(): string[] {
  return LEPTONS.map(bclnuName);
}

/** The three C_VL^{τ j} (j = e, μ, τ) of a named map, as 6 reals [Re, Im] × 3. */
export function packBclnu(wc: ReadonlyMap<string, Complex>, out: Float64Array = new Float64Array(6)): Float64Array {
  out.fill(0);
  LEPTONS.forEach((l, j) => {
    const c = wc.get(bclnuName(l));
    if (c) {
      out[2 * j] = c.re;
      out[2 * j + 1] = c.im;
    }
  });
  return out;
}

import type { FormFactorSet } from '../types.js';
import { bclHpqcd } from '../parametrizations.js';
import { solveLinear } from '../../numerics/linalg.js';

/**
 * HPQCD 2022 B→K form factors (Parrott, Bouchard, Davies, PRD 107 (2023) 014510, arXiv:2207.12468).
 *
 * HPQCD's fit result is published as form-factor values with their covariance at q² = 0, 12, 22.9 GeV²
 * ("B->K::f_0+f_++f_T@HPQCD:2022A" in EOS, eos/constraints/theoretical/B-to-P-form-factors.yaml, which quotes
 * arXiv:2207.12468): f0 at 0, 12, 22.9; f+ at 12, 22.9 (f+(0) = f0(0)); fT at 0, 12, 22.9. Eight values
 * fix the eight coefficients of HPQCD's own BCL form (N = 3, t0 = 0, eq. 10 of the paper) exactly, so the
 * coefficients and their covariance are *derived* here by solving that 8×8 linear system (C_a = J C_p Jᵀ).
 * Assumptions (documented, they only affect the interpolation between the three q² points):
 * pole masses M_{B_s*} = 5.4158 GeV and M_{B_s0*} = 5.711 GeV, z with m_B = 5.27966, m_K = 0.497611 GeV.
 */
export const pseudoPoints = {
  source: 'EOS eos/constraints/theoretical/B-to-P-form-factors.yaml key B->K::f_0+f_++f_T@HPQCD:2022A (values of arXiv:2207.12468)',
  labels: ['f0(0)', 'f0(12)', 'f0(22.9)', 'f+(12)', 'f+(22.9)', 'fT(0)', 'fT(12)', 'fT(22.9)'],
  q2: [0, 12, 22.9, 12, 22.9, 0, 12, 22.9],
  which: [1, 1, 1, 0, 0, 2, 2, 2], // index into [f+, f0, fT]
  means: [0.331915, 0.475729, 0.850441, 0.742513, 2.79257, 0.332188, 0.731494, 2.72414],
  covariance: [
    [0.000133646, 0.0000739104, -0.00004212, 0.000101003, -0.000159151, 0.000114124, 0.0000742631, -0.000154747],
    [0.0000739104, 0.0000815763, 0.000030259, 0.000088881, 0.000118353, 0.0000706419, 0.0000555545, -0.0000467873],
    [-0.00004212, 0.000030259, 0.000295315, 0.0000521136, 0.000768687, -0.0000467851, 0.0000216171, 0.000484615],
    [0.000101003, 0.000088881, 0.0000521136, 0.000502996, 0.000975553, 0.000123128, 0.000142769, 0.0000661912],
    [-0.000159151, 0.000118353, 0.000768687, 0.000975553, 0.0115989, -0.0000148195, 0.000259998, 0.00186993],
    [0.000114124, 0.0000706419, -0.0000467851, 0.000123128, -0.0000148195, 0.00055398, 0.000300178, -0.00037783],
    [0.0000742631, 0.0000555545, 0.0000216171, 0.000142769, 0.000259998, 0.000300178, 0.000992626, 0.00207409],
    [-0.000154747, -0.0000467873, 0.000484615, 0.0000661912, 0.00186993, -0.00037783, 0.00207409, 0.0234473],
  ],
} as const;

export const poles = { mStar: 5.4158, m0: 5.711 } as const;
const M_B = 5.27966;
const M_K = 0.497611;
const evaluate = bclHpqcd(poles);

/** Design matrix: pseudo-point values are linear in the coefficients. */
function designMatrix(): number[][] {
  const out = new Float64Array(3);
  const rows: number[][] = [];
  for (let i = 0; i < 8; i++) {
    const row: number[] = [];
    for (let j = 0; j < 8; j++) {
      const e = new Float64Array(8);
      e[j] = 1;
      evaluate(pseudoPoints.q2[i], e, M_B, M_K, out);
      row.push(out[pseudoPoints.which[i]]);
    }
    rows.push(row);
  }
  return rows;
}

function derive(): { central: number[]; covariance: number[][] } {
  const A = designMatrix();
  const central = solveLinear(A, [...pseudoPoints.means]);
  // J = A⁻¹, column by column
  const J: number[][] = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
  for (let k = 0; k < 8; k++) {
    const e = new Array<number>(8).fill(0);
    e[k] = 1;
    const col = solveLinear(A, e);
    for (let i = 0; i < 8; i++) J[i][k] = col[i];
  }
  const C = pseudoPoints.covariance;
  const covariance = J.map((ri) =>
    J.map((rj) => {
      let s = 0;
      for (let a = 0; a < 8; a++) for (let b = 0; b < 8; b++) s += ri[a] * C[a][b] * rj[b];
      return s;
    }),
  );
  return { central, covariance };
}

const derived = derive();

export const HPQCD2022_BK: FormFactorSet = Object.freeze({
  id: 'hpqcd2022',
  transition: 'B->K',
  kind: 'P',
  title: 'HPQCD 2022 (lattice, BCL N=3)',
  source: 'Parrott, Bouchard, Davies (HPQCD), PRD 107 (2023) 014510, arXiv:2207.12468; coefficients derived from the published form-factor values at q² = 0, 12, 22.9 GeV² and their covariance (as quoted in EOS)',
  provenance: 'derived',
  note: 'pole masses 5.4158 (1⁻) and 5.711 (0⁺) GeV and z masses 5.27966/0.497611 GeV assumed',
  coefficientNames: ['a0_f+', 'a1_f+', 'a2_f+', 'a1_f0', 'a2_f0', 'a0_fT', 'a1_fT', 'a2_fT'],
  central: Object.freeze(derived.central),
  covariance: Object.freeze(derived.covariance.map((r) => Object.freeze(r))),
  zMasses: { mB: M_B, mM: M_K },
  poles,
  evaluate,
});

/**
 * The vector-like-quark (VLQ) model of real scalar dark matter φ (He, Ma, Schmidt, Valencia, Volkas, JHEP 07
 * (2024) 168 [arXiv:2403.12485]; paper 001 of emiss's specification): heavy Q ∼ (3, 2, 1/6), D ∼ (3, 1, −1/3) and
 * a light real singlet φ, all Z₂-odd. Paper 001 eq. (2.1b):
 *   L ⊃ y_q^p q̄_L^p Q_R φ + y_d^p D̄_L d_R^p φ − y1 Q̄_L D_R H − y2 Q̄_R D_L H + h.c.
 *
 * Tree-level matching onto the φSMEFT (paper 001 eq. 3.1, 3.2), L = C^{pr} O^{pr} + h.c. with
 * O_qdHφ² = (q̄_L^p d_R^r H) φ² and O_quHφ² = (q̄_L^p u_R^r H̃) φ²:
 *   C_qdHφ²^{pr} = y_q^p y_d^r y1/(m_Q m_D) + y_q^p y_q^{x*} (Y_d)_{xr}/(2m_Q²) + (Y_d)_{px} y_d^{x*} y_d^r/(2m_D²),   (3.2a)
 *   C_quHφ²^{pr} = y_q^p y_q^{x*} (Y_u)_{xr}/(2m_Q²),                                                       (3.2b)
 * used as printed (Matchete output; signs not re-derived). Down-quark mass basis, Y_d = diag(√2 m_d/v).
 *
 * LEFT below the electroweak scale (⟨H⟩ = (0, v/√2), v = (√2 G_F)^{−1/2} = 246.2 GeV), paper 001:
 *   L = ½ C^{S,ij} (d̄_i d_j) φ² + ½ C^{P,ij} (d̄_i iγ5 d_j) φ²   (sum over all i, j; C^{S,ji} = C^{S,ij*},
 *       C^{P,ji} = C^{P,ij*} make L hermitian).
 * With d̄ d = d̄_L d_R + d̄_R d_L and d̄ iγ5 d = i(d̄_L d_R − d̄_R d_L), the φSMEFT term C^{ij}(v/√2) d̄_L^i d_R^j φ² + h.c.
 * gives (checked in test/vlq.test.ts by comparing the two Lagrangians on explicit chiral components)
 *   C^{S,ij} = (v/√2)(C^{ij} + C^{ji*}),    i C^{P,ij} = (v/√2)(C^{ij} − C^{ji*}),
 * i.e.
 *   C^{S,ij} = (y_q^i y_d^j y1 + y_q^{j*} y_d^{i*} y1*) v/(√2 m_Q m_D) + (y_q^i y_q^{j*}/(2m_Q²) + y_d^{i*} y_d^j/(2m_D²))(m_i + m_j),
 *   i C^{P,ij} = (y_q^i y_d^j y1 − y_q^{j*} y_d^{i*} y1*) v/(√2 m_Q m_D) − (y_q^i y_q^{j*}/(2m_Q²) − y_d^{i*} y_d^j/(2m_D²))(m_i − m_j).
 * The quark-mass terms agree with paper 001's LEFT formulas; for the y1 term paper 001 prints v/(2m_Q m_D), a
 * factor √2 smaller than eq. (3.2a) gives with the same v (the two pieces of the printed formula cannot both
 * hold for one convention of v). emiss follows eq. (3.2a); only the map from Yukawas to C changes, every
 * prediction in terms of C^S, C^P is unaffected.
 * Quark masses in the mass terms: m_d, m_s at 2 GeV and m_b(m_b) (MS-bar; the terms are ≲ 1 % of the y1 term
 * for the benchmarks). Up-type coefficients C^S_uφ ∝ m_u y_q²/m_Q² are neglected.
 *
 * Map onto emiss's dark-pair operators (src/processes/dark-pairs/basis.ts, L = C_S (s̄b)(φ†φ) + h.c., real φ):
 *   CS_bsphi = C^{S,sb}/2  (flavour indices: C^{S,sb} multiplies s̄ b),  phi_real = 1;
 * analogously CS_bdphi = C^{S,db}/2 and CS_sdphi = C^{S,ds}/2. The pseudoscalar current is not part of the dark-pair
 * basis (it does not contribute to B → K, K → π); B → K* φφ and B_s → φφ through C^{P,sb} are computed in
 * src/models/vlq/b-decays.ts.
 */
import { EmissError } from '../../core/errors.js';
import { add as cadd, conj as cconj, mul as cmul, scale as cscale, sub as csub, type Complex } from '../../core/complex.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';

/** Down-quark flavours in the order of the Yukawa vectors. */
export const DOWN_FLAVOURS = ['d', 's', 'b'] as const;
export type DownFlavour = (typeof DOWN_FLAVOURS)[number];

export interface VlqParams {
  /** DM mass m_φ [GeV] */
  readonly mphi: number;
  /** heavy-quark masses [GeV] */
  readonly mQ: number;
  readonly mD: number;
  readonly y1: Complex;
  readonly y2: Complex;
  /** y_q^p and y_d^p, p = d, s, b */
  readonly yq: readonly [Complex, Complex, Complex];
  readonly yd: readonly [Complex, Complex, Complex];
}

/** A 3 × 3 complex matrix, row-major, indices d = 0, s = 1, b = 2. */
export type Matrix3 = readonly Complex[];

export interface VlqLeft {
  /** C^{S,ij} [GeV⁻¹] */
  readonly CS: Matrix3;
  /** C^{P,ij} [GeV⁻¹] */
  readonly CP: Matrix3;
  /** the φSMEFT coefficients C_qdHφ²^{pr} [GeV⁻²] */
  readonly smeft: Matrix3;
  /** v [GeV] */
  readonly v: number;
}

export function higgsVev(ps: ParameterSet): number {
  return 1 / Math.sqrt(Math.SQRT2 * param(ps, 'GF'));
}

/** m_d, m_s (2 GeV) and m_b(m_b) [GeV]. */
export function downQuarkMasses(ps: ParameterSet): [number, number, number] {
  return [param(ps, 'm_d'), param(ps, 'm_s'), param(ps, 'm_b')];
}

function check(p: VlqParams): void {
  if (!(p.mQ > 0) || !(p.mD > 0)) throw new EmissError(`VLQ masses must be positive (got m_Q = ${p.mQ}, m_D = ${p.mD})`);
  if (!(p.mphi > 0)) throw new EmissError(`DM mass m_phi must be positive (got ${p.mphi})`);
}

const idx = (i: number, j: number) => 3 * i + j;

/** Eq. (3.2a) in the down-quark mass basis. */
export function smeftCoefficients(p: VlqParams, ps: ParameterSet): Matrix3 {
  check(p);
  const v = higgsVev(ps);
  const m = downQuarkMasses(ps);
  const yd = m.map((mi) => (Math.SQRT2 * mi) / v); // Y_d diagonal
  const out: Complex[] = [];
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let c = cscale(cmul(cmul(p.yq[i], p.yd[j]), p.y1), 1 / (p.mQ * p.mD));
      // y_q^p y_q^{x*} (Y_d)_{xr}: x = r
      c = cadd(c, cscale(cmul(p.yq[i], cconj(p.yq[j])), yd[j] / (2 * p.mQ * p.mQ)));
      // (Y_d)_{px} y_d^{x*} y_d^r: x = p
      c = cadd(c, cscale(cmul(cconj(p.yd[i]), p.yd[j]), yd[i] / (2 * p.mD * p.mD)));
      out.push(c);
    }
  }
  return out;
}

/** LEFT coefficients C^S, C^P from eq. (3.2a) (see header). */
export function leftCoefficients(p: VlqParams, ps: ParameterSet): VlqLeft {
  const C = smeftCoefficients(p, ps);
  const v = higgsVev(ps);
  const k = v / Math.SQRT2;
  const CS: Complex[] = [];
  const CP: Complex[] = [];
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const a = C[idx(i, j)];
      const bConj = cconj(C[idx(j, i)]);
      CS.push(cscale(cadd(a, bConj), k));
      // i C^P = k (a − b*) → C^P = −i k (a − b*)
      const d = cscale(csub(a, bConj), k);
      CP.push({ re: d.im, im: -d.re });
    }
  }
  return { CS, CP, smeft: C, v };
}

export function entry(m: Matrix3, a: DownFlavour, b: DownFlavour): Complex {
  return m[idx(DOWN_FLAVOURS.indexOf(a), DOWN_FLAVOURS.indexOf(b))];
}

/** The dark-pair coefficient map: CS_bsphi = C^{S,sb}/2, CS_bdphi = C^{S,db}/2, CS_sdphi = C^{S,ds}/2 (real φ). */
export function darkPairCoefficients(left: VlqLeft): Map<string, Complex> {
  return new Map<string, Complex>([
    ['CS_bsphi', cscale(entry(left.CS, 's', 'b'), 0.5)],
    ['CS_bdphi', cscale(entry(left.CS, 'd', 'b'), 0.5)],
    ['CS_sdphi', cscale(entry(left.CS, 'd', 's'), 0.5)],
  ]);
}

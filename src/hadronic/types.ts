/**
 * Hadronic form factors.
 *
 * Conventions (also in DEVELOPERS.md): metric (+,−,−,−), ε^{0123} = +1 (as paper 000 eq. 4.3), γ5 = iγ⁰γ¹γ²γ³,
 * σ^{μν} = (i/2)[γ^μ, γ^ν], so that σ^{μν}γ5 = +(i/2) ε^{μνρσ} σ_{ρσ} (checked numerically in
 * test/dark-pairs-*.test.ts); q = p − k with p = p_B, k = p_M.
 *
 * B → P (pseudoscalar), standard basis (flavio, BSZ/GKvD, HPQCD, KMPW):
 *   ⟨P(k)| q̄ γ^μ b |B(p)⟩ = f+ [(p+k)^μ − (m_B²−m_P²)/q² q^μ] + f0 (m_B²−m_P²)/q² q^μ
 *   ⟨P(k)| q̄ σ^{μν} q_ν b |B(p)⟩ = i fT/(m_B+m_P) [q² (p+k)^μ − (m_B²−m_P²) q^μ]
 *   ⟨P(k)| q̄ b |B(p)⟩ = (m_B²−m_P²)/(m_b−m_q) f0        (equation of motion)
 *
 * B → V (vector, polarisation η), the BSZ 2015 definitions (arXiv:1503.05534 eqs. (3)–(6)). They are consistent
 * (tensor matrix element regular at q² = 0 with T1(0) = T2(0)) for ε^{0123} = −1; with our ε^{0123} = +1 the
 * ε-structures of V and T1 below carry a minus sign, applied to both together (docs/dark-pairs.md), written here
 * in BSZ's form:
 *   ⟨V(k,η)| q̄ γ^μ b |B(p)⟩ = ε^{μνρσ} η*_ν p_ρ k_σ 2V/(m_B+m_V)
 *   ⟨V(k,η)| q̄ γ^μ γ5 b |B(p)⟩ = i η*_ν [ g^{μν}(m_B+m_V) A1 − (p+k)^μ q^ν A2/(m_B+m_V) − q^μ q^ν 2m_V (A3 − A0)/q² ]
 *   ⟨V(k,η)| q̄ σ^{μν} q_ν b |B(p)⟩ = 2 i ε^{μνρσ} η*_ν p_ρ k_σ T1
 *   ⟨V(k,η)| q̄ σ^{μν} γ5 q_ν b |B(p)⟩ = η*_ν [ (g^{μν}(m_B²−m_V²) − (p+k)^μ q^ν) T2 + q^ν (q^μ − q²/(m_B²−m_V²)(p+k)^μ) T3 ]
 *   with A12 = [(m_B+m_V)²(m_B²−m_V²−q²)A1 − λ A2]/(16 m_B m_V² (m_B+m_V)) and
 *   T23 = [(m_B²−m_V²)(m_B²+3m_V²−q²)T2 − λ T3]/(8 m_B m_V² (m_B−m_V)).
 * Every rate emiss computes depends on squares and on products of two form factors of equal ε-parity (V·T1,
 * A1·T2, A12·T23, f+·fT), which do not depend on the overall sign of the ε structures; angular asymmetries built
 * from V·A1 would, and are not computed.
 */

export type Transition = 'B->K' | 'B->K*' | 'Bs->phi' | 'B->pi' | 'B->rho';

export const P_TRANSITIONS = ['B->K', 'B->pi'] as const;
export const V_TRANSITIONS = ['B->K*', 'Bs->phi', 'B->rho'] as const;

/** Names and order of the form factors of each kind. */
export const P_FF_NAMES = ['f+', 'f0', 'fT'] as const;
export const V_FF_NAMES = ['V', 'A0', 'A1', 'A12', 'T1', 'T2', 'T23'] as const;
export type PFormFactorName = (typeof P_FF_NAMES)[number];
export type VFormFactorName = (typeof V_FF_NAMES)[number];

/** Indices into a form-factor value array. */
export const FP = 0;
export const F0 = 1;
export const FT = 2;
export const IV = 0;
export const IA0 = 1;
export const IA1 = 2;
export const IA12 = 3;
export const IT1 = 4;
export const IT2 = 5;
export const IT23 = 6;

/** Meson masses used inside a parametrisation: a parameter name (taken from the parameter set) or a fixed number. */
export type MassRef = string | number;

/**
 * A form-factor set: published coefficients with covariance, and the function that turns coefficients into
 * form-factor values. `evaluate` writes the values (in P_FF_NAMES or V_FF_NAMES order) into `out`.
 * `masses` are the resolved meson masses (m_B, m_M) the set's z-expansion uses.
 */
export interface FormFactorSet {
  readonly id: string;
  readonly transition: Transition;
  readonly kind: 'P' | 'V';
  readonly title: string;
  /** paper, table/ancillary file */
  readonly source: string;
  readonly provenance: 'verified' | 'recalled' | 'derived';
  readonly note?: string;
  /** names of the coefficients, in the order of `central` and `covariance` */
  readonly coefficientNames: readonly string[];
  readonly central: readonly number[];
  readonly covariance: readonly (readonly number[])[];
  /** masses of initial and final meson entering z and kinematic constraints */
  readonly zMasses: { readonly mB: MassRef; readonly mM: MassRef };
  /** fixed resonance (pole) masses in GeV, for the record */
  readonly poles: Readonly<Record<string, number>>;
  evaluate(q2: number, coeffs: ArrayLike<number>, mB: number, mM: number, out: Float64Array): Float64Array;
}

/** The form factors of a transition as used by a parameter point: the set plus its coefficient vector. */
export interface FormFactorChoice {
  readonly set: FormFactorSet;
  readonly coeffs: Float64Array;
}

/**
 * Paper 003's effective-scale parametrisation of the dark-pair Wilson coefficients, C = m^a / Λ_eff^p:
 *   scalar φ:  C_S = 1/Λ,  C_V = 1/Λ²                                   (text below eq. 18)
 *   fermion χ: C = 1/Λ² for S1, S2, V1, V2, T1, T2                      (text below eq. 19)
 *   vector X:  C_S, C_T1, C_T2 = m²/Λ³;  C_V2, C_V4, C_V5 = m²/Λ⁴;  C_V3, C_V6 = m/Λ³   (eq. 21)
 * The m-dependent factors make the vector-DM rates finite as m_X → 0 (their K_ij grow like 1/m⁴).
 * Rates are quadratic in C, so BR ∝ Λ^{−2p}: a BR window or bound maps to a Λ interval in closed form.
 */
import { EmissError } from '../../core/errors.js';
import { darkKindDef, operatorIndex, type DarkKind } from '../../processes/dark-pairs/basis.js';

export interface LambdaScaling {
  /** C = m^massPower / Λ^lambdaPower */
  readonly lambdaPower: number;
  readonly massPower: number;
}

const SCALING: Readonly<Record<DarkKind, Readonly<Record<string, LambdaScaling>>>> = {
  scalar: { S: { lambdaPower: 1, massPower: 0 }, V: { lambdaPower: 2, massPower: 0 } },
  fermion: Object.fromEntries(['S1', 'S2', 'V1', 'V2', 'T1', 'T2'].map((o) => [o, { lambdaPower: 2, massPower: 0 }])),
  vector: {
    S: { lambdaPower: 3, massPower: 2 },
    T1: { lambdaPower: 3, massPower: 2 },
    T2: { lambdaPower: 3, massPower: 2 },
    V2: { lambdaPower: 4, massPower: 2 },
    V4: { lambdaPower: 4, massPower: 2 },
    V5: { lambdaPower: 4, massPower: 2 },
    V3: { lambdaPower: 3, massPower: 1 },
    V6: { lambdaPower: 3, massPower: 1 },
  },
};

export function lambdaScaling(kind: DarkKind, op: string): LambdaScaling {
  operatorIndex(kind, op);
  return SCALING[kind][op];
}

/** C(Λ, m) in GeV^(4−dim). */
export function coefficientFromLambda(kind: DarkKind, op: string, lambdaGeV: number, massGeV: number): number {
  if (!(lambdaGeV > 0) || !Number.isFinite(lambdaGeV)) throw new EmissError(`Λ_eff must be a positive number of GeV (got ${lambdaGeV})`);
  const s = lambdaScaling(kind, op);
  if (s.massPower > 0 && !(massGeV > 0)) throw new EmissError(`Λ_eff of the ${darkKindDef(kind).field} operator ${op} needs ${darkKindDef(kind).massKey} > 0 (C = m^${s.massPower}/Λ^${s.lambdaPower})`);
  return massGeV ** s.massPower / lambdaGeV ** s.lambdaPower;
}

/** Λ(|C|, m) = (m^a/|C|)^{1/p}. */
export function lambdaFromCoefficient(kind: DarkKind, op: string, absC: number, massGeV: number): number {
  if (!(absC > 0)) throw new EmissError(`|C| must be positive to define Λ_eff (got ${absC})`);
  const s = lambdaScaling(kind, op);
  return (massGeV ** s.massPower / absC) ** (1 / s.lambdaPower);
}

/**
 * Λ at which a single operator gives branching ratio `br`, when its coefficient C gives `brPerC2`·|C|²:
 * |C|² = br/brPerC2 → Λ = (m^a/|C|)^{1/p}. Returns 0 if brPerC2 = 0 (the mode does not constrain the operator).
 */
export function lambdaForBR(kind: DarkKind, op: string, brPerC2: number, br: number, massGeV: number): number {
  if (!(brPerC2 > 0)) return 0;
  const s = lambdaScaling(kind, op);
  const absC = Math.sqrt(br / brPerC2);
  return (massGeV ** s.massPower / absC) ** (1 / s.lambdaPower);
}

/**
 * Quark–dark-matter pair operators of the low-energy effective theory (He, Ma, Valencia, JHEP 03 (2023) 037;
 * paper 003 eqs. (18)–(21)), for a pair of light invisible particles of spin 0 (φ), 1/2 (χ) or 1 (X).
 *
 * Lagrangian (emiss convention, the one of paper 003):  L = Σ_i C_i O_i + h.c.,
 * with O_i = (q̄ Γ_i b) J_i, q = s (sector bs), d (bd); for s → d (sector sd) b → s, q → d: O = (d̄ Γ s) J.
 * C_i is complex and carries mass dimension 4 − dim(O_i): GeV⁻¹ for dimension-5 and GeV⁻² for dimension-6
 * operators (`coefficientUnit`). Fields: φ complex scalar, χ Dirac fermion, X complex vector (the "four-vector field"
 * parametrisation of paper 003 §III C). The DM currents J_i are:
 *
 *   scalar φ   S  : (q̄b)(φ†φ)                                   V  : (q̄γ^μb)(φ† i∂↔_μ φ)              (×)
 *   fermion χ  S1 : (q̄b)(χ̄χ)                                    S2 : (q̄b)(χ̄ iγ5 χ)
 *              V1 : (q̄γ^μb)(χ̄γ_μχ)                     (×)      V2 : (q̄γ^μb)(χ̄γ_μγ5χ)
 *              T1 : (q̄σ^{μν}b)(χ̄σ_{μν}χ)               (×)      T2 : (q̄σ^{μν}b)(χ̄σ_{μν}γ5χ)            (×)
 *   vector X   S  : (q̄b)(X†_μX^μ)
 *              T1 : (i/2)(q̄σ^{μν}b)(X†_μX_ν − X†_νX_μ)  (×)      T2 : (1/2)(q̄σ^{μν}γ5b)(X†_μX_ν − X†_νX_μ) (×)
 *              V2 : (q̄γ_μb) ∂_ν(X^{μ†}X^ν + X^{ν†}X^μ)           V3 : (q̄γ_μb)(X†_ρ ∂↔_ν X_σ) ε^{μνρσ}
 *              V4 : (q̄γ^μb)(X†_ν i∂↔_μ X^ν)             (×)      V5 : (q̄γ_μb) i∂_ν(X^{μ†}X^ν − X^{ν†}X^μ) (×)
 *              V6 : (q̄γ_μb) i∂_ν(X†_ρX_σ) ε^{μνρσ}      (×)
 * with A ∂↔ B = A(∂B) − (∂A)B, ε^{0123} = +1, σ^{μν} = (i/2)[γ^μ, γ^ν], γ5 = iγ⁰γ¹γ²γ³.
 * (×): the operator vanishes identically for a real scalar (φ† = φ), a Majorana fermion (χ = χ^c) or a real
 * vector (X† = X).
 *
 * Self-conjugate variants (real φ, Majorana χ, real X) use the same operators and coefficients with the field
 * made self-conjugate. Then the pair matrix element has two Wick contractions, M = M(1,2) ± M(2,1): it vanishes
 * for the (×) operators and doubles for all others (for Majorana χ̄Γχ with Γ = 1, iγ5, γ^μγ5; for real φ, X by
 * symmetry of the surviving currents), while the phase space of two identical particles carries 1/2. Net effect,
 * implemented in `symmetryFactor`: every rate of the surviving operators (and all their interferences) is 2× the
 * complex/Dirac rate; the (×) operators are forbidden (EmissError if given a non-zero coefficient).
 * The test suite checks this with explicitly (anti)symmetrised amplitudes.
 *
 * CP: `cpSign` κ_i = ξ_Γ η_J c_Γ, with (q̄Γb)† = ξ_Γ (b̄Γq), J† = η_J J and C-parity c_Γ of the quark bilinear.
 * The amplitude of the CP-conjugate decay uses κ_i C_i*; K_L → π0 + pair therefore sees the coefficients
 * C̃_i = (C_i + κ_i C_i*)/2 (Re C_i for κ = +1, i Im C_i for κ = −1), see src/processes/dark-pairs/kernel.ts.
 */
import { EmissError } from '../../core/errors.js';

export type DarkKind = 'scalar' | 'fermion' | 'vector';
export type QuarkCurrent = 'S' | 'V' | 'T' | 'T5';
export type FlavourSector = 'bs' | 'bd' | 'sd';

export const DARK_KINDS: readonly DarkKind[] = ['scalar', 'fermion', 'vector'];
export const FLAVOUR_SECTORS: readonly FlavourSector[] = ['bs', 'bd', 'sd'];

export interface DarkOperatorDef {
  /** short name inside its kind: S, V (scalar); S1 … T2 (fermion); S, T1, T2, V2 … V6 (vector) */
  readonly op: string;
  /** operator in words (LaTeX-free), with s → b shown for the bs sector */
  readonly text: string;
  /** quark current: scalar q̄b, vector q̄γ^μb, tensor q̄σ^{μν}b, or q̄σ^{μν}γ5b */
  readonly quark: QuarkCurrent;
  /** mass dimension of the operator (coefficient unit GeV^(4−dim)) */
  readonly dim: 5 | 6;
  /** vanishes for the self-conjugate field (real scalar, Majorana fermion, real vector) */
  readonly vanishesSelfConjugate: boolean;
  /** CP sign κ (see header) */
  readonly cpSign: 1 | -1;
}

export interface DarkKindDef {
  readonly kind: DarkKind;
  /** field name in coefficient names and observables: phi, chi, X */
  readonly field: 'phi' | 'chi' | 'X';
  readonly tex: string;
  /** key of the mass in NPPoint.dark */
  readonly massKey: 'm_phi' | 'm_chi' | 'm_X';
  /** key of the self-conjugate flag in NPPoint.dark (1 = real scalar / Majorana / real vector, 0 or absent = complex / Dirac) */
  readonly selfConjugateKey: 'phi_real' | 'chi_majorana' | 'X_real';
  /** names of the two variants: [complex/Dirac, real/Majorana] */
  readonly natures: readonly [string, string];
  readonly operators: readonly DarkOperatorDef[];
  readonly source: string;
}

const op = (
  o: string,
  text: string,
  quark: QuarkCurrent,
  dim: 5 | 6,
  vanishesSelfConjugate: boolean,
  cpSign: 1 | -1,
): DarkOperatorDef => Object.freeze({ op: o, text, quark, dim, vanishesSelfConjugate, cpSign });

export const DARK_KIND_DEFS: readonly DarkKindDef[] = Object.freeze([
  {
    kind: 'scalar',
    field: 'phi',
    tex: '\\phi',
    massKey: 'm_phi',
    selfConjugateKey: 'phi_real',
    natures: ['complex', 'real'],
    source: 'paper 003 eq. (18)',
    operators: [
      op('S', '(s̄ b)(φ†φ)', 'S', 5, false, 1),
      op('V', '(s̄ γ^μ b)(φ† i∂↔_μ φ)', 'V', 6, true, -1),
    ],
  },
  {
    kind: 'fermion',
    field: 'chi',
    tex: '\\chi',
    massKey: 'm_chi',
    selfConjugateKey: 'chi_majorana',
    natures: ['Dirac', 'Majorana'],
    source: 'paper 003 eq. (19)',
    operators: [
      op('S1', '(s̄ b)(χ̄ χ)', 'S', 6, false, 1),
      op('S2', '(s̄ b)(χ̄ iγ5 χ)', 'S', 6, false, 1),
      op('V1', '(s̄ γ^μ b)(χ̄ γ_μ χ)', 'V', 6, true, -1),
      op('V2', '(s̄ γ^μ b)(χ̄ γ_μ γ5 χ)', 'V', 6, false, -1),
      op('T1', '(s̄ σ^μν b)(χ̄ σ_μν χ)', 'T', 6, true, -1),
      op('T2', '(s̄ σ^μν b)(χ̄ σ_μν γ5 χ)', 'T', 6, true, 1),
    ],
  },
  {
    kind: 'vector',
    field: 'X',
    tex: 'X',
    massKey: 'm_X',
    selfConjugateKey: 'X_real',
    natures: ['complex', 'real'],
    source: 'paper 003 eq. (20)',
    operators: [
      op('S', '(s̄ b)(X†_μ X^μ)', 'S', 5, false, 1),
      op('T1', '(i/2)(s̄ σ^μν b)(X†_μ X_ν − X†_ν X_μ)', 'T', 5, true, -1),
      op('T2', '(1/2)(s̄ σ^μν γ5 b)(X†_μ X_ν − X†_ν X_μ)', 'T5', 5, true, -1),
      op('V2', '(s̄ γ_μ b) ∂_ν(X^μ† X^ν + X^ν† X^μ)', 'V', 6, false, -1),
      op('V3', '(s̄ γ_μ b)(X†_ρ ∂↔_ν X_σ) ε^μνρσ', 'V', 6, false, -1),
      op('V4', '(s̄ γ^μ b)(X†_ν i∂↔_μ X^ν)', 'V', 6, true, -1),
      op('V5', '(s̄ γ_μ b) i∂_ν(X^μ† X^ν − X^ν† X^μ)', 'V', 6, true, -1),
      op('V6', '(s̄ γ_μ b) i∂_ν(X†_ρ X_σ) ε^μνρσ', 'V', 6, true, -1),
    ],
  },
] satisfies DarkKindDef[]);

export function darkKindDef(kind: DarkKind): DarkKindDef {
  const d = DARK_KIND_DEFS.find((k) => k.kind === kind);
  if (!d) throw new EmissError(`unknown dark-matter kind '${kind}' (known: ${DARK_KINDS.join(', ')})`);
  return d;
}

export function parseDarkKind(text: string): DarkKind {
  const t = text.trim().toLowerCase();
  const alias: Record<string, DarkKind> = { scalar: 'scalar', phi: 'scalar', fermion: 'fermion', chi: 'fermion', vector: 'vector', x: 'vector' };
  const k = alias[t];
  if (!k) throw new EmissError(`unknown dark-matter kind '${text}' (choose scalar|phi, fermion|chi, vector|X)`);
  return k;
}

/** Operator index inside its kind; EmissError for an unknown operator. */
export function operatorIndex(kind: DarkKind, opName: string): number {
  const d = darkKindDef(kind);
  const i = d.operators.findIndex((o) => o.op === opName);
  if (i < 0) throw new EmissError(`unknown ${kind}-DM operator '${opName}' (known: ${d.operators.map((o) => o.op).join(', ')})`);
  return i;
}

/** Unit of a coefficient: GeV^-1 (dimension 5) or GeV^-2 (dimension 6). */
export function coefficientUnit(o: DarkOperatorDef): string {
  return o.dim === 5 ? 'GeV^-1' : 'GeV^-2';
}

/**
 * Rate factor of the self-conjugate variant relative to the complex/Dirac one (see header): 2 for every surviving
 * operator (amplitude ×2, identical-particle phase space ×1/2), and the (×) operators are absent.
 */
export function symmetryFactor(selfConjugate: boolean): number {
  return selfConjugate ? 2 : 1;
}

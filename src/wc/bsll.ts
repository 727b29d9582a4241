import type { Complex } from '../core/complex.js';

/**
 * Wilson coefficients of b → s ℓ_a ℓ_b (WCxf WET basis `flavio`, sectors sbee … sbtaumu), vector and axial
 * operators only (the leptoquarks of issue 5 generate no scalar or tensor b → s ℓℓ operators at tree level):
 *
 *   H = −(4G_F/√2) V_tb V_ts* (e²/16π²) Σ_X C_X^{ab} O_X^{ab} + h.c.
 *   O_9^{ab}   = (s̄_L γ_μ b_L)(ℓ̄_b γ^μ ℓ_a)        name C9_bs{a}{b}
 *   O_10^{ab}  = (s̄_L γ_μ b_L)(ℓ̄_b γ^μ γ5 ℓ_a)     name C10_bs{a}{b}
 *   O_9'^{ab}  = (s̄_R γ_μ b_R)(ℓ̄_b γ^μ ℓ_a)        name C9p_bs{a}{b}
 *   O_10'^{ab} = (s̄_R γ_μ b_R)(ℓ̄_b γ^μ γ5 ℓ_a)     name C10p_bs{a}{b}
 * a, b ∈ {e, mu, tau}. Note the index order, as in WCxf (wcxf-bases wet.flavio.basis.yml: C9_bsmutau is
 * (s̄_L γ^μ b_L)(τ̄ γ_μ μ)): the FIRST lepton of the name is the UNBARRED field. O^{ab} therefore mediates
 * B̄ → K̄ ℓ_a⁺ ℓ_b⁻ (b → s ℓ_b⁻ ℓ_a⁺), which flavio names 'BR(B0->K{a}{b})' (e.g. BR(B+->Kmutau) = B⁻ → K⁻ μ⁺ τ⁻),
 * and by CP (no CP violation in these rates for real coefficients) B → K ℓ_a⁻ ℓ_b⁺.
 * For a = b the SM adds C7, C9, C10 (src/processes/bsll-sm.ts); coefficients here are new physics only.
 */
export const LEPTONS = ['e', 'mu', 'tau'] as const;
export type Lepton = (typeof LEPTONS)[number];
export const BSLL_STRUCTURES = ['C9', 'C10', 'C9p', 'C10p'] as const;
export type BsllStructure = (typeof BSLL_STRUCTURES)[number];

/** Index of (structure s, leptons a, b) in a packed array of 36 complex = 72 reals: 2·(9s + 3a + b). */
export function bsllIndex(s: number, a: number, b: number): number {
  return 2 * (9 * s + 3 * a + b);
}
export const BSLL_PACKED_LENGTH = 72;

export function bsllName(structure: BsllStructure, a: Lepton, b: Lepton): string {
  return `${structure}_bs${a}${b}`;
}

const NAME_RE = /^(C9|C10|C9p|C10p)_bs(e|mu|tau)(e|mu|tau)$/;

export interface ParsedBsllName {
  readonly structure: BsllStructure;
  readonly s: number;
  readonly a: number;
  readonly b: number;
}

export function parseBsllName(name: string): ParsedBsllName | undefined {
  const m = NAME_RE.exec(name);
  if (!m) return undefined;
  const structure = m[1] as BsllStructure;
  return {
    structure,
    s: BSLL_STRUCTURES.indexOf(structure),
    a: LEPTONS.indexOf(m[2] as Lepton),
    b: LEPTONS.indexOf(m[3] as Lepton),
  };
}

/** All 36 names (4 structures × 9 lepton pairs). */
export function bsllNames(): string[] {
  const out: string[] = [];
  for (const s of BSLL_STRUCTURES) for (const a of LEPTONS) for (const b of LEPTONS) out.push(bsllName(s, a, b));
  return out;
}

/** Packs the b → s ℓℓ coefficients of a named map (other names ignored) into the 72-real layout. */
export function packBsll(wc: ReadonlyMap<string, Complex>, out: Float64Array = new Float64Array(BSLL_PACKED_LENGTH)): Float64Array {
  out.fill(0);
  for (const [name, c] of wc) {
    const p = parseBsllName(name);
    if (!p) continue;
    const i = bsllIndex(p.s, p.a, p.b);
    out[i] += c.re;
    out[i + 1] += c.im;
  }
  return out;
}

/**
 * The four coefficients (C9, C10, C9', C10') of one lepton pair (a, b) as 8 reals [Re C9, Im C9, Re C10, …],
 * read from a packed array; the layout the b → s ℓℓ rate kernels take.
 */
export function pairCoefficients(packed: Float64Array, a: number, b: number, out: Float64Array = new Float64Array(8)): Float64Array {
  for (let s = 0; s < 4; s++) {
    const i = bsllIndex(s, a, b);
    out[2 * s] = packed[i];
    out[2 * s + 1] = packed[i + 1];
  }
  return out;
}

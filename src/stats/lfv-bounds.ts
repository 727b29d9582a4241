/**
 * Upper limits on lepton-flavour-violating b → s ℓℓ′ modes as bounds on single Wilson coefficients (paper 001,
 * Table 3 — the He–Ma–Valencia table reproduced on the slides — and the limits quoted in paper 003 §II).
 *
 * A rate is quadratic in the coefficients with no SM part, so for a coefficient direction x (e.g. C9 = 1, or
 * C9′ = −C10′ = 1) the bound is |C| ≤ √(limit / BR(x)).
 * Coefficient conventions (Table 3 caption: "one |C_i^{ℓℓ′}| ≠ 0 at a time" and "C9′ = −C10′ or C9 = −C10"):
 *  - B → K(*) modes have a definite charge assignment, to which one ordering of the lepton indices contributes;
 *    the single-coefficient column uses C9 (C10 gives the same to 2 %), the pair column C9′ = −C10′.
 *  - B_s → e^± μ^∓ sums both charges; the paper's coefficients are symmetric in the lepton indices (paper 003
 *    footnote 2), so "one coefficient" is C10^{eμ} = C10^{μe} and the pair C9′^{eμ} = −C10′^{eμ} (both orderings).
 */
import type { Complex } from '../core/complex.js';
import { OBSERVABLES, resolveArgs } from '../observables/index.js';
import type { ParameterSet } from '../params/parameter-set.js';

export interface LfvLimit {
  readonly id: string;
  /** as printed in the paper */
  readonly label: string;
  readonly observable: string;
  readonly limit: number;
  readonly cl: string;
  readonly source: string;
  /** coefficient directions: name → value (a unit vector up to symmetrisation) */
  readonly single: Readonly<Record<string, number>>;
  readonly pair: Readonly<Record<string, number>>;
  /** the paper's bounds (Table 3 columns), if it quotes them */
  readonly paperSingle?: number;
  readonly paperPair?: number;
}

const T3 = 'paper 001, Table 3 (90 % C.L. limits "as given in [20]")';

export const TABLE3_LIMITS: readonly LfvLimit[] = Object.freeze<LfvLimit[]>([
  {
    id: 'Bs-emu',
    label: 'B(B_s → e^∓ μ^±)',
    observable: 'BR(Bs->emu,mue)',
    limit: 5.4e-9,
    cl: '90 %',
    source: `${T3}; row label partly lost in the text extraction, the limit is LHCb's B_s → e^±μ^∓ (JHEP 03 (2018) 078)`,
    single: { C10_bsemu: 1, C10_bsmue: 1 },
    pair: { C9p_bsemu: 1, C10p_bsemu: -1, C9p_bsmue: 1, C10p_bsmue: -1 },
    paperSingle: 7.4,
    paperPair: 7.4,
  },
  {
    id: 'K-etau',
    label: 'B(B⁺ → K⁺ e⁻ τ⁺)',
    observable: 'BR(B+->Ketau)',
    limit: 1.5e-5,
    cl: '90 %',
    source: T3,
    single: { C9_bsetau: 1 },
    pair: { C9p_bsetau: 1, C10p_bsetau: -1 },
    paperSingle: 36,
    paperPair: 25,
  },
  {
    id: 'K-mutau',
    label: 'B(B⁺ → K⁺ μ⁻ τ⁺)',
    observable: 'BR(B+->Kmutau)',
    limit: 2.8e-5,
    cl: '90 %',
    source: `${T3}; also paper 003 §II`,
    single: { C9_bsmutau: 1 },
    pair: { C9p_bsmutau: 1, C10p_bsmutau: -1 },
    paperSingle: 49,
    paperPair: 35,
  },
  {
    id: 'Kst+-emu',
    label: 'B(B⁺ → K*⁺ e⁻ μ⁺)',
    observable: 'BR(B+->K*emu)',
    limit: 9.9e-7,
    cl: '90 %',
    source: T3,
    single: { C9_bsemu: 1 },
    pair: { C9p_bsemu: 1, C10p_bsemu: -1 },
    paperSingle: 7.4,
    paperPair: 5.2,
  },
  {
    id: 'Kst0-emu',
    label: 'B(B⁰ → K*⁰ e⁻ μ⁺)',
    observable: 'BR(B0->K*emu)',
    limit: 1.2e-7,
    cl: '90 %',
    source: T3,
    single: { C9_bsemu: 1 },
    pair: { C9p_bsemu: 1, C10p_bsemu: -1 },
    paperSingle: 2.6,
    paperPair: 1.8,
  },
]);

/** Further limits quoted in paper 003 §II (Fig. 3 discussion, ref. [36]). */
export const PAPER003_LIMITS: readonly { observable: string; label: string; limit: number; cl: string; source: string }[] = Object.freeze([
  { observable: 'BR(B+->Kmutau)', label: 'B(B⁺ → K⁺ μ⁻ τ⁺)', limit: 2.8e-5, cl: '90 %', source: 'paper 003 §II (ref. [36])' },
  { observable: 'BR(Bs->taumu)', label: 'B(B_s → τ⁺ μ⁻)', limit: 4.2e-5, cl: '95 %', source: 'paper 003 §II (ref. [36])' },
  { observable: 'BR(B+->Ktautau)', label: 'B(B⁺ → K⁺ τ⁺ τ⁻)', limit: 2.25e-3, cl: '90 %', source: 'paper 003 §II (ref. [36])' },
  { observable: 'BR(Bs->tautau)', label: 'B(B_s → τ⁺ τ⁻)', limit: 6.8e-3, cl: '95 %', source: 'paper 003 §II (ref. [36])' },
]);

function point(dir: Readonly<Record<string, number>>): { wc: Map<string, Complex> } {
  return { wc: new Map(Object.entries(dir).map(([k, v]) => [k, { re: v, im: 0 }])) };
}

/** |C| ≤ √(limit/BR(direction)) for both columns. */
export function lfvBound(ps: ParameterSet, row: LfvLimit): { single: number; pair: number } {
  const def = OBSERVABLES.get(row.observable);
  const f = def.prepare(ps, resolveArgs(def, ps, {}));
  return { single: Math.sqrt(row.limit / f(point(row.single))), pair: Math.sqrt(row.limit / f(point(row.pair))) };
}

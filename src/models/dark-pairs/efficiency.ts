/**
 * Belle II ITA signal efficiency as a function of the generated q², derived from the published joint number
 * densities (HEPData ins2947386, data/experimental/belle2_2023_knunu_number_density_*.csv):
 *
 *   n_j = Σ_{fit bins r ∈ SR} N_{r j}     expected selected SM signal events generated in q² bin j (μ = 1)
 *   ε_j = n_j / (N_B · BR_j)              BR_j = SM B+ → K+ νν̄ branching ratio in bin j
 *
 * SR = the 12 on-resonance ITA fit bins with η(BDT2) > 0.92 (regions A and B of the workspace), the selection of
 * Fig. 6 of arXiv:2311.14647. BR_j: the emiss SM shape (caller's choice of inputs), normalised to 4.97·10⁻⁶, the
 * BR that corresponds to μ = 1 in the likelihood (the release's null shape integrates to 4.966·10⁻⁶);
 * N_B = 2 · 387·10⁶ · 0.516 = 3.994·10⁸ charged B mesons (N_BB̄ for 362 fb⁻¹ and f+− as quoted by Belle II; an
 * assumption of this derivation that sets the absolute scale only — normalised distributions do not depend on it).
 * Rebinning weights the fine bins by the SM rate (the efficiency of a coarse bin for the SM spectrum).
 */
import { EmissError } from '../../core/errors.js';

export const BELLE2_MU1_BR = 4.97e-6;
export const BELLE2_N_B = 2 * 387e6 * 0.516;

/** Generated-q² bin edges of the number densities: 100 bins of 0.22885 GeV² from 0 (the sentinel column [−1, 0) is dropped). */
export function numberDensityEdges(): number[] {
  return Array.from({ length: 101 }, (_, i) => Number((0.22885 * i).toFixed(5)));
}

export interface EfficiencyTable {
  /** bin edges (n + 1) in GeV² */
  readonly edges: readonly number[];
  /** efficiency per bin */
  readonly eff: readonly number[];
  /** SM branching ratio per bin used as weight */
  readonly brSM: readonly number[];
}

/**
 * ε per fine bin from the selected rows of the number densities (each row: 101 columns with the sentinel first)
 * and the SM BR per fine bin (any normalisation; rescaled to BELLE2_MU1_BR).
 */
export function efficiencyFromNumberDensity(rows: readonly (readonly number[])[], brSMPerBin: readonly number[], nB = BELLE2_N_B): EfficiencyTable {
  const edges = numberDensityEdges();
  if (brSMPerBin.length !== 100) throw new EmissError(`need the SM BR in the 100 generated-q² bins (got ${brSMPerBin.length})`);
  for (const r of rows) if (r.length !== 101) throw new EmissError(`number-density rows have 101 columns (got ${r.length})`);
  const tot = brSMPerBin.reduce((a, b) => a + b, 0);
  const br = brSMPerBin.map((b) => (b * BELLE2_MU1_BR) / tot);
  const eff = br.map((b, j) => {
    const n = rows.reduce((t, r) => t + r[j + 1], 0);
    return b > 0 ? n / (nB * b) : 0;
  });
  return { edges, eff, brSM: br };
}

/** Efficiency in coarse bins (SM-rate weighted average of the fine bins, partial overlaps pro rata). */
export function rebinEfficiency(t: EfficiencyTable, edges: readonly number[]): EfficiencyTable {
  const eff: number[] = [];
  const brSM: number[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i];
    const b = edges[i + 1];
    let num = 0;
    let den = 0;
    for (let j = 0; j + 1 < t.edges.length; j++) {
      const lo = Math.max(a, t.edges[j]);
      const hi = Math.min(b, t.edges[j + 1]);
      if (hi <= lo) continue;
      const f = (hi - lo) / (t.edges[j + 1] - t.edges[j]);
      num += f * t.brSM[j] * t.eff[j];
      den += f * t.brSM[j];
    }
    eff.push(den > 0 ? num / den : 0);
    brSM.push(den);
  }
  return { edges: [...edges], eff, brSM };
}

/** ε(q²) of a table (piecewise constant; 0 outside). */
export function efficiencyAt(t: EfficiencyTable, q2: number): number {
  for (let j = 0; j + 1 < t.edges.length; j++) if (q2 >= t.edges[j] && q2 < t.edges[j + 1]) return t.eff[j];
  return 0;
}

/** Overall efficiency for the SM spectrum: Σ BR_j ε_j / Σ BR_j. */
export function totalEfficiency(t: EfficiencyTable): number {
  let n = 0;
  let d = 0;
  for (let j = 0; j < t.eff.length; j++) {
    n += t.brSM[j] * t.eff[j];
    d += t.brSM[j];
  }
  return n / d;
}

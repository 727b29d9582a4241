/**
 * The Belle II B+ → K+ νν̄ likelihood release (arXiv:2507.12393, HEPData ins2947386) as a value (read by
 * src/io/belle2-release.ts), and the facts about it the reweighting relies on:
 *
 * - fit bins: channel A (ITA on-resonance, η(BDT2) > 0.94, 9 bins), B (ITA on-resonance 0.92–0.94, 3 bins) and
 *   sgn1_had (HTA, 6 bins) hold the signal samples 'signal', 'signal', 'sgn_1_had'; the off-resonance channels
 *   C, D have none;
 * - generated q²: 101 bins, a sentinel [−1, 0) then 100 bins of 22.885/100 GeV² (numpy linspace(0, 22.885, 101));
 * - number densities N[r][j]: expected SM signal events in fit bin r generated in q² bin j, at μ = 1. Their row
 *   sums are the workspace's nominal signal yields (test/belle2-reweighting.test.ts), i.e. they are normalised to
 *   the SM ("null") spectrum of the release, dBR/dq² of scripts/utils.py NullPrediction (null-prediction.ts), whose
 *   integral over [0, 22.885] GeV² is 4.966e-6. The release quotes μ = 1 as BR = 4.97e-6 (the same number rounded).
 */
import type { Workspace } from '../histfactory/index.js';

export interface Belle2Release {
  readonly workspace: Workspace;
  /** rows = fit bins, 101 columns (sentinel first) */
  readonly densities: { readonly regA: readonly (readonly number[])[]; readonly regB: readonly (readonly number[])[]; readonly hta: readonly (readonly number[])[] };
  /** the 102 generated-q² edges of the reinterpretation file (−1, 0, 0.22885, …, 22.885) */
  readonly edges: readonly number[];
  /** the same number densities as stored in the reinterpretation file (checked equal in the tests) */
  readonly reinterpretationMaps: { readonly regA: readonly (readonly number[])[]; readonly regB: readonly (readonly number[])[]; readonly hta: readonly (readonly number[])[] };
  /** the release's B → K form-factor nuisances (EOS BSZ2015 coefficients), means and covariance */
  readonly releaseFormFactors: { readonly names: readonly string[]; readonly mean: readonly number[]; readonly covariance: readonly (readonly number[])[]; readonly source: string };
}

/** Where the signal lives in the workspace. */
export const SIGNAL_BLOCKS = [
  { region: 'regA', channel: 'A__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomSR_Y4S', sample: 'signal' },
  { region: 'regB', channel: 'B__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomCR_Y4S', sample: 'signal' },
  { region: 'hta', channel: 'sgn1_had', sample: 'sgn_1_had' },
] as const;
export type SignalRegion = (typeof SIGNAL_BLOCKS)[number]['region'];

/** The form-factor shape systematics of the published workspace (on the signal samples only). */
export const WORKSPACE_FF_MODIFIERS = ['corr_ff_c1', 'corr_ff_c2', 'corr_ff_c3'] as const;

/** μ = 1 ↔ BR = 4.97e-6 (arXiv:2311.14647; the release's null spectrum integrates to 4.966e-6). */
export const BELLE2_MU1_BR = 4.97e-6;

/** Number of generated-q² bins including the sentinel. */
export const N_GEN = 101;
export const GEN_WIDTH = 22.885 / 100;
export const GEN_MAX = 22.885;

/** The generated-q² edges as numpy builds them: [−1] + linspace(0, 22.885, 101) (i·step, last edge exact). */
export function generatedEdges(): number[] {
  const step = GEN_MAX / 100;
  return [-1, ...Array.from({ length: 101 }, (_, i) => (i === 100 ? GEN_MAX : i * step))];
}

/**
 * Generated bin (1 … 100) of a q² value: bins are [lo, hi) as in numpy.histogram, the last one closed at 22.885;
 * q² < 0 or > 22.885 is outside (−1). The sentinel bin 0 is never returned (no physical q² is negative).
 */
export function generatedBin(q2: number, edges: readonly number[] = generatedEdges()): number {
  if (!(q2 >= 0) || q2 > edges[101]) return -1;
  if (q2 === edges[101]) return 100;
  // edges[j] ≤ q2 < edges[j+1], j ∈ [1, 100]
  let lo = 1;
  let hi = 101;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] <= q2) lo = mid;
    else hi = mid;
  }
  return lo;
}

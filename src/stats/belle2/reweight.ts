/**
 * Kinematic reweighting of the Belle II signal (the redist method, Gärtner et al., arXiv:2402.08417; as applied by
 * Belle II in arXiv:2507.12393): the expected signal in fit bin r for a model with generated-q² spectrum BR_j is
 *
 *   s_r = Σ_j N_rj w_j,   w_j = BR_j / BR_j^null,
 *
 * with N_rj the published number densities (expected SM events at μ = 1, normalised to the null spectrum of
 * null-prediction.ts) and BR_j^null the null spectrum integrated over bin j. For the null spectrum itself w = 1 and
 * s_r is the workspace's nominal signal; for μ × null, s_r = μ × nominal: the SM-normalised μ of the publication is
 * exactly the weight of a spectrum of the null's shape, and BR = μ · Σ_j BR_j^null = μ · 4.966e-6 (quoted as
 * μ · 4.97e-6). Any other spectrum is converted bin by bin, with no reference to 4.97e-6.
 *
 * The sentinel column j = 0 ("generated q² in [−1, 0)": signal events without a valid generated q², 0.0148 of the
 * 8.05 HTA events, none in the ITA) has no null integral. redist keeps its weight at 1 (bins outside the cutoff are
 * not reweighted); emiss by default scales it with the model's total rate relative to the null, w_0 =
 * Σ_j BR_j / Σ_j BR_j^null ('scale'), so that a model with no signal has no signal events; 'redist' reproduces
 * redist. The difference is at most 0.015 events.
 */
import { EmissError } from '../../core/errors.js';
import { binnedTotal } from './binned-spectrum.js';
import { N_GEN, SIGNAL_BLOCKS, type Belle2Release, type SignalRegion } from './release.js';

export type SentinelTreatment = 'scale' | 'redist';

export interface RegionYields {
  readonly regA: Float64Array;
  readonly regB: Float64Array;
  readonly hta: Float64Array;
}

/** Reweighting weights w_j (101 entries). */
export function reweightingWeights(br: ArrayLike<number>, nullBr: ArrayLike<number>, sentinel: SentinelTreatment = 'scale'): Float64Array {
  if (br.length !== N_GEN || nullBr.length !== N_GEN) throw new EmissError(`binned spectra have ${N_GEN} generated-q² bins (got ${br.length})`);
  const w = new Float64Array(N_GEN);
  for (let j = 1; j < N_GEN; j++) {
    if (!(nullBr[j] > 0)) throw new EmissError(`the null spectrum vanishes in generated bin ${j}`);
    if (!Number.isFinite(br[j])) throw new EmissError(`the spectrum is not finite in generated bin ${j}`);
    w[j] = br[j] / nullBr[j];
  }
  w[0] = sentinel === 'redist' ? 1 : binnedTotal(br) / binnedTotal(nullBr);
  return w;
}

/** s_r = Σ_j N_rj w_j for one region. */
export function foldRegion(density: readonly (readonly number[])[], w: ArrayLike<number>): Float64Array {
  const out = new Float64Array(density.length);
  density.forEach((row, r) => {
    if (row.length !== N_GEN) throw new EmissError(`number-density rows have ${N_GEN} columns (got ${row.length})`);
    let s = 0;
    for (let j = 0; j < N_GEN; j++) s += row[j] * w[j];
    out[r] = s;
  });
  return out;
}

/** Signal yields of a binned spectrum in the three signal regions. */
export function signalYields(release: Pick<Belle2Release, 'densities'>, br: ArrayLike<number>, nullBr: ArrayLike<number>, sentinel: SentinelTreatment = 'scale'): RegionYields {
  const w = reweightingWeights(br, nullBr, sentinel);
  return { regA: foldRegion(release.densities.regA, w), regB: foldRegion(release.densities.regB, w), hta: foldRegion(release.densities.hta, w) };
}

/** Nominal signal of the workspace for each region (row sums of the number densities). */
export function nominalYields(release: Pick<Belle2Release, 'densities'>): RegionYields {
  const ones = new Float64Array(N_GEN).fill(1);
  return { regA: foldRegion(release.densities.regA, ones), regB: foldRegion(release.densities.regB, ones), hta: foldRegion(release.densities.hta, ones) };
}

export const REGIONS: readonly SignalRegion[] = SIGNAL_BLOCKS.map((b) => b.region);

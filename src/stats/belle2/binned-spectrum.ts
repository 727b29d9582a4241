/**
 * A missing-energy spectrum of B+ → K+ + invisible integrated over the generated-q² bins of the Belle II number
 * densities: Float64Array(101), entry j = branching ratio generated in bin j (entry 0, the sentinel [−1, 0), is 0
 * for every physical spectrum).
 *
 * - Continuum dBR/dq² on [q²_min, q²_max]: Gauss–Legendre (16 nodes) on the overlap of each bin with the support;
 *   a Breit–Wigner-like peak inside a bin (given by `peaks`) is integrated adaptively.
 * - Lines (two-body decays B → K X, q² = m_X² exactly): all of the line's BR goes into the one bin that contains
 *   q² = m_X², bins being [lo, hi) with the last closed at 22.885 GeV² (numpy.histogram's rule, which is what the
 *   number densities were filled with); a line at an inner edge belongs to the bin above it; a line with
 *   q² > 22.885 GeV² (m_X > 4.784 GeV, up to the endpoint (m_B − m_K)² = 22.90 GeV²) lies outside the generated
 *   range and is reported in `outside` — the number densities vanish above ~21 GeV² anyway, so such a line gives
 *   no signal.
 * - A line with a width Γ can be given as a Breit–Wigner continuum instead (two-body.ts).
 */
import { EmissError } from '../../core/errors.js';
import { integrateAdaptive } from '../../numerics/adaptive.js';
import { gaussLegendreOn } from '../../numerics/gauss-legendre.js';
import { generatedBin, generatedEdges, N_GEN } from './release.js';

export interface SpectrumPieces {
  readonly lines?: readonly { readonly q2: number; readonly br: number }[];
  readonly continuum?: {
    readonly q2min: number;
    readonly q2max: number;
    readonly dbr: (q2: number) => number;
    /** q² of narrow peaks (integrated adaptively in their bins) */
    readonly peaks?: readonly number[];
  };
}

export interface BinnedSpectrum {
  /** BR per generated bin (101 entries, sentinel first) */
  readonly br: Float64Array;
  /** BR of lines outside the generated range (no signal) */
  readonly outside: number;
}

const GL16 = gaussLegendreOn(-1, 1, 16);

export function binSpectrum(s: SpectrumPieces, edges: readonly number[] = generatedEdges()): BinnedSpectrum {
  const br = new Float64Array(N_GEN);
  let outside = 0;
  for (const l of s.lines ?? []) {
    if (!Number.isFinite(l.q2) || !Number.isFinite(l.br)) throw new EmissError(`a spectral line must have finite q² and BR (got ${l.q2}, ${l.br})`);
    const j = generatedBin(l.q2, edges);
    if (j < 0) outside += l.br;
    else br[j] += l.br;
  }
  const c = s.continuum;
  if (c) {
    for (let j = 1; j < N_GEN; j++) {
      const lo = Math.max(edges[j], c.q2min);
      const hi = Math.min(edges[j + 1], c.q2max);
      if (!(hi > lo)) continue;
      const peak = c.peaks?.find((p) => p > lo - 1e-12 && p < hi + 1e-12);
      if (peak !== undefined) {
        const bp = peak > lo && peak < hi ? [peak] : [];
        br[j] = integrateAdaptive(c.dbr, lo, hi, { epsrel: 1e-10, epsabs: 0, breakpoints: bp, strict: false }).value;
      } else {
        const m = 0.5 * (lo + hi);
        const h = 0.5 * (hi - lo);
        let sum = 0;
        for (let k = 0; k < 16; k++) sum += GL16.weights[k] * c.dbr(m + h * GL16.nodes[k]);
        br[j] = sum * h;
      }
      if (!Number.isFinite(br[j])) throw new EmissError(`the spectrum is not finite in generated bin [${edges[j]}, ${edges[j + 1]}] GeV²`);
    }
  }
  return { br, outside };
}

/** Sum of a binned spectrum (bins 1 … 100). */
export function binnedTotal(br: ArrayLike<number>): number {
  let t = 0;
  for (let j = 1; j < br.length; j++) t += br[j];
  return t;
}

/**
 * The Belle II B+ → K+ νν̄ likelihood for any model: the published workspace (HistFactory engine,
 * src/stats/histfactory) with its signal replaced by the reweighted yields of the model's generated-q² spectrum
 * (reweight.ts), and μ fixed to 1 (the spectrum carries the normalisation).
 *
 * The signal's other systematics follow the new yields bin by bin (`systematics: 'relative'`), which is what a
 * multiplicative reweighting factor does to them in pyhf (the redist custom modifier multiplies the sample after
 * its histosys shifts); staterror widths stay relative.
 *
 * Form-factor uncertainty of the signal shape (option `ff`):
 *   redist     (default for spectra computed by emiss) the published corr_ff_c1..c3 are removed — they describe
 *              the uncertainty of the null spectrum's form factors — and replaced by one nuisance parameter per
 *              eigen-direction of the covariance of the form factors that predict the model (ff-nuisances.ts),
 *              named ff_BK_1 … ff_BK_n, with the model's ±1σ yields as templates; this is the release's
 *              treatment (it prunes corr_ff_c1..c3 and adds its FFK parameters);
 *   workspace  the published corr_ff_c1..c3 are kept, their shifts scaled with the new yields (the relative
 *              form-factor uncertainty of the SM shape in each fit bin; exact for spectra of the null's shape);
 *   none       corr_ff_c1..c3 are removed and nothing replaces them (form factors fixed).
 */
import { EmissError } from '../../core/errors.js';
import { buildModel, loadWorkspace, type Model, type ParameterValues, type Workspace } from '../histfactory/index.js';
import { nullBinned } from './null-prediction.js';
import { foldRegion, reweightingWeights, type RegionYields, type SentinelTreatment } from './reweight.js';
import { generatedEdges, N_GEN, SIGNAL_BLOCKS, WORKSPACE_FF_MODIFIERS, type Belle2Release } from './release.js';

export type FFTreatment = 'redist' | 'workspace' | 'none';
export const FF_TREATMENTS: readonly FFTreatment[] = ['redist', 'workspace', 'none'];

export interface Belle2LikelihoodOptions {
  readonly ff?: FFTreatment;
  /** number of form-factor directions (ff = redist) */
  readonly nFF?: number;
  readonly sentinel?: SentinelTreatment;
}

/** A model's binned spectrum (101 generated bins) and, for ff = redist, its spectra at θ_k = ±1. */
export interface SignalSpectrum {
  readonly br: ArrayLike<number>;
  readonly ffUp?: readonly ArrayLike<number>[];
  readonly ffDown?: readonly ArrayLike<number>[];
}

export interface Belle2Likelihood {
  readonly release: Belle2Release;
  readonly ff: FFTreatment;
  readonly sentinel: SentinelTreatment;
  /** names of the form-factor nuisance parameters (ff = redist) */
  readonly ffNames: readonly string[];
  /** the workspace model as modified for the FF treatment (signal at μ = 1 nominal) */
  readonly base: Model;
  readonly nullBr: Float64Array;
  /** parameters to hold fixed in fits (μ = 1) */
  readonly fixed: ParameterValues;
  yields(br: ArrayLike<number>): RegionYields;
  /** the likelihood model with the signal of a spectrum */
  modelFor(s: SignalSpectrum): Model;
}

export const ffParameterName = (k: number): string => `ff_BK_${k + 1}`;

/** The workspace with the signal's corr_ff_c* removed and (for nFF > 0) ff_BK_k placeholders added. */
export function workspaceForFF(ws: Workspace, ff: FFTreatment, nFF: number): Workspace {
  if (ff === 'workspace') return ws;
  const signal = new Set<string>(SIGNAL_BLOCKS.map((b) => `${b.channel}\u0000${b.sample}`));
  const channels = ws.channels.map((c) => ({
    ...c,
    samples: c.samples.map((s) => {
      const isSignal = signal.has(`${c.name}\u0000${s.name}`);
      let modifiers = s.modifiers.filter((m) => !(WORKSPACE_FF_MODIFIERS as readonly string[]).includes(m.name));
      if (!isSignal && modifiers.length !== s.modifiers.length) throw new EmissError(`internal: ${WORKSPACE_FF_MODIFIERS.join('/')} on a non-signal sample`);
      if (isSignal && ff === 'redist') {
        // placeholders with a non-zero shift in every bin, so that every bin has an entry to overwrite
        modifiers = [
          ...modifiers,
          ...Array.from({ length: nFF }, (_, k) => ({
            name: ffParameterName(k),
            type: 'histosys' as const,
            data: { hi_data: s.data.map((v) => v + 1), lo_data: s.data.map((v) => v - 1) },
          })),
        ];
      }
      return { ...s, modifiers };
    }),
  }));
  return loadWorkspace({ ...ws, channels } as unknown);
}

export function buildBelle2Likelihood(release: Belle2Release, opts: Belle2LikelihoodOptions = {}): Belle2Likelihood {
  const ff = opts.ff ?? 'redist';
  if (!FF_TREATMENTS.includes(ff)) throw new EmissError(`unknown form-factor treatment '${ff}' (known: ${FF_TREATMENTS.join(', ')})`);
  const nFF = ff === 'redist' ? (opts.nFF ?? 0) : 0;
  if (ff === 'redist' && !(nFF >= 1)) throw new EmissError('the redist form-factor treatment needs the number of form-factor directions (nFF ≥ 1)');
  const sentinel = opts.sentinel ?? 'scale';
  const edges = generatedEdges();
  for (let i = 0; i < edges.length; i++) {
    if (edges[i] !== release.edges[i]) throw new EmissError('the release uses other generated-q² bin edges than emiss assumes');
  }
  const base = buildModel(workspaceForFF(release.workspace, ff, nFF));
  const nullBr = nullBinned(edges);
  const ffNames = Array.from({ length: nFF }, (_, k) => ffParameterName(k));
  const fold = (br: ArrayLike<number>): RegionYields => {
    const w = reweightingWeights(br, nullBr, sentinel);
    return { regA: foldRegion(release.densities.regA, w), regB: foldRegion(release.densities.regB, w), hta: foldRegion(release.densities.hta, w) };
  };
  return {
    release,
    ff,
    sentinel,
    ffNames,
    base,
    nullBr,
    fixed: { mu: 1 },
    yields: fold,
    modelFor(s) {
      if (s.br.length !== N_GEN) throw new EmissError(`a binned spectrum has ${N_GEN} entries (got ${s.br.length})`);
      const central = fold(s.br);
      let ups: RegionYields[] = [];
      let downs: RegionYields[] = [];
      if (nFF > 0) {
        if (!s.ffUp || !s.ffDown || s.ffUp.length !== nFF || s.ffDown.length !== nFF) {
          throw new EmissError(`the redist form-factor treatment needs the spectrum at θ = ±1 for ${nFF} directions`);
        }
        ups = s.ffUp.map(fold);
        downs = s.ffDown.map(fold);
      }
      let m = base;
      for (const b of SIGNAL_BLOCKS) {
        const histosys: Record<string, { hi: Float64Array; lo: Float64Array }> = {};
        for (let k = 0; k < nFF; k++) histosys[ffNames[k]] = { hi: ups[k][b.region], lo: downs[k][b.region] };
        m = m.withSampleYields(b.channel, b.sample, central[b.region], { systematics: 'relative', ...(nFF > 0 ? { histosys } : {}) });
      }
      return m;
    },
  };
}

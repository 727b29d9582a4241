/**
 * Random and grid scans of b → s νν̄ coefficient spaces (paper 003 §II, Figs. 1–3): R_K^νν, R_K*^νν at every
 * point, optionally any registry observable with the charged-lepton coefficients a leptoquark ties to the
 * neutrino ones, and the paper's colour classes.
 *
 * Everything here is a pure function of a serialisable ScanSpec, so worker threads (src/stats/scan-worker.ts)
 * run exactly the same code as the single-thread path: a scan is cut into chunks, chunk c draws its random
 * points from the seed (spec.seed, c), and the chunks are concatenated in order — the result does not depend on
 * the number of threads.
 *
 * Coefficients are real (the paper assumes CP conservation, footnote 2) and symmetric in the neutrino flavours:
 * a parameter "C_R^{μτ}" sets both CR_bsnumunutau and CR_bsnutaunumu (paper footnote 2: the rates are
 * symmetric under i ↔ j, so six parameters per structure).
 */
import { EmissError } from '../core/errors.js';
import type { Complex } from '../core/complex.js';
import { makeRng } from '../numerics/random.js';
import { makeParameterSet, type ParameterSet } from '../params/parameter-set.js';
import type { Transition } from '../hadronic/types.js';
import { findMode } from '../processes/nunu-modes.js';
import { kernelBR, prepareNuNuKernel } from '../processes/b-to-m-nunu.js';
import { nunuIndex, nunuName, NUNU_PACKED_LENGTH, NU_FLAVOURS, NUNU_STRUCTURES } from '../wc/nunu.js';
import { bsllName, LEPTONS } from '../wc/bsll.js';
import { OBSERVABLES, resolveArgs } from '../observables/index.js';

/** One scan parameter: sets the listed (structure, a, b) neutrino coefficients to its value. */
export interface ScanParam {
  readonly name: string;
  readonly tex: string;
  readonly entries: readonly (readonly [structure: number, a: number, b: number])[];
}

export interface ScanSpace {
  readonly id: string;
  readonly description: string;
  readonly params: readonly ScanParam[];
}

const PAIRS: readonly [number, number][] = [
  [0, 0],
  [1, 1],
  [2, 2],
  [0, 1],
  [0, 2],
  [1, 2],
];
const LTEX = ['e', '\\mu', '\\tau'];

function symParam(structure: number, a: number, b: number): ScanParam {
  const s = NUNU_STRUCTURES[structure];
  const texS = { CL: 'C_L', CR: 'C_R', CLp: "C_L'", CRp: "C_R'" }[s];
  return {
    name: `${s}^${LEPTONS[a]}${LEPTONS[b]}`,
    tex: `${texS}^{${LTEX[a]}${LTEX[b]}}`,
    entries: a === b ? [[structure, a, b]] : [[structure, a, b], [structure, b, a]],
  };
}

const six = (structure: number) => PAIRS.map(([a, b]) => symParam(structure, a, b));

/** The coefficient spaces of paper 003 Figs. 1 and 2. */
export const SCAN_SPACES: readonly ScanSpace[] = Object.freeze([
  { id: 'LR', description: 'the 12 unprimed C_L^ij, C_R^ij (i ≤ j; Fig. 1 left, light grey)', params: [...six(0), ...six(1)] },
  { id: 'LRp', description: "the 12 primed C_L'^ij, C_R'^ij (right-handed ν; Fig. 1 left, dark grey)", params: [...six(2), ...six(3)] },
  { id: 'L', description: 'the six C_L^ij (S0, S1, V1)', params: six(0) },
  { id: 'R', description: 'the six C_R^ij (S̃1/2, V1/2; Fig. 1 right)', params: six(1) },
  {
    id: 'R-tau',
    description: 'C_R^ij with C_R^ττ the only diagonal entry: C_R^ττ, C_R^eμ, C_R^eτ, C_R^μτ (Fig. 2 left)',
    params: [symParam(1, 2, 2), symParam(1, 0, 1), symParam(1, 0, 2), symParam(1, 1, 2)],
  },
  { id: 'R-tautau-mutau', description: 'C_R^ττ and C_R^μτ = C_R^τμ only (Fig. 2 right)', params: [symParam(1, 2, 2), symParam(1, 1, 2)] },
] satisfies ScanSpace[]);

export function findSpace(id: string): ScanSpace {
  const s = SCAN_SPACES.find((x) => x.id === id);
  if (!s) throw new EmissError(`unknown scan space '${id}' (known: ${SCAN_SPACES.map((x) => x.id).join(', ')})`);
  return s;
}

/**
 * How the charged-lepton coefficients follow the neutrino ones (for the extra observables): 'none', or the
 * tree-level relation of a leptoquark (src/models/leptoquarks.ts): C_R → C9′ = −C10′ = C_R (S̃1/2, V1/2, eq. 16),
 * C_L → C9 = −C10 = 2 C_L (S1, eq. 15a) or ½ C_L (V1, eq. 15b). Neutrino index order (ν̄_b … ν_a) of
 * CR_bsnu{a}nu{b} maps onto (ℓ̄_b … ℓ_a) of C9p_bs{a}{b}.
 */
export type ChargedRelation = 'none' | 'CR=C9p=-C10p' | 'C9=-C10=2CL' | 'C9=-C10=CL/2';
export const CHARGED_RELATIONS: readonly ChargedRelation[] = ['none', 'CR=C9p=-C10p', 'C9=-C10=2CL', 'C9=-C10=CL/2'];

export interface ScanSpec {
  readonly preset: string;
  readonly formFactors?: Partial<Record<Transition, string>>;
  readonly space: string;
  readonly mode: 'random' | 'grid';
  /** random: number of points; grid: ignored (steps^dims) */
  readonly n?: number;
  /** grid: points per axis (≥ 2) */
  readonly steps?: number;
  /** per-parameter [lo, hi] (one pair for all, or one per parameter) */
  readonly ranges: readonly (readonly [number, number])[];
  readonly seed: number;
  /** extra registry observables (no arguments or defaults only) */
  readonly observables?: readonly string[];
  readonly charged?: ChargedRelation;
}

export interface ScanChunk {
  readonly start: number;
  readonly count: number;
  readonly dims: number;
  /** params[dims·i + k] */
  readonly params: Float64Array;
  readonly rk: Float64Array;
  readonly rks: Float64Array;
  /** extra[o][i] */
  readonly extra: Float64Array[];
}

export function scanSize(spec: ScanSpec): number {
  const space = findSpace(spec.space);
  if (spec.mode === 'grid') {
    const s = spec.steps ?? 0;
    if (!Number.isInteger(s) || s < 2) throw new EmissError(`grid scans need steps ≥ 2 per axis (got ${spec.steps})`);
    const total = s ** space.params.length;
    if (total > 5e7) throw new EmissError(`grid of ${s}^${space.params.length} = ${total.toExponential(2)} points is too large`);
    return total;
  }
  const n = spec.n ?? 0;
  if (!Number.isInteger(n) || n < 1) throw new EmissError(`random scans need a positive integer number of points (got ${spec.n})`);
  return n;
}

export function validateSpec(spec: ScanSpec): void {
  const space = findSpace(spec.space);
  scanSize(spec);
  if (spec.ranges.length !== 1 && spec.ranges.length !== space.params.length) {
    throw new EmissError(`give one range for all parameters or one per parameter (${space.params.length}: ${space.params.map((p) => p.name).join(', ')})`);
  }
  for (const [lo, hi] of spec.ranges) if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) throw new EmissError(`invalid range [${lo}, ${hi}]`);
  if (!Number.isInteger(spec.seed)) throw new EmissError('seed must be an integer');
  if (spec.charged && !CHARGED_RELATIONS.includes(spec.charged)) throw new EmissError(`unknown charged-lepton relation '${spec.charged}' (known: ${CHARGED_RELATIONS.join(', ')})`);
  for (const o of spec.observables ?? []) {
    const def = OBSERVABLES.get(o);
    if (def.args.some((a) => !a.default)) throw new EmissError(`observable '${o}' needs arguments; scans take observables without required arguments`);
  }
}

export function specParameterSet(spec: ScanSpec): ParameterSet {
  return makeParameterSet(spec.preset, { formFactors: spec.formFactors });
}

/** Coefficient map of one scan point (neutrino coefficients plus the related charged-lepton ones). */
export function pointCoefficients(space: ScanSpace, values: ArrayLike<number>, charged: ChargedRelation = 'none'): Map<string, Complex> {
  const wc = new Map<string, Complex>();
  space.params.forEach((p, k) => {
    const v = values[k];
    if (v === 0) return;
    for (const [s, a, b] of p.entries) {
      const nu = nunuName(NUNU_STRUCTURES[s], 'bs', NU_FLAVOURS[a], NU_FLAVOURS[b]);
      wc.set(nu, { re: v, im: 0 });
      const put = (name: string, x: number) => wc.set(name, { re: x, im: 0 });
      if (charged === 'CR=C9p=-C10p' && s === 1) {
        put(bsllName('C9p', LEPTONS[a], LEPTONS[b]), v);
        put(bsllName('C10p', LEPTONS[a], LEPTONS[b]), -v);
      } else if ((charged === 'C9=-C10=2CL' || charged === 'C9=-C10=CL/2') && s === 0) {
        const f = charged === 'C9=-C10=2CL' ? 2 : 0.5;
        put(bsllName('C9', LEPTONS[a], LEPTONS[b]), f * v);
        put(bsllName('C10', LEPTONS[a], LEPTONS[b]), -f * v);
      }
    }
  });
  return wc;
}

/** The point with linear index i (grid) or the i-th draw of chunk c's stream (random) into out. */
function gridPoint(i: number, steps: number, ranges: readonly (readonly [number, number])[], dims: number, out: Float64Array, off: number): void {
  let r = i;
  for (let k = 0; k < dims; k++) {
    const idx = r % steps;
    r = Math.floor(r / steps);
    const [lo, hi] = ranges.length === 1 ? ranges[0] : ranges[k];
    out[off + k] = lo + ((hi - lo) * idx) / (steps - 1);
  }
}

/** Seed of chunk c: a fixed mixing of (seed, c) so chunks have independent streams. */
export function chunkSeed(seed: number, c: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(c + 1, 0x165667b1)) | 0;
}

/** Evaluates points [start, start + count) of the scan. Pure; used by workers and by the single-thread path. */
export function runScanChunk(spec: ScanSpec, chunkIndex: number, start: number, count: number): ScanChunk {
  const space = findSpace(spec.space);
  const ps = specParameterSet(spec);
  const dims = space.params.length;
  const kK = prepareNuNuKernel(findMode('B+->K')!, ps);
  const kV = prepareNuNuKernel(findMode('B0->K*')!, ps);
  const smK = kernelBR(kK, null);
  const smV = kernelBR(kV, null);
  const extraDefs = (spec.observables ?? []).map((o) => {
    const def = OBSERVABLES.get(o);
    return def.prepare(ps, resolveArgs(def, ps, {}));
  });
  const params = new Float64Array(count * dims);
  const rk = new Float64Array(count);
  const rks = new Float64Array(count);
  const extra = extraDefs.map(() => new Float64Array(count));
  const packed = new Float64Array(NUNU_PACKED_LENGTH);
  const rng = spec.mode === 'random' ? makeRng(chunkSeed(spec.seed, chunkIndex)) : undefined;
  const charged = spec.charged ?? 'none';
  for (let i = 0; i < count; i++) {
    const off = i * dims;
    if (rng) {
      for (let k = 0; k < dims; k++) {
        const [lo, hi] = spec.ranges.length === 1 ? spec.ranges[0] : spec.ranges[k];
        params[off + k] = lo + (hi - lo) * rng.uniform();
      }
    } else {
      gridPoint(start + i, spec.steps!, spec.ranges, dims, params, off);
    }
    packed.fill(0);
    for (let k = 0; k < dims; k++) {
      const v = params[off + k];
      for (const [s, a, b] of space.params[k].entries) packed[nunuIndex(s, a, b)] = v;
    }
    rk[i] = kernelBR(kK, packed) / smK;
    rks[i] = kernelBR(kV, packed) / smV;
    if (extraDefs.length) {
      const np = { wc: pointCoefficients(space, params.subarray(off, off + dims), charged) };
      for (let o = 0; o < extraDefs.length; o++) extra[o][i] = extraDefs[o](np);
    }
  }
  return { start, count, dims, params, rk, rks, extra };
}

/** Points per chunk. Fixed (not a function of the thread count) so that random streams are reproducible. */
export const SCAN_CHUNK = 10000;

/** Chunk layout of a scan: [chunkIndex, start, count]. */
export function scanChunks(spec: ScanSpec, chunkSize = SCAN_CHUNK): [number, number, number][] {
  const total = scanSize(spec);
  const out: [number, number, number][] = [];
  for (let c = 0, s = 0; s < total; c++, s += chunkSize) out.push([c, s, Math.min(chunkSize, total - s)]);
  return out;
}

/** Concatenates chunks (in order) into one result. */
export function mergeChunks(chunks: readonly ScanChunk[]): ScanChunk {
  const sorted = [...chunks].sort((a, b) => a.start - b.start);
  const count = sorted.reduce((t, c) => t + c.count, 0);
  const dims = sorted[0]?.dims ?? 0;
  const nExtra = sorted[0]?.extra.length ?? 0;
  const out: ScanChunk = {
    start: 0,
    count,
    dims,
    params: new Float64Array(count * dims),
    rk: new Float64Array(count),
    rks: new Float64Array(count),
    extra: Array.from({ length: nExtra }, () => new Float64Array(count)),
  };
  let at = 0;
  for (const c of sorted) {
    out.params.set(c.params, at * dims);
    out.rk.set(c.rk, at);
    out.rks.set(c.rks, at);
    for (let o = 0; o < nExtra; o++) out.extra[o].set(c.extra[o], at);
    at += c.count;
  }
  return out;
}

/** Single-thread scan (small scans, tests, browsers). */
export function runScanSerial(spec: ScanSpec, onProgress?: (done: number, total: number) => void): ScanChunk {
  validateSpec(spec);
  const total = scanSize(spec);
  const chunks: ScanChunk[] = [];
  let done = 0;
  for (const [c, s, n] of scanChunks(spec)) {
    chunks.push(runScanChunk(spec, c, s, n));
    done += n;
    onProgress?.(done, total);
  }
  return mergeChunks(chunks);
}

/**
 * The paper's colour classes (paper 003 below eq. 12 and Fig. 1 caption): the new Belle II 1σ range
 * 3.6 ≤ R_K ≤ 7 (eq. 4a: 5.3 ± 1.7) or the new average 2 ≤ R_K ≤ 4 (eq. 4b: 3.0 ± 1.0), with R_K* ≤ 2.7
 * (Belle combined limit) or ≤ 1.9 (neutral-mode limit, eq. 5); 'sm3sigma' = both ratios within 3σ of 1 (the
 * parametric SM uncertainty, which the caller supplies).
 */
export type PointClass = 'red' | 'blue' | 'red-avg' | 'blue-avg' | 'sm3sigma' | 'grey';
export const R_K_BAND_NEW: readonly [number, number] = [3.6, 7];
export const R_K_BAND_AVG: readonly [number, number] = [2, 4];
export const R_KS_BOUND_LOOSE = 2.7;
export const R_KS_BOUND_TIGHT = 1.9;

export function classifyPoint(rk: number, rks: number, sm?: { sigmaK: number; sigmaKs: number }): PointClass {
  const inNew = rk >= R_K_BAND_NEW[0] && rk <= R_K_BAND_NEW[1];
  if (inNew && rks <= R_KS_BOUND_TIGHT) return 'red';
  if (inNew && rks <= R_KS_BOUND_LOOSE) return 'blue';
  const inAvg = rk >= R_K_BAND_AVG[0] && rk <= R_K_BAND_AVG[1];
  if (inAvg && rks <= R_KS_BOUND_TIGHT) return 'red-avg';
  if (inAvg && rks <= R_KS_BOUND_LOOSE) return 'blue-avg';
  if (sm && Math.abs(rk - 1) <= 3 * sm.sigmaK && Math.abs(rks - 1) <= 3 * sm.sigmaKs) return 'sm3sigma';
  return 'grey';
}

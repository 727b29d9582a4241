/**
 * Scans of a model file's parameters: a serialisable specification, the points it defines, and their chunking.
 *
 * Points are numbered 0 … total−1 and depend only on the specification:
 *   grid    the product of per-parameter axes (lo:hi:n, linear or log as the parameter's range), first axis fastest;
 *   random  uniform in the unit cube of the ranges (log-uniform for log ranges); chunk c draws its points from its
 *           own stream seeded by (seed, c), so a point does not depend on which thread or machine computes it.
 * Chunks are contiguous blocks of `chunkSize` points: the unit of work, of checkpointing (a finished chunk is written
 * atomically; an interrupted scan redoes only unfinished chunks, so no point is lost or duplicated) and of sharding
 * (shard K of N owns the chunks c with c mod N = K − 1).
 *
 * At each point the scanned parameters are fixed; `profile` parameters are minimised over (within their fit
 * ranges) and every Belle II nuisance parameter is profiled; the recorded −2 ln L is the profile likelihood there.
 */
import { EmissError } from '../../core/errors.js';
import { makeRng } from '../../numerics/random.js';
import { chunkSeed } from '../nunu-scan.js';
import type { FitModelFile, FloatSpec } from '../fit/model-file.js';
import { toValue } from '../fit/fit.js';

export interface GridAxis {
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
  readonly n: number;
  readonly log: boolean;
}

export interface ScanSpec {
  /** the model file's text and name (workers re-parse it) */
  readonly modelText: string;
  readonly modelName: string;
  readonly mode: 'grid' | 'random';
  /** grid: one axis per scanned parameter */
  readonly axes?: readonly GridAxis[];
  /** random: scanned parameters (their fit ranges) and number of points */
  readonly random?: { readonly names: readonly string[]; readonly n: number };
  readonly seed: number;
  /** parameters minimised at each point */
  readonly profile: readonly string[];
  readonly ff?: 'redist' | 'workspace' | 'none';
  readonly chunkSize: number;
}

export interface ScanRow {
  readonly index: number;
  readonly values: Readonly<Record<string, number>>;
  readonly twiceNll: number;
  readonly belle2: number | null;
  readonly terms: Readonly<Record<string, number>>;
  readonly brInvBK: number;
  readonly converged: boolean;
  /** error message if the point could not be evaluated (the row is kept, −2 ln L = NaN) */
  readonly error?: string;
}

export function scanTotal(spec: ScanSpec): number {
  if (spec.mode === 'grid') {
    if (!spec.axes?.length) throw new EmissError('a grid scan needs at least one axis');
    const t = spec.axes.reduce((p, a) => p * a.n, 1);
    if (t > 1e8) throw new EmissError(`grid of ${t.toExponential(2)} points is too large`);
    return t;
  }
  const n = spec.random?.n ?? 0;
  if (!Number.isInteger(n) || n < 1) throw new EmissError('a random scan needs a positive number of points');
  return n;
}

/** The scanned parameter names in column order. */
export function scannedNames(spec: ScanSpec): string[] {
  return spec.mode === 'grid' ? (spec.axes ?? []).map((a) => a.name) : [...(spec.random?.names ?? [])];
}

export function numChunks(spec: ScanSpec): number {
  return Math.ceil(scanTotal(spec) / spec.chunkSize);
}

/** [chunk, start, count] of every chunk, or of those of shard k (1-based) of n. */
export function chunkLayout(spec: ScanSpec, shard?: { k: number; n: number }): [number, number, number][] {
  const total = scanTotal(spec);
  const out: [number, number, number][] = [];
  for (let c = 0, s = 0; s < total; c++, s += spec.chunkSize) {
    if (shard && c % shard.n !== shard.k - 1) continue;
    out.push([c, s, Math.min(spec.chunkSize, total - s)]);
  }
  return out;
}

export function parseShard(text: string): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new EmissError(`--shard expects K/N with 1 ≤ K ≤ N (got '${text}')`);
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (!(n >= 1 && k >= 1 && k <= n)) throw new EmissError(`--shard expects K/N with 1 ≤ K ≤ N (got '${text}')`);
  return { k, n };
}

/** 'NAME=LO:HI:N' → axis (log scale from the parameter's fit range, or 'log:' prefix on LO). */
export function parseAxis(text: string, floats: readonly FloatSpec[]): GridAxis {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new EmissError(`--grid expects NAME=LO:HI:N or NAME=N (got '${text}')`);
  const name = text.slice(0, eq).trim();
  const body = text.slice(eq + 1).trim();
  const f = floats.find((x) => x.name === name);
  const parts = body.split(':');
  if (parts.length === 1) {
    if (!f) throw new EmissError(`--grid ${name}=N needs a fit.float range for ${name} in the model file`);
    const n = Number(parts[0]);
    if (!Number.isInteger(n) || n < 1) throw new EmissError(`--grid ${name}: N must be a positive integer`);
    return { name, lo: f.min, hi: f.max, n, log: f.log };
  }
  if (parts.length !== 3) throw new EmissError(`--grid expects NAME=LO:HI:N (got '${text}')`);
  const lo = Number(parts[0]);
  const hi = Number(parts[1]);
  const n = Number(parts[2]);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi >= lo)) throw new EmissError(`--grid ${name}: need LO ≤ HI (got '${body}')`);
  if (!Number.isInteger(n) || n < 1 || (n > 1 && hi === lo)) throw new EmissError(`--grid ${name}: N must be a positive integer (and LO < HI for N > 1)`);
  const log = f?.log ?? false;
  if (log && !(lo > 0)) throw new EmissError(`--grid ${name}: the parameter is log-scaled; LO must be positive`);
  return { name, lo, hi, n, log };
}

function axisValue(a: GridAxis, k: number): number {
  if (a.n === 1) return a.lo;
  const t = k / (a.n - 1);
  return a.log ? Math.exp(Math.log(a.lo) + t * (Math.log(a.hi) - Math.log(a.lo))) : a.lo + t * (a.hi - a.lo);
}

/** Values of the scanned parameters for points start … start+count−1 of chunk c. */
export function chunkPoints(spec: ScanSpec, floats: readonly FloatSpec[], chunk: number, start: number, count: number): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  if (spec.mode === 'grid') {
    const axes = spec.axes as readonly GridAxis[];
    for (let i = start; i < start + count; i++) {
      let r = i;
      const v: Record<string, number> = {};
      for (const a of axes) {
        const k = r % a.n;
        r = Math.floor(r / a.n);
        v[a.name] = axisValue(a, k);
      }
      out.push(v);
    }
    return out;
  }
  const names = spec.random?.names ?? [];
  const fl = names.map((n) => {
    const f = floats.find((x) => x.name === n);
    if (!f) throw new EmissError(`random scans draw from the fit.float range of each parameter; ${n} has none`);
    return f;
  });
  const rng = makeRng(chunkSeed(spec.seed, chunk));
  for (let i = 0; i < count; i++) {
    const v: Record<string, number> = {};
    fl.forEach((f) => (v[f.name] = toValue(f, rng.uniform())));
    out.push(v);
  }
  return out;
}

/** Validates a spec against its model file (names, profile parameters). */
export function validateScanSpec(spec: ScanSpec, file: FitModelFile, floats: readonly FloatSpec[]): void {
  scanTotal(spec);
  if (!Number.isInteger(spec.chunkSize) || spec.chunkSize < 1) throw new EmissError('chunk size must be a positive integer');
  const scanned = scannedNames(spec);
  if (new Set(scanned).size !== scanned.length) throw new EmissError('a parameter is scanned twice');
  for (const p of spec.profile) {
    if (!floats.some((f) => f.name === p)) throw new EmissError(`profiled parameter '${p}' needs a fit.float range in ${file.fileName}`);
    if (scanned.includes(p)) throw new EmissError(`'${p}' is both scanned and profiled`);
  }
}

import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { parseReal } from '../../core/parse-complex.js';
import { findMode } from '../../processes/nunu-modes.js';
import { kernelBR, prepareNuNuKernel } from '../../processes/b-to-m-nunu.js';
import { nunuIndex, NUNU_PACKED_LENGTH } from '../../wc/nunu.js';
import {
  CHARGED_RELATIONS,
  classifyPoint,
  findSpace,
  SCAN_SPACES,
  specParameterSet,
  type ChargedRelation,
  type PointClass,
  type ScanSpec,
} from '../../stats/nunu-scan.js';
import { defaultThreads, runScan } from '../../stats/run-scan.js';
import { minimizeOnLevelSet, quadraticFormOf } from '../../stats/quadratic-bound.js';
import { monteCarlo } from '../../uncertainty/monte-carlo.js';
import { OBSERVABLES, SM_POINT } from '../../observables/index.js';
import { addPresetOptions, collect, fmt, parameterSetFromOptions, positiveInt } from '../common.js';
import { makeProgress, printJson, writeFileAtomic } from '../output.js';
import type { Transition } from '../../hadronic/types.js';

interface ScanOptions {
  space: string;
  random?: string;
  grid?: string;
  range: string[];
  seed: string;
  threads?: string;
  observable: string[];
  charged: string;
  out?: string;
  rk: string;
  smSamples: string;
  json?: boolean;
  preset: string;
  ff: string[];
}

function parseRange(s: string): [number, number] {
  const parts = s.split(',');
  if (parts.length !== 2) throw new EmissError(`--range expects LO,HI (got '${s}')`);
  const lo = parseReal(parts[0], '--range lower edge');
  const hi = parseReal(parts[1], '--range upper edge');
  if (!(hi > lo)) throw new EmissError(`--range ${s}: upper edge must exceed the lower one`);
  return [lo, hi];
}

export function registerScanNunu(program: Command): void {
  const cmd = program
    .command('scan-nunu')
    .description('random or grid scan of b→sνν̄ coefficients (paper 003 Figs. 1–3): R_K^νν, R_K*^νν, colour classes, optional b→sℓℓ′ predictions; all cores')
    .option('--space <id>', `coefficient space: ${SCAN_SPACES.map((s) => `${s.id} (${s.description})`).join('; ')}`, 'R')
    .option('--random <N>', 'random scan with N points (default 100000 unless --grid)')
    .option('--grid <steps>', 'regular grid with this many points per parameter')
    .option('--range <lo,hi>', 'parameter range: once for all parameters or once per parameter in order (default -10,10)', collect, [])
    .option('--seed <S>', 'random seed', '1')
    .option('--threads <N>', `worker threads (default: all ${defaultThreads()} cores, but small scans run in this thread; an explicit --threads N > 1 always uses workers)`)
    .option('--observable <name>', "extra observable at every point (repeatable), e.g. 'BR(B+->Kmutau)'", collect, [])
    .option('--charged <relation>', `charged-lepton coefficients tied to the neutrino ones for --observable: ${CHARGED_RELATIONS.join(', ')} (S̃1/2 and V1/2: CR=C9p=-C10p; S1: C9=-C10=2CL; V1: C9=-C10=CL/2)`, 'none')
    .option('--rk <value>', 'R_K^νν at which the exact minimum of R_K*^νν over the space is reported', '3.6')
    .option('--sm-samples <N>', 'Monte Carlo draws for the SM 3σ class', '2000')
    .option('--out <file>', 'write every point: .csv (header: parameters, R_K, R_K*, class, observables) or .json')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
Classes (paper 003 Fig. 1): red 3.6 ≤ R_K ≤ 7 and R_K* ≤ 1.9; blue 3.6 ≤ R_K ≤ 7 and R_K* ≤ 2.7; red-avg/blue-avg
the same with the new average 2 ≤ R_K ≤ 4; sm3sigma both ratios within 3σ (parametric) of 1; grey otherwise.
Coefficients are real and symmetric in the neutrino flavours (C^{ij} = C^{ji}), as in the paper.
The result does not depend on --threads (chunks have their own seeds).
Examples:
  emiss scan-nunu --space R --random 1000000 --range -15,15
  emiss scan-nunu --space R-tautau-mutau --grid 201 --range -25,10 --range -20,20 \\
      --observable 'BR(B+->Kmutau)' --observable 'BR(Bs->taumu)' --charged CR=C9p=-C10p --out fig3.csv
  emiss scan-nunu --space LRp --random 200000 --rk 3.6 --json`,
    );
  addPresetOptions(cmd);
  cmd.action(async (opts: ScanOptions) => {
    const space = findSpace(opts.space);
    if (opts.random !== undefined && opts.grid !== undefined) throw new EmissError('give either --random N or --grid STEPS, not both');
    const grid = positiveInt(opts.grid, '--grid');
    const n = positiveInt(opts.random, '--random') ?? (grid ? undefined : 100000);
    const ranges = opts.range.length ? opts.range.map(parseRange) : [[-10, 10] as [number, number]];
    const seed = Number(opts.seed);
    if (!Number.isInteger(seed)) throw new EmissError(`--seed must be an integer (got '${opts.seed}')`);
    if (!CHARGED_RELATIONS.includes(opts.charged as ChargedRelation)) throw new EmissError(`unknown --charged '${opts.charged}' (known: ${CHARGED_RELATIONS.join(', ')})`);
    const threads = positiveInt(opts.threads, '--threads') ?? defaultThreads();
    const rkTarget = parseReal(opts.rk, '--rk');
    const smSamples = positiveInt(opts.smSamples, '--sm-samples')!;
    // validate --preset/--ff once here; workers rebuild the same parameter set from the serialisable spec
    const chosen = parameterSetFromOptions(opts);
    const formFactors = Object.fromEntries(Object.entries(chosen.ff).map(([tr, c]) => [tr, c.set.id])) as Partial<Record<Transition, string>>;
    const spec: ScanSpec = {
      preset: opts.preset,
      formFactors,
      space: space.id,
      mode: grid ? 'grid' : 'random',
      ...(grid ? { steps: grid } : { n }),
      ranges,
      seed,
      observables: opts.observable,
      charged: opts.charged as ChargedRelation,
    };
    const ps = specParameterSet(spec);
    const t0 = Date.now();
    const total = grid ? grid ** space.params.length : n!;
    const progress = makeProgress(`scan ${space.id}`, total);
    const result = await runScan(spec, { threads, onProgress: (d) => progress.update(d), ...(opts.threads !== undefined ? { minParallelWork: 0 } : {}) });
    progress.done();
    const seconds = (Date.now() - t0) / 1000;
    // SM 3σ and classes
    const smK = monteCarlo((p) => OBSERVABLES.get('BR(B+->Knunu)').prepare(p, {})(SM_POINT), ps, { n: smSamples, seed: seed + 1 });
    const smV = monteCarlo((p) => OBSERVABLES.get('BR(B0->K*nunu)').prepare(p, {})(SM_POINT), ps, { n: smSamples, seed: seed + 2 });
    const sm = { sigmaK: smK.summary.std / smK.central, sigmaKs: smV.summary.std / smV.central };
    const classes: PointClass[] = Array.from(result.rk, (rk, i) => classifyPoint(rk, result.rks[i], sm));
    const counts: Record<string, number> = {};
    const minRks: Record<string, number> = {};
    for (let i = 0; i < result.count; i++) {
      counts[classes[i]] = (counts[classes[i]] ?? 0) + 1;
      minRks[classes[i]] = Math.min(minRks[classes[i]] ?? Infinity, result.rks[i]);
    }
    // exact minimum of R_K* on R_K = target over the whole space
    const kK = prepareNuNuKernel(findMode('B+->K')!, ps);
    const kV = prepareNuNuKernel(findMode('B0->K*')!, ps);
    const smKv = kernelBR(kK, null);
    const smVv = kernelBR(kV, null);
    const packed = new Float64Array(NUNU_PACKED_LENGTH);
    const pack = (x: Float64Array) => {
      packed.fill(0);
      space.params.forEach((p, k) => p.entries.forEach(([s, a, b]) => (packed[nunuIndex(s, a, b)] = x[k])));
      return packed;
    };
    let exact: { value: number; at: Record<string, number> } | { value: null; note: string };
    try {
      const r = minimizeOnLevelSet(
        quadraticFormOf((x) => kernelBR(kV, pack(x)) / smVv, space.params.length),
        quadraticFormOf((x) => kernelBR(kK, pack(x)) / smKv, space.params.length),
        rkTarget,
      );
      exact = { value: r.value, at: Object.fromEntries(space.params.map((p, k) => [p.name, r.x[k]])) };
    } catch (e) {
      exact = { value: null, note: (e as Error).message };
    }
    const summary = {
      space: space.id,
      parameters: space.params.map((p) => p.name),
      mode: spec.mode,
      points: result.count,
      seconds,
      points_per_second: result.count / seconds,
      threads: result.threads,
      preset: ps.preset,
      sm_sigma: sm,
      classes: counts,
      min_rkstar_by_class: minRks,
      exact_min_rkstar_at_rk: { rk: rkTarget, ...exact },
    };
    if (opts.out) {
      const head = [...space.params.map((p) => p.name), 'R_K', 'R_K*', 'class', ...opts.observable];
      if (opts.out.endsWith('.json')) {
        const pts = Array.from({ length: result.count }, (_, i) => ({
          params: Array.from(result.params.subarray(i * result.dims, (i + 1) * result.dims)),
          rk: result.rk[i],
          rks: result.rks[i],
          class: classes[i],
          ...(opts.observable.length ? { observables: Object.fromEntries(opts.observable.map((o, k) => [o, result.extra[k][i]])) } : {}),
        }));
        writeFileAtomic(opts.out, JSON.stringify({ summary, columns: head, points: pts }));
      } else {
        const lines = [head.join(',')];
        for (let i = 0; i < result.count; i++) {
          const row = [...Array.from(result.params.subarray(i * result.dims, (i + 1) * result.dims)), result.rk[i], result.rks[i]].map((v) => v.toPrecision(8));
          lines.push([...row, classes[i], ...result.extra.map((e) => e[i].toPrecision(8))].join(','));
        }
        writeFileAtomic(opts.out, `${lines.join('\n')}\n`);
      }
    }
    if (opts.json) return printJson(summary);
    process.stdout.write(`scan ${space.id} (${space.params.map((p) => p.name).join(', ')}), ${spec.mode}, ${result.count} points in ${fmt(seconds, 3)} s (${fmt(result.count / seconds, 3)} points/s, ${result.threads} thread${result.threads > 1 ? 's' : ''}), preset ${ps.preset}\n`);
    process.stdout.write(`SM 3σ box: |R_K − 1| ≤ ${fmt(3 * sm.sigmaK, 3)}, |R_K* − 1| ≤ ${fmt(3 * sm.sigmaKs, 3)}\n`);
    for (const c of ['red', 'blue', 'red-avg', 'blue-avg', 'sm3sigma', 'grey']) {
      if (counts[c]) process.stdout.write(`  ${c.padEnd(9)} ${String(counts[c]).padStart(9)} points, lowest R_K* ${fmt(minRks[c], 4)}\n`);
    }
    if (exact.value !== null) {
      process.stdout.write(`exact minimum of R_K* on R_K = ${rkTarget}: ${fmt(exact.value, 5)} at ${Object.entries(exact.at).map(([k, v]) => `${k} = ${fmt(v, 4)}`).join(', ')}\n`);
    } else {
      process.stdout.write(`exact minimum of R_K* on R_K = ${rkTarget}: not available (${exact.note})\n`);
    }
    if (opts.out) process.stdout.write(`wrote ${opts.out}\n`);
  });
}

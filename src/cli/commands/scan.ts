import type { Command } from 'commander';
import { basename, join } from 'node:path';
import { EmissError } from '../../core/errors.js';
import { readBelle2Release } from '../../io/belle2-release.js';
import { readTextFile } from '../../io/read-text.js';
import { scanTable, writeScanTable } from '../../io/scan-output.js';
import { mergeScanDirs, openScanStore, specHash } from '../../io/scan-store.js';
import { FF_TREATMENTS, type FFTreatment } from '../../stats/belle2/likelihood.js';
import { parseFitModelFile } from '../../stats/fit/model-file.js';
import { canonicalName } from '../../stats/fit/physics.js';
import { chunkLayout, parseAxis, parseShard, scannedNames, scanTotal, validateScanSpec, type ScanSpec } from '../../stats/scan/scan-spec.js';
import { defaultScanThreads, runChunks } from '../../stats/scan/run.js';
import { collect, fmt, positiveInt } from '../common.js';
import { makeProgress, printJson } from '../output.js';

/**
 * `emiss scan MODEL-FILE …` and `emiss scan merge DIR… --out FILE`: grid or random scans of a model file's
 * parameters with the profiled likelihood at every point, on all cores, checkpointed chunk by chunk into a scan
 * directory (resumable: rerun the same command), shardable over machines (--shard K/N), merged into CSV, JSON or
 * Parquet. docs/fits-and-scans.md has a Slurm and an HTCondor example.
 */
interface ScanCliOptions {
  grid: string[];
  random?: string;
  seed: string;
  profile: string[];
  ff?: string;
  chunk?: string;
  threads?: string;
  shard?: string;
  outDir?: string;
  out: string[];
  json?: boolean;
}

export function registerScan(program: Command): void {
  program
    .command('scan')
    .description('grid or random scan of a model file (profile likelihood at every point): all cores, resumable, --shard K/N for batch systems; `emiss scan merge DIR… --out F` joins shards')
    .argument('<model-file-or-merge>', "model file (YAML/JSON with a fit: section), or 'merge' followed by scan directories")
    .argument('[dirs...]', 'scan directories (merge)')
    .option('--grid <NAME=LO:HI:N>', 'grid axis (repeatable); NAME=N uses the fit.float range', collect, [])
    .option('--random <N>', 'N random points, uniform (log-uniform for log ranges) in the fit.float ranges')
    .option('--seed <S>', 'random seed (random scans)', '1')
    .option('--profile <name>', 'parameter minimised at every point within its fit.float range (repeatable)', collect, [])
    .option('--ff <treatment>', `form-factor nuisances of the Belle II signal: ${FF_TREATMENTS.join(', ')}`)
    .option('--chunk <N>', 'points per chunk (the unit of checkpointing; default 8)')
    .option('--threads <N>', `worker threads (default all ${defaultScanThreads()} cores)`)
    .option('--shard <K/N>', 'compute only shard K of N (chunks c with c mod N = K − 1); merge the shard directories afterwards')
    .option('--out-dir <dir>', 'scan directory (checkpoints; default scan-<model-file name>)')
    .option('--out <file>', 'result file, .csv, .json or .parquet (repeatable; default <dir>/points.csv and points.parquet when the scan is complete)', collect, [])
    .option('--json', 'print a JSON summary')
    .addHelpText(
      'after',
      `
Resuming: rerun the same command with the same --out-dir; finished chunks are kept, unfinished ones redone.
Sharding: emiss scan m.yaml --grid m_X=0.1:4.7:200 --shard 3/16 --out-dir scan-part3 (one job per K), then
          emiss scan merge scan-part* --out points.parquet
Examples:
  emiss scan twobody.yaml --grid m_X=0.1:4.7:93 --profile br --out mx.csv
  emiss scan twobody.yaml --grid m_X=40 --grid br=30 --out grid.parquet
  emiss scan alp.yaml --random 2000 --threads 8`,
    )
    .action(async (first: string, dirs: string[], opts: ScanCliOptions) => {
      if (first === 'merge') return merge(dirs, opts);
      if (dirs.length) throw new EmissError(`unexpected arguments: ${dirs.join(' ')}`, 2);
      await scan(first, opts);
    });
}

function merge(dirs: string[], opts: ScanCliOptions): void {
  if (!opts.out.length) throw new EmissError('scan merge needs --out FILE (.csv, .json or .parquet)', 2);
  const { info, rows } = mergeScanDirs(dirs);
  const table = scanTable(rows, paramColumns(info.spec));
  for (const o of opts.out) writeScanTable(o, table, { spec: info.spec, hash: info.hash });
  const summary = { points: rows.length, chunks: info.chunks, directories: dirs, outputs: opts.out, best: bestOf(rows) };
  if (opts.json) return printJson(summary);
  process.stdout.write(`merged ${rows.length} points (${info.chunks} chunks) from ${dirs.length} director${dirs.length > 1 ? 'ies' : 'y'} into ${opts.out.join(', ')}\n`);
}

function paramColumns(spec: ScanSpec): string[] {
  return [...scannedNames(spec), ...spec.profile];
}

function bestOf(rows: readonly { twiceNll: number; values: Readonly<Record<string, number>> }[]) {
  let best: (typeof rows)[number] | undefined;
  for (const r of rows) if (Number.isFinite(r.twiceNll) && (!best || r.twiceNll < best.twiceNll)) best = r;
  return best ? { twice_nll: best.twiceNll, values: best.values } : null;
}

async function scan(file: string, opts: ScanCliOptions): Promise<void> {
  const text = readTextFile(file, 'model file');
  const model = parseFitModelFile(text, file);
  if (opts.ff !== undefined && !FF_TREATMENTS.includes(opts.ff as FFTreatment)) throw new EmissError(`--ff must be one of ${FF_TREATMENTS.join(', ')}`);
  const floats = model.fit.float.map((f) => ({ ...f, name: canonicalName(model.physics, f.name) }));
  const canon = (n: string) => canonicalName(model.physics, n);
  if (opts.random !== undefined && opts.grid.length) throw new EmissError('give either --grid axes or --random N, not both', 2);
  const profile = opts.profile.map(canon);
  let spec: ScanSpec;
  const chunkSize = positiveInt(opts.chunk, '--chunk') ?? 8;
  const seed = Number(opts.seed);
  if (!Number.isInteger(seed)) throw new EmissError(`--seed must be an integer (got '${opts.seed}')`);
  if (opts.random !== undefined) {
    const n = positiveInt(opts.random, '--random') as number;
    const names = floats.map((f) => f.name).filter((n2) => !profile.includes(n2));
    if (!names.length) throw new EmissError('a random scan needs fit.float parameters that are not profiled');
    spec = { modelText: text, modelName: basename(file), mode: 'random', random: { names, n }, seed, profile, chunkSize, ...(opts.ff ? { ff: opts.ff as FFTreatment } : {}) };
  } else {
    if (!opts.grid.length) throw new EmissError('give --grid NAME=LO:HI:N (repeatable) or --random N', 2);
    const axes = opts.grid.map((g) => {
      const eq = g.indexOf('=');
      return parseAxis(eq > 0 ? `${canon(g.slice(0, eq).trim())}${g.slice(eq)}` : g, floats);
    });
    spec = { modelText: text, modelName: basename(file), mode: 'grid', axes, seed, profile, chunkSize, ...(opts.ff ? { ff: opts.ff as FFTreatment } : {}) };
  }
  validateScanSpec(spec, model, floats);
  const shard = opts.shard ? parseShard(opts.shard) : undefined;
  const dir = opts.outDir ?? `scan-${basename(file).replace(/\.[^.]+$/, '')}`;
  const store = openScanStore(dir, spec);
  const mine = chunkLayout(spec, shard);
  const done = store.done();
  const todo = mine.filter(([c]) => !done.has(c));
  const total = mine.reduce((t, [, , n]) => t + n, 0);
  const already = total - todo.reduce((t, [, , n]) => t + n, 0);
  const release = model.fit.likelihoods.includes('belle2') ? readBelle2Release() : undefined;
  const threads = positiveInt(opts.threads, '--threads') ?? defaultScanThreads();
  const progress = makeProgress(`scan ${basename(file)}${shard ? ` shard ${shard.k}/${shard.n}` : ''}`, total);
  progress.update(already);
  const t0 = Date.now();
  let newPoints = 0;
  const used = await runChunks(spec, release, todo, {
    threads,
    key: specHash(spec),
    save: (c, rows) => store.save(c, rows),
    onChunk: (_c, n) => {
      newPoints += n;
      progress.tick(n);
    },
  });
  progress.done();
  const seconds = (Date.now() - t0) / 1000;
  const complete = store.done().size === store.info.chunks;
  const outputs: string[] = [];
  let best: ReturnType<typeof bestOf> = null;
  if (complete && !shard) {
    const { rows } = mergeScanDirs([dir]);
    const table = scanTable(rows, paramColumns(spec));
    const outs = opts.out.length ? opts.out : [join(dir, 'points.csv'), join(dir, 'points.parquet')];
    for (const o of outs) writeScanTable(o, table, { spec, hash: store.info.hash });
    outputs.push(...outs);
    best = bestOf(rows);
  } else if (opts.out.length && shard) {
    throw new EmissError('a shard writes only its scan directory; run `emiss scan merge DIR… --out FILE` after all shards', 2);
  }
  const summary = {
    directory: dir,
    points: scanTotal(spec),
    shard: shard ? `${shard.k}/${shard.n}` : null,
    shard_points: total,
    resumed_points: already,
    computed_points: newPoints,
    threads: used,
    seconds,
    complete,
    outputs,
    best,
  };
  if (opts.json) return printJson(summary);
  process.stdout.write(
    `scan of ${basename(file)}: ${newPoints} points computed${already ? `, ${already} already done` : ''} in ${fmt(seconds, 3)} s on ${used} thread${used > 1 ? 's' : ''}; directory ${dir}${complete ? ' (complete)' : ''}\n`,
  );
  if (best) process.stdout.write(`smallest −2 ln L = ${fmt(best.twice_nll, 7)} at ${Object.entries(best.values).map(([k, v]) => `${k} = ${fmt(v, 5)}`).join(', ')}\n`);
  if (outputs.length) process.stdout.write(`wrote ${outputs.join(', ')}\n`);
  if (shard) process.stdout.write('shard done; when every shard is, run `emiss scan merge DIR… --out FILE`\n');
}

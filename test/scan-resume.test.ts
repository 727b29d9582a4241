import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetReadObjects } from 'hyparquet';
import { cli } from './helpers/cli.js';
import { readBelle2Release } from '../src/io/belle2-release.js';
import { mergeScanDirs, openScanStore, specHash } from '../src/io/scan-store.js';
import { chunkLayout, chunkPoints, parseShard, type ScanSpec } from '../src/stats/scan/scan-spec.js';
import { runChunks } from '../src/stats/scan/run.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'emiss-scan-'));
const SM = 'model: sm\nfit:\n  float: {mu: [0, 12]}\n';
const smFile = join(dir, 'sm.yaml');
writeFileSync(smFile, SM);

function readCsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

describe('scan points and chunks', () => {
  it('shards partition the chunks; random points do not depend on the chunk order', () => {
    const spec: ScanSpec = { modelText: SM, modelName: 'sm.yaml', mode: 'random', random: { names: ['mu'], n: 50 }, seed: 3, profile: [], chunkSize: 7 };
    const all = chunkLayout(spec).map(([c]) => c);
    const parts = [1, 2, 3].flatMap((k) => chunkLayout(spec, { k, n: 3 }).map(([c]) => c));
    expect(parts.sort((a, b) => a - b)).toEqual(all);
    const floats = [{ name: 'mu', min: 0, max: 12, log: false }];
    expect(chunkPoints(spec, floats, 4, 28, 7)).toEqual(chunkPoints(spec, floats, 4, 28, 7));
    expect(chunkPoints(spec, floats, 4, 28, 7)).not.toEqual(chunkPoints(spec, floats, 3, 21, 7));
    expect(() => parseShard('3/2')).toThrow(/K\/N/);
  });

  it('two shards merged equal the whole scan, and merge refuses gaps', async () => {
    const release = readBelle2Release();
    const spec: ScanSpec = { modelText: SM, modelName: 'sm.yaml', mode: 'grid', axes: [{ name: 'mu', lo: 0, hi: 8, n: 9, log: false }], seed: 1, profile: [], chunkSize: 2 };
    const run = async (d: string, shard?: { k: number; n: number }) => {
      const store = openScanStore(d, spec);
      await runChunks(spec, release, chunkLayout(spec, shard), { threads: 1, key: specHash(spec), save: (c, rows) => store.save(c, rows) });
    };
    await run(join(dir, 'full'));
    await run(join(dir, 'part1'), { k: 1, n: 2 });
    expect(() => mergeScanDirs([join(dir, 'part1')])).toThrow(/incomplete: 2 of 5 chunks missing/);
    await run(join(dir, 'part2'), { k: 2, n: 2 });
    const whole = mergeScanDirs([join(dir, 'full')]).rows;
    const merged = mergeScanDirs([join(dir, 'part1'), join(dir, 'part2')]).rows;
    expect(merged).toEqual(whole);
    expect(merged.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // the profile likelihood of μ: −2ΔlnL(μ = 0) vs the minimum over the grid is ~12 (3.5σ evidence)
    const min = Math.min(...whole.map((r) => r.twiceNll));
    expect(whole[0].twiceNll - min).toBeGreaterThan(11);
    // a directory of another scan is refused
    expect(() => openScanStore(join(dir, 'full'), { ...spec, chunkSize: 3 })).toThrow(/holds a different scan/);
  });
});

describe('emiss scan (CLI)', () => {
  it('writes CSV, JSON and Parquet with the same numbers', async () => {
    const out = join(dir, 'cli');
    const r = await cli('scan', smFile, '--grid', 'mu=0:10:11', '--threads', '1', '--out-dir', out, '--out', join(out, 'p.csv'), '--out', join(out, 'p.json'), '--out', join(out, 'p.parquet'), '--json');
    expect(r.code, r.err).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.complete).toBe(true);
    const csv = readCsv(join(out, 'p.csv'));
    expect(csv.header.slice(0, 4)).toEqual(['index', 'mu', 'twice_nll', 'delta_twice_nll']);
    const json = JSON.parse(readFileSync(join(out, 'p.json'), 'utf8'));
    const buf = readFileSync(join(out, 'p.parquet'));
    const pq = (await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer })) as Record<string, unknown>[];
    expect(pq.length).toBe(11);
    csv.rows.forEach((row, i) => {
      expect(Number(row[0])).toBe(i);
      expect(pq[i].index).toBe(i);
      expect(pq[i].mu as number).toBeCloseTo(Number(row[1]), 10);
      expect(pq[i].twice_nll as number).toBeCloseTo(Number(row[2]), 9);
      expect(json.rows[i][2]).toBeCloseTo(Number(row[2]), 9);
      expect(pq[i].converged).toBe(true);
    });
  });

  it('a scan killed halfway resumes without losing or duplicating points', async () => {
    const out = join(dir, 'killed');
    // the killed run uses two worker threads, the resumed and the reference runs this thread: equal rows also show
    // that results do not depend on the threads
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'scan', smFile, '--grid', 'mu=0:12:81', '--chunk', '3', '--threads', '2', '--out-dir', out];
    const child = spawn(process.execPath, args, { cwd: repo, stdio: 'ignore' });
    const chunks = () => (existsSync(join(out, 'chunks')) ? readdirSync(join(out, 'chunks')).filter((f) => /^chunk-\d+\.json$/.test(f)).length : 0);
    const total = Math.ceil(81 / 3);
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (chunks() >= 4) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 10);
      child.on('exit', () => {
        clearInterval(timer);
        resolve();
      });
      setTimeout(() => reject(new Error('scan did not start')), 60_000);
    });
    await new Promise((r) => child.once('exit', r).once('close', r) && setTimeout(r, 200));
    const before = chunks();
    expect(before).toBeGreaterThanOrEqual(4);
    expect(before).toBeLessThan(total); // killed halfway
    expect(existsSync(join(out, 'points.csv'))).toBe(false);
    // resume: the same command
    const r = await cli('scan', smFile, '--grid', 'mu=0:12:81', '--chunk', '3', '--threads', '1', '--out-dir', out, '--json');
    expect(r.code, r.err).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.complete).toBe(true);
    expect(s.resumed_points).toBe(before * 3);
    expect(s.computed_points + s.resumed_points).toBe(81);
    // every point exactly once, and the same numbers as an uninterrupted scan
    const resumed = readCsv(join(out, 'points.csv'));
    expect(resumed.rows.map((x) => Number(x[0]))).toEqual(Array.from({ length: 81 }, (_, i) => i));
    const ref = join(dir, 'uninterrupted');
    const r2 = await cli('scan', smFile, '--grid', 'mu=0:12:81', '--chunk', '3', '--threads', '1', '--out-dir', ref, '--json');
    expect(r2.code, r2.err).toBe(0);
    const full = readCsv(join(ref, 'points.csv'));
    expect(resumed.rows).toEqual(full.rows);
  });
});

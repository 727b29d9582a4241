/**
 * Runs the chunks of a scan that are not done yet, on all cores (piscina worker threads, the pattern of
 * src/stats/run-scan.ts) or in this thread, and hands every finished chunk to `save` as soon as it is done — the
 * caller writes it to disk atomically (src/io/scan-store.ts), which makes the scan resumable: a killed run loses at
 * most the chunks in flight, and a restart skips the chunks already saved.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Belle2Release } from '../belle2/release.js';
import { parseFitModelFile } from '../fit/model-file.js';
import { buildProblem } from '../fit/objective.js';
import { evaluateChunk } from './evaluate-chunk.js';
import type { ScanRow, ScanSpec } from './scan-spec.js';
import type { ChunkTask } from './scan-worker.js';

export interface RunChunksOptions {
  /** worker threads (default all cores; 1 = this thread) */
  readonly threads?: number;
  /** identity of the scan (the spec hash) */
  readonly key: string;
  readonly save: (chunk: number, rows: ScanRow[]) => void;
  readonly onChunk?: (chunk: number, count: number) => void;
}

export function defaultScanThreads(): number {
  return Math.max(1, availableParallelism());
}

export async function runChunks(spec: ScanSpec, release: Belle2Release | undefined, chunks: readonly (readonly [number, number, number])[], opts: RunChunksOptions): Promise<number> {
  const threads = Math.min(opts.threads ?? defaultScanThreads(), Math.max(1, chunks.length));
  if (chunks.length === 0) return threads;
  if (threads <= 1) {
    const problem = buildProblem(parseFitModelFile(spec.modelText, spec.modelName), release, spec.ff ? { ff: spec.ff } : {});
    for (const [c, s, n] of chunks) {
      opts.save(c, evaluateChunk(problem, spec, c, s, n));
      opts.onChunk?.(c, n);
    }
    return 1;
  }
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const pool = new Piscina<ChunkTask, ScanRow[]>({
    filename: new URL(`./scan-worker.${ext}`, import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { release },
  });
  try {
    await Promise.all(
      chunks.map(async ([chunk, start, count]) => {
        const rows = await pool.run({ key: opts.key, spec, chunk, start, count });
        opts.save(chunk, rows);
        opts.onChunk?.(chunk, count);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return threads;
}

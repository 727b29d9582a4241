/**
 * Parallel scans on all cores: the chunks of src/stats/nunu-scan.ts are farmed out to worker threads (piscina);
 * results are merged in chunk order, so the output is identical to runScanSerial for any thread count.
 * Under tsx the workers load the TypeScript worker module (tsx registers its loader for worker threads); from the
 * compiled package they load dist/stats/scan-worker.js.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { mergeChunks, runScanSerial, scanChunks, scanSize, validateSpec, SCAN_CHUNK, type ScanChunk, type ScanSpec } from './nunu-scan.js';
import type { ScanTask } from './scan-worker.js';

export interface RunScanOptions {
  /** worker threads (default: all cores); 1 = single thread in this thread */
  readonly threads?: number;
  /**
   * below this many point × observable evaluations the scan runs in this thread (starting workers costs ~1 s;
   * R_K, R_K* alone run at ~10⁶ points/s, registry observables at ~10⁵/s per observable); 0 = always use workers
   */
  readonly minParallelWork?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Runs a scan; `threads` in the result is the number of threads actually used (1 = this thread). */
export async function runScan(spec: ScanSpec, opts: RunScanOptions = {}): Promise<ScanChunk & { threads: number }> {
  validateSpec(spec);
  const threads = opts.threads ?? defaultThreads();
  const total = scanSize(spec);
  const work = total * (0.1 + (spec.observables?.length ?? 0));
  if (threads <= 1 || total <= SCAN_CHUNK || work < (opts.minParallelWork ?? 2e5)) return { ...runScanSerial(spec, opts.onProgress), threads: 1 };
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const pool = new Piscina<ScanTask, ScanChunk>({
    filename: new URL(`./scan-worker.${ext}`, import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  let done = 0;
  try {
    const results = await Promise.all(
      scanChunks(spec).map(async ([chunk, start, count]) => {
        const r = await pool.run({ spec, chunk, start, count });
        done += count;
        opts.onProgress?.(done, total);
        return r;
      }),
    );
    return { ...mergeChunks(results), threads };
  } finally {
    await pool.destroy();
  }
}

/**
 * Worker-thread entry of the parallel scans (src/stats/run-scan.ts): evaluates one chunk with the same pure
 * function as the single-thread path.
 */
import { runScanChunk, type ScanChunk, type ScanSpec } from './nunu-scan.js';

export interface ScanTask {
  readonly spec: ScanSpec;
  readonly chunk: number;
  readonly start: number;
  readonly count: number;
}

export default function scanTask(task: ScanTask): ScanChunk {
  return runScanChunk(task.spec, task.chunk, task.start, task.count);
}

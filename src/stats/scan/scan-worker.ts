/**
 * Worker-thread entry of the model-file scans (run.ts): evaluates one chunk. The Belle II release arrives once per
 * thread as workerData; the built fit problem of the scan being run is kept for the thread's next chunks (building
 * it — reading the model, preparing the spectra at the form-factor variations — costs as much as a chunk), keyed by
 * the scan's identity. This per-thread memo is the only state, and chunk results do not depend on it
 * (evaluate-chunk.ts restarts the warm start at each chunk).
 */
import { workerData } from 'node:worker_threads';
import type { Belle2Release } from '../belle2/release.js';
import { parseFitModelFile } from '../fit/model-file.js';
import { buildProblem, type FitProblem } from '../fit/objective.js';
import { evaluateChunk } from './evaluate-chunk.js';
import type { ScanRow, ScanSpec } from './scan-spec.js';

export interface ChunkTask {
  readonly key: string;
  readonly spec: ScanSpec;
  readonly chunk: number;
  readonly start: number;
  readonly count: number;
}

const release = (workerData as { release?: Belle2Release } | undefined)?.release;
let memo: { key: string; problem: FitProblem } | undefined;

export default function chunkTask(t: ChunkTask): ScanRow[] {
  if (!memo || memo.key !== t.key) {
    const file = parseFitModelFile(t.spec.modelText, t.spec.modelName);
    memo = { key: t.key, problem: buildProblem(file, release, t.spec.ff ? { ff: t.spec.ff } : {}) };
  }
  return evaluateChunk(memo.problem, t.spec, t.chunk, t.start, t.count);
}

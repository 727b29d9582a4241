import { writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Prints one JSON document on stdout (pretty when stdout is a terminal). */
export function printJson(value: unknown): void {
  const pretty = process.stdout.isTTY ? 2 : undefined;
  process.stdout.write(`${JSON.stringify(value, null, pretty)}\n`);
}

/**
 * Writes a file atomically (temp file + rename) so an interrupted run never leaves a half-written output.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** A progress line on stderr (only when stderr is a terminal or EMISS_PROGRESS=1). */
export function makeProgress(label: string, total: number): { tick(n?: number): void; update(done: number): void; done(): void } {
  const enabled = process.stderr.isTTY || process.env.EMISS_PROGRESS === '1';
  let count = 0;
  let last = 0;
  const t0 = Date.now();
  const draw = () => {
    const frac = total > 0 ? count / total : 1;
    const el = (Date.now() - t0) / 1000;
    const eta = frac > 0 ? el / frac - el : 0;
    process.stderr.write(`\r${label}: ${count}/${total} (${(100 * frac).toFixed(1)} %) ${el.toFixed(1)} s, ETA ${eta.toFixed(1)} s   `);
  };
  const api = {
    update(done: number) {
      api.tick(done - count);
    },
    tick(n = 1) {
      count += n;
      if (!enabled) return;
      const now = Date.now();
      if (now - last > 200 || count >= total) {
        last = now;
        draw();
      }
    },
    done() {
      if (enabled) {
        draw();
        process.stderr.write('\n');
      }
    },
  };
  return api;
}

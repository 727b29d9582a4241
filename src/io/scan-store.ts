/**
 * On-disk state of a scan (src/stats/scan): a directory with
 *   scan.json                the specification, its hash, the column names and the chunk layout;
 *   chunks/chunk-NNNNNN.json the rows of one finished chunk, written atomically (temporary file + rename), so a
 *                            chunk file is either complete or absent — a killed scan never leaves half a chunk.
 * A scan restarted on the same directory with the same specification skips the chunks that exist; a different
 * specification is refused. Shards of one scan may share a directory (each owns distinct chunks) or use their own;
 * `mergeScanDirs` collects the chunks of one or more directories, checks that every chunk is there exactly once, and
 * returns the rows in point order.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { EmissError } from '../core/errors.js';
import { numChunks, scanTotal, type ScanRow, type ScanSpec } from '../stats/scan/scan-spec.js';
import { writeFileDurable as writeFileAtomic } from './write-atomic.js';

export interface ScanDirInfo {
  readonly version: 1;
  readonly hash: string;
  readonly spec: ScanSpec;
  readonly total: number;
  readonly chunks: number;
}

/** Canonical JSON (sorted keys) and its SHA-256: the identity of a scan. */
export function specHash(spec: ScanSpec): string {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canon(spec))).digest('hex');
}

const chunkFile = (dir: string, c: number) => join(dir, 'chunks', `chunk-${String(c).padStart(6, '0')}.json`);

function readInfo(dir: string): ScanDirInfo {
  const p = join(dir, 'scan.json');
  if (!existsSync(p)) throw new EmissError(`${dir} is not a scan directory (no scan.json)`);
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as ScanDirInfo;
  } catch {
    throw new EmissError(`${p} is not valid JSON`);
  }
}

export interface ScanStore {
  readonly dir: string;
  readonly info: ScanDirInfo;
  /** chunk indices already finished */
  done(): Set<number>;
  save(chunk: number, rows: readonly ScanRow[]): void;
}

const rowOut = (r: ScanRow) => ({ ...r, twiceNll: Number.isFinite(r.twiceNll) ? r.twiceNll : null, brInvBK: Number.isFinite(r.brInvBK) ? r.brInvBK : null });
const rowIn = (r: ScanRow & { twiceNll: number | null; brInvBK: number | null }): ScanRow => ({ ...r, twiceNll: r.twiceNll ?? NaN, brInvBK: r.brInvBK ?? NaN });

/** Opens (creating or resuming) the scan directory of a specification. */
export function openScanStore(dir: string, spec: ScanSpec): ScanStore {
  const hash = specHash(spec);
  const info: ScanDirInfo = { version: 1, hash, spec, total: scanTotal(spec), chunks: numChunks(spec) };
  if (existsSync(join(dir, 'scan.json'))) {
    const old = readInfo(dir);
    if (old.hash !== hash) throw new EmissError(`${dir} holds a different scan (specification hash ${old.hash.slice(0, 12)}…); use another --out-dir or remove it`);
  } else {
    mkdirSync(join(dir, 'chunks'), { recursive: true });
    writeFileAtomic(join(dir, 'scan.json'), JSON.stringify(info, null, 1));
  }
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  // leftovers of interrupted atomic writes
  for (const f of readdirSync(join(dir, 'chunks'))) if (f.includes('.tmp-')) unlinkSync(join(dir, 'chunks', f));
  return {
    dir,
    info,
    done() {
      const s = new Set<number>();
      for (const f of readdirSync(join(dir, 'chunks'))) {
        const m = /^chunk-(\d+)\.json$/.exec(f);
        if (m) s.add(Number(m[1]));
      }
      return s;
    },
    save(chunk, rows) {
      writeFileAtomic(chunkFile(dir, chunk), JSON.stringify({ hash, chunk, rows: rows.map(rowOut) }));
    },
  };
}

/** Rows of one or more directories of the same scan, in point order; every chunk exactly once. */
export function mergeScanDirs(dirs: readonly string[]): { info: ScanDirInfo; rows: ScanRow[]; sources: Record<number, string> } {
  if (dirs.length === 0) throw new EmissError('give at least one scan directory');
  const infos = dirs.map(readInfo);
  const info = infos[0];
  infos.forEach((x, i) => {
    if (x.hash !== info.hash) throw new EmissError(`${dirs[i]} belongs to another scan than ${dirs[0]} (different specification)`);
  });
  const byChunk = new Map<number, { dir: string; rows: ScanRow[] }>();
  for (const dir of dirs) {
    for (const f of readdirSync(join(dir, 'chunks'))) {
      const m = /^chunk-(\d+)\.json$/.exec(f);
      if (!m) continue;
      const c = Number(m[1]);
      const d = JSON.parse(readFileSync(join(dir, 'chunks', f), 'utf8')) as { hash: string; chunk: number; rows: (ScanRow & { twiceNll: number | null; brInvBK: number | null })[] };
      if (d.hash !== info.hash || d.chunk !== c) throw new EmissError(`${join(dir, 'chunks', f)} does not belong to this scan`);
      const prev = byChunk.get(c);
      if (prev && prev.dir !== dir) {
        if (JSON.stringify(prev.rows) !== JSON.stringify(d.rows.map(rowIn))) throw new EmissError(`chunk ${c} is in ${prev.dir} and ${dir} with different contents`);
        continue;
      }
      byChunk.set(c, { dir, rows: d.rows.map(rowIn) });
    }
  }
  const missing: number[] = [];
  for (let c = 0; c < info.chunks; c++) if (!byChunk.has(c)) missing.push(c);
  if (missing.length) {
    throw new EmissError(`the scan is incomplete: ${missing.length} of ${info.chunks} chunks missing (first: ${missing.slice(0, 5).join(', ')}); run the missing shards or resume`);
  }
  const rows: ScanRow[] = [];
  const sources: Record<number, string> = {};
  for (let c = 0; c < info.chunks; c++) {
    const e = byChunk.get(c)!;
    rows.push(...e.rows);
    sources[c] = e.dir;
  }
  rows.forEach((r, i) => {
    if (r.index !== i) throw new EmissError(`point ${i} is missing or duplicated (found index ${r.index})`);
  });
  return { info, rows, sources };
}

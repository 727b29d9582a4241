/**
 * Scan results as files: CSV, JSON or Apache Parquet (hyparquet-writer, pure JavaScript; DOUBLE columns for numbers,
 * INT32 for the point index, BOOLEAN for convergence, STRING for error messages), chosen by the extension.
 * Columns: index, the scanned (and profiled) parameters, twice_nll (−2 ln L), delta_twice_nll (relative to the
 * smallest over the scan), belle2_twice_nll, chi2:<id> of each measurement term, br_inv_BK, converged, error.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { EmissError } from '../core/errors.js';
import type { ScanRow } from '../stats/scan/scan-spec.js';
import { writeFileDurable as writeFileAtomic } from './write-atomic.js';

export interface ScanTable {
  readonly columns: readonly string[];
  readonly numeric: readonly (readonly number[])[];
  readonly index: readonly number[];
  readonly converged: readonly boolean[];
  readonly errors: readonly string[];
}

export function scanTable(rows: readonly ScanRow[], parameters: readonly string[]): ScanTable {
  const termIds = [...new Set(rows.flatMap((r) => Object.keys(r.terms)))];
  let min = Infinity;
  for (const r of rows) if (Number.isFinite(r.twiceNll)) min = Math.min(min, r.twiceNll);
  const columns = [...parameters, 'twice_nll', 'delta_twice_nll', 'belle2_twice_nll', ...termIds.map((t) => `chi2:${t}`), 'br_inv_BK'];
  const numeric = rows.map((r) => [
    ...parameters.map((p) => r.values[p] ?? NaN),
    r.twiceNll,
    r.twiceNll - min,
    r.belle2 ?? NaN,
    ...termIds.map((t) => r.terms[t] ?? NaN),
    r.brInvBK,
  ]);
  return { columns, numeric, index: rows.map((r) => r.index), converged: rows.map((r) => r.converged), errors: rows.map((r) => r.error ?? '') };
}

export function writeScanTable(path: string, t: ScanTable, meta: Record<string, unknown>): void {
  if (path.endsWith('.csv')) {
    const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = [['index', ...t.columns, 'converged', 'error'].map(esc).join(',')];
    t.numeric.forEach((row, i) => lines.push([String(t.index[i]), ...row.map((v) => (Number.isFinite(v) ? v.toPrecision(12) : '')), t.converged[i] ? '1' : '0', esc(t.errors[i])].join(',')));
    writeFileAtomic(path, `${lines.join('\n')}\n`);
  } else if (path.endsWith('.json')) {
    writeFileAtomic(
      path,
      JSON.stringify({ meta, columns: ['index', ...t.columns, 'converged', 'error'], rows: t.numeric.map((row, i) => [t.index[i], ...row.map((v) => (Number.isFinite(v) ? v : null)), t.converged[i], t.errors[i] || null]) }),
    );
  } else if (path.endsWith('.parquet')) {
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'index', data: Int32Array.from(t.index), type: 'INT32' },
        ...t.columns.map((name, k) => ({ name, data: Float64Array.from(t.numeric, (row) => row[k]), type: 'DOUBLE' as const })),
        { name: 'converged', data: [...t.converged], type: 'BOOLEAN' as const },
        { name: 'error', data: [...t.errors], type: 'STRING' as const },
      ],
      kvMetadata: [{ key: 'emiss', value: JSON.stringify(meta) }],
      createdBy: 'emiss (hyparquet-writer)',
    });
    writeFileAtomic(path, new Uint8Array(buf));
  } else {
    throw new EmissError(`unknown output format of '${path}' (use .csv, .json or .parquet)`);
  }
}

/**
 * Vega-Lite specifications of the dark-pair figures (paper 003 Figs. 4–8), shared by `emiss reproduce` and
 * `emiss region --plot`.
 */
import type { RegionResult } from '../models/dark-pairs/allowed-region.js';
import type { NPWindow } from '../models/dark-pairs/bounds.js';

const MODE_STYLE: Record<string, { color: string; dash: number[]; label: string }> = {
  'B0->K': { color: '#1f77b4', dash: [6, 3], label: 'B0→K0 bound' },
  'B+->K*': { color: '#2ca02c', dash: [6, 3], label: 'B+→K*+ bound' },
  'B0->K*': { color: '#2ca02c', dash: [], label: 'B0→K*0 bound' },
};
const WINDOW_COLOR: Record<string, string> = { belle2: '#f4a3c5', average: '#9467bd' };

export interface RegionFigureOptions {
  readonly windows: readonly NPWindow[];
  readonly columns?: number;
  /** operator label for panel titles, e.g. (op) => `O_qχ ${op}` */
  readonly title?: (r: RegionResult) => string;
}

/** One panel per operator: NP-window bands, grey excluded region, per-mode Λ lower limits; log Λ axis. */
export function regionFigureSpec(results: readonly RegionResult[], opt: RegionFigureOptions): Record<string, unknown> {
  const allModes = [...new Set(results.flatMap((r) => r.points.flatMap((p) => Object.keys(p.lambdaMin))))];
  const modeLabels = allModes.map((m) => MODE_STYLE[m]?.label ?? `${m} bound`);
  const colorScale = { domain: modeLabels, range: allModes.map((m) => MODE_STYLE[m]?.color ?? '#333') };
  const dashScale = { domain: modeLabels, range: allModes.map((m) => MODE_STYLE[m]?.dash ?? []) };
  const panels = results.map((r) => {
    const mMax = Math.max(...r.points.map((p) => p.m));
    const rows = r.points.map((p) => {
      const row: Record<string, number | null> = { m: p.m, excl: p.lambdaExcluded > 0 ? p.lambdaExcluded : null };
      for (const w of opt.windows) {
        row[`${w.id}_lo`] = p.window[w.id]?.[0] ?? null;
        row[`${w.id}_hi`] = p.window[w.id]?.[1] ?? null;
      }
      return row;
    });
    // y range from the windows away from the kinematic endpoint (where Λ → 0)
    const inner = rows.filter((x) => (x.m as number) <= 0.85 * mMax);
    const winVals = (inner.length ? inner : rows).flatMap((x) => opt.windows.flatMap((w) => [x[`${w.id}_lo`], x[`${w.id}_hi`]])).filter((v): v is number => v !== null && v > 0);
    const exVals = rows.map((x) => x.excl).filter((v): v is number => v !== null && v > 0 && Number.isFinite(v));
    const lo = (winVals.length ? Math.min(...winVals) : Math.min(...exVals)) / 4;
    const hi = (winVals.length ? Math.max(...winVals) : Math.max(...exVals)) * 2.5;
    for (const x of rows) {
      x.floor = lo;
      for (const k of Object.keys(x)) if (k !== 'm' && x[k] !== null) x[k] = Math.min(Math.max(x[k] as number, lo), hi);
    }
    const lines = r.points.flatMap((p) =>
      Object.entries(p.lambdaMin)
        .filter(([, v]) => v > 0 && Number.isFinite(v))
        .map(([mode, v]) => ({ m: p.m, mode: MODE_STYLE[mode]?.label ?? `${mode} bound`, lambda: Math.min(Math.max(v, lo), hi) })),
    );
    const x = { field: 'm', type: 'quantitative', title: `m (GeV)` };
    const yScale = { type: 'log', domain: [lo, hi] };
    const layers: Record<string, unknown>[] = opt.windows.map((w) => ({
      transform: [{ filter: `datum.${w.id}_lo != null` }],
      mark: { type: 'area', color: WINDOW_COLOR[w.id] ?? '#ff7f0e', opacity: w.id === 'average' ? 0.55 : 0.8, clip: true },
      encoding: { x, y: { field: `${w.id}_lo`, type: 'quantitative', scale: yScale, title: 'Λ_eff (GeV)' }, y2: { field: `${w.id}_hi` } },
    }));
    layers.push({
      transform: [{ filter: 'datum.excl != null' }],
      mark: { type: 'area', color: '#7f7f7f', opacity: 0.5, clip: true },
      encoding: { x, y: { field: 'floor', type: 'quantitative', scale: yScale }, y2: { field: 'excl' } },
    });
    if (lines.length) {
      layers.push({
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 1.6, clip: true },
        encoding: {
          x,
          y: { field: 'lambda', type: 'quantitative', scale: yScale },
          color: { field: 'mode', type: 'nominal', title: null, scale: colorScale },
          strokeDash: { field: 'mode', type: 'nominal', title: null, scale: dashScale },
        },
      });
    }
    return { title: opt.title ? opt.title(r) : `${r.kind} ${r.op}`, width: 230, height: 180, data: { values: rows }, layer: layers };
  });
  return { concat: panels, columns: opt.columns ?? Math.min(4, panels.length), resolve: { scale: { y: 'independent', color: 'shared', strokeDash: 'shared' } } };
}

export interface Curve {
  readonly label: string;
  readonly points: readonly (readonly [number, number])[];
}

/** Line plots of normalised q² distributions, one panel per group (Fig. 7). */
export function shapeFigureSpec(panels: readonly { title: string; curves: readonly Curve[] }[], yTitle = 'dΓ̃/dq² (GeV⁻²)', xTitle = 'q² (GeV²)'): Record<string, unknown> {
  return {
    hconcat: panels.map((p) => ({
      title: p.title,
      width: 260,
      height: 220,
      data: { values: p.curves.flatMap((c) => c.points.map(([q2, y]) => ({ q2, y, curve: c.label }))) },
      mark: { type: 'line', strokeWidth: 1.5 },
      encoding: {
        x: { field: 'q2', type: 'quantitative', title: xTitle },
        y: { field: 'y', type: 'quantitative', title: yTitle },
        color: { field: 'curve', type: 'nominal', title: null, scale: { scheme: 'category10' }, legend: { orient: 'bottom', columns: 2, labelLimit: 220 } },
      },
    })),
    resolve: { scale: { color: 'independent' } },
  };
}

/** Step histograms (Fig. 8): per panel, series of bin values on common edges. */
export function histogramFigureSpec(
  panels: readonly { title: string; edges: readonly number[]; series: readonly { label: string; values: readonly number[] }[] }[],
  yTitle = 'efficiency-weighted dΓ̃/dq² (GeV⁻²)',
): Record<string, unknown> {
  return {
    hconcat: panels.map((p) => ({
      title: p.title,
      width: 300,
      height: 220,
      data: {
        values: p.series.flatMap((s) => [...s.values.map((v, i) => ({ q2: p.edges[i], y: v, curve: s.label })), { q2: p.edges[p.edges.length - 1], y: s.values[s.values.length - 1], curve: s.label }]),
      },
      mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.5 },
      encoding: {
        x: { field: 'q2', type: 'quantitative', title: 'q² (GeV²)' },
        y: { field: 'y', type: 'quantitative', title: yTitle },
        color: { field: 'curve', type: 'nominal', title: null, scale: { scheme: 'category10' }, legend: { orient: 'bottom', columns: 2, labelLimit: 220 } },
      },
    })),
    resolve: { scale: { color: 'independent' } },
  };
}

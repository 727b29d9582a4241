/**
 * q² shapes of B+ → K+ + invisible (paper 003 §III D):
 *
 *   eq. (22)   dΓ̃/dq² = [dΓ̃_SM/dq² + (R − 1) dΓ̃_NP/dq²] / R,   dΓ̃_X/dq² = (dΓ_X/dq²)/Γ_X,
 *              R = R^K_νν = (Γ_SM + Γ_NP)/Γ_SM (the NP and SM rates add incoherently);
 *   Fig. 8     with the Belle II ITA efficiency in 2 GeV² bins: h_i = (dΓ̃/dq²)_i ε_i / (Δ Σ_k (dΓ̃/dq²)_k ε_k),
 *              (dΓ̃/dq²)_i at the bin centre, Δ = 2 GeV² ("paper" method); emiss also gives the exact version
 *              h_i = ∫_bin dΓ̃ ε / (Δ Σ_k ∫_bin_k dΓ̃ ε) with the fine-binned ε(q²) ("integral" method).
 * For one operator at a time the NP shape does not depend on its coefficient.
 */
import { EmissError } from '../../core/errors.js';
import { gaussLegendreOn } from '../../numerics/gauss-legendre.js';
import type { ParameterSet } from '../../params/parameter-set.js';
import { differentialBR, kernelBR, prepareNuNuKernel } from '../../processes/b-to-m-nunu.js';
import { findMode } from '../../processes/nunu-modes.js';
import { darkKindDef, operatorIndex, type DarkKind } from '../../processes/dark-pairs/basis.js';
import { N_OPS } from '../../processes/dark-pairs/densities.js';
import { differentialDark, integrateDark, pairThreshold, prepareDarkMode } from '../../processes/dark-pairs/kernel.js';
import { findDarkMode } from '../../processes/dark-pairs/modes.js';
import type { EfficiencyTable } from './efficiency.js';

export type Shape = (q2: number) => number;

/** Normalised SM shape dΓ̃_SM/dq² of a mode (default B+ → K+ νν̄), GeV⁻². */
export function smShape(ps: ParameterSet, label = 'B+->K'): { shape: Shape; br: number; q2max: number } {
  const mode = findMode(label);
  if (!mode) throw new EmissError(`unknown νν̄ mode '${label}'`);
  const k = prepareNuNuKernel(mode, ps);
  const br = kernelBR(k, null);
  return { shape: (q2) => (q2 >= 0 && q2 < k.q2max ? differentialBR(mode, ps, q2, null).dbr / br : 0), br, q2max: k.q2max };
}

/** Normalised shape of one dark-pair operator at mass m in a mode (default B+ → K+), GeV⁻². */
export function npShape(ps: ParameterSet, kind: DarkKind, op: string, m: number, label = 'B+->K'): Shape {
  const mode = findDarkMode(label);
  if (!mode) throw new EmissError(`unknown mode '${label}'`);
  const ctx = prepareDarkMode(mode, ps);
  if (m >= pairThreshold(ctx)) throw new EmissError(`${darkKindDef(kind).massKey} = ${m} GeV is above the ${label} pair threshold ${pairThreshold(ctx).toFixed(4)} GeV`);
  const i = operatorIndex(kind, op);
  const n = N_OPS[kind];
  const tot = integrateDark(ctx, m, [kind])[kind]![2 * (i * n + i)];
  if (!(tot > 0)) throw new EmissError(`operator ${op} does not contribute to ${label}`);
  return (q2) => differentialDark(ctx, kind, m, q2)[2 * (i * n + i)] / tot;
}

/** eq. (22). */
export function combinedShape(sm: Shape, np: Shape, R: number): Shape {
  if (!(R >= 1)) throw new EmissError(`R^K_νν must be ≥ 1 (got ${R})`);
  return (q2) => (sm(q2) + (R - 1) * np(q2)) / R;
}

/** 2-GeV² bins of paper 003 Fig. 8 covering [0, q²_max]. */
export function fig8Bins(q2max: number, width = 2): number[] {
  const n = Math.ceil(q2max / width - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => i * width);
}

/**
 * Efficiency-folded, normalised histogram (density per GeV², sums to 1/Δ… i.e. Σ h_i Δ_i = 1) of a shape in the
 * bins of `eff` (coarse table for the paper method, any bins with a fine table for the integral method).
 */
export function foldedHistogram(shape: Shape, bins: readonly number[], method: 'paper' | 'integral', coarse: EfficiencyTable, fine?: EfficiencyTable): number[] {
  const raw: number[] = [];
  for (let i = 0; i + 1 < bins.length; i++) {
    const a = bins[i];
    const b = bins[i + 1];
    const eps = coarseAt(coarse, a, b);
    if (method === 'paper') {
      raw.push(shape(0.5 * (a + b)) * eps * (b - a));
    } else {
      if (!fine) throw new EmissError('the integral method needs the fine efficiency table');
      let s = 0;
      for (let j = 0; j + 1 < fine.edges.length; j++) {
        const lo = Math.max(a, fine.edges[j]);
        const hi = Math.min(b, fine.edges[j + 1]);
        if (hi <= lo) continue;
        const r = gaussLegendreOn(lo, hi, 8);
        for (let k = 0; k < 8; k++) s += r.weights[k] * shape(r.nodes[k]) * fine.eff[j];
      }
      raw.push(s);
    }
  }
  const tot = raw.reduce((x, y) => x + y, 0);
  return raw.map((v, i) => v / tot / (bins[i + 1] - bins[i]));
}

function coarseAt(t: EfficiencyTable, a: number, b: number): number {
  const i = t.edges.findIndex((e, k) => k + 1 < t.edges.length && Math.abs(e - a) < 1e-9 && Math.abs(t.edges[k + 1] - b) < 1e-9);
  if (i < 0) throw new EmissError(`no efficiency bin [${a}, ${b}] in the table`);
  return t.eff[i];
}

/** ∫_lo^hi of a shape (GL on subintervals of ≤ 1 GeV²). */
export function integrateShape(shape: Shape, lo: number, hi: number): number {
  const n = Math.max(1, Math.ceil(hi - lo));
  let s = 0;
  for (let i = 0; i < n; i++) {
    const r = gaussLegendreOn(lo + ((hi - lo) * i) / n, lo + ((hi - lo) * (i + 1)) / n, 16);
    for (let k = 0; k < 16; k++) s += r.weights[k] * shape(r.nodes[k]);
  }
  return s;
}

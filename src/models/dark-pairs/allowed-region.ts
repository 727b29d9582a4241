/**
 * Allowed regions in the (dark mass, Λ_eff) plane, one operator at a time (paper 003 Figs. 4–6):
 *
 *   window:      BR(B+ → K+ + pair) ∈ [central − σ, central + σ] of an NP window (bounds.ts)
 *                → Λ ∈ [Λ(BR = hi), Λ(BR = lo)]                                          (pink / purple bands)
 *   constraints: BR(mode + pair) ≤ room for NP of the mode, for B0 → K0, B+ → K*+, B0 → K*0 (paper 003)
 *                → Λ ≥ Λ_min(mode)                                                          (per-mode lines)
 *   excluded:    Λ < max_mode Λ_min                                                         (grey)
 *   allowed:     window band ∩ not excluded.
 *
 * Speed: for a single operator BR = S · B_ii(m) · |C|² with |C| = m^a/Λ^p (lambda-eff.ts), so the only numerical
 * work is one q² integral per (mode, mass) — shared by every operator of a kind (kernel.ts integrateDark fills
 * the whole matrix B(m) at once) — and Λ follows in closed form: Λ(BR) = (S B_ii m^{2a}/BR)^{1/(2p)}.
 */
import { EmissError } from '../../core/errors.js';
import type { ParameterSet } from '../../params/parameter-set.js';
import { darkKindDef, operatorIndex, symmetryFactor, type DarkKind } from '../../processes/dark-pairs/basis.js';
import { N_OPS } from '../../processes/dark-pairs/densities.js';
import { integrateDark, pairThreshold, prepareDarkMode, type DarkModeContext } from '../../processes/dark-pairs/kernel.js';
import { findDarkMode } from '../../processes/dark-pairs/modes.js';
import { lambdaScaling } from './lambda-eff.js';
import { NP_WINDOWS, windowRange, type NPWindow } from './bounds.js';

export interface RegionConstraint {
  readonly mode: string;
  /** room for NP: BR(mode + pair) ≤ bound */
  readonly bound: number;
}

export interface RegionOptions {
  readonly kind: DarkKind;
  /** operators of the kind (default: all) */
  readonly ops?: readonly string[];
  readonly masses: readonly number[];
  readonly selfConjugate?: boolean;
  readonly windows?: readonly NPWindow[];
  /** the mode whose NP rate must fall in the window (default B+->K) */
  readonly windowMode?: string;
  readonly constraints: readonly RegionConstraint[];
}

export interface RegionPoint {
  readonly m: number;
  /** BR per |C|² (GeV² or GeV⁴) of each mode involved (0 above threshold) */
  readonly brPerC2: Readonly<Record<string, number>>;
  /** Λ interval giving BR(window mode) in each window's 1σ range; null if the mode cannot reach it */
  readonly window: Readonly<Record<string, [number, number] | null>>;
  /** Λ below which each constraining mode exceeds its bound (0 = no constraint) */
  readonly lambdaMin: Readonly<Record<string, number>>;
  /** max of lambdaMin: Λ below is excluded */
  readonly lambdaExcluded: number;
  /** window ∩ (Λ ≥ lambdaExcluded), null if empty */
  readonly allowed: Readonly<Record<string, [number, number] | null>>;
}

export interface RegionResult {
  readonly kind: DarkKind;
  readonly op: string;
  readonly points: readonly RegionPoint[];
}

/** Λ giving branching ratio `br` for a single operator with BR = k·|C|², C = m^a/Λ^p. */
function lambdaAt(k: number, br: number, m: number, a: number, p: number): number {
  return ((k * m ** (2 * a)) / br) ** (1 / (2 * p));
}

/** Regions for every requested operator of a kind on a mass grid (one q² integral per mode and mass). */
export function allowedRegions(ps: ParameterSet, opt: RegionOptions): RegionResult[] {
  const kind = opt.kind;
  const def = darkKindDef(kind);
  const ops = opt.ops ?? def.operators.map((o) => o.op);
  const idx = ops.map((o) => operatorIndex(kind, o));
  const S = symmetryFactor(!!opt.selfConjugate);
  if (opt.selfConjugate) {
    for (const [k, i] of idx.entries()) {
      if (def.operators[i].vanishesSelfConjugate) throw new EmissError(`operator ${ops[k]} vanishes for a ${def.natures[1]} ${def.field}; drop it or use the ${def.natures[0]} field`);
    }
  }
  const windows = opt.windows ?? NP_WINDOWS;
  const windowMode = opt.windowMode ?? 'B+->K';
  const modeLabels = [windowMode, ...opt.constraints.map((c) => c.mode).filter((l) => l !== windowMode)];
  const ctxs = new Map<string, DarkModeContext>();
  for (const l of modeLabels) {
    const mode = findDarkMode(l);
    if (!mode) throw new EmissError(`unknown mode '${l}'`);
    ctxs.set(l, prepareDarkMode(mode, ps));
  }
  for (const m of opt.masses) {
    if (!Number.isFinite(m) || m < 0) throw new EmissError(`dark mass ${m} GeV is not a non-negative number`);
    if (kind === 'vector' && m === 0) throw new EmissError('vector dark matter needs m_X > 0 on the mass grid');
  }
  const n = N_OPS[kind];
  const out: { kind: DarkKind; op: string; points: RegionPoint[] }[] = ops.map((op) => ({ kind, op, points: [] }));
  for (const m of opt.masses) {
    // diagonal BR per |C|² of every operator in every mode
    const diag = new Map<string, Float64Array>();
    for (const [l, ctx] of ctxs) {
      const d = new Float64Array(n);
      if (m < pairThreshold(ctx)) {
        const B = integrateDark(ctx, m, [kind])[kind]!;
        for (let i = 0; i < n; i++) d[i] = S * B[2 * (i * n + i)];
      }
      diag.set(l, d);
    }
    for (const [k, i] of idx.entries()) {
      const { lambdaPower: p, massPower: a } = lambdaScaling(kind, ops[k]);
      const brPerC2: Record<string, number> = {};
      for (const l of modeLabels) brPerC2[l] = diag.get(l)![i];
      const kw = brPerC2[windowMode];
      const window: Record<string, [number, number] | null> = {};
      for (const w of windows) {
        const [lo, hi] = windowRange(w);
        window[w.id] = kw > 0 ? [lambdaAt(kw, hi, m, a, p), lambdaAt(kw, lo, m, a, p)] : null;
      }
      const lambdaMin: Record<string, number> = {};
      let lambdaExcluded = 0;
      for (const c of opt.constraints) {
        const kc = brPerC2[c.mode];
        const lm = kc > 0 ? (c.bound > 0 ? lambdaAt(kc, c.bound, m, a, p) : Infinity) : 0;
        lambdaMin[c.mode] = lm;
        lambdaExcluded = Math.max(lambdaExcluded, lm);
      }
      const allowed: Record<string, [number, number] | null> = {};
      for (const w of windows) {
        const iv = window[w.id];
        allowed[w.id] = iv && Math.max(iv[0], lambdaExcluded) < iv[1] ? [Math.max(iv[0], lambdaExcluded), iv[1]] : null;
      }
      out[k].points.push({ m, brPerC2, window, lambdaMin, lambdaExcluded, allowed });
    }
  }
  return out;
}

/** Evenly spaced masses from lo to hi (n points), the default grid of the region scans. */
export function massGrid(lo: number, hi: number, n: number): number[] {
  if (!(n >= 2) || !(hi > lo)) throw new EmissError(`mass grid needs n ≥ 2 and hi > lo (got ${lo}:${hi}:${n})`);
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}

import { EmissError } from '../core/errors.js';
import { locateInterval, monotoneCubic, type MonotoneCubic } from '../numerics/interp/monotone-cubic.js';
import { M_PLANCK_REDUCED } from './constants.js';
import { SAIKAWA_SHIRAI_SOURCE, SAIKAWA_SHIRAI_TABLE } from './dof-saikawa-shirai.js';

/**
 * Thermal history of a radiation-dominated universe: effective degrees of freedom, Hubble rate, entropy and
 * energy densities (paper 002 §II.B, eq. 26). Natural units, T and H in GeV.
 *
 *   ρ(T) = (π²/30) g_*(T) T⁴,       s(T) = (2π²/45) g_*s(T) T³,
 *   H(T) = √(ρ/3) / M̄_Pl = π √(g_* / 90) T² / M̄_Pl = (π/3) √(g_* / 10) T² / M̄_Pl        (paper 002 eq. 26),
 * with M̄_Pl = M_Pl/√(8π) the reduced Planck mass (constants.ts). Paper 002 eq. 26 writes g_*s under the root;
 * the Friedmann equation has the energy-density g_* there. `hubbleRate` uses g_* by default and g_*s on request
 * (option `dof: 'entropy'`, to reproduce the paper literally); the two differ by < 0.5 % for T > 0.2 GeV and by
 * 2–3 % around the QCD crossover, more below 1 MeV.
 *
 * Entropy conservation, s a³ = const, gives d ln T/dt = −H/(1 + δ(T)) with δ = (1/3) d ln g_*s/d ln T; so for
 * x = m/T, dx/dt = H x/(1 + δ), the factor that appears in every Boltzmann equation written in x
 * (`boltzmannDofFactor`). The Gondolo–Gelmini combination g_*^{1/2} = (g_*s/√g_*)(1 + δ) is
 * `gStarHalfEffective`.
 *
 * The standard-model history interpolates the Saikawa–Shirai table (dof-saikawa-shirai.ts) with a monotone
 * cubic (PCHIP) in ln T for g_* and g_*s; d ln g_*s/d ln T is the analytic derivative of that interpolant, so
 * ∫ δ d ln T reproduces ln g_*s exactly (entropy bookkeeping is consistent). That derivative is continuous but
 * has a kink at every table node (5 % apart in T); an adaptive stiff solver notices them and rejects some steps
 * (~2× the work of a smooth g_*s), a price paid for the consistency. Outside the table (T < 1e-5 GeV or
 * T > 1.47e6 GeV) the end values are held constant and the derivative is zero.
 */
export interface ThermalHistory {
  readonly name: string;
  readonly source: string;
  /** g_*(T): energy-density degrees of freedom */
  gStar(T: number): number;
  /** g_*s(T): entropy degrees of freedom */
  gStarS(T: number): number;
  /** d ln g_*s / d ln T */
  dlnGStarSdlnT(T: number): number;
  /** all three at once (one table lookup): out[0] = g_*, out[1] = g_*s, out[2] = d ln g_*s/d ln T */
  evaluate(T: number, out: Float64Array): void;
}

function checkT(T: number): void {
  if (!(T > 0) || !Number.isFinite(T)) throw new EmissError(`temperature must be a positive finite number in GeV (got ${T})`);
}

/** Value (or derivative) of a PCHIP on interval i at t. */
function hermite(c: MonotoneCubic, i: number, t: number, derivative: boolean): number {
  const h = c.x[i + 1] - c.x[i];
  const s = (t - c.x[i]) / h;
  const s2 = s * s;
  if (derivative) {
    return ((6 * s2 - 6 * s) / h) * (c.y[i] - c.y[i + 1]) + (3 * s2 - 4 * s + 1) * c.d[i] + (3 * s2 - 2 * s) * c.d[i + 1];
  }
  const s3 = s2 * s;
  return (2 * s3 - 3 * s2 + 1) * c.y[i] + (s3 - 2 * s2 + s) * h * c.d[i] + (-2 * s3 + 3 * s2) * c.y[i + 1] + (s3 - s2) * h * c.d[i + 1];
}

/** A thermal history from a table of (T [GeV], g_*, g_*s), PCHIP in ln T. */
export function tabulatedHistory(
  name: string,
  source: string,
  table: readonly (readonly [number, number, number])[],
): ThermalHistory {
  const lnT = table.map((r) => Math.log(r[0]));
  const g = monotoneCubic(
    lnT,
    table.map((r) => r[1]),
    { extrapolate: 'clamp' },
  );
  const gs = monotoneCubic(
    lnT,
    table.map((r) => r[2]),
    { extrapolate: 'clamp' },
  );
  const x = g.x;
  const n = x.length;
  const lo = x[0];
  const hi = x[n - 1];
  const evaluate = (T: number, out: Float64Array): void => {
    const l = Math.log(T);
    if (!(l > lo && l < hi)) {
      if (Number.isNaN(l)) throw new EmissError(`temperature must be a positive number (got ${T})`);
      const k = l <= lo ? 0 : n - 1;
      out[0] = g.y[k];
      out[1] = gs.y[k];
      out[2] = 0;
      return;
    }
    const i = locateInterval(x, l);
    out[0] = hermite(g, i, l, false);
    const v = hermite(gs, i, l, false);
    out[1] = v;
    out[2] = hermite(gs, i, l, true) / v;
  };
  return Object.freeze({
    name,
    source,
    evaluate,
    gStar: (T: number) => g.value(Math.log(T)),
    gStarS: (T: number) => gs.value(Math.log(T)),
    dlnGStarSdlnT: (T: number) => {
      const l = Math.log(T);
      return gs.derivative(l) / gs.value(l);
    },
  });
}

/** The Standard Model (Saikawa & Shirai 2018/2020 tabulation). */
export const standardModelHistory: ThermalHistory = tabulatedHistory('SM (Saikawa–Shirai)', SAIKAWA_SHIRAI_SOURCE, SAIKAWA_SHIRAI_TABLE);

/** Constant g_* and g_*s (analytic test cases, textbook estimates). */
export function constantHistory(gStar: number, gStarS: number = gStar): ThermalHistory {
  if (!(gStar > 0 && gStarS > 0)) throw new EmissError(`degrees of freedom must be positive (got g_* = ${gStar}, g_*s = ${gStarS})`);
  return Object.freeze({
    name: `constant g_* = ${gStar}, g_*s = ${gStarS}`,
    source: 'constant',
    gStar: () => gStar,
    gStarS: () => gStarS,
    dlnGStarSdlnT: () => 0,
    evaluate: (_T: number, out: Float64Array) => {
      out[0] = gStar;
      out[1] = gStarS;
      out[2] = 0;
    },
  });
}

export interface HubbleOptions {
  /** which degrees of freedom drive the expansion: 'energy' (g_*, Friedmann; default) or 'entropy' (g_*s, as paper 002 eq. 26 is written) */
  readonly dof?: 'energy' | 'entropy';
}

/** H(T) = π √(g/90) T²/M̄_Pl [GeV] (paper 002 eq. 26). */
export function hubbleRate(T: number, history: ThermalHistory, opts: HubbleOptions = {}): number {
  checkT(T);
  const g = opts.dof === 'entropy' ? history.gStarS(T) : history.gStar(T);
  return (Math.PI * Math.sqrt(g / 90) * T * T) / M_PLANCK_REDUCED;
}

/** s(T) = (2π²/45) g_*s T³ [GeV³]. */
export function entropyDensity(T: number, history: ThermalHistory): number {
  checkT(T);
  return ((2 * Math.PI * Math.PI) / 45) * history.gStarS(T) * T * T * T;
}

/** ρ(T) = (π²/30) g_* T⁴ [GeV⁴]. */
export function energyDensity(T: number, history: ThermalHistory): number {
  checkT(T);
  return ((Math.PI * Math.PI) / 30) * history.gStar(T) * T ** 4;
}

/** 1 + (1/3) d ln g_*s/d ln T: dx/dt = H x / (this) for x = m/T. */
export function boltzmannDofFactor(T: number, history: ThermalHistory): number {
  checkT(T);
  return 1 + history.dlnGStarSdlnT(T) / 3;
}

/** Gondolo–Gelmini g_*^{1/2} = (g_*s/√g_*) (1 + (1/3) d ln g_*s/d ln T). */
export function gStarHalfEffective(T: number, history: ThermalHistory): number {
  checkT(T);
  return (history.gStarS(T) / Math.sqrt(history.gStar(T))) * (1 + history.dlnGStarSdlnT(T) / 3);
}

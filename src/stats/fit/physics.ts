/**
 * Models as functions of their parameters, for fits and scans: for parameter values (the floating ones; the rest as
 * in the model file) and a parameter set, the generated-q² spectrum of B+ → K+ + invisible in the Belle II bins
 * and the prediction of any observable a measurement needs.
 *
 *   wet, dark-pair  the registry's invisible rates: <BRinv>(B+->K) per generated bin (SM + NP νν̄ + dark pairs),
 *                   BRinv(mode) for the other modes; NP point {wc, dark};
 *   mediator        SM νν̄ (registry) plus the model's missing-energy spectrum (src/models/mediator-spectra.ts):
 *                   lines (ALP, dark photon: B → K a, B → K X at q² = m²) and continua (γ_D pairs, Breit–Wigner);
 *                   NP point {dark: the model parameters} for the mediator observables;
 *   two-body        B+ → K+ X with X invisible, BR·P_inv = `br`, a line at m_X² (width 0) or a Breit–Wigner of
 *                   width Γ in q² (|q² − m²| ≤ 10 mΓ kept, renormalised to `br`), on top of the SM scaled by sm_mu:
 *                   the release's SM template (sm: belle2, BR = sm_mu · 4.966e-6) or emiss's SM spectrum;
 *   sm              the release's SM template times μ: exactly the published signal model.
 * Derived observables: 'R_K^nunu' and 'R_K*^nunu' of a measurement are the invisible rates of B+ → K+ and B0 → K*0
 * over their SM values (paper 003 eq. 3 with every invisible final state, as the papers use them).
 */
import { EmissError } from '../../core/errors.js';
import type { Complex } from '../../core/complex.js';
import type { ParameterSet } from '../../params/parameter-set.js';
import { OBSERVABLES, SM_POINT, resolveArgs } from '../../observables/index.js';
import type { NPPoint } from '../../observables/types.js';
import { missingEnergySpectrum } from '../../models/mediator-spectra.js';
import { findModel, resolveModelPoint } from '../../models/mediators.js';
import { coefficientFromLambda } from '../../models/dark-pairs/lambda-eff.js';
import { resolveDarkName } from '../../models/dark-pairs/model-file.js';
import { darkKindDef } from '../../processes/dark-pairs/basis.js';
import { findDarkMode } from '../../processes/dark-pairs/modes.js';
import { MEDIATOR_MODES } from '../../processes/mediators/meson-modes.js';
import { spectrumTotal } from '../../processes/mediators/two-body.js';
import { parseDarkCoefficientName } from '../../wc/dark-pairs.js';
import { assertKnownWilsonCoefficient } from '../../wc/registry.js';
import { binSpectrum, binnedTotal, type SpectrumPieces } from '../belle2/binned-spectrum.js';
import { nullBinned } from '../belle2/null-prediction.js';
import { generatedEdges, N_GEN } from '../belle2/release.js';
import type { PhysicsSpec } from './model-file.js';

export type Values = Readonly<Record<string, number>>;

/** The parameters of a physics spec with their values in the file. */
export function physicsDefaults(p: PhysicsSpec): Record<string, number> {
  switch (p.kind) {
    case 'mediator':
      return { ...p.values };
    case 'two-body':
    case 'sm':
      return { ...p.values };
    case 'wet': {
      const out: Record<string, number> = {};
      for (const [k, c] of p.coefficients) {
        out[k] = c.re;
        if (c.im !== 0) out[`Im:${k}`] = c.im;
      }
      return out;
    }
    case 'dark-pair': {
      const out: Record<string, number> = { mass: p.dark.mass };
      for (const [k, c] of p.dark.wc) if (!(k in p.lambdaEff)) out[k] = c.re;
      for (const [k, v] of Object.entries(p.lambdaEff)) out[`lambda_eff:${k}`] = v;
      return out;
    }
  }
}

/** Resolves a parameter name to its canonical form (dark-pair short names to full names). */
export function canonicalName(p: PhysicsSpec, name: string): string {
  if (p.kind === 'dark-pair' && name !== 'mass') {
    if (name.startsWith('lambda_eff:')) return `lambda_eff:${resolveDarkName(p.dark.kind, name.slice(11), p.sector)}`;
    return resolveDarkName(p.dark.kind, name, p.sector);
  }
  if (p.kind === 'wet') {
    const n = name.startsWith('Im:') ? name.slice(3) : name;
    assertKnownWilsonCoefficient(n);
  }
  return name;
}

/** The NP point of the registry observables at parameter values (defaults overridden by `values`). */
export function npPointOf(p: PhysicsSpec, values: Values): NPPoint {
  switch (p.kind) {
    case 'wet': {
      const wc = new Map<string, Complex>(p.coefficients);
      for (const [k, v] of Object.entries(values)) {
        if (k.startsWith('Im:')) {
          const n = k.slice(3);
          wc.set(n, { re: wc.get(n)?.re ?? 0, im: v });
        } else {
          wc.set(k, { re: v, im: wc.get(k)?.im ?? 0 });
        }
      }
      return { wc };
    }
    case 'dark-pair': {
      const def = darkKindDef(p.dark.kind);
      const mass = values.mass ?? p.dark.mass;
      if (!(mass >= 0)) throw new EmissError(`the dark-matter mass must be non-negative (got ${mass})`);
      const wc = new Map<string, Complex>(p.dark.wc);
      for (const [k, v] of Object.entries(values)) {
        if (k === 'mass') continue;
        if (k.startsWith('lambda_eff:')) continue;
        wc.set(k, { re: v, im: wc.get(k)?.im ?? 0 });
      }
      const lam: Record<string, number> = { ...p.lambdaEff };
      for (const [k, v] of Object.entries(values)) if (k.startsWith('lambda_eff:')) lam[k.slice(11)] = v;
      for (const [k, l] of Object.entries(lam)) {
        const q = parseDarkCoefficientName(k);
        if (!q) throw new EmissError(`internal: bad dark coefficient ${k}`);
        wc.set(k, { re: coefficientFromLambda(p.dark.kind, q.op, l, mass), im: 0 });
      }
      return { wc, dark: { [def.massKey]: mass, [def.selfConjugateKey]: p.dark.dark[def.selfConjugateKey] ?? 0 } };
    }
    case 'mediator':
      return { wc: new Map(), dark: { ...p.values, ...values } };
    case 'two-body':
    case 'sm':
      return SM_POINT;
  }
}

/** What a fit evaluates at one parameter set. */
export interface PreparedPhysics {
  /** B+ → K+ + invisible in the 101 generated bins */
  spectrum(values: Values): Float64Array;
  /** prediction of an observable (registry name, BRinv(mode), R_K^nunu, R_K*^nunu) */
  observable(name: string): (values: Values) => number;
}

const edges = generatedEdges();

/**
 * Prepared <BRinv>(B+->K) evaluators of the generated bins, shareable between models evaluated with the same
 * parameter set (preparing them is most of the set-up cost of a fit). Keyed by `physicsCacheKey(ps)`.
 */
export type PhysicsCache = Map<string, ((np: NPPoint) => number)[]>;

/**
 * Key of a parameter set for the cache: preset and the form-factor choice of every transition (set and coefficients).
 * Parameter sets of the fit layer differ only in these (they are built from presets and form-factor shifts).
 */
export function physicsCacheKey(ps: ParameterSet): string {
  return `${ps.preset}|${Object.entries(ps.ff)
    .map(([t, c]) => `${t}:${c.set.id}:${Array.from(c.coeffs).join(',')}`)
    .join('|')}`;
}

/** Prepares the evaluation of a model with the inputs `ps` (form factors included). */
export function preparePhysics(p: PhysicsSpec, ps: ParameterSet, cache?: PhysicsCache): PreparedPhysics {
  const reg = (name: string, args: Record<string, number> = {}) => {
    const def = OBSERVABLES.get(name);
    return def.prepare(ps, resolveArgs(def, ps, args));
  };
  const full = (v: Values): Values => ({ ...physicsDefaults(p), ...v });
  // SM / registry part of the B+ → K+ spectrum: <BRinv>(B+->K) per generated bin, prepared lazily
  let binsInv: ((np: NPPoint) => number)[] | undefined;
  const registryBins = (np: NPPoint): Float64Array => {
    if (!binsInv) {
      const key = cache ? physicsCacheKey(ps) : '';
      binsInv = cache?.get(key) ?? Array.from({ length: N_GEN - 1 }, (_, i) => reg('<BRinv>(B+->K)', { q2min: edges[i + 1], q2max: edges[i + 2] }));
      cache?.set(key, binsInv);
    }
    const out = new Float64Array(N_GEN);
    for (let j = 1; j < N_GEN; j++) out[j] = binsInv[j - 1](np);
    return out;
  };
  const nullBr = p.kind === 'two-body' || p.kind === 'sm' ? nullBinned(edges) : undefined;
  let smEmiss: Float64Array | undefined;
  const smBins = (): Float64Array => (smEmiss ??= registryBins(SM_POINT));

  const spectrum = (values: Values): Float64Array => {
    const v = full(values);
    switch (p.kind) {
      case 'wet':
      case 'dark-pair':
        return registryBins(npPointOf(p, v));
      case 'mediator': {
        const out = Float64Array.from(smBins());
        const s = missingEnergySpectrum(p.model, 'B+->K', v, ps);
        const pieces: SpectrumPieces = {
          lines: s.lines,
          ...(s.continuum ? { continuum: { q2min: s.continuum.q2min, q2max: s.continuum.q2max, dbr: s.continuum.dbr } } : {}),
        };
        const b = binSpectrum(pieces, edges).br;
        for (let j = 1; j < N_GEN; j++) out[j] += b[j];
        return out;
      }
      case 'sm':
        return (nullBr as Float64Array).map((x) => x * v.mu);
      case 'two-body': {
        const base = p.smShape === 'belle2' ? (nullBr as Float64Array) : smBins();
        const out = base.map((x) => x * v.sm_mu);
        const b = binSpectrum(twoBodyPieces(v.m_X, v.br, v.width), edges).br;
        for (let j = 1; j < N_GEN; j++) out[j] += b[j];
        return out;
      }
    }
  };

  const invisible = (mode: string): ((values: Values) => number) => {
    if (!findDarkMode(mode)) throw new EmissError(`no invisible rate for mode '${mode}'`);
    const inv = reg(`BRinv(${mode})`);
    switch (p.kind) {
      case 'wet':
      case 'dark-pair':
        return (values) => inv(npPointOf(p, full(values)));
      case 'mediator': {
        const sm = inv(SM_POINT);
        const isMediatorMode = MEDIATOR_MODES.some((m) => m.label === mode);
        return (values) => {
          if (!isMediatorMode) return sm;
          const v = full(values);
          try {
            return sm + spectrumTotal(missingEnergySpectrum(p.model, mode, v, ps));
          } catch (e) {
            // modes a mediator model does not populate (e.g. B → K γ_D is forbidden) get the SM only
            if (e instanceof EmissError && /has no|needs a vector meson/.test(e.message)) return sm;
            throw e;
          }
        };
      }
      case 'sm':
        if (mode === 'B+->K') return (values) => full(values).mu * binnedTotal(nullBr as Float64Array);
        return () => inv(SM_POINT);
      case 'two-body': {
        const sm = inv(SM_POINT);
        if (mode !== 'B+->K') return () => sm;
        return (values) => {
          const v = full(values);
          const smPart = p.smShape === 'belle2' ? v.sm_mu * binnedTotal(nullBr as Float64Array) : v.sm_mu * sm;
          return smPart + v.br;
        };
      }
    }
  };

  const observable = (name: string): ((values: Values) => number) => {
    const m = /^BRinv\((.+)\)$/.exec(name);
    if (m) return invisible(m[1]);
    if (name === 'R_K^nunu' || name === 'R_K*^nunu') {
      const f = invisible(name === 'R_K^nunu' ? 'B+->K' : 'B0->K*');
      const smDef = OBSERVABLES.get(name === 'R_K^nunu' ? 'BR(B+->Knunu)' : 'BR(B0->K*nunu)');
      const sm = smDef.prepare(ps, {})(SM_POINT);
      return (values) => f(values) / sm;
    }
    if (!OBSERVABLES.has(name)) throw new EmissError(`emiss does not predict '${name}'`);
    const f = reg(name);
    return (values) => f(npPointOf(p, full(values)));
  };

  return { spectrum, observable };
}

/**
 * A two-body B+ → K+ X line (width 0) or Breit–Wigner in q² with total `br`: dBR/dq² ∝ mΓ/((q² − m²)² + m²Γ²) on
 * |q² − m²| ≤ 10 mΓ (and q² ≥ 0), normalised to `br`.
 */
export function twoBodyPieces(mX: number, br: number, width: number): SpectrumPieces {
  if (!(mX >= 0)) throw new EmissError(`m_X must be non-negative (got ${mX})`);
  if (!(br >= 0) || !Number.isFinite(br)) throw new EmissError(`br must be a non-negative number (got ${br})`);
  if (!(width >= 0)) throw new EmissError(`width must be non-negative (got ${width})`);
  const m2 = mX * mX;
  if (width === 0 || mX === 0) return { lines: [{ q2: m2, br }] };
  const g = mX * width;
  const lo = Math.max(0, m2 - 10 * g);
  const hi = m2 + 10 * g;
  // ∫_lo^hi g/((q²−m²)² + g²) dq² = atan((hi−m²)/g) − atan((lo−m²)/g)
  const norm = Math.atan((hi - m2) / g) - Math.atan((lo - m2) / g);
  return { continuum: { q2min: lo, q2max: hi, peaks: [m2], dbr: (q2) => (br * g) / (norm * ((q2 - m2) ** 2 + g * g)) } };
}

/** Checks that the model can be evaluated (names resolve) — throws EmissError otherwise. */
export function validatePhysics(p: PhysicsSpec, ps: ParameterSet): void {
  if (p.kind === 'mediator') resolveModelPoint(findModel(p.model), p.values, ps, true);
}

import { EmissError } from '../core/errors.js';
import type { Complex } from '../core/complex.js';
import { findFormFactorSet } from '../hadronic/sets/index.js';
import type { FormFactorChoice, MassRef, Transition } from '../hadronic/types.js';
import { ckmProducts, ckmTree } from './ckm.js';
import { PRESETS, type Conventions, type Preset } from './presets.js';
import { MU_B, MZ_RUNNING, runAlphaE } from './running.js';
import type { ParameterTable } from './types.js';

/**
 * An immutable point in parameter space: scalar inputs, the form-factor set and coefficient vector of every
 * transition, and the conventions of the preset it came from. Monte Carlo draws are new ParameterSets.
 */
export interface ParameterSet {
  readonly preset: string;
  readonly table: ParameterTable;
  readonly values: Readonly<Record<string, number>>;
  readonly ff: Readonly<Record<Transition, FormFactorChoice>>;
  readonly conventions: Conventions;
}

export interface ParameterSetOptions {
  /** override the form-factor set of some transitions, e.g. { 'B->K': 'kmpw2010' } */
  readonly formFactors?: Partial<Record<Transition, string>>;
  /** override central values of scalar parameters */
  readonly values?: Readonly<Record<string, number>>;
}

export function findPreset(name: string): Preset {
  const p = PRESETS.find((x) => x.name === name);
  if (!p) throw new EmissError(`unknown preset '${name}' (known: ${PRESETS.map((x) => x.name).join(', ')})`);
  return p;
}

export function makeParameterSet(presetName = 'default', opts: ParameterSetOptions = {}): ParameterSet {
  const preset = findPreset(presetName);
  const values: Record<string, number> = {};
  for (const [k, d] of Object.entries(preset.parameters)) values[k] = d.value;
  for (const [k, v] of Object.entries(opts.values ?? {})) {
    if (!(k in values)) throw new EmissError(`unknown parameter '${k}' in preset '${presetName}'`);
    if (!Number.isFinite(v)) throw new EmissError(`parameter '${k}' must be a finite number`);
    values[k] = v;
  }
  const ff = {} as Record<Transition, FormFactorChoice>;
  for (const [tr, id] of Object.entries({ ...preset.formFactors, ...(opts.formFactors ?? {}) }) as [Transition, string][]) {
    const set = findFormFactorSet(tr, id);
    if (!set) throw new EmissError(`unknown form-factor set '${id}' for ${tr}`);
    ff[tr] = Object.freeze({ set, coeffs: Float64Array.from(set.central) });
  }
  return Object.freeze({
    preset: preset.name,
    table: preset.parameters,
    values: Object.freeze(values),
    ff: Object.freeze(ff),
    conventions: preset.conventions,
  });
}

/** A copy with some scalar values replaced. */
export function withValues(ps: ParameterSet, changes: Readonly<Record<string, number>>): ParameterSet {
  for (const k of Object.keys(changes)) if (!(k in ps.values)) throw new EmissError(`unknown parameter '${k}'`);
  return Object.freeze({ ...ps, values: Object.freeze({ ...ps.values, ...changes }) });
}

/** A copy with the form-factor coefficients of some transitions replaced. */
export function withFormFactorCoefficients(ps: ParameterSet, changes: Partial<Record<Transition, Float64Array>>): ParameterSet {
  const ff = { ...ps.ff };
  for (const [tr, coeffs] of Object.entries(changes) as [Transition, Float64Array][]) {
    ff[tr] = Object.freeze({ set: ps.ff[tr].set, coeffs });
  }
  return Object.freeze({ ...ps, ff: Object.freeze(ff) });
}

/** Value of a parameter, with a clear error for a missing one. */
export function param(ps: ParameterSet, name: string): number {
  const v = ps.values[name];
  if (v === undefined) throw new EmissError(`parameter '${name}' is not defined in preset '${ps.preset}'`);
  return v;
}

export function resolveMass(ps: ParameterSet, m: MassRef): number {
  return typeof m === 'number' ? m : param(ps, m);
}

/** α_e(M_Z) (SM normalisation) and the α_e multiplying NP coefficients, per the preset's convention. */
export function alphaE(ps: ParameterSet): { sm: number; np: number } {
  const a = param(ps, 'alpha_e');
  return { sm: a, np: ps.conventions.alphaNP === 'mu_b' ? runAlphaE(a, MZ_RUNNING, MU_B) : a };
}

/** CKM combinations. In 'direct' mode |V_tb V_ts*| (and |V_tb V_td*| if present) come from the parameters. */
export function ckm(ps: ParameterSet): { VtbVts: Complex; VtbVtd: Complex; VtsVtd: Complex; VcsVcd: Complex; Vus: number; Vub: number } {
  const V = ckmTree(param(ps, 'Vus'), param(ps, 'Vub'), param(ps, 'Vcb'), param(ps, 'gamma'));
  const prod = ckmProducts(V);
  if (ps.conventions.ckm === 'direct') {
    const bs = ps.values.absVtbVts;
    if (bs !== undefined) prod.VtbVts = { re: -bs, im: 0 };
    const bd = ps.values.absVtbVtd;
    if (bd !== undefined) prod.VtbVtd = { re: bd, im: 0 };
  }
  return { ...prod, Vus: Math.hypot(V[0][1].re, V[0][1].im), Vub: Math.hypot(V[0][2].re, V[0][2].im) };
}

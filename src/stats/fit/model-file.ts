/**
 * Model files for fits and scans (YAML or JSON; text in, description out — no I/O here). The physics part reuses
 * the existing formats, the `fit:` section says what floats and which likelihood to use:
 *
 *   # a mediator point (as --model-file):       # a dark-pair model (as --model-file, docs/dark-pairs.md):
 *   model: alp                                  kind: scalar
 *   parameters: {m_a: 2.0, f_a: 1.0e8}          nature: complex
 *                                               mass: 0.3
 *   # Wilson coefficients: a WCxf document      coefficients: {CV: 1.0e-8}
 *   eft: WET                                    lambda_eff: {CS: 1.0e6}
 *   basis: flavio
 *   scale: 4.8                                  # phenomenological B+ → K+ X (X invisible), and the SM shape:
 *   values: {CL_bsnutaunutau: 0}                model: two-body          model: sm
 *                                               parameters: {m_X: 2, br: 1e-5, width: 0, sm_mu: 1}
 *                                               sm: belle2               parameters: {mu: 1}
 *   fit:
 *     float:                       # parameters that float, with their range (and optional init, log scale)
 *       m_X: [0.1, 4.7]            #   [lo, hi]   or   {min: 1e6, max: 1e9, init: 1e8, log: true}
 *       br: {min: 0, max: 3.0e-5}
 *     likelihoods: [belle2]        # 'belle2' (the reweighted Belle II likelihood) and ids of the measurement
 *                                  # database ('emiss measurements'); default [belle2]
 *     ff: redist                   # form-factor nuisances of the Belle II signal: redist | workspace | none
 *     limits: counting             # upper limits: counting | half-normal | room-cut
 *     asymmetric: variable-width   # asymmetric results: variable-width | variable-variance | dimidiated
 *     contours: [[m_X, br]]        # pairs for −2ΔlnL contours (default: the first two floating parameters)
 *     no_new_physics: {br: 0}      # the no-new-physics point for the significance (default: coefficients 0,
 *                                  # br 0, mu 1; give it for mediator models, e.g. {f_a: 1e12})
 *     prescan: 40                  # grid points per floating parameter before the minimiser (default 9/5/3 for
 *                                  # 1/2/≥3 parameters)
 *     preset: default              # input preset and form factors ('B->K=belle2rel2025')
 *     formfactors: ['B->K=hpqcd2022']
 *     allow_overlap: false         # allow likelihood terms that share data
 *
 * Parameter names: mediator and two-body/sm parameters by name; Wilson coefficients by name (their real parts;
 * 'Im:NAME' for an imaginary part); dark pairs: 'mass', coefficient short or full names (CV1, CV1_bschi) and
 * 'lambda_eff:OP' for a Λ_eff entry.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EmissError } from '../../core/errors.js';
import type { Complex } from '../../core/complex.js';
import { parseComplex, parseReal } from '../../core/parse-complex.js';
import { findModel, MEDIATOR_MODELS } from '../../models/mediators.js';
import { parseDarkModel, resolveDarkName, type DarkModel } from '../../models/dark-pairs/model-file.js';
import { parseDarkCoefficientName } from '../../wc/dark-pairs.js';
import { parseWcxf } from '../../wc/wcxf.js';
import { ASYMMETRIC_VARIANTS, type AsymmetricVariant } from '../measurements/asymmetric.js';
import { LIMIT_TREATMENTS, type LimitTreatment } from '../measurements/terms.js';
import { FF_TREATMENTS, type FFTreatment } from '../belle2/likelihood.js';

export interface FloatSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly init?: number;
  readonly log: boolean;
}

export interface FitSettings {
  readonly float: readonly FloatSpec[];
  readonly likelihoods: readonly string[];
  readonly ff?: FFTreatment;
  readonly limits: LimitTreatment;
  readonly asymmetric: AsymmetricVariant;
  readonly contours: readonly (readonly [string, string])[];
  readonly null?: Readonly<Record<string, number>>;
  readonly prescan?: number;
  readonly preset: string;
  readonly formfactors: readonly string[];
  readonly allowOverlap: boolean;
}

export type PhysicsSpec =
  | { readonly kind: 'mediator'; readonly model: string; readonly values: Readonly<Record<string, number>> }
  | { readonly kind: 'dark-pair'; readonly dark: DarkModel; readonly lambdaEff: Readonly<Record<string, number>>; readonly sector: 'bs' | 'bd' | 'sd' }
  | { readonly kind: 'wet'; readonly coefficients: ReadonlyMap<string, Complex> }
  | { readonly kind: 'two-body'; readonly values: Readonly<Record<string, number>>; readonly smShape: 'emiss' | 'belle2' }
  | { readonly kind: 'sm'; readonly values: Readonly<Record<string, number>> };

export interface FitModelFile {
  readonly physics: PhysicsSpec;
  readonly fit: FitSettings;
  /** the text the file was parsed from (workers reparse it) */
  readonly text: string;
  readonly fileName: string;
}

export const TWO_BODY_DEFAULTS = Object.freeze({ m_X: 2, br: 0, width: 0, sm_mu: 1 });
export const SM_DEFAULTS = Object.freeze({ mu: 1 });

const RangeSpec = z.union([
  z.tuple([z.number(), z.number()]),
  z.object({ min: z.number(), max: z.number(), init: z.number().optional(), log: z.boolean().optional() }).strict(),
]);
const FitSchema = z
  .object({
    float: z.record(z.string(), RangeSpec).optional(),
    likelihoods: z.array(z.string()).optional(),
    ff: z.enum(FF_TREATMENTS as unknown as [FFTreatment, ...FFTreatment[]]).optional(),
    limits: z.enum(LIMIT_TREATMENTS as unknown as [LimitTreatment, ...LimitTreatment[]]).optional(),
    asymmetric: z.enum(ASYMMETRIC_VARIANTS).optional(),
    contours: z.array(z.tuple([z.string(), z.string()])).optional(),
    no_new_physics: z.record(z.string(), z.number()).optional(),
    prescan: z.number().int().min(1).max(1000).optional(),
    preset: z.string().optional(),
    formfactors: z.array(z.string()).optional(),
    allow_overlap: z.boolean().optional(),
  })
  .strict();

function issue(fileName: string, e: z.ZodError): EmissError {
  const i = e.issues[0];
  return new EmissError(`${fileName}: fit.${i.path.join('.') || '(section)'}: ${i.message}`);
}

function numberRecord(o: unknown, what: string): Record<string, number> {
  if (o === undefined) return {};
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new EmissError(`${what} must be a mapping name: value`);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    const x = typeof v === 'number' ? v : typeof v === 'string' ? parseReal(v, `${what}.${k}`) : NaN;
    if (!Number.isFinite(x)) throw new EmissError(`${what}.${k} must be a finite number`);
    out[k] = x;
  }
  return out;
}

function physicsFrom(doc: Record<string, unknown>, rest: Record<string, unknown>, text: string, fileName: string): PhysicsSpec {
  if ('eft' in doc) {
    const w = parseWcxf(JSON.stringify(rest), fileName);
    return { kind: 'wet', coefficients: w.values };
  }
  if ('kind' in doc) {
    const lam = numberRecord(doc.lambda_eff, `${fileName}: lambda_eff`);
    const dark = parseDarkModel(JSON.stringify(rest), fileName);
    const sector = ((doc.sector as string | undefined) ?? 'bs') as 'bs' | 'bd' | 'sd';
    const lambdaEff: Record<string, number> = {};
    for (const [k, v] of Object.entries(lam)) lambdaEff[resolveDarkName(dark.kind, k, sector)] = v;
    void text;
    return { kind: 'dark-pair', dark, lambdaEff, sector };
  }
  const model = doc.model;
  if (typeof model !== 'string') throw new EmissError(`${fileName}: give 'model' (${[...MEDIATOR_MODELS.map((m) => m.name), 'two-body', 'sm'].join(', ')}), 'kind' (a dark-pair model) or a WCxf document`);
  for (const k of Object.keys(rest)) {
    if (!['model', 'parameters', 'sm', 'description'].includes(k)) throw new EmissError(`${fileName}: unknown key '${k}'`);
  }
  const values = numberRecord(doc.parameters, `${fileName}: parameters`);
  if (model === 'two-body') {
    for (const k of Object.keys(values)) if (!(k in TWO_BODY_DEFAULTS)) throw new EmissError(`${fileName}: the two-body model has parameters ${Object.keys(TWO_BODY_DEFAULTS).join(', ')} (got '${k}')`);
    const sm = (doc.sm as string | undefined) ?? 'belle2';
    if (sm !== 'emiss' && sm !== 'belle2') throw new EmissError(`${fileName}: sm must be 'belle2' (the release's SM template) or 'emiss' (emiss's SM spectrum)`);
    return { kind: 'two-body', values: { ...TWO_BODY_DEFAULTS, ...values }, smShape: sm };
  }
  if (model === 'sm') {
    for (const k of Object.keys(values)) if (!(k in SM_DEFAULTS)) throw new EmissError(`${fileName}: the sm model has the parameter mu only (got '${k}')`);
    return { kind: 'sm', values: { ...SM_DEFAULTS, ...values } };
  }
  if ('sm' in doc) throw new EmissError(`${fileName}: 'sm' belongs to the two-body model`);
  findModel(model);
  return { kind: 'mediator', model, values };
}

/** Names a fit may float for a physics spec (used to validate `fit.float`). */
export function floatableParameters(p: PhysicsSpec): string[] {
  switch (p.kind) {
    case 'mediator':
      return findModel(p.model).params.map((x) => x.name);
    case 'two-body':
      return Object.keys(TWO_BODY_DEFAULTS);
    case 'sm':
      return ['mu'];
    case 'wet':
    case 'dark-pair':
      return []; // any coefficient name (validated when resolved)
  }
}

/** Checks that a name can float in this model (coefficients are checked by the physics layer). */
export function checkFloatName(p: PhysicsSpec, name: string, fileName: string): void {
  if (p.kind === 'wet') {
    const n = name.startsWith('Im:') ? name.slice(3) : name;
    if (!/^C/.test(n)) throw new EmissError(`${fileName}: '${name}' is not a Wilson-coefficient name`);
    return;
  }
  if (p.kind === 'dark-pair') {
    if (name === 'mass') return;
    const bare = name.startsWith('lambda_eff:') ? name.slice('lambda_eff:'.length) : name;
    const full = resolveDarkName(p.dark.kind, bare, p.sector);
    if (!parseDarkCoefficientName(full)) throw new EmissError(`${fileName}: '${name}' is not a coefficient of the model`);
    return;
  }
  const ok = floatableParameters(p);
  if (!ok.includes(name)) throw new EmissError(`${fileName}: '${name}' is not a parameter of the model (parameters: ${ok.join(', ')})`);
}

export function parseFitModelFile(text: string, fileName = 'model file'): FitModelFile {
  let raw: unknown;
  try {
    raw = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new EmissError(`${fileName}: not valid YAML/JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new EmissError(`${fileName}: expected a mapping at the top level`);
  const doc = raw as Record<string, unknown>;
  const { fit: fitRaw, ...rest } = doc;
  const physics = physicsFrom(doc, rest, text, fileName);
  const parsed = FitSchema.safeParse(fitRaw ?? {});
  if (!parsed.success) throw issue(fileName, parsed.error);
  const f = parsed.data;
  const float: FloatSpec[] = Object.entries(f.float ?? {}).map(([name, r]) => {
    checkFloatName(physics, name, fileName);
    const spec = Array.isArray(r) ? { min: r[0], max: r[1], log: false } : { min: r.min, max: r.max, init: r.init, log: r.log ?? false };
    if (!(Number.isFinite(spec.min) && Number.isFinite(spec.max) && spec.max > spec.min)) throw new EmissError(`${fileName}: fit.float.${name}: the range needs max > min`);
    if (spec.log && !(spec.min > 0)) throw new EmissError(`${fileName}: fit.float.${name}: a log-scale range must be positive`);
    if (spec.init !== undefined && !(spec.init >= spec.min && spec.init <= spec.max)) throw new EmissError(`${fileName}: fit.float.${name}: init outside the range`);
    return { name, ...spec };
  });
  const names = float.map((x) => x.name);
  for (const [a, b] of f.contours ?? []) {
    for (const n of [a, b]) if (!names.includes(n)) throw new EmissError(`${fileName}: fit.contours: '${n}' does not float`);
  }
  const contours = f.contours ?? (names.length >= 2 ? [[names[0], names[1]] as [string, string]] : []);
  // a mediator model has no universal no-new-physics point: without no_new_physics the significance is not computed
  for (const k of Object.keys(f.no_new_physics ?? {})) checkFloatName(physics, k, fileName);
  return {
    physics,
    fit: {
      float,
      likelihoods: f.likelihoods ?? ['belle2'],
      ...(f.ff ? { ff: f.ff } : {}),
      limits: f.limits ?? 'counting',
      asymmetric: f.asymmetric ?? 'variable-width',
      contours,
      ...(f.no_new_physics ? { null: f.no_new_physics } : {}),
      ...(f.prescan ? { prescan: f.prescan } : {}),
      preset: f.preset ?? 'default',
      formfactors: f.formfactors ?? [],
      allowOverlap: f.allow_overlap ?? false,
    },
    text,
    fileName,
  };
}

/** Parses a complex value written in a fit file (number or string). */
export function complexValue(v: unknown, what: string): Complex {
  if (typeof v === 'number') return { re: v, im: 0 };
  if (typeof v === 'string') return parseComplex(v, what);
  throw new EmissError(`${what} must be a number`);
}

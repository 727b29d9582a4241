import { EmissError } from '../../core/errors.js';
import { compileModel, type CompiledModel, type InterpCodes } from './compile.js';
import { additiveBinTerms, parseInterpCode, ADDITIVE_CODES, MULTIPLICATIVE_CODES, type AdditiveCode, type MultiplicativeCode } from './interpolation.js';
import { specLayout } from './layout.js';
import {
  expectedAux,
  expectedMain,
  expectedSampleBins,
  createScratch,
  logpdfKernel,
  prepareDataArrays,
  type PreparedData,
} from './likelihood.js';
import { buildParameterTable, type ParameterSet } from './parameters.js';
import { isHistFactoryModifier, type ModelSpec } from './schema.js';
import { getMeasurement, isWorkspace, type Workspace } from './workspace.js';

/**
 * A HistFactory model built from a pyhf workspace or model spec, with pyhf's parameter order, defaults,
 * constraints and interpolation (see parameters.ts, interpolation.ts, likelihood.ts). Immutable: methods never
 * change the model; `withSampleYields` returns a new model sharing everything parameter-independent.
 *
 * Parameter vectors are in pyhf order (`model.parameters[i].offset …`), as Float64Array or number[].
 * Data vectors are pyhf's: main observations (channels sorted by name) followed by the auxiliary data.
 */

export interface ModelParameter extends ParameterSet {
  /** [start, end) in the parameter vector (pyhf `par_slice`) */
  readonly slice: readonly [number, number];
}

export interface ChannelInfo {
  readonly name: string;
  readonly nbins: number;
  /** first bin in the main data */
  readonly offset: number;
}

/** A non-HistFactory modifier carried by the spec (ignored by the likelihood; see `withSampleYields`). */
export interface CustomModifierUse {
  readonly channel: string;
  readonly sample: string;
  readonly name: string;
  readonly type: string;
  readonly data: unknown;
}

/** `{interpcode}` per modifier type, like pyhf's `modifier_settings`. */
export interface ModifierSettings {
  readonly normsys?: { readonly interpcode: string | number };
  readonly histosys?: { readonly interpcode: string | number };
}

export interface BuildOptions {
  /** parameter of interest; default: the measurement's POI (workspace) or none (spec); '' or null: none */
  readonly poi?: string | null;
  /** measurement name (workspace input); default the first */
  readonly measurement?: string;
  /**
   * Interpolation codes. pyhf semantics: without settings normsys uses code4 and histosys code4p (pyhf's
   * Model defaults); when settings are given, a type not mentioned falls back to pyhf's modifier defaults,
   * code1 (normsys) and code0 (histosys).
   */
  readonly modifierSettings?: ModifierSettings;
  /** what to do with modifier types outside the HistFactory set: 'error' (default) or 'ignore' (listed) */
  readonly customModifiers?: 'error' | 'ignore';
  /** observed main data for a bare spec (pyhf bin order) */
  readonly observations?: readonly number[];
}

/** Values by pyhf parameter name: a number for scalar parameters, an array for vector ones. `name[i]` also works. */
export type ParameterValues = Readonly<Record<string, number | readonly number[]>>;

export type DataLike = PreparedData | ArrayLike<number>;

export interface SampleYieldOptions {
  /**
   * How histosys shifts follow new nominal yields: 'absolute' (default) keeps the published shifts up − nom,
   * nom − down as they are; 'relative' scales them bin by bin with new/old nominal (bins with old nominal 0 keep
   * their absolute shifts). Staterror widths are part of the constraint terms and stay as built.
   */
  readonly systematics?: 'absolute' | 'relative';
  /**
   * New ±1σ templates for named histosys modifiers of this sample (absolute yields, like pyhf's hi_data/lo_data),
   * applied after `systematics`. Every bin where the new template differs from the new nominal must already carry
   * an entry for that modifier in the built model (give the spec non-zero placeholder shifts in every bin).
   */
  readonly histosys?: Readonly<Record<string, { readonly hi: ArrayLike<number>; readonly lo: ArrayLike<number> }>>;
}

export interface Model {
  readonly spec: ModelSpec;
  readonly channels: readonly ChannelInfo[];
  /** all sample names, sorted */
  readonly samples: readonly string[];
  /** distinct (name, type) modifiers, sorted */
  readonly modifiers: readonly { readonly name: string; readonly type: string }[];
  /** parameter sets in pyhf order */
  readonly parameters: readonly ModelParameter[];
  /** pyhf `par_names`: scalar names, and `name[i]` for vector components */
  readonly parNames: readonly string[];
  readonly npars: number;
  /** number of main bins (pyhf `nmaindata`) */
  readonly nmain: number;
  readonly naux: number;
  readonly poi: { readonly name: string; readonly index: number } | null;
  readonly auxdata: Float64Array;
  /** observed main data, when the model came from a workspace or observations were given */
  readonly observed: Float64Array | null;
  /** observed + auxdata (pyhf `workspace.data(model)`), or null */
  readonly data: Float64Array | null;
  readonly interpcodes: InterpCodes;
  readonly customModifiers: readonly CustomModifierUse[];
  /** measurement parameter configs naming no model parameter (pyhf ignores them too) */
  readonly unusedParameterConfigs: readonly string[];
  /** the flattened model (for benchmarks and advanced use) */
  readonly compiled: CompiledModel;

  parameter(name: string): ModelParameter;
  suggestedInit(): Float64Array;
  suggestedBounds(): [number, number][];
  suggestedFixed(): boolean[];
  /** a parameter vector: `base` (default the inits) with `values` replaced; unknown names are an error */
  parameterVector(values?: ParameterValues, base?: ArrayLike<number>): Float64Array;
  /** a parameter vector as {name: value | array} */
  namedValues(pars: ArrayLike<number>): Record<string, number | number[]>;
  expectedActualData(pars: ArrayLike<number>): Float64Array;
  expectedAuxdata(pars: ArrayLike<number>): Float64Array;
  /** main + aux expectations (pyhf `expected_data`) */
  expectedData(pars: ArrayLike<number>): Float64Array;
  expectedBySample(pars: ArrayLike<number>): { channel: string; sample: string; yields: Float64Array }[];
  /** checks data (main + aux) and precomputes its ln Γ terms */
  prepareData(data: ArrayLike<number>): PreparedData;
  /** ln L with pyhf's meaning; data defaults to `model.data` */
  logpdf(pars: ArrayLike<number>, data?: DataLike): number;
  /** −ln L */
  nll(pars: ArrayLike<number>, data?: DataLike): number;
  /** ∂(−ln L)/∂θ */
  gradNll(pars: ArrayLike<number>, data?: DataLike): Float64Array;
  /** hot path without input checks: returns −ln L and writes its gradient into `grad` */
  nllAndGrad(pars: ArrayLike<number>, data: PreparedData, grad: Float64Array): number;
  /** the same model with one (channel, sample)'s nominal yields replaced */
  withSampleYields(channel: string, sample: string, yields: ArrayLike<number>, opts?: SampleYieldOptions): Model;
}

function resolveCodes(settings: ModifierSettings | undefined): InterpCodes {
  if (!settings) return { normsys: 'code4', histosys: 'code4p' };
  const normsys = parseInterpCode(settings.normsys?.interpcode ?? 'code1');
  const histosys = parseInterpCode(settings.histosys?.interpcode ?? 'code0');
  if (!(MULTIPLICATIVE_CODES as readonly string[]).includes(normsys)) {
    throw new EmissError(`normsys interpolation must be one of ${MULTIPLICATIVE_CODES.join(', ')} (pyhf), got ${normsys}`);
  }
  if (!(ADDITIVE_CODES as readonly string[]).includes(histosys)) {
    throw new EmissError(`histosys interpolation must be one of ${ADDITIVE_CODES.join(', ')} (pyhf), got ${histosys}`);
  }
  return { normsys: normsys as MultiplicativeCode, histosys: histosys as AdditiveCode };
}

interface Shared {
  spec: ModelSpec;
  channels: ChannelInfo[];
  samples: string[];
  modifiers: { name: string; type: string }[];
  parameters: ModelParameter[];
  byName: Map<string, ModelParameter>;
  parNames: string[];
  npars: number;
  nmain: number;
  poi: { name: string; index: number } | null;
  auxdata: Float64Array;
  observed: Float64Array | null;
  interpcodes: InterpCodes;
  customModifiers: CustomModifierUse[];
  unusedParameterConfigs: string[];
}

/**
 * Builds a model from a workspace (using its measurement's parameter configs and POI, and its observations)
 * or from a bare model spec (its own `parameters`; POI from options).
 */
export function buildModel(source: Workspace | ModelSpec, opts: BuildOptions = {}): Model {
  let spec: ModelSpec;
  let poiName: string | null;
  let observedIn: readonly number[] | null = null;
  const layoutOf = (s: ModelSpec) => specLayout(s.channels);
  if (isWorkspace(source)) {
    const meas = getMeasurement(source, opts.measurement);
    spec = { channels: source.channels, parameters: meas.config.parameters };
    poiName = opts.poi === undefined ? meas.config.poi : opts.poi;
    const layout = layoutOf(spec);
    const obs = new Map(source.observations.map((o) => [o.name, o.data]));
    observedIn = layout.channels.flatMap((c) => {
      const d = obs.get(c);
      if (!d) throw new EmissError(`the workspace has no observation for channel '${c}'`);
      return [...d];
    });
  } else {
    spec = source;
    poiName = opts.poi ?? null;
  }
  if (opts.observations) observedIn = opts.observations;
  if (poiName === '') poiName = null;

  const layout = layoutOf(spec);
  const customModifiers: CustomModifierUse[] = [];
  for (const c of spec.channels) {
    for (const s of c.samples) {
      for (const m of s.modifiers) {
        if (isHistFactoryModifier(m)) continue;
        if (opts.customModifiers !== 'ignore') {
          throw new EmissError(
            `modifier '${m.name}' of channel '${c.name}' sample '${s.name}' has type '${m.type}', which is not a HistFactory modifier (build with customModifiers: 'ignore' to skip it)`,
          );
        }
        customModifiers.push({ channel: c.name, sample: s.name, name: m.name, type: m.type, data: m.data });
      }
    }
  }
  const codes = resolveCodes(opts.modifierSettings);
  const table = buildParameterTable(layout, spec.parameters ?? []);
  const cm = compileModel(layout, table, codes);

  const parameters: ModelParameter[] = table.sets.map((s) => ({ ...s, slice: [s.offset, s.offset + s.n] as const }));
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const parNames = parameters.flatMap((p) => (p.isScalar ? [p.name] : Array.from({ length: p.n }, (_, i) => `${p.name}[${i}]`)));
  let poi: { name: string; index: number } | null = null;
  if (poiName !== null) {
    const p = byName.get(poiName);
    if (!p) throw new EmissError(`the parameter of interest '${poiName}' is not a parameter of the model`);
    if (p.n > 1) throw new EmissError(`the parameter '${poiName}' has ${p.n} components and cannot be the parameter of interest`);
    poi = { name: poiName, index: p.offset };
  }
  let observed: Float64Array | null = null;
  if (observedIn) {
    if (observedIn.length !== layout.nbins) {
      throw new EmissError(`observed data has ${observedIn.length} bins, the model has ${layout.nbins}`);
    }
    observed = Float64Array.from(observedIn);
    checkFinite(observed, 'observed data');
  }
  const shared: Shared = {
    spec,
    channels: layout.channels.map((name, i) => ({ name, nbins: layout.channelBins[i], offset: layout.channelOffsets[i] })),
    samples: [...layout.samples],
    modifiers: layout.modifiers.map((m) => ({ ...m })),
    parameters,
    byName,
    parNames,
    npars: table.npars,
    nmain: layout.nbins,
    poi,
    auxdata: Float64Array.from(table.auxdata),
    observed,
    interpcodes: codes,
    customModifiers,
    unusedParameterConfigs: [...table.unusedConfigs],
  };
  return makeModel(shared, cm);
}

function checkFinite(x: ArrayLike<number>, what: string): void {
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new EmissError(`${what}: entry ${i} is not a finite number (${x[i]})`);
  }
}

function makeModel(sh: Shared, cm: CompiledModel): Model {
  const naux = cm.naux;
  // Work arrays reused by every evaluation of this model. Safe because evaluations run to completion without
  // calling back into user code (JavaScript is single-threaded; worker threads build their own models).
  const sc = createScratch(cm);
  const ndata = sh.nmain + naux;

  const prepare = (data: ArrayLike<number>): PreparedData => {
    if (data.length !== ndata) {
      throw new EmissError(`data has ${data.length} entries, the model needs ${ndata} (${sh.nmain} main + ${naux} auxiliary)`);
    }
    checkFinite(data, 'data');
    const all = Float64Array.from(data);
    for (let b = 0; b < sh.nmain; b++) {
      if (all[b] < 0) throw new EmissError(`data: main bin ${b} is negative (${all[b]})`);
    }
    return prepareDataArrays(cm, all.subarray(0, sh.nmain), all.subarray(sh.nmain));
  };
  const observedData: PreparedData | null = sh.observed
    ? prepare(Float64Array.from([...sh.observed, ...sh.auxdata]))
    : null;
  const resolve = (data: DataLike | undefined): PreparedData => {
    if (data === undefined) {
      if (!observedData) throw new EmissError('the model has no observed data; pass data explicitly');
      return observedData;
    }
    if ((data as PreparedData).kind === 'prepared') return data as PreparedData;
    return prepare(data as ArrayLike<number>);
  };
  const checkPars = (pars: ArrayLike<number>): void => {
    if (pars.length !== sh.npars) throw new EmissError(`parameter vector has ${pars.length} entries, the model has ${sh.npars}`);
    checkFinite(pars, 'parameters');
  };
  const explainNaN = (pars: ArrayLike<number>): never => {
    const nu = expectedMain(cm, pars);
    for (let b = 0; b < nu.length; b++) {
      if (!(nu[b] >= 0)) {
        const ch = sh.channels.find((c) => b >= c.offset && b < c.offset + c.nbins) as ChannelInfo;
        throw new EmissError(
          `the likelihood is undefined at these parameters: expected yield ${nu[b]} in bin ${b - ch.offset} of channel '${ch.name}' is negative`,
        );
      }
    }
    throw new EmissError('the likelihood is undefined (NaN) at these parameters (a constrained parameter outside its domain?)');
  };
  const logpdf = (pars: ArrayLike<number>, data?: DataLike): number => {
    checkPars(pars);
    const v = logpdfKernel(cm, pars, resolve(data), null, sc);
    if (Number.isNaN(v)) explainNaN(pars);
    return v;
  };

  const model: Model = {
    spec: sh.spec,
    channels: sh.channels,
    samples: sh.samples,
    modifiers: sh.modifiers,
    parameters: sh.parameters,
    parNames: sh.parNames,
    npars: sh.npars,
    nmain: sh.nmain,
    naux,
    poi: sh.poi,
    auxdata: sh.auxdata,
    observed: sh.observed,
    data: sh.observed ? Float64Array.from([...sh.observed, ...sh.auxdata]) : null,
    interpcodes: sh.interpcodes,
    customModifiers: sh.customModifiers,
    unusedParameterConfigs: sh.unusedParameterConfigs,
    compiled: cm,

    parameter(name) {
      const p = sh.byName.get(name);
      if (!p) throw new EmissError(`unknown parameter '${name}'`);
      return p;
    },
    suggestedInit() {
      const x = new Float64Array(sh.npars);
      for (const p of sh.parameters) p.inits.forEach((v, i) => (x[p.offset + i] = v));
      return x;
    },
    suggestedBounds() {
      return sh.parameters.flatMap((p) => p.bounds.map(([lo, hi]) => [lo, hi] as [number, number]));
    },
    suggestedFixed() {
      return sh.parameters.flatMap((p) => [...p.fixed]);
    },
    parameterVector(values = {}, base) {
      const x = base ? Float64Array.from(base) : model.suggestedInit();
      if (x.length !== sh.npars) throw new EmissError(`parameter vector has ${x.length} entries, the model has ${sh.npars}`);
      for (const [key, v] of Object.entries(values)) {
        const m = /^(.*)\[(\d+)\]$/.exec(key);
        const p = sh.byName.get(key) ?? (m ? sh.byName.get(m[1]) : undefined);
        if (!p) throw new EmissError(`unknown parameter '${key}' (the model has ${sh.parameters.length} parameter sets; see 'emiss pyhf inspect')`);
        if (!sh.byName.has(key) && m) {
          const i = Number(m[2]);
          if (i >= p.n) throw new EmissError(`parameter '${p.name}' has ${p.n} components, index ${i} is out of range`);
          if (typeof v !== 'number' || !Number.isFinite(v)) throw new EmissError(`value of '${key}' must be a finite number`);
          x[p.offset + i] = v;
          continue;
        }
        if (typeof v === 'number') {
          if (p.n !== 1) throw new EmissError(`parameter '${p.name}' has ${p.n} components; give an array of ${p.n} numbers`);
          if (!Number.isFinite(v)) throw new EmissError(`value of '${p.name}' must be a finite number`);
          x[p.offset] = v;
        } else if (Array.isArray(v)) {
          if (v.length !== p.n) throw new EmissError(`parameter '${p.name}' has ${p.n} components, got ${v.length} values`);
          v.forEach((y, i) => {
            if (typeof y !== 'number' || !Number.isFinite(y)) throw new EmissError(`values of '${p.name}' must be finite numbers`);
            x[p.offset + i] = y;
          });
        } else {
          throw new EmissError(`value of '${p.name}' must be a number or an array of numbers`);
        }
      }
      return x;
    },
    namedValues(pars) {
      checkPars(pars);
      const out: Record<string, number | number[]> = {};
      for (const p of sh.parameters) {
        out[p.name] = p.isScalar ? pars[p.offset] : Array.from({ length: p.n }, (_, i) => pars[p.offset + i]);
      }
      return out;
    },
    expectedActualData(pars) {
      checkPars(pars);
      return expectedMain(cm, pars);
    },
    expectedAuxdata(pars) {
      checkPars(pars);
      return expectedAux(cm, pars);
    },
    expectedData(pars) {
      checkPars(pars);
      const out = new Float64Array(ndata);
      out.set(expectedMain(cm, pars));
      out.set(expectedAux(cm, pars), sh.nmain);
      return out;
    },
    expectedBySample(pars) {
      checkPars(pars);
      const y = expectedSampleBins(cm, pars);
      return cm.blocks.map((bl) => ({ channel: bl.channel, sample: bl.sample, yields: y.slice(bl.k0, bl.k0 + bl.n) }));
    },
    prepareData: prepare,
    logpdf,
    nll(pars, data) {
      return -logpdf(pars, data);
    },
    gradNll(pars, data) {
      checkPars(pars);
      const g = new Float64Array(sh.npars);
      const v = logpdfKernel(cm, pars, resolve(data), g, sc);
      if (Number.isNaN(v)) explainNaN(pars);
      for (let i = 0; i < g.length; i++) g[i] = -g[i];
      return g;
    },
    nllAndGrad(pars, data, grad) {
      const v = logpdfKernel(cm, pars, data, grad, sc);
      for (let i = 0; i < grad.length; i++) grad[i] = -grad[i];
      return -v;
    },
    withSampleYields(channel, sample, yields, opts = {}) {
      const bl = cm.blocks.find((b) => b.channel === channel && b.sample === sample);
      if (!bl) throw new EmissError(`the model has no sample '${sample}' in channel '${channel}'`);
      if (yields.length !== bl.n) throw new EmissError(`sample '${sample}' of channel '${channel}' has ${bl.n} bins, got ${yields.length} yields`);
      checkFinite(yields, `yields of '${sample}'`);
      const nominal = Float64Array.from(cm.nominal);
      for (let i = 0; i < bl.n; i++) nominal[bl.k0 + i] = yields[i];
      let { addSA } = cm;
      if (opts.systematics === 'relative') {
        addSA = Float64Array.from(addSA);
        for (let e = 0; e < cm.addK.length; e++) {
          const k = cm.addK[e];
          if (k < bl.k0 || k >= bl.k0 + bl.n) continue;
          const old = cm.nominal[k];
          if (old === 0) continue;
          const r = nominal[k] / old;
          addSA[2 * e] *= r;
          addSA[2 * e + 1] *= r;
        }
      } else if (opts.systematics !== undefined && opts.systematics !== 'absolute') {
        throw new EmissError(`systematics must be 'absolute' or 'relative', got '${opts.systematics}'`);
      }
      if (opts.histosys) {
        if (addSA === cm.addSA) addSA = Float64Array.from(addSA);
        for (const [name, t] of Object.entries(opts.histosys)) {
          const p = sh.byName.get(name);
          if (!p || !sh.modifiers.some((m) => m.name === name && m.type === 'histosys')) throw new EmissError(`the model has no histosys modifier '${name}'`);
          if (t.hi.length !== bl.n || t.lo.length !== bl.n) throw new EmissError(`histosys '${name}' of '${sample}' needs ${bl.n} bins`);
          checkFinite(t.hi, `hi template of '${name}'`);
          checkFinite(t.lo, `lo template of '${name}'`);
          const j = cm.addPar.indexOf(p.offset);
          const seen = new Uint8Array(bl.n);
          if (j >= 0) {
            for (let e = cm.addStart[j]; e < cm.addStart[j + 1]; e++) {
              const k = cm.addK[e];
              if (k < bl.k0 || k >= bl.k0 + bl.n) continue;
              const i = k - bl.k0;
              const [S, A] = additiveBinTerms(t.lo[i], nominal[k], t.hi[i]);
              addSA[2 * e] = S;
              addSA[2 * e + 1] = A;
              seen[i] = 1;
            }
          }
          for (let i = 0; i < bl.n; i++) {
            if (!seen[i] && (t.hi[i] !== nominal[bl.k0 + i] || t.lo[i] !== nominal[bl.k0 + i])) {
              throw new EmissError(`histosys '${name}' has no entry in bin ${i} of '${sample}' in '${channel}' (build the model with a non-zero placeholder shift there)`);
            }
          }
        }
      }
      return makeModel(sh, { ...cm, nominal, addSA });
    },
  };
  return model;
}

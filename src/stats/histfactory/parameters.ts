import { EmissError } from '../../core/errors.js';
import type { SpecLayout } from './layout.js';
import type { ParameterConfig } from './schema.js';
import { HISTFACTORY_MODIFIER_TYPES } from './schema.js';

/**
 * The model's parameters exactly as pyhf builds them (`pdf._nominal_and_modifiers_from_spec`, each modifier
 * builder's `required_parset`, `parameters.utils.reduce_paramsets_requirements`):
 *
 * - order ("par_order"): modifier types in pyhf's `histfactory_set` order (histosys, lumi, normfactor, normsys,
 *   shapefactor, shapesys, staterror); within a type, the order in which a modifier is first met walking sorted
 *   channels × sorted samples × sorted (name, type) pairs; staterror parameters sorted by name. A name used by
 *   several types (e.g. a histosys and a normsys called `alpha_x`) is one parameter set, placed where it first
 *   appears, and all its uses must ask for the same set (same type, size, inits, bounds, …);
 * - defaults per type:
 *     histosys, normsys  constrained_by_normal, 1 par, init 0, bounds (−5, 5), auxdata 0, σ = 1
 *     normfactor         unconstrained, 1 par, init 1, bounds (0, 10)
 *     shapefactor        unconstrained, one par per bin of the first channel it appears in, init 1, bounds (0, 10)
 *     lumi               constrained_by_normal, 1 par; inits, bounds, auxdata and sigmas come from the measurement
 *                        config (pyhf cannot build a lumi model without them; σ defaults to 1 like pyhf)
 *     shapesys           constrained_by_poisson, one par per bin, init 1, bounds (1e−10, 10), τ = auxdata =
 *                        (nom/unc)² where nom > 0 and unc > 0, else τ = 1 and the parameter fixed
 *     staterror          constrained_by_normal, one par per bin it covers (a name may span channels), init 1,
 *                        bounds (1e−10, 10), auxdata 1, σ_b = sqrt(Σ_s (unc_{s,b} / Σ_s nom_{s,b})²) over the
 *                        samples carrying it; bins with σ = 0 are fixed and get σ = 1 (as pyhf does)
 * - measurement `parameters` entries override inits, bounds, auxdata, sigmas, factors, fixed (lengths must match;
 *   setting an attribute the set does not have is an error; configs of unknown names are ignored, like pyhf).
 */

export type ConstraintType = 'none' | 'normal' | 'poisson';

export interface ParameterSet {
  readonly name: string;
  /** first index in the parameter vector (pyhf `par_slice(name).start`) */
  readonly offset: number;
  readonly n: number;
  readonly isScalar: boolean;
  readonly constraint: ConstraintType;
  readonly inits: readonly number[];
  readonly bounds: readonly (readonly [number, number])[];
  readonly fixed: readonly boolean[];
  /** auxiliary data (constrained sets) */
  readonly auxdata: readonly number[] | null;
  /** Gaussian widths (normal sets) */
  readonly sigmas: readonly number[] | null;
  /** Poisson rate factors τ (poisson sets) */
  readonly factors: readonly number[] | null;
  /** modifier types using this set */
  readonly modifierTypes: readonly string[];
}

export interface ParameterTable {
  readonly sets: readonly ParameterSet[];
  readonly byName: ReadonlyMap<string, ParameterSet>;
  readonly npars: number;
  /** auxdata of the constrained sets in parameter order (pyhf `config.auxdata`) */
  readonly auxdata: readonly number[];
  /** global bins covered by each staterror name, in bin order (component j ↔ bins[j]) */
  readonly staterrorBins: ReadonlyMap<string, readonly number[]>;
  /** measurement parameter configs whose name is not a model parameter (ignored, as pyhf does) */
  readonly unusedConfigs: readonly string[];
}

type ParamsetType = 'unconstrained' | 'constrained_by_normal' | 'constrained_by_poisson';

/** pyhf's `required_parset` dictionaries; a missing key is pyhf's "undefined", null is Python's None. */
interface Requirement {
  paramset_type: ParamsetType;
  n_parameters: number;
  is_scalar: boolean;
  inits: number[] | null;
  bounds: [number, number][] | null;
  fixed: boolean | boolean[];
  auxdata?: number[] | null;
  factors?: number[];
  sigmas?: number[] | null;
}

const PARAMSET_KEYS = [
  'paramset_type',
  'n_parameters',
  'is_scalar',
  'inits',
  'bounds',
  'auxdata',
  'factors',
  'sigmas',
  'fixed',
] as const;
type ParamsetKey = (typeof PARAMSET_KEYS)[number];

const fill = <T>(n: number, v: T): T[] => Array.from({ length: n }, () => v);

function histosysLike(): Requirement {
  return {
    paramset_type: 'constrained_by_normal',
    n_parameters: 1,
    is_scalar: true,
    inits: [0],
    bounds: [[-5, 5]],
    fixed: false,
    auxdata: [0],
  };
}

function requirementFor(type: string, sampleData: readonly number[], modData: unknown): Requirement {
  switch (type) {
    case 'histosys':
    case 'normsys':
      return histosysLike();
    case 'lumi':
      return {
        paramset_type: 'constrained_by_normal',
        n_parameters: 1,
        is_scalar: true,
        inits: null,
        bounds: null,
        fixed: false,
        auxdata: null,
        sigmas: null,
      };
    case 'normfactor':
      return { paramset_type: 'unconstrained', n_parameters: 1, is_scalar: true, inits: [1], bounds: [[0, 10]], fixed: false };
    case 'shapefactor': {
      const n = sampleData.length;
      return {
        paramset_type: 'unconstrained',
        n_parameters: n,
        is_scalar: false,
        inits: fill(n, 1),
        bounds: fill<[number, number]>(n, [0, 10]),
        fixed: false,
      };
    }
    case 'shapesys': {
      const unc = modData as number[];
      const n = sampleData.length;
      const valid = sampleData.map((nom, i) => nom > 0 && unc[i] > 0);
      const factors = sampleData.map((nom, i) => (valid[i] ? (nom * nom) / (unc[i] * unc[i]) : 1.0));
      return {
        paramset_type: 'constrained_by_poisson',
        n_parameters: n,
        is_scalar: false,
        inits: fill(n, 1),
        bounds: fill<[number, number]>(n, [1e-10, 10]),
        fixed: valid.map((v) => !v),
        auxdata: [...factors],
        factors,
      };
    }
    default:
      throw new Error(`no parameter requirement for modifier type ${type}`);
  }
}

function staterrorRequirement(
  layout: SpecLayout,
  name: string,
): { req: Requirement; bins: number[] } {
  const nb = layout.nbins;
  let mask: boolean[] | null = null;
  let maskOwner = '';
  const noms: Float64Array[] = [];
  const uncs: Float64Array[] = [];
  const withMod: boolean[] = [];
  for (const s of layout.samples) {
    const nom = new Float64Array(nb);
    const unc = new Float64Array(nb);
    const m = fill(nb, false);
    let any = false;
    layout.channels.forEach((c, ci) => {
      const sample = layout.sample(c, s);
      const off = layout.channelOffsets[ci];
      if (sample) for (let b = 0; b < sample.data.length; b++) nom[off + b] = sample.data[b];
      const mod = layout.modifier(c, s, name, 'staterror');
      if (mod) {
        any = true;
        const d = mod.data as number[];
        for (let b = 0; b < d.length; b++) {
          unc[off + b] = d[b];
          m[off + b] = true;
        }
      }
    });
    noms.push(nom);
    uncs.push(unc);
    withMod.push(any);
    if (any) {
      if (mask === null) {
        mask = m;
        maskOwner = s;
      } else if (m.some((v, i) => v !== (mask as boolean[])[i])) {
        throw new EmissError(
          `staterror '${name}' covers different channels for samples '${maskOwner}' and '${s}'; pyhf requires the same channels`,
        );
      }
    }
  }
  const nomsall = new Float64Array(nb);
  noms.forEach((nom, i) => {
    if (withMod[i]) for (let b = 0; b < nb; b++) nomsall[b] += nom[b];
  });
  const relerr = new Float64Array(nb);
  for (const unc of uncs) {
    for (let b = 0; b < nb; b++) {
      if (nomsall[b] > 0) {
        const r = unc[b] / nomsall[b];
        relerr[b] += r * r;
      }
    }
  }
  const bins: number[] = [];
  (mask as boolean[]).forEach((v, b) => {
    if (v) bins.push(b);
  });
  const sigmas = bins.map((b) => Math.sqrt(relerr[b]));
  const fixed = sigmas.map((s) => s === 0);
  const n = bins.length;
  return {
    req: {
      paramset_type: 'constrained_by_normal',
      n_parameters: n,
      is_scalar: false,
      inits: fill(n, 1),
      bounds: fill<[number, number]>(n, [1e-10, 10]),
      fixed,
      auxdata: fill(n, 1),
      sigmas: sigmas.map((s) => (s === 0 ? 1.0 : s)),
    },
    bins,
  };
}

function keyValue(r: Requirement, k: ParamsetKey): string {
  return k in r ? JSON.stringify((r as unknown as Record<string, unknown>)[k]) : 'undefined';
}

/**
 * Builds the parameter table of a spec. `userConfigs` are the measurement's (or spec's) `parameters`.
 */
export function buildParameterTable(layout: SpecLayout, userConfigs: readonly ParameterConfig[]): ParameterTable {
  // 1. each builder's required parsets, in pyhf's insertion order
  const perType = new Map<string, Map<string, { req: Requirement; type: string }>>();
  for (const t of HISTFACTORY_MODIFIER_TYPES) perType.set(t, new Map());
  const staterrorBins = new Map<string, number[]>();
  const shapesysSeen = new Set<string>();
  for (const c of layout.channels) {
    for (const s of layout.samples) {
      const sample = layout.sample(c, s);
      if (!sample) continue;
      for (const { name, type } of layout.modifiers) {
        if (type === 'staterror') continue;
        const reqs = perType.get(type);
        if (!reqs) continue; // custom modifier types have no parameters here
        const mod = layout.modifier(c, s, name, type);
        if (!mod) continue;
        if (type === 'shapesys') {
          if (shapesysSeen.has(name)) {
            throw new EmissError(
              `shapesys modifier '${name}' is used more than once (pyhf does not allow sharing shapesys modifiers)`,
            );
          }
          shapesysSeen.add(name);
        }
        if (!reqs.has(name)) reqs.set(name, { req: requirementFor(type, sample.data, mod.data), type });
      }
    }
  }
  const stat = perType.get('staterror') as Map<string, { req: Requirement; type: string }>;
  for (const { name, type } of layout.modifiers) {
    if (type !== 'staterror') continue;
    const { req, bins } = staterrorRequirement(layout, name);
    stat.set(name, { req, type });
    staterrorBins.set(name, bins);
  }

  // 2. merge by name across types (first appearance wins the position)
  const merged = new Map<string, { reqs: Requirement[]; types: string[] }>();
  for (const t of HISTFACTORY_MODIFIER_TYPES) {
    for (const [name, { req, type }] of perType.get(t) as Map<string, { req: Requirement; type: string }>) {
      const e = merged.get(name) ?? { reqs: [], types: [] };
      e.reqs.push(req);
      e.types.push(type);
      merged.set(name, e);
    }
  }
  if (merged.size === 0) throw new EmissError('invalid model: no parameters (pyhf: "No parameters specified for the Model.")');

  // 3. user configurations
  const user = new Map<string, ParameterConfig>();
  for (const p of userConfigs) {
    if (user.has(p.name)) throw new EmissError(`invalid model: multiple parameter configurations for '${p.name}'`);
    user.set(p.name, p);
  }

  const sets: ParameterSet[] = [];
  const auxdata: number[] = [];
  let offset = 0;
  for (const [name, { reqs, types }] of merged) {
    const combined: Record<string, unknown> = {};
    const cfg = user.get(name) as Record<string, unknown> | undefined;
    for (const k of PARAMSET_KEYS) {
      const values = new Set(reqs.map((r) => keyValue(r, k)));
      if (values.size !== 1) {
        throw new EmissError(
          `invalid model: parameter '${name}' is used by modifiers (${[...new Set(types)].join(', ')}) that disagree on '${k}'; use distinct modifier names`,
        );
      }
      const defined = k in reqs[0];
      const defaultV = defined ? (reqs[0] as unknown as Record<string, unknown>)[k] : undefined;
      const userV = cfg && cfg[k] !== undefined ? cfg[k] : undefined;
      if (userV === undefined) {
        if (defined) combined[k] = defaultV;
        continue;
      }
      if (!defined) throw new EmissError(`invalid model: parameter '${name}' does not use the '${k}' attribute`);
      if (Array.isArray(userV) && Array.isArray(defaultV) && userV.length !== defaultV.length) {
        throw new EmissError(
          `invalid model: ${userV.length} values for '${k}' of parameter '${name}' were configured, expected ${defaultV.length}`,
        );
      }
      combined[k] = userV;
    }
    const n = combined.n_parameters as number;
    const type = combined.paramset_type as ParamsetType;
    const need = (k: 'inits' | 'bounds' | 'auxdata'): unknown[] => {
      const v = combined[k];
      if (v === null || v === undefined) {
        throw new EmissError(
          `invalid model: parameter '${name}' (${types[0]}) needs '${k}' in the measurement's parameter config`,
        );
      }
      const arr = v as unknown[];
      if (arr.length !== n) throw new EmissError(`invalid model: '${k}' of parameter '${name}' has ${arr.length} values, expected ${n}`);
      return arr;
    };
    const inits = need('inits') as number[];
    const bounds = (need('bounds') as [number, number][]).map(([lo, hi]) => {
      if (!(lo <= hi)) throw new EmissError(`invalid model: bounds of parameter '${name}' are [${lo}, ${hi}] (need low ≤ high)`);
      return [lo, hi] as const;
    });
    const fixedV = combined.fixed as boolean | boolean[];
    const fixed = typeof fixedV === 'boolean' ? fill(n, fixedV) : [...fixedV];
    let constraint: ConstraintType = 'none';
    let aux: number[] | null = null;
    let sigmas: number[] | null = null;
    let factors: number[] | null = null;
    if (type === 'constrained_by_normal') {
      constraint = 'normal';
      aux = need('auxdata') as number[];
      const s = combined.sigmas as number[] | null | undefined;
      // pyhf: `if sigmas: self.sigmas = sigmas` else width 1
      sigmas = s && s.length > 0 ? [...s] : fill(n, 1);
      if (sigmas.length !== n) throw new EmissError(`invalid model: 'sigmas' of parameter '${name}' has ${sigmas.length} values, expected ${n}`);
      if (sigmas.some((x) => !(x > 0))) throw new EmissError(`invalid model: parameter '${name}' has a non-positive constraint width`);
    } else if (type === 'constrained_by_poisson') {
      constraint = 'poisson';
      aux = need('auxdata') as number[];
      factors = [...(combined.factors as number[])];
      if (factors.length !== n) throw new EmissError(`invalid model: 'factors' of parameter '${name}' has ${factors.length} values, expected ${n}`);
      if (factors.some((x) => !(x > 0))) throw new EmissError(`invalid model: parameter '${name}' has a non-positive Poisson factor`);
    }
    if (aux) auxdata.push(...aux);
    sets.push({
      name,
      offset,
      n,
      isScalar: combined.is_scalar as boolean,
      constraint,
      inits: [...inits],
      bounds,
      fixed,
      auxdata: aux ? [...aux] : null,
      sigmas,
      factors,
      modifierTypes: [...new Set(types)],
    });
    offset += n;
  }
  const byName = new Map(sets.map((s) => [s.name, s]));
  const unusedConfigs = [...user.keys()].filter((k) => !byName.has(k));
  return { sets, byName, npars: offset, auxdata, staterrorBins, unusedConfigs };
}

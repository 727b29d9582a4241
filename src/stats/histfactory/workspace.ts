import { EmissError } from '../../core/errors.js';
import {
  describeSchemaError,
  isHistFactoryModifier,
  modelSpecSchema,
  workspaceSchema,
  type Channel,
  type Measurement,
  type ModelSpec,
  type WorkspaceSpec,
} from './schema.js';
import { comparePython } from './python-order.js';

/**
 * Loading and validating pyhf JSON: workspaces (`pyhf.Workspace`) and bare model specs (`pyhf.Model(spec)`).
 * Input is a parsed JSON value (files are read by the caller); output is the validated, typed object.
 * Everything pyhf would reject, when building the model or evaluating data, is rejected here with one line:
 * schema violations, duplicate channels / samples / modifiers, sample or modifier data of the wrong length,
 * channels without (or with mis-sized) observations.
 */

export interface LoadOptions {
  /**
   * Modifier types outside the HistFactory set to accept (their `data` is kept as is). Models built from such
   * specs must say what to do with them (see `buildModel`'s `customModifiers`).
   */
  readonly customModifierTypes?: readonly string[];
}

/** A validated pyhf workspace. */
export type Workspace = WorkspaceSpec;

function checkChannels(what: string, channels: readonly Channel[]): void {
  const seen = new Set<string>();
  for (const c of channels) {
    if (seen.has(c.name)) throw new EmissError(`invalid ${what}: duplicate channel '${c.name}'`);
    seen.add(c.name);
    const nbins = c.samples[0].data.length;
    const samples = new Set<string>();
    for (const s of c.samples) {
      const where = `channel '${c.name}' sample '${s.name}'`;
      if (samples.has(s.name)) throw new EmissError(`invalid ${what}: duplicate sample '${s.name}' in channel '${c.name}'`);
      samples.add(s.name);
      if (s.data.length !== nbins) {
        throw new EmissError(`invalid ${what}: ${where} has ${s.data.length} bins, the channel has ${nbins}`);
      }
      const mods = new Set<string>();
      for (const m of s.modifiers) {
        const key = `${m.type}/${m.name}`;
        if (mods.has(key)) throw new EmissError(`invalid ${what}: duplicate ${m.type} modifier '${m.name}' in ${where}`);
        mods.add(key);
        const lengths: [string, number][] = [];
        if (m.type === 'histosys') {
          const d = m.data as { lo_data: number[]; hi_data: number[] };
          lengths.push(['lo_data', d.lo_data.length], ['hi_data', d.hi_data.length]);
        } else if (m.type === 'staterror' || m.type === 'shapesys') {
          lengths.push(['data', (m.data as number[]).length]);
        }
        for (const [k, n] of lengths) {
          if (n !== nbins) {
            throw new EmissError(
              `invalid ${what}: ${m.type} modifier '${m.name}' in ${where} has ${k} of length ${n}, the sample has ${nbins} bins`,
            );
          }
        }
      }
    }
  }
}

function typeName(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x;
}

/** Validates a pyhf workspace (schema 1.0.0) and returns it typed. Throws EmissError on bad input. */
export function loadWorkspace(json: unknown, opts: LoadOptions = {}): Workspace {
  const what = 'pyhf workspace';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EmissError(`invalid ${what}: expected a JSON object, got ${typeName(json)}`);
  }
  const parsed = workspaceSchema(opts.customModifierTypes ?? []).safeParse(json);
  if (!parsed.success) throw new EmissError(describeSchemaError(what, parsed.error));
  const ws = parsed.data as Workspace;
  checkChannels(what, ws.channels);
  const obs = new Map<string, number>();
  for (const o of ws.observations) {
    if (obs.has(o.name)) throw new EmissError(`invalid ${what}: duplicate observation '${o.name}'`);
    obs.set(o.name, o.data.length);
  }
  for (const c of ws.channels) {
    const n = obs.get(c.name);
    if (n === undefined) throw new EmissError(`invalid ${what}: no observation for channel '${c.name}'`);
    if (n !== c.samples[0].data.length) {
      throw new EmissError(
        `invalid ${what}: observation '${c.name}' has ${n} bins, the channel has ${c.samples[0].data.length}`,
      );
    }
  }
  return ws;
}

/** Validates a pyhf model spec (`{channels, parameters?}`, schema model.json 1.0.0). */
export function loadModelSpec(json: unknown, opts: LoadOptions = {}): ModelSpec {
  const what = 'pyhf model spec';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EmissError(`invalid ${what}: expected a JSON object, got ${typeName(json)}`);
  }
  const parsed = modelSpecSchema(opts.customModifierTypes ?? []).safeParse(json);
  if (!parsed.success) throw new EmissError(describeSchemaError(what, parsed.error));
  const spec = parsed.data as ModelSpec;
  checkChannels(what, spec.channels);
  return spec;
}

/** True for a workspace, false for a bare model spec. */
export function isWorkspace(x: Workspace | ModelSpec): x is Workspace {
  return 'observations' in x && 'measurements' in x;
}

/**
 * Wraps a model spec and observed main data into a workspace with one measurement (like
 * `pyhf.Workspace.build`). `observations` is either the concatenated main data in pyhf's channel order (channel
 * names sorted) or a map channel → counts. `poi` '' (the default) means no parameter of interest.
 */
export function workspaceFromSpec(
  spec: ModelSpec,
  observations: readonly number[] | Readonly<Record<string, readonly number[]>>,
  opts: { poi?: string; measurementName?: string } = {},
): Workspace {
  const channels = [...spec.channels].sort((a, b) => comparePython(a.name, b.name));
  let obs: { name: string; data: number[] }[];
  if (Array.isArray(observations)) {
    const flat = observations as readonly number[];
    const total = channels.reduce((n, c) => n + c.samples[0].data.length, 0);
    if (flat.length !== total) {
      throw new EmissError(`observed data has ${flat.length} bins, the model has ${total}`);
    }
    let at = 0;
    obs = channels.map((c) => {
      const n = c.samples[0].data.length;
      const data = flat.slice(at, at + n);
      at += n;
      return { name: c.name, data };
    });
  } else {
    const map = observations as Readonly<Record<string, readonly number[]>>;
    obs = channels.map((c) => {
      const d = map[c.name];
      if (!d) throw new EmissError(`no observed data for channel '${c.name}'`);
      return { name: c.name, data: [...d] };
    });
  }
  const ws = {
    channels: spec.channels,
    measurements: [
      { name: opts.measurementName ?? 'measurement', config: { poi: opts.poi ?? '', parameters: [...(spec.parameters ?? [])] } },
    ],
    observations: obs,
    version: '1.0.0' as const,
  };
  const customTypes = new Set<string>();
  for (const c of spec.channels) {
    for (const s of c.samples) for (const m of s.modifiers) if (!isHistFactoryModifier(m)) customTypes.add(m.type);
  }
  return loadWorkspace(ws, { customModifierTypes: [...customTypes] });
}

/**
 * The measurement to use: by name, else the first (pyhf's `Workspace.get_measurement`).
 */
export function getMeasurement(ws: Workspace, name?: string): Measurement {
  if (name === undefined) return ws.measurements[0];
  const m = ws.measurements.find((x) => x.name === name);
  if (!m) {
    throw new EmissError(
      `no measurement '${name}' in the workspace (have: ${ws.measurements.map((x) => x.name).join(', ')})`,
    );
  }
  return m;
}

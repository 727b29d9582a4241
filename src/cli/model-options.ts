/**
 * CLI options for the mediator models: `--model NAME`, repeatable `--set NAME=VALUE` (like --wc), and
 * `--model-file FILE` (YAML or JSON: `model: alp` and `parameters: {m_a: 2, f_a: 1e8}`; --set wins).
 * The result is the fully resolved model point (defaults filled, validated) that goes into NPPoint.dark.
 */
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { EmissError } from '../core/errors.js';
import { parseReal } from '../core/parse-complex.js';
import { findModel, MEDIATOR_MODELS, resolveModelPoint, type MediatorModel } from '../models/mediators.js';
import type { ParameterSet } from '../params/parameter-set.js';
import { readTextFile } from '../io/read-text.js';
import type { ObservableDef } from '../observables/types.js';
import { collect } from './common.js';

export interface ModelOptions {
  model?: string;
  set?: string[];
  modelFile?: string;
}

export function addModelOptions(cmd: Command): Command {
  return cmd
    .option('--model <name>', `mediator model for the model observables (${MEDIATOR_MODELS.map((m) => m.name).join(', ')}; see 'emiss list models')`)
    .option('--set <name=value>', 'model parameter, e.g. --set m_a=2 --set f_a=1e8 (GeV units); repeatable', collect, [])
    .option('--model-file <file>', 'model point from a YAML/JSON file: {model: alp, parameters: {m_a: 2, f_a: 1e8}}');
}

function fromFile(path: string): { model: string; values: Record<string, number> } {
  const text = readTextFile(path, 'model file');
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new EmissError(`model file '${path}' is not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!doc || typeof doc !== 'object') throw new EmissError(`model file '${path}' must hold an object with 'model' and 'parameters'`);
  const d = doc as Record<string, unknown>;
  if (typeof d.model !== 'string') throw new EmissError(`model file '${path}': 'model' must be a model name`);
  const params = d.parameters ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new EmissError(`model file '${path}': 'parameters' must be a mapping name: value`);
  const values: Record<string, number> = {};
  for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
    const x = typeof v === 'number' ? v : typeof v === 'string' ? parseReal(v, `parameter ${k} in '${path}'`) : NaN;
    if (!Number.isFinite(x)) throw new EmissError(`model file '${path}': parameter ${k} must be a finite number`);
    values[k] = x;
  }
  for (const k of Object.keys(d)) if (k !== 'model' && k !== 'parameters') throw new EmissError(`model file '${path}': unknown key '${k}' (expected model, parameters)`);
  return { model: d.model, values };
}

/**
 * The model, the values given (these go into NPPoint.dark, so computed defaults such as g_bs of eq. 41 follow
 * each Monte Carlo draw of the inputs) and the resolved point at the central inputs (validated, for display);
 * undefined when no model option was given.
 */
export function modelPointFromOptions(
  opts: ModelOptions,
  ps: ParameterSet,
): { model: MediatorModel; given: Record<string, number>; point: Record<string, number> } | undefined {
  const file = opts.modelFile ? fromFile(opts.modelFile) : undefined;
  if (file && opts.model && file.model !== opts.model) throw new EmissError(`--model ${opts.model} contradicts model '${file.model}' of ${opts.modelFile}`);
  const name = opts.model ?? file?.model;
  if (!name) {
    if (opts.set?.length) throw new EmissError('--set needs --model (or --model-file)');
    return undefined;
  }
  const model = findModel(name);
  const values: Record<string, number> = { ...(file?.values ?? {}) };
  for (const spec of opts.set ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new EmissError(`--set expects NAME=VALUE (got '${spec}')`);
    const k = spec.slice(0, eq).trim();
    values[k] = parseReal(spec.slice(eq + 1), `--set ${k}`);
  }
  return { model, given: values, point: resolveModelPoint(model, values, ps, true) };
}

/** The model an observable belongs to ('model NAME: …' in its reads), if any. */
export function observableModel(def: ObservableDef): string | undefined {
  const r = def.reads?.find((x) => x.startsWith('model '));
  return r ? r.slice(6, r.indexOf(':')) : undefined;
}

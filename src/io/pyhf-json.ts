import { readFileSync } from 'node:fs';
import { EmissError } from '../core/errors.js';
import { HISTFACTORY_MODIFIER_TYPES } from '../stats/histfactory/schema.js';
import { loadModelSpec, loadWorkspace, workspaceFromSpec, type Workspace } from '../stats/histfactory/workspace.js';
import type { ModelSpec } from '../stats/histfactory/schema.js';

/**
 * Reads a pyhf likelihood file and tells what it is:
 * - a workspace (`{channels, measurements, observations, version}`);
 * - a reinterpretation file that carries a model spec and the observed counts (`{spec: {channels, parameters},
 *   data: [...], …}`, like data/experimental/belle2_2023_knunu_reinterpretation_likelihood_wet.json): wrapped into
 *   a workspace without POI; modifier types outside the HistFactory set are accepted and reported (the model
 *   ignores them);
 * - a bare model spec (`{channels, parameters?}`), which has no data.
 */
export type LikelihoodFile =
  | { readonly kind: 'workspace'; readonly workspace: Workspace; readonly customModifierTypes: readonly string[] }
  | { readonly kind: 'spec'; readonly spec: ModelSpec; readonly customModifierTypes: readonly string[] };

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new EmissError(`cannot read ${path}${code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new EmissError(`${path} is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
}

function customTypesOf(spec: unknown): string[] {
  const types = new Set<string>();
  const channels = (spec as { channels?: unknown })?.channels;
  if (!Array.isArray(channels)) return [];
  for (const c of channels) {
    for (const s of (c as { samples?: unknown[] })?.samples ?? []) {
      for (const m of (s as { modifiers?: unknown[] })?.modifiers ?? []) {
        const t = (m as { type?: unknown })?.type;
        if (typeof t === 'string' && !(HISTFACTORY_MODIFIER_TYPES as readonly string[]).includes(t)) types.add(t);
      }
    }
  }
  return [...types];
}

/** Parses an already-read JSON value (see the file comment). */
export function interpretLikelihoodJson(json: unknown, what = 'the file'): LikelihoodFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EmissError(`${what} is not a pyhf workspace or model spec (expected a JSON object)`);
  }
  const obj = json as Record<string, unknown>;
  if ('observations' in obj || 'measurements' in obj || ('channels' in obj && 'version' in obj)) {
    return { kind: 'workspace', workspace: loadWorkspace(obj), customModifierTypes: [] };
  }
  if ('spec' in obj) {
    const customModifierTypes = customTypesOf(obj.spec);
    const spec = loadModelSpec(obj.spec, { customModifierTypes });
    if (!('data' in obj)) return { kind: 'spec', spec, customModifierTypes };
    const data = obj.data;
    if (!Array.isArray(data) || !data.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw new EmissError(`${what}: 'data' must be an array of observed counts`);
    }
    return { kind: 'workspace', workspace: workspaceFromSpec(spec, data as number[]), customModifierTypes };
  }
  if ('channels' in obj) {
    const customModifierTypes = customTypesOf(obj);
    return { kind: 'spec', spec: loadModelSpec(obj, { customModifierTypes }), customModifierTypes };
  }
  throw new EmissError(`${what} is not a pyhf workspace or model spec (no 'channels', 'observations' or 'spec')`);
}

export function readLikelihoodFile(path: string): LikelihoodFile {
  return interpretLikelihoodJson(readJsonFile(path), path);
}

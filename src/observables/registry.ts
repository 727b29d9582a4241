import { EmissError } from '../core/errors.js';
import type { ParameterSet } from '../params/parameter-set.js';
import type { NPPoint, ObservableDef } from './types.js';

/** An immutable registry built from a list of definitions (no import-time side effects). */
export interface Registry {
  readonly all: readonly ObservableDef[];
  get(name: string): ObservableDef;
  has(name: string): boolean;
}

export function makeRegistry(defs: readonly ObservableDef[]): Registry {
  const map = new Map<string, ObservableDef>();
  for (const d of defs) {
    if (map.has(d.name)) throw new Error(`duplicate observable ${d.name}`);
    map.set(d.name, d);
  }
  const all = Object.freeze([...defs]);
  return Object.freeze({
    all,
    has: (name: string) => map.has(name),
    get(name: string): ObservableDef {
      const d = map.get(name);
      if (!d) {
        const close = suggest(name, [...map.keys()]);
        throw new EmissError(`unknown observable '${name}'${close ? ` (did you mean '${close}'?)` : ''}; see 'emiss list observables'`);
      }
      return d;
    },
  });
}

/** Resolves the argument values of an observable: defaults, unknown and missing names, finiteness. */
export function resolveArgs(def: ObservableDef, ps: ParameterSet, given: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  const known = new Set(def.args.map((a) => a.name));
  for (const k of Object.keys(given)) {
    if (!known.has(k)) {
      throw new EmissError(
        `observable '${def.name}' takes ${def.args.length ? `arguments ${def.args.map((a) => a.name).join(', ')}` : 'no arguments'}, not '${k}'`,
      );
    }
  }
  for (const a of def.args) {
    const v = given[a.name];
    if (v === undefined) {
      if (!a.default) throw new EmissError(`observable '${def.name}' needs argument ${a.name} (${a.description})`);
      out[a.name] = a.default(ps);
    } else {
      if (!Number.isFinite(v)) throw new EmissError(`argument ${a.name} of '${def.name}' must be a finite number`);
      out[a.name] = v;
    }
  }
  return out;
}

/** One-shot evaluation: prepare then call. */
export function evaluate(
  reg: Registry,
  name: string,
  ps: ParameterSet,
  np: NPPoint,
  args: Readonly<Record<string, number>> = {},
): number {
  const def = reg.get(name);
  const f = def.prepare(ps, resolveArgs(def, ps, args));
  const v = f(np);
  if (!Number.isFinite(v)) throw new EmissError(`observable '${name}' evaluated to ${v} (inputs outside its domain?)`);
  return v;
}

function suggest(name: string, names: string[]): string | undefined {
  const low = name.toLowerCase();
  const exact = names.find((n) => n.toLowerCase() === low);
  if (exact) return exact;
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = levenshtein(low, n.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return bestD <= Math.max(2, Math.floor(name.length / 5)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

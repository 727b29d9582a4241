import type { Command } from 'commander';
import { EmissError } from '../core/errors.js';
import type { Complex } from '../core/complex.js';
import { parseComplex, parseReal } from '../core/parse-complex.js';
import { FORM_FACTOR_SETS } from '../hadronic/sets/index.js';
import type { Transition } from '../hadronic/types.js';
import { makeParameterSet, type ParameterSet } from '../params/parameter-set.js';
import { presetNames } from '../params/presets.js';
import { assertKnownWilsonCoefficient } from '../wc/registry.js';
import { parseWcxf } from '../wc/wcxf.js';
import { readTextFile } from '../io/read-text.js';

/** Collects repeatable options into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function addPresetOptions(cmd: Command): Command {
  return cmd
    .option('--preset <name>', `input preset (${presetNames().join(', ')})`, 'default')
    .option('--ff <set>', "form-factor set, for every transition that has it (e.g. kmpw2010) or as TRANSITION=SET (e.g. 'B->K=grvdv2023'); repeatable", collect, []);
}

/** Builds the parameter set of the --preset and --ff options. */
export function parameterSetFromOptions(opts: { preset?: string; ff?: string[] }): ParameterSet {
  const formFactors: Partial<Record<Transition, string>> = {};
  for (const spec of opts.ff ?? []) {
    const eq = spec.indexOf('=');
    if (eq > 0) {
      const tr = spec.slice(0, eq) as Transition;
      const id = spec.slice(eq + 1);
      if (!FORM_FACTOR_SETS.some((s) => s.transition === tr)) {
        throw new EmissError(`unknown transition '${tr}' in --ff (known: ${[...new Set(FORM_FACTOR_SETS.map((s) => s.transition))].join(', ')})`);
      }
      formFactors[tr] = id;
    } else {
      const matches = FORM_FACTOR_SETS.filter((s) => s.id === spec);
      if (matches.length === 0) throw new EmissError(`unknown form-factor set '${spec}' (see 'emiss list ff')`);
      for (const m of matches) formFactors[m.transition] = m.id;
    }
  }
  return makeParameterSet(opts.preset ?? 'default', { formFactors });
}

/** Reads --wc NAME=VALUE flags and an optional --wcxf file into one coefficient map (flags win). */
export function coefficientsFromOptions(opts: { wc?: string[]; wcxf?: string }): Map<string, Complex> {
  const out = new Map<string, Complex>();
  if (opts.wcxf) {
    const f = parseWcxf(readTextFile(opts.wcxf, 'WCxf file'), opts.wcxf);
    for (const [k, v] of f.values) out.set(k, v);
  }
  for (const spec of opts.wc ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new EmissError(`--wc expects NAME=VALUE (got '${spec}')`);
    const name = spec.slice(0, eq).trim();
    assertKnownWilsonCoefficient(name);
    out.set(name, parseComplex(spec.slice(eq + 1), `value of ${name}`));
  }
  return out;
}

export function realOption(v: string | undefined, what: string): number | undefined {
  return v === undefined ? undefined : parseReal(v, what);
}

export function positiveInt(v: string | undefined, what: string): number | undefined {
  if (v === undefined) return undefined;
  const x = parseReal(v, what);
  if (!Number.isInteger(x) || x < 1) throw new EmissError(`${what} must be a positive integer (got '${v}')`);
  return x;
}

/** Formats a number for text tables. */
export function fmt(x: number, digits = 5): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e5 ? Number(x.toPrecision(digits)).toString() : x.toExponential(digits - 1);
}

/**
 * CLI options for dark-pair models, shared by `predict` (and usable by other commands):
 *   --dark NAME=VALUE      m_phi, m_chi, m_X [GeV]; phi_real, chi_majorana, X_real [0|1]   (repeatable)
 *   --lambda-eff NAME=GeV  a dark-pair coefficient given as paper 003's Λ_eff (needs the mass)  (repeatable)
 *   --model-file FILE      YAML/JSON dark-pair model file (src/models/dark-pairs/model-file.ts); the option itself is
 *                          declared by model-options.ts, which also reads mediator model files
 * Flags win over the model file.
 */
import type { Command } from 'commander';
import { EmissError } from '../core/errors.js';
import type { Complex } from '../core/complex.js';
import { parseReal } from '../core/parse-complex.js';
import { DARK_KIND_DEFS, darkKindDef } from '../processes/dark-pairs/basis.js';
import { parseDarkCoefficientName } from '../wc/dark-pairs.js';
import { coefficientFromLambda } from '../models/dark-pairs/lambda-eff.js';
import { parseDarkModel } from '../models/dark-pairs/model-file.js';
import { readTextFile } from '../io/read-text.js';
import { collect } from './common.js';

const MASS_KEYS = DARK_KIND_DEFS.map((d) => d.massKey as string);
const FLAG_KEYS = DARK_KIND_DEFS.map((d) => d.selfConjugateKey as string);

export function addDarkOptions(cmd: Command): Command {
  return cmd
    .option('--dark <name=value>', `dark-sector masses in GeV (${MASS_KEYS.join(', ')}) and natures (${FLAG_KEYS.join(', ')} = 0|1); repeatable`, collect, [])
    .option('--lambda-eff <name=GeV>', "dark-pair coefficient as paper 003's effective scale Λ_eff in GeV (e.g. CV1_bschi=8000); repeatable", collect, []);
}

export interface DarkOptions {
  dark?: string[];
  lambdaEff?: string[];
  /** path of a dark-pair model file (given with --model-file) */
  darkModelFile?: string;
}

/** Dark-sector entries and extra coefficients from the options; `wc` (from --wc) is extended in place. */
export function darkFromOptions(opts: DarkOptions, wc: Map<string, Complex>): Record<string, number> {
  const dark: Record<string, number> = {};
  if (opts.darkModelFile) {
    const m = parseDarkModel(readTextFile(opts.darkModelFile, 'model file'), opts.darkModelFile);
    Object.assign(dark, m.dark);
    for (const [k, v] of m.wc) if (!wc.has(k)) wc.set(k, v);
  }
  for (const spec of opts.dark ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new EmissError(`--dark expects NAME=VALUE (got '${spec}')`);
    const name = spec.slice(0, eq).trim();
    const v = parseReal(spec.slice(eq + 1), `--dark ${name}`);
    if (MASS_KEYS.includes(name)) {
      if (v < 0) throw new EmissError(`--dark ${name}: a mass must not be negative (got ${v} GeV)`);
    } else if (FLAG_KEYS.includes(name)) {
      if (v !== 0 && v !== 1) throw new EmissError(`--dark ${name} must be 0 or 1 (got ${v})`);
    } else {
      throw new EmissError(`--dark: unknown name '${name}' (known: ${[...MASS_KEYS, ...FLAG_KEYS].join(', ')})`);
    }
    dark[name] = v;
  }
  for (const spec of opts.lambdaEff ?? []) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new EmissError(`--lambda-eff expects NAME=GeV (got '${spec}')`);
    const name = spec.slice(0, eq).trim();
    const p = parseDarkCoefficientName(name);
    if (!p) throw new EmissError(`--lambda-eff: '${name}' is not a dark-pair coefficient (e.g. CV1_bschi; see 'emiss list models')`);
    const def = darkKindDef(p.kind);
    const m = dark[def.massKey];
    if (m === undefined) throw new EmissError(`--lambda-eff ${name} needs the mass: --dark ${def.massKey}=VALUE`);
    const lam = parseReal(spec.slice(eq + 1), `--lambda-eff ${name}`);
    wc.set(name, { re: coefficientFromLambda(p.kind, p.op, lam, m), im: 0 });
  }
  return dark;
}

/**
 * `emiss relic` and `emiss dd`: relic density and direct-detection cross sections of a mediator model point — the
 * same --model NAME --set k=v / --model-file FILE inputs as `emiss predict`, so one model file answers "what does
 * Belle II see" (printed alongside: BR(B+ → K+ + inv) of the model) and "is the relic density right".
 * Dark-pair EFT points (--dark/--wc or a {kind: …} model file) fix only the b → s couplings: the relic density
 * and direct detection need a model (alp, darkphoton, vlq) and are refused with that explanation.
 */
import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { parseReal } from '../../core/parse-complex.js';
import { OMEGA_CDM_H2, OMEGA_CDM_H2_ERROR } from '../../cosmo/constants.js';
import { directDetectionSummary, relicSummary, type CosmologyCache } from '../../models/cosmo/model-cosmology.js';
import { DD_TARGETS } from '../../models/cosmo/dark-photon-cosmology.js';
import { OBSERVABLES } from '../../observables/index.js';
import type { ParameterSet } from '../../params/parameter-set.js';
import { addPresetOptions, fmt, parameterSetFromOptions } from '../common.js';
import { addDarkOptions, type DarkOptions } from '../dark-options.js';
import { addModelOptions, isDarkPairModelFile, modelPointFromOptions, type ModelOptions } from '../model-options.js';
import { printJson } from '../output.js';

interface CosmoOptions extends ModelOptions, DarkOptions {
  preset: string;
  ff: string[];
  wc?: string[];
  json?: boolean;
  target?: string;
  v?: string;
}

/** What Belle II sees for each model (the observables of the same model point). */
const BELLE2: Readonly<Record<string, readonly string[]>> = {
  alp: ['BRinv(B+->Ka)', 'ctau(a)'],
  darkphoton: ['BRinv(B+->KX)', 'BRinv(B0->K*X)'],
  vlq: ['BRvlq(B+->Kphiphi)', 'BRvlq(B0->K*phiphi)', 'BR(Bs->phiphi)'],
};

function resolve(opts: CosmoOptions, ps: ParameterSet, what: string): { name: string; point: Record<string, number>; given: Record<string, number> } {
  if (opts.modelFile && isDarkPairModelFile(opts.modelFile)) {
    throw new EmissError(`${opts.modelFile} is a dark-pair EFT model: it fixes only the b → s couplings, not the ${what}; use a model (--model alp|darkphoton|vlq or a {model, parameters} file)`);
  }
  if (opts.dark?.length || opts.lambdaEff?.length || opts.wc?.length) {
    throw new EmissError(`--dark/--lambda-eff/--wc describe a dark-pair EFT point (b → s couplings only), which does not determine the ${what}; use --model alp|darkphoton|vlq`);
  }
  const mp = modelPointFromOptions(opts, ps);
  if (!mp) throw new EmissError(`give a model: --model alp|darkphoton|vlq (with --set NAME=VALUE) or --model-file FILE`);
  return { name: mp.model.name, point: mp.point, given: mp.given };
}

function belle2(name: string, ps: ParameterSet, given: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of BELLE2[name] ?? []) out[o] = OBSERVABLES.get(o).prepare(ps, {})({ wc: new Map(), dark: given });
  return out;
}

function addCommon(cmd: Command): Command {
  addPresetOptions(cmd);
  addModelOptions(cmd);
  addDarkOptions(cmd);
  return cmd.option('--wc <name=value>', '(dark-pair EFT coefficients: not accepted here, see the description)', (v: string, p: string[] = []) => [...p, v], []).option('--json', 'print one JSON object');
}

export function registerRelic(program: Command): void {
  const cmd = program
    .command('relic')
    .description('dark-matter relic density Ω h² of a model point (ALP freeze-in, dark-photon and VLQ freeze-out), with the B-physics signal of the same point')
    .addHelpText(
      'after',
      `
Models and mechanisms:
  alp         freeze-in through a → χχ̄, the ALP made by b → s a, b g → b a, b b̄ → a g(γ) (paper 002 eqs. 21–30)
  darkphoton  freeze-out through ψψ → φφ (paper 002 eq. 47); eq. (48) is printed alongside
  vlq         freeze-out through φφ → ππ, KK, ηη at leading order in ChPT (paper 001)
Examples:
  emiss relic --model alp --set f_a=1.667e8 --set m_chi=3e-3 --preset clms2025
  emiss relic --model darkphoton --set alpha_X=3e-4 --set m_DM=0.5 --set m_phi=0.004
  emiss relic --model vlq --set m_phi=0.8 --json
  emiss relic --model-file benchmark.yaml        # {model: alp, parameters: {f_a: 1.667e8, m_chi: 3e-3}}`,
    );
  addCommon(cmd);
  cmd.action((opts: CosmoOptions) => {
    const ps = parameterSetFromOptions(opts);
    const m = resolve(opts, ps, 'relic density');
    const cache: CosmologyCache = {};
    const t0 = performance.now();
    const r = relicSummary(m.name, m.point, ps, cache);
    const ms = performance.now() - t0;
    const b2 = belle2(m.name, ps, m.given);
    if (opts.json) {
      printJson({ model: m.name, parameters: m.point, preset: ps.preset, mechanism: r.mechanism, omegaH2: r.omegaH2, observed: OMEGA_CDM_H2, details: r.details, belle2: b2, notes: r.notes, ms });
      return;
    }
    const w = (s: string) => process.stdout.write(`${s}\n`);
    w(`model ${m.name}: ${Object.entries(m.point).map(([k, v]) => `${k}=${fmt(v)}`).join(', ')}`);
    w(`preset: ${ps.preset}`);
    w(`mechanism: ${r.mechanism} (DM mass ${fmt(r.mDM)} GeV)`);
    w(`Omega h^2 = ${fmt(r.omegaH2, 4)}   (observed ${OMEGA_CDM_H2} ± ${OMEGA_CDM_H2_ERROR}: ${r.omegaH2 > OMEGA_CDM_H2 * 1.05 ? 'over-abundant' : r.omegaH2 < OMEGA_CDM_H2 * 0.95 ? 'under-abundant' : 'about right'})`);
    for (const [k, v] of Object.entries(r.details)) w(`  ${k} = ${fmt(v)}`);
    if (Object.keys(b2).length) {
      w('Belle II / B physics of the same point:');
      for (const [k, v] of Object.entries(b2)) w(`  ${k} = ${fmt(v)}`);
    }
    for (const n of r.notes) w(`note: ${n}`);
    w(`(computed in ${ms.toFixed(1)} ms, thermal tables included)`);
  });
}

export function registerDd(program: Command): void {
  const cmd = program
    .command('dd')
    .description('direct detection: DM–nucleus, –nucleon, –electron and self-interaction cross sections of a model point (paper 002 eqs. 50–55; paper 001 σ_φN)')
    .option('--target <name>', `target nucleus (${Object.keys(DD_TARGETS).join(', ')})`, 'Xe')
    .option('--v <km/s>', 'DM velocity in km/s (eqs. 52–54 are ∝ v²)', '220')
    .addHelpText(
      'after',
      `
Examples:
  emiss dd --model darkphoton --set alpha_X=1e-2 --set m_DM=0.1
  emiss dd --model vlq --target Xe --json
  emiss dd --model-file benchmark.yaml --target Ar`,
    );
  addCommon(cmd);
  cmd.action((opts: CosmoOptions) => {
    const ps = parameterSetFromOptions(opts);
    const m = resolve(opts, ps, 'direct-detection cross sections');
    const v = parseReal(opts.v ?? '220', '--v');
    const d = directDetectionSummary(m.name, m.point, ps, opts.target ?? 'Xe', v);
    const b2 = belle2(m.name, ps, m.given);
    if (opts.json) {
      printJson({ model: m.name, parameters: m.point, preset: ps.preset, target: d.target, v_km_s: d.v, values: d.values, belle2: b2, notes: d.notes });
      return;
    }
    const w = (s: string) => process.stdout.write(`${s}\n`);
    w(`model ${m.name}: ${Object.entries(m.point).map(([k, val]) => `${k}=${fmt(val)}`).join(', ')}`);
    w(`target ${d.target}, v = ${d.v} km/s, preset ${ps.preset}`);
    for (const [k, val] of Object.entries(d.values)) w(`  ${k} = ${fmt(val)}`);
    if (Object.keys(b2).length) {
      w('Belle II / B physics of the same point:');
      for (const [k, val] of Object.entries(b2)) w(`  ${k} = ${fmt(val)}`);
    }
    for (const n of d.notes) w(`note: ${n}`);
  });
}

import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { OBSERVABLES, resolveArgs, type NPPoint } from '../../observables/index.js';
import { errorBudget, monteCarlo } from '../../uncertainty/monte-carlo.js';
import { addPresetOptions, coefficientsFromOptions, collect, fmt, parameterSetFromOptions, positiveInt, realOption } from '../common.js';
import { makeProgress, printJson } from '../output.js';
import { formatComplex } from '../../core/complex.js';
import { addModelOptions, modelPointFromOptions, observableModel, type ModelOptions } from '../model-options.js';

interface PredictOptions extends ModelOptions {
  wc: string[];
  wcxf?: string;
  q2?: string;
  q2min?: string;
  q2max?: string;
  preset: string;
  ff: string[];
  uncertainty?: string;
  seed: string;
  budget?: boolean;
  json?: boolean;
}

export function registerPredict(program: Command): void {
  const cmd = program
    .command('predict')
    .description('predict observables in the SM or at a new-physics point, optionally with Monte Carlo uncertainties')
    .argument('<observable...>', "observable names, e.g. 'BR(B+->Knunu)' 'dBR/dq2(B0->K*nunu)' (see 'emiss list observables')")
    .option('--wc <name=value>', 'Wilson coefficient (new physics only; complex values like 1.2+0.4i); repeatable', collect, [])
    .option('--wcxf <file>', 'Wilson coefficients from a WCxf YAML/JSON file (eft: WET, basis: flavio|emiss)')
    .option('--q2 <GeV2>', 'q² for differential observables')
    .option('--q2min <GeV2>', 'lower q² bin edge for binned observables')
    .option('--q2max <GeV2>', 'upper q² bin edge for binned observables')
    .option('--uncertainty <N>', 'Monte Carlo samples for the parametric uncertainty (e.g. 10000)')
    .option('--seed <S>', 'random seed for --uncertainty', '1')
    .option('--budget', 'with --uncertainty: also the error budget (one input or form-factor set varied at a time)')
    .option('--json', 'print a JSON array, one object per observable')
    .addHelpText(
      'after',
      `
Examples:
  emiss predict 'BR(B+->Knunu)' --preset flavio --json
  emiss predict 'BR(B+->Knunu)' 'BR(B0->K*nunu)' --wc CR_bsnutaunutau=-13.2 --uncertainty 10000
  emiss predict 'dBR/dq2(B+->Knunu)' --q2 4 --wc CL_bsnuenue=1.2+0.4i
  emiss predict 'BRinv(B+->Ka)' 'ctau(a)' --model alp --set m_a=2 --set f_a=1.2e8 --preset clms2025
  emiss predict 'BR(B+->KQQ)' 'BR(B0->K*gammaD)' --model gammaD --set alpha_D=0.7 --preset gmmr2024`,
    );
  addPresetOptions(cmd);
  addModelOptions(cmd);
  cmd.action((observables: string[], opts: PredictOptions) => {
    const ps = parameterSetFromOptions(opts);
    const mp = modelPointFromOptions(opts, ps);
    const np: NPPoint = mp ? { wc: coefficientsFromOptions(opts), dark: mp.given } : { wc: coefficientsFromOptions(opts) };
    const given: Record<string, number> = {};
    const q2 = realOption(opts.q2, '--q2');
    const q2min = realOption(opts.q2min, '--q2min');
    const q2max = realOption(opts.q2max, '--q2max');
    if (q2 !== undefined && (q2min !== undefined || q2max !== undefined)) throw new EmissError('give either --q2 or --q2min/--q2max, not both');
    if (q2 !== undefined) given.q2 = q2;
    if (q2min !== undefined) given.q2min = q2min;
    if (q2max !== undefined) given.q2max = q2max;
    const nUnc = positiveInt(opts.uncertainty, '--uncertainty');
    if (opts.budget && !nUnc) throw new EmissError('--budget needs --uncertainty N');
    const seed = Number(opts.seed);
    if (!Number.isInteger(seed)) throw new EmissError(`--seed must be an integer (got '${opts.seed}')`);
    const defs = observables.map((o) => OBSERVABLES.get(o));
    for (const d of defs) {
      const m = observableModel(d);
      if (mp && m && m !== mp.model.name) throw new EmissError(`observable '${d.name}' belongs to model '${m}', not to --model ${mp.model.name}`);
    }
    // every given argument must be used by at least one observable
    for (const k of Object.keys(given)) {
      if (!defs.some((d) => d.args.some((a) => a.name === k))) {
        throw new EmissError(`--${k} given, but none of the observables takes ${k}`);
      }
    }
    const rows = defs.map((def) => {
      const own: Record<string, number> = {};
      for (const a of def.args) if (given[a.name] !== undefined) own[a.name] = given[a.name];
      const args = resolveArgs(def, ps, own);
      const value = def.prepare(ps, args)(np);
      if (!Number.isFinite(value)) throw new EmissError(`${def.name} evaluated to ${value}`);
      const row: Record<string, unknown> = { observable: def.name, value, unit: def.unit, args, preset: ps.preset };
      if (mp && observableModel(def)) row.model = { name: mp.model.name, given: mp.given, parameters: mp.point };
      if (nUnc) {
        const progress = makeProgress(`MC ${def.name}`, nUnc);
        const r = monteCarlo((p) => def.prepare(p, resolveArgs(def, p, own))(np), ps, {
          n: nUnc,
          seed,
          onProgress: (d) => progress.update(d),
        });
        progress.done();
        row.uncertainty = r.summary.std;
        row.interval68 = r.summary.interval68;
        row.mean = r.summary.mean;
        row.samples = nUnc;
        row.seed = seed;
        if (opts.budget) {
          const b = errorBudget((p) => def.prepare(p, resolveArgs(def, p, own))(np), ps, { n: Math.min(nUnc, 2000), seed });
          row.budget = b.entries.map((e) => ({ source: e.label, kind: e.kind, relative: e.relative }));
          row.budget_quadrature_sum = b.quadratureSum;
        }
      }
      return row;
    });
    if (opts.json) {
      printJson(rows);
      return;
    }
    if (np.wc.size) {
      process.stdout.write(`new physics: ${[...np.wc].map(([k, v]) => `${k} = ${formatComplex(v)}`).join(', ')}\n`);
    }
    if (mp) process.stdout.write(`model ${mp.model.name}: ${Object.entries(mp.point).map(([k, v]) => `${k}=${fmt(v)}`).join(', ')}\n`);
    process.stdout.write(`preset: ${ps.preset}\n`);
    for (const r of rows) {
      const args = Object.entries(r.args as Record<string, number>)
        .map(([k, v]) => `${k}=${fmt(v)}`)
        .join(', ');
      const unc = r.uncertainty !== undefined ? ` ± ${fmt(r.uncertainty as number, 3)}  (68 %: [${(r.interval68 as number[]).map((x) => fmt(x, 4)).join(', ')}])` : '';
      process.stdout.write(`${r.observable}${args ? ` [${args}]` : ''} = ${fmt(r.value as number)}${unc}${r.unit !== '1' ? ` ${r.unit}` : ''}\n`);
      if (r.budget) {
        for (const e of r.budget as { source: string; relative: number }[]) process.stdout.write(`    ${e.source.padEnd(34)} ${(100 * e.relative).toFixed(2)} %\n`);
        process.stdout.write(`    ${'quadrature sum'.padEnd(34)} ${(100 * (r.budget_quadrature_sum as number)).toFixed(2)} %\n`);
      }
    }
  });
}

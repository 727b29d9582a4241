import type { Command } from 'commander';
import { alphaE, ckm, makeParameterSet } from '../../params/parameter-set.js';
import { presetNames } from '../../params/presets.js';
import { fmt } from '../common.js';
import { printJson } from '../output.js';

export function registerParams(program: Command): void {
  program
    .command('params')
    .description('print the input parameters (value, uncertainty, unit, source) and derived CKM/α_e values in use')
    .option('--preset <name>', `input preset (${presetNames().join(', ')})`, 'default')
    .option('--json', 'print JSON')
    .action((opts: { preset: string; json?: boolean }) => {
      const ps = makeParameterSet(opts.preset);
      const c = ckm(ps);
      const a = alphaE(ps);
      const derived = {
        'V_tb V_ts*': c.VtbVts,
        'V_tb V_td*': c.VtbVtd,
        'V_ts* V_td': c.VtsVtd,
        'V_cs* V_cd': c.VcsVcd,
        'alpha_e(M_Z) [SM normalisation]': a.sm,
        'alpha_e [NP normalisation]': a.np,
      };
      const parameters = Object.values(ps.table).map((d) => ({ ...d, value: ps.values[d.name] }));
      const formFactors = Object.entries(ps.ff).map(([tr, f]) => ({
        transition: tr,
        set: f.set.id,
        source: f.set.source,
        coefficients: Object.fromEntries(f.set.coefficientNames.map((n, i) => [n, f.coeffs[i]])),
      }));
      if (opts.json) return printJson({ preset: ps.preset, conventions: ps.conventions, parameters, derived, formFactors });
      process.stdout.write(`preset ${ps.preset}; conventions ${JSON.stringify(ps.conventions)}\n`);
      for (const p of parameters) {
        process.stdout.write(`${p.name.padEnd(11)} ${fmt(p.value, 8).padStart(14)} ± ${fmt(p.sigma ?? 0, 3).padEnd(9)} ${p.unit.padEnd(7)} ${p.source}\n`);
      }
      for (const [k, v] of Object.entries(derived)) {
        process.stdout.write(`${k}: ${typeof v === 'number' ? fmt(v, 8) : `${fmt(v.re, 8)} ${v.im < 0 ? '-' : '+'} ${fmt(Math.abs(v.im), 8)} i`}\n`);
      }
      for (const f of formFactors) process.stdout.write(`${f.transition}: ${f.set} (${f.source})\n`);
    });
}

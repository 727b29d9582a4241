import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { FORM_FACTOR_SETS, findFormFactorSet } from '../../hadronic/sets/index.js';
import { P_FF_NAMES, V_FF_NAMES, type Transition } from '../../hadronic/types.js';
import { makeParameterSet, resolveMass } from '../../params/parameter-set.js';
import { presetNames } from '../../params/presets.js';
import { q2Max } from '../../core/kinematics.js';
import { fmt, realOption } from '../common.js';
import { printJson } from '../output.js';

export function registerFf(program: Command): void {
  program
    .command('ff')
    .description('print every form factor of a set at q² (central values of the set’s coefficients)')
    .argument('<set>', "form-factor set id (see 'emiss list ff'), e.g. hpqcd2022")
    .argument('<transition>', "transition, e.g. 'B->K', 'B->K*'")
    .requiredOption('--q2 <GeV2>', 'momentum transfer q²')
    .option('--preset <name>', `masses entering z, if the set takes them from the inputs (${presetNames().join(', ')})`, 'default')
    .option('--json', 'print JSON')
    .action((setId: string, transition: string, opts: { q2: string; preset: string; json?: boolean }) => {
      const known = [...new Set(FORM_FACTOR_SETS.map((s) => s.transition))];
      if (!known.includes(transition as Transition)) throw new EmissError(`unknown transition '${transition}' (known: ${known.join(', ')})`);
      const set = findFormFactorSet(transition as Transition, setId);
      if (!set) {
        const ids = FORM_FACTOR_SETS.filter((s) => s.transition === transition).map((s) => s.id);
        throw new EmissError(`no form-factor set '${setId}' for ${transition} (available: ${ids.join(', ')})`);
      }
      const q2 = realOption(opts.q2, '--q2')!;
      const ps = makeParameterSet(opts.preset);
      const mB = resolveMass(ps, set.zMasses.mB);
      const mM = resolveMass(ps, set.zMasses.mM);
      const qmax = q2Max(mB, mM);
      if (q2 < 0 || q2 > qmax) throw new EmissError(`q² = ${q2} GeV² is outside [0, ${qmax.toFixed(4)}] for ${transition}`);
      const out = set.evaluate(q2, set.central, mB, mM, new Float64Array(7));
      const names = set.kind === 'P' ? P_FF_NAMES : V_FF_NAMES;
      const values: Record<string, number> = {};
      names.forEach((n, i) => (values[n] = out[i]));
      if (opts.json) return printJson({ set: set.id, transition, q2, masses: { mB, mM }, values, source: set.source });
      process.stdout.write(`${transition} ${set.id} at q² = ${q2} GeV² (z with m_B = ${mB}, m_M = ${mM} GeV)\n`);
      for (const n of names) process.stdout.write(`  ${n.padEnd(4)} = ${fmt(values[n], 6)}\n`);
    });
}

import type { Command } from 'commander';
import { lfvBound, TABLE3_LIMITS } from '../../stats/lfv-bounds.js';
import { addPresetOptions, fmt, parameterSetFromOptions } from '../common.js';
import { printJson } from '../output.js';

export function registerLfvBounds(program: Command): void {
  const cmd = program
    .command('lfv-bounds')
    .description('upper limits on lepton-flavour-violating B decays as bounds on single b→sℓℓ′ coefficients (paper 001 Table 3)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Each bound is |C| ≤ √(limit/BR(|C| = 1)) for one coefficient (C9 for B → K(*) modes; the symmetric C10^{eμ} = C10^{μe}
for B_s → e^±μ^∓, whose limit sums both charges) and for the leptoquark pair C9′ = −C10′ (equivalently C9 = −C10).
The paper's values are shown alongside. Example:
  emiss lfv-bounds --preset flavio`,
    );
  addPresetOptions(cmd);
  cmd.action((opts: { json?: boolean; preset: string; ff: string[] }) => {
    const ps = parameterSetFromOptions(opts);
    const rows = TABLE3_LIMITS.map((r) => ({ mode: r.label, observable: r.observable, limit: r.limit, cl: r.cl, ...lfvBound(ps, r), paper_single: r.paperSingle, paper_pair: r.paperPair, source: r.source }));
    if (opts.json) return printJson(rows);
    process.stdout.write(`preset ${ps.preset}\n${'mode'.padEnd(24)}${'limit'.padStart(10)}   ${'one |C|'.padStart(8)} ${"C9'=-C10'".padStart(10)}   paper: ${'one'.padStart(5)} ${'pair'.padStart(5)}\n`);
    for (const r of rows) {
      process.stdout.write(`${r.mode.padEnd(24)}${fmt(r.limit, 2).padStart(10)}   ${fmt(r.single, 3).padStart(8)} ${fmt(r.pair, 3).padStart(10)}          ${String(r.paper_single ?? '—').padStart(5)} ${String(r.paper_pair ?? '—').padStart(5)}\n`);
    }
  });
}

import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { SECTIONS } from '../../report/sections/index.js';
import type { ReportSection } from '../../report/types.js';
import { writeReport } from '../../report/writer.js';
import { positiveInt } from '../common.js';

export function registerReproduce(program: Command): void {
  program
    .command('reproduce')
    .description("the main job: recompute every number and figure of the papers that emiss can, write report/index.html and report/results.json")
    .option('--out <dir>', 'output directory', 'report')
    .option('--quick', 'fewer Monte Carlo draws and scan points (for tests)')
    .option('--samples <N>', 'Monte Carlo draws per uncertainty (default 5000, quick 400)')
    .option('--seed <S>', 'random seed', '20240917')
    .option('--only <ids>', `comma-separated section ids (${SECTIONS.map((s) => s.id).join(', ')})`)
    .action(async (opts: { out: string; quick?: boolean; samples?: string; seed: string; only?: string }) => {
      const t0 = Date.now();
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw new EmissError(`--seed must be an integer (got '${opts.seed}')`);
      const mcSamples = positiveInt(opts.samples, '--samples') ?? (opts.quick ? 400 : 5000);
      const scanPoints = opts.quick ? 4000 : 40000;
      const ids = opts.only?.split(',').map((s) => s.trim());
      for (const id of ids ?? []) if (!SECTIONS.some((s) => s.id === id)) throw new EmissError(`unknown report section '${id}'`);
      const chosen = SECTIONS.filter((s) => !ids || ids.includes(s.id));
      const log = (m: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${m}\n`);
      const sections: ReportSection[] = [];
      for (const [i, s] of chosen.entries()) {
        log(`section ${i + 1}/${chosen.length}: ${s.id}`);
        sections.push(await s.build({ mcSamples, scanPoints, seed, progress: (m) => log(`  ${m}`) }));
      }
      await writeReport(opts.out, sections, { seconds: (Date.now() - t0) / 1000, options: `${mcSamples} MC draws, ${scanPoints} scan points, seed ${seed}` }, (m) => log(`  ${m}`));
      const rows = sections.flatMap((s) => s.rows);
      const differ = rows.filter((r) => r.status === 'differs').length;
      process.stdout.write(`wrote ${opts.out}/index.html and ${opts.out}/results.json: ${rows.length} numbers (${rows.length - differ} agree, ${differ} differ, each explained), ${sections.reduce((t, s) => t + s.figures.length, 0)} figures, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    });
}

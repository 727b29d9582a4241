import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { FORM_FACTOR_SETS } from '../../hadronic/sets/index.js';
import { OBSERVABLES } from '../../observables/index.js';
import { PRESETS } from '../../params/presets.js';
import { WC_SECTORS } from '../../wc/registry.js';
import { MEDIATOR_MODELS } from '../../models/mediators.js';
import { printJson } from '../output.js';

const WHAT = ['observables', 'wc', 'ff', 'presets', 'models'] as const;

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list observables, Wilson coefficients, form-factor sets or input presets')
    .argument('<what>', WHAT.join(' | '))
    .option('--json', 'print JSON')
    .option('--category <text>', 'observables: only those whose category contains the text')
    .action((what: string, opts: { json?: boolean; category?: string }) => {
      if (!(WHAT as readonly string[]).includes(what)) throw new EmissError(`cannot list '${what}' (choose ${WHAT.join(', ')})`);
      if (what === 'observables') {
        const rows = OBSERVABLES.all
          .filter((d) => !opts.category || d.category.includes(opts.category))
          .map((d) => ({
            name: d.name,
            tex: d.tex,
            unit: d.unit,
            category: d.category,
            arguments: d.args.map((a) => ({ name: a.name, unit: a.unit, description: a.description, optional: !!a.default })),
            description: d.description,
            reads: d.reads ?? [],
          }));
        if (opts.json) return printJson(rows);
        for (const r of rows) {
          const args = r.arguments.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(' ');
          process.stdout.write(`${r.name}${args ? `  ${args}` : ''}  (${r.unit})  ${r.description}\n`);
        }
        return;
      }
      if (what === 'wc') {
        if (opts.json) return printJson(WC_SECTORS);
        for (const s of WC_SECTORS) process.stdout.write(`# ${s.sector} [${s.unit}]: ${s.description}\n${s.names.join(' ')}\n`);
        return;
      }
      if (what === 'ff') {
        const rows = FORM_FACTOR_SETS.map((s) => ({
          id: s.id,
          transition: s.transition,
          title: s.title,
          source: s.source,
          provenance: s.provenance,
          coefficients: s.coefficientNames,
          note: s.note ?? null,
        }));
        if (opts.json) return printJson(rows);
        for (const r of rows) process.stdout.write(`${r.transition.padEnd(8)} ${r.id.padEnd(17)} ${r.title} — ${r.source}\n`);
        return;
      }
      if (what === 'models') {
        const models = MEDIATOR_MODELS.map((m) => ({
          name: m.name,
          title: m.title,
          source: m.source,
          parameters: m.params.map((p) => ({ name: p.name, unit: p.unit, default: typeof p.default === 'number' ? p.default : (p.defaultText ?? 'computed'), description: p.description })),
        }));
        if (opts.json) return printJson(models);
        for (const m of models) {
          process.stdout.write(`# ${m.name}: ${m.title} (${m.source})\n`);
          for (const p of m.parameters) process.stdout.write(`  ${p.name.padEnd(18)} ${String(p.default).padEnd(22)} ${p.unit.padEnd(4)} ${p.description}\n`);
        }
        return;
      }
      const rows = PRESETS.map((p) => ({ name: p.name, description: p.description, source: p.source, formFactors: p.formFactors, conventions: p.conventions }));
      if (opts.json) return printJson(rows);
      for (const r of rows) process.stdout.write(`${r.name.padEnd(9)} ${r.description}\n`);
    });
}

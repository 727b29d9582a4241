import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { parseReal } from '../../core/parse-complex.js';
import { readMeasurementsYaml } from '../../io/measurements-yaml.js';
import { ASYMMETRIC_VARIANTS, findMeasurement, likelihoodTerm, MEASUREMENTS, YAML_MEASUREMENTS, type AsymmetricVariant, type Measurement } from '../../stats/measurements/index.js';
import { fmt } from '../common.js';
import { printJson } from '../output.js';

/**
 * `emiss measurements`: the measurement database (src/stats/measurements): every result with its source and
 * provenance; `--at X` evaluates the likelihood term of one result (−2ΔlnL at a predicted value).
 */
function numbers(m: Measurement): string {
  switch (m.kind) {
    case 'gaussian':
      return `${fmt(m.value, 4)} ± ${fmt(m.sigma, 3)}`;
    case 'asymmetric':
      return `${fmt(m.value, 4)} +${fmt(m.up, 3)} −${fmt(m.down, 3)}`;
    case 'upper-limit':
      return `< ${fmt(m.limit, 3)} (${Math.round(100 * m.cl)} % CL)${m.counting ? `, counts ${m.counting.countsTotal}/${fmt(m.counting.countsBackground, 4)} ± ${m.counting.backgroundStd}` : ''}`;
    case 'multivariate':
      return `${m.values.length} values with covariance`;
    case 'histfactory':
      return m.file;
  }
}

export function registerMeasurements(program: Command): void {
  program
    .command('measurements')
    .description('the measurement database: every B → K(*) νν̄, B → π/ρ νν̄, K → π νν̄ result and limit with source and provenance')
    .argument('[id]', 'one measurement (with --at: its likelihood)')
    .option('--observable <name>', 'only the results of this observable, e.g. BRinv(B0->K*)')
    .option('--at <value>', 'evaluate −2ΔlnL of the measurement at this predicted value')
    .option('--limits <treatment>', 'upper limits: counting (flavio) or half-normal', 'counting')
    .option('--asymmetric <variant>', `asymmetric errors: ${ASYMMETRIC_VARIANTS.join(', ')}`, 'variable-width')
    .option('--check', 'read data/experimental/bqnunu_measurements.yaml and check it against the database')
    .option('--json', 'print JSON')
    .action((id: string | undefined, opts: { observable?: string; at?: string; limits: string; asymmetric: string; check?: boolean; json?: boolean }) => {
      if (opts.check) {
        const y = readMeasurementsYaml();
        const canon = (v: unknown): string =>
          JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]])) : x));
        const bad = y.filter((r) => canon(r) !== canon(YAML_MEASUREMENTS.find((c) => c.id === r.id)));
        if (bad.length || y.length !== YAML_MEASUREMENTS.length) throw new EmissError(`the database differs from the YAML for ${bad.map((b) => b.id).join(', ') || 'the number of records'}`);
        process.stdout.write(`data/experimental/bqnunu_measurements.yaml: ${y.length} records, identical to the database\n`);
        return;
      }
      if (id && opts.at !== undefined) {
        const m = findMeasurement(id);
        if (!['counting', 'half-normal'].includes(opts.limits)) throw new EmissError("--limits must be 'counting' or 'half-normal'");
        if (!(ASYMMETRIC_VARIANTS as readonly string[]).includes(opts.asymmetric)) throw new EmissError(`--asymmetric must be one of ${ASYMMETRIC_VARIANTS.join(', ')}`);
        const t = likelihoodTerm(m, { limits: opts.limits as 'counting' | 'half-normal', asymmetric: opts.asymmetric as AsymmetricVariant });
        const x = parseReal(opts.at, '--at');
        const chi2 = t.chi2([x]);
        if (opts.json) return printJson({ id, observable: m.observable, at: x, method: t.method, minus2_delta_lnL: chi2 });
        process.stdout.write(`${id} (${t.method}): −2ΔlnL(${m.observable} = ${fmt(x, 5)}) = ${fmt(chi2, 6)}\n`);
        return;
      }
      const list = id ? [findMeasurement(id)] : MEASUREMENTS.filter((m) => !opts.observable || m.observable === opts.observable);
      if (opts.json) return printJson(list);
      for (const m of list) {
        process.stdout.write(`${m.id}  [${m.kind}]  ${m.observable}: ${numbers(m)}  (${m.provenance}; ${m.experiment})\n`);
        if (id) process.stdout.write(`  ${m.quantity}\n  paper: ${m.paper}\n  source: ${m.source}\n  datasets: ${m.datasets.join(', ')}${m.includes ? `\n  includes: ${m.includes.join(', ')}` : ''}${m.note ? `\n  note: ${m.note}` : ''}\n`);
      }
    });
}

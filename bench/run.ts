/**
 * Benchmark runner: `npm run bench --silent -- [--json] [name …]` runs every benchmark (or the named ones) and
 * prints a report, or one JSON object {name: result} with --json. Add a benchmark by adding an entry here.
 */
import { formatHistfactoryBench, runHistfactoryBench } from './histfactory.js';

interface Bench {
  readonly name: string;
  run(): unknown;
  format(result: never): string;
}

const benches: readonly Bench[] = [{ name: 'histfactory', run: runHistfactoryBench, format: formatHistfactoryBench }];

const args = process.argv.slice(2);
const json = args.includes('--json');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !benches.some((b) => b.name === n));
if (unknown.length > 0) {
  process.stderr.write(`emiss bench: unknown benchmark ${unknown.join(', ')} (have: ${benches.map((b) => b.name).join(', ')})\n`);
  process.exit(2);
}
const selected = names.length > 0 ? benches.filter((b) => names.includes(b.name)) : benches;
const results: Record<string, unknown> = {};
for (const b of selected) {
  results[b.name] = b.run();
  if (!json) process.stdout.write(`${b.format(results[b.name] as never)}\n`);
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);

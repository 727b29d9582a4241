/**
 * HistFactory speed on the Belle II B+→K+νν̄ workspace (30 bins, 232 parameters): one full-likelihood evaluation
 * (logpdf) and one gradient at a generic parameter point, against pyhf's numpy backend on the same machine when python3 can import pyhf
 * (set EMISS_PYHF_PYTHONPATH to a pyhf source tree's `src`, plus anything else it needs, if it is not installed).
 *
 *   npx tsx bench/histfactory.ts [--json]        or   npm run bench --silent -- --json
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildModel, loadWorkspace, fit, type Model } from '../src/stats/histfactory/index.js';

const WORKSPACE = fileURLToPath(new URL('../data/experimental/belle2_2023_knunu_combined_likelihood.json', import.meta.url));

/** median seconds per call over `rounds` timed batches of `n` calls (after a warm-up) */
function timeIt(f: () => number, n: number, rounds = 7): number {
  let sink = 0;
  for (let i = 0; i < n; i++) sink += f();
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += f();
    per.push(Number(process.hrtime.bigint() - t0) / 1e9 / n);
  }
  if (Number.isNaN(sink)) throw new Error('benchmark produced NaN');
  per.sort((a, b) => a - b);
  return per[Math.floor(rounds / 2)];
}

const PY = String.raw`
import json, sys, time
import numpy as np
import pyhf
pyhf.set_backend("numpy")
ws = pyhf.Workspace(json.load(open(sys.argv[1])))
model = ws.model()
data = pyhf.tensorlib.astensor(ws.data(model))
pars = pyhf.tensorlib.astensor(json.loads(sys.argv[2]))
for _ in range(50):
    model.logpdf(pars, data)
per = []
n = 300
for _ in range(7):
    t0 = time.perf_counter()
    for _ in range(n):
        model.logpdf(pars, data)
    per.append((time.perf_counter() - t0) / n)
print(json.dumps({"logpdf_s": float(np.median(per)), "logpdf_value": float(model.logpdf(pars, data)[0]),
                  "pyhf_version": pyhf.__version__, "numpy": np.__version__}))
`;

export interface PyhfTiming {
  readonly logpdf_s: number;
  readonly logpdf_value: number;
  readonly pyhf_version: string;
  readonly numpy: string;
}

function pyhfTiming(point: ArrayLike<number>): PyhfTiming | { missing: string } {
  const env = { ...process.env };
  if (process.env.EMISS_PYHF_PYTHONPATH) {
    env.PYTHONPATH = [process.env.EMISS_PYHF_PYTHONPATH, process.env.PYTHONPATH].filter(Boolean).join(':');
  }
  const r = spawnSync('python3', ['-c', PY, WORKSPACE, JSON.stringify(Array.from(point))], {
    env,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.error) return { missing: `python3 not available (${r.error.message})` };
  if (r.status !== 0) {
    const last = (r.stderr || '').trim().split('\n').pop() ?? '';
    return { missing: `pyhf not importable or failed (${last})` };
  }
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop() as string) as PyhfTiming;
  } catch {
    return { missing: 'unexpected output from python' };
  }
}

/**
 * A generic parameter point (every α ≠ 0, γ ≠ 1, μ = 2.5) so that no interpolation term is trivially zero:
 * α_i = 0.8 sin(1.3 i + 0.4), γ_j = 1 + 0.5 σ_j sin(0.7 j).
 */
function benchPoint(model: Model): Float64Array {
  const x = model.suggestedInit();
  for (const p of model.parameters) {
    for (let i = 0; i < p.n; i++) {
      const j = p.offset + i;
      if (p.constraint === 'normal' && p.inits[i] === 0) x[j] = 0.8 * Math.sin(1.3 * j + 0.4);
      else if (p.constraint === 'normal') x[j] = 1 + 0.5 * (p.sigmas as readonly number[])[i] * Math.sin(0.7 * j);
    }
  }
  if (model.poi) x[model.poi.index] = 2.5;
  return x;
}

export interface HistfactoryBench {
  readonly workspace: string;
  readonly npars: number;
  readonly nbins: number;
  /** logpdf at the benchmark point (pyhf's value is in `pyhf`) */
  readonly logpdf_value: number;
  /** seconds per logpdf with prepared data (what fits and scans call) */
  readonly logpdf_s: number;
  /** seconds per logpdf from a plain data array (validation + ln Γ of the data each call) */
  readonly logpdf_raw_data_s: number;
  /** seconds per −ln L plus its analytic gradient (232 components) */
  readonly nll_and_gradient_s: number;
  /** seconds for the full MLE with Hessian uncertainties */
  readonly fit_s: number;
  readonly pyhf: PyhfTiming | { missing: string };
  /** pyhf numpy logpdf time / ours (prepared data) */
  readonly speedup_vs_pyhf: number | null;
  readonly speedup_vs_pyhf_raw_data: number | null;
  readonly target_speedup: number;
}

export function runHistfactoryBench(): HistfactoryBench {
  const model: Model = buildModel(loadWorkspace(JSON.parse(readFileSync(WORKSPACE, 'utf8'))));
  const x = benchPoint(model);
  const raw = model.data as Float64Array;
  const data = model.prepareData(raw);
  const g = new Float64Array(model.npars);
  const logpdf = timeIt(() => model.logpdf(x, data), 20000);
  const logpdfRaw = timeIt(() => model.logpdf(x, raw), 20000);
  const grad = timeIt(() => model.nllAndGrad(x, data, g), 10000);
  fit(model);
  const t0 = process.hrtime.bigint();
  const rounds = 5;
  for (let i = 0; i < rounds; i++) fit(model);
  const fitS = Number(process.hrtime.bigint() - t0) / 1e9 / rounds;
  const py = pyhfTiming(x);
  const have = 'logpdf_s' in py;
  return {
    workspace: 'data/experimental/belle2_2023_knunu_combined_likelihood.json',
    npars: model.npars,
    nbins: model.nmain,
    logpdf_value: model.logpdf(x, data),
    logpdf_s: logpdf,
    logpdf_raw_data_s: logpdfRaw,
    nll_and_gradient_s: grad,
    fit_s: fitS,
    pyhf: py,
    speedup_vs_pyhf: have ? py.logpdf_s / logpdf : null,
    speedup_vs_pyhf_raw_data: have ? py.logpdf_s / logpdfRaw : null,
    target_speedup: 20,
  };
}

export function formatHistfactoryBench(r: HistfactoryBench): string {
  const us = (s: number) => `${(s * 1e6).toFixed(2)} µs`;
  const lines = [
    `HistFactory, Belle II workspace (${r.nbins} bins, ${r.npars} parameters)`,
    `  logpdf (prepared data)        ${us(r.logpdf_s)}`,
    `  logpdf (plain data array)     ${us(r.logpdf_raw_data_s)}`,
    `  −ln L + analytic gradient     ${us(r.nll_and_gradient_s)}`,
    `  full MLE with uncertainties   ${(r.fit_s * 1e3).toFixed(1)} ms`,
  ];
  if ('logpdf_s' in r.pyhf) {
    lines.push(`  pyhf ${r.pyhf.pyhf_version} numpy logpdf   ${us(r.pyhf.logpdf_s)} (value ${r.pyhf.logpdf_value}, ours ${r.logpdf_value})`);
    lines.push(
      `  speed-up vs pyhf: ${(r.speedup_vs_pyhf as number).toFixed(1)}× (plain data array: ${(r.speedup_vs_pyhf_raw_data as number).toFixed(1)}×; target ≥ ${r.target_speedup}×)`,
    );
  } else {
    lines.push(`  pyhf reference missing: ${r.pyhf.missing}`);
  }
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const r = runHistfactoryBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(r)}\n`);
  else process.stdout.write(`${formatHistfactoryBench(r)}\n`);
}

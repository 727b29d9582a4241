/**
 * emiss benchmarks (not timed tests). `npm run bench --silent -- --json` prints one JSON object.
 *
 * - np_br_bplus_knunu_per_s: BR(B+->Knunu) at a new-physics point, a different random point each call,
 *   through the public API (observable prepared once — coefficient-independent q²-integrals reused — then
 *   called with a fresh NPPoint holding a Map of coefficients).
 * - np_br_bplus_knunu_packed_per_s: the same through the packed-array fast path used by scans.
 * - sm_uncertainty_1e4_s: seconds for a 10⁴-draw Monte Carlo SM uncertainty of BR(B+->Knunu).
 * - dark_region_200x16_s: allowed (m, Λ_eff) regions of all 16 dark-pair operators on 200 masses (paper 003
 *   Figs. 4–6: one q² integral per mode and mass fills every operator of a kind; Λ then in closed form).
 * - dark_br_per_s: BR(B+->Kchichi) with all six fermion coefficients at a fixed mass (q² integrals cached).
 * - relic_*_ms: one relic-density evaluation of the ALP (freeze-in network, paper 002 eqs. 27–30), dark-photon
 *   (freeze-out, eq. 47) and VLQ (φφ → mesons) models with the thermal tables prepared, and the one-off table
 *   preparation per mass (bench/relic.ts); cosmo_solver_ms: the generic solvers of bench/cosmo.ts.
 * flavio's timings were measured on a machine like this one (data/reference/flavio-2.7.json, timing_seconds).
 */
import { readFileSync } from 'node:fs';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { OBSERVABLES, SM_POINT, type NPPoint } from '../src/observables/index.js';
import { findMode } from '../src/processes/nunu-modes.js';
import { kernelBR, prepareNuNuKernel } from '../src/processes/b-to-m-nunu.js';
import { monteCarlo } from '../src/uncertainty/monte-carlo.js';
import { makeRng } from '../src/numerics/random.js';
import { nunuNames, NUNU_PACKED_LENGTH } from '../src/wc/nunu.js';
import type { Complex } from '../src/core/complex.js';
import { formatHistfactoryBench, runHistfactoryBench } from './histfactory.js';

const json = process.argv.includes('--json');
const ref = JSON.parse(readFileSync(new URL('../data/reference/flavio-2.7.json', import.meta.url), 'utf8'));

function timeLoop(fn: (i: number) => number, minSeconds = 1): { perSecond: number; sink: number } {
  let n = 1000;
  let sink = 0;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += fn(i);
    const dt = (performance.now() - t0) / 1000;
    if (dt >= minSeconds) return { perSecond: n / dt, sink };
    n = Math.ceil((n * Math.max(2, (1.2 * minSeconds) / Math.max(dt, 1e-3))) | 0);
  }
}

const ps = makeParameterSet('flavio');
const names = nunuNames('bs').filter((n) => !n.startsWith('CLp') && !n.startsWith('CRp'));
const rng = makeRng(42);
const POINTS = 4096;
const points: NPPoint[] = [];
const packedPoints: Float64Array[] = [];
for (let k = 0; k < POINTS; k++) {
  const wc = new Map<string, Complex>();
  const packed = new Float64Array(NUNU_PACKED_LENGTH);
  const m = 1 + Math.floor(rng.uniform() * 4);
  for (let j = 0; j < m; j++) {
    const name = names[Math.floor(rng.uniform() * names.length)];
    const c = { re: 20 * rng.uniform() - 10, im: rng.uniform() < 0.3 ? 20 * rng.uniform() - 10 : 0 };
    wc.set(name, c);
  }
  points.push({ wc });
  packedPoints.push(packed);
}
{
  // fill packed arrays with the same coefficients
  const { packNuNu } = await import('../src/wc/nunu.js');
  points.forEach((p, k) => packNuNu(p.wc, 'bs', packedPoints[k]));
}

// warm-up and measurement: public API
const br = OBSERVABLES.get('BR(B+->Knunu)').prepare(ps, {});
for (let i = 0; i < 20000; i++) br(points[i % POINTS]);
const api = timeLoop((i) => br({ wc: new Map(points[i % POINTS].wc) }));
// packed fast path
const kernel = prepareNuNuKernel(findMode('B+->K')!, ps);
for (let i = 0; i < 20000; i++) kernelBR(kernel, packedPoints[i % POINTS]);
const packed = timeLoop((i) => kernelBR(kernel, packedPoints[i % POINTS]));
// consistency: both paths give the same numbers
for (let k = 0; k < 16; k++) {
  if (Math.abs(br(points[k]) / kernelBR(kernel, packedPoints[k]) - 1) > 1e-14) throw new Error('API and packed path disagree');
}

// SM uncertainty, 10^4 draws (includes preparing the kernel at every draw)
const smDef = OBSERVABLES.get('BR(B+->Knunu)');
monteCarlo((p) => smDef.prepare(p, {})(SM_POINT), ps, { n: 500, seed: 1 }); // warm-up
const t0 = performance.now();
const mc = monteCarlo((p) => smDef.prepare(p, {})(SM_POINT), ps, { n: 10000, seed: 1 });
const smUnc = (performance.now() - t0) / 1000;

// dark pairs: region scan and coefficient scan at fixed mass
const { allowedRegions, massGrid } = await import('../src/models/dark-pairs/allowed-region.js');
const { TABLE2_BOUNDS } = await import('../src/models/dark-pairs/bounds.js');
const hmv = makeParameterSet('hmv2024');
const cons = ['B0->K', 'B+->K*', 'B0->K*'].map((m) => ({ mode: m, bound: TABLE2_BOUNDS.find((b) => b.mode === m)!.npPrinted }));
const regionRun = () => (['scalar', 'fermion', 'vector'] as const).reduce((n, kind) => n + allowedRegions(hmv, { kind, masses: massGrid(kind === 'vector' ? 0.005 : 0, 2.38, 200), constraints: cons }).length, 0);
regionRun();
const tr = performance.now();
const nOps = regionRun();
const darkRegion = (performance.now() - tr) / 1000;
const darkBr = OBSERVABLES.get('BR(B+->Kchichi)').prepare(hmv, {});
const darkPoints: NPPoint[] = Array.from({ length: 256 }, () => ({
  wc: new Map(['S1', 'S2', 'V1', 'V2', 'T1', 'T2'].map((o) => [`C${o}_bschi`, { re: 1e-8 * (2 * rng.uniform() - 1), im: 1e-8 * (2 * rng.uniform() - 1) }] as [string, Complex])),
  dark: { m_chi: 0.7 },
}));
const darkRate = timeLoop((i) => darkBr(darkPoints[i % 256]));
if (nOps !== 16) throw new Error('region benchmark: expected 16 operators');

const flavioNpSeconds = ref.timing_seconds['np_prediction BR(B+->Knunu) [new Wilson object per call, construction included]'].median;
const flavioSameObj = ref.timing_seconds['np_prediction BR(B+->Knunu) [same Wilson object]'].median;
const flavioUnc = ref.timing_seconds['sm_uncertainty BR(B+->Knunu)'];
const flavioUnc1e4 = (flavioUnc.seconds / flavioUnc.N) * 1e4;

// b → s ℓℓ′ (LFV, lepton masses kept) and the b→sνν̄ scans of paper 003 (single thread, in this process)
const { runScanSerial } = await import('../src/stats/nunu-scan.js');
const lfv = OBSERVABLES.get('BR(B0->K*mutau)').prepare(ps, {});
const lfvPts = points.map((_, i) => ({ wc: new Map([['C9p_bsmutau', { re: (i % 37) - 18, im: 0 }], ['C10p_bsmutau', { re: 18 - (i % 37), im: 0 }]]) }));
const lfvRate = timeLoop((i) => lfv(lfvPts[i % POINTS]));
const tPrep = performance.now();
for (let i = 0; i < 20; i++) OBSERVABLES.get('BR(B0->K*tautau)').prepare(ps, {});
const prepKstarTautau = (performance.now() - tPrep) / 20 / 1000;
const tScan = performance.now();
const scan = runScanSerial({ preset: 'hmv2024', space: 'LR', mode: 'random', n: 200000, ranges: [[-10, 10]], seed: 1 });
const scanPerS = scan.count / ((performance.now() - tScan) / 1000);

// HistFactory: one logpdf / gradient / fit on the Belle II workspace (pyhf timed live if EMISS_PYHF_PYTHONPATH is set)
const histfactory = runHistfactoryBench();

// cosmology: model relic densities (bench/relic.ts) and the generic solvers (bench/cosmo.ts)
const { runRelicBench } = await import('./relic.js');
const { runCosmoBench } = await import('./cosmo.js');
const relic = runRelicBench(20);
const cosmoSolvers = runCosmoBench(20);
// the Belle II likelihood reweighted to a model: one evaluation = spectrum, yields, profiled fit of all nuisances
const { readBelle2Release } = await import('../src/io/belle2-release.js');
const { parseFitModelFile } = await import('../src/stats/fit/model-file.js');
const { buildProblem } = await import('../src/stats/fit/objective.js');
const release = readBelle2Release();
const perEval = (f: (i: number) => unknown, n: number) => {
  f(0);
  const t = performance.now();
  for (let i = 1; i <= n; i++) f(i);
  return (performance.now() - t) / 1000 / n;
};
const tbProblem = buildProblem(parseFitModelFile('model: two-body\nparameters: {m_X: 2.1, br: 9e-6}\n', 'two-body'), release);
const reweightTwoBody = perEval((i) => tbProblem.evaluate({ m_X: 1.5 + 0.01 * i, br: 5e-6 + 1e-7 * (i % 40) }), 100);
const dkProblem = buildProblem(parseFitModelFile('kind: fermion\nmass: 0.7\ncoefficients: {CV1: 1.0e-8}\n', 'dark'), release);
const reweightDarkFixedMass = perEval((i) => dkProblem.evaluate({ CV1_bschi: 1e-8 + 1e-10 * i }), 40);
const reweightDarkNewMass = perEval((i) => dkProblem.evaluate({ mass: 0.5 + 0.005 * i }), 20);

const result = {
  histfactory_logpdf_s: histfactory.logpdf_s,
  histfactory_speedup_vs_pyhf: histfactory.speedup_vs_pyhf ?? null,
  belle2_reweighted_eval_two_body_s: reweightTwoBody,
  belle2_reweighted_eval_dark_fixed_mass_redist_s: reweightDarkFixedMass,
  belle2_reweighted_eval_dark_new_mass_redist_s: reweightDarkNewMass,
  histfactory,
  ...relic.summary,
  cosmo_solver_ms: Object.fromEntries(cosmoSolvers.timings.map((t) => [t.name, t.medianMs])),
  np_br_b0_kstar_mutau_per_s: lfvRate.perSecond,
  prepare_br_b0_kstar_tautau_s: prepKstarTautau,
  scan_rk_rkstar_points_per_s_single_thread: scanPerS,
  np_br_bplus_knunu_per_s: api.perSecond,
  np_br_bplus_knunu_packed_per_s: packed.perSecond,
  sm_uncertainty_1e4_s: smUnc,
  sm_uncertainty_rel_sigma: mc.summary.std / mc.central,
  flavio_np_br_bplus_knunu_per_s: 1 / flavioNpSeconds,
  flavio_np_br_bplus_knunu_same_wilson_per_s: 1 / flavioSameObj,
  flavio_sm_uncertainty_1e4_s_extrapolated: flavioUnc1e4,
  speedup_np_br: api.perSecond * flavioNpSeconds,
  speedup_np_br_packed: packed.perSecond * flavioNpSeconds,
  speedup_sm_uncertainty: flavioUnc1e4 / smUnc,
  dark_region_200x16_s: darkRegion,
  dark_br_per_s: darkRate.perSecond,
  reference: 'flavio v2.7.0 timings in data/reference/flavio-2.7.json (timing_seconds; median of 50 calls; sm_uncertainty N = 200 scaled to 1e4)',
  node: process.version,
};
if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  process.stdout.write(`${formatHistfactoryBench(histfactory)}\n`);
  const f = (x: number) => x.toExponential(3);
  process.stdout.write(
    `BR(B+->Knunu) at a new NP point per call: ${f(api.perSecond)}/s (public API), ${f(packed.perSecond)}/s (packed)\n` +
      `  flavio: ${f(1 / flavioNpSeconds)}/s  → speed-up ${f(result.speedup_np_br)} (API), ${f(result.speedup_np_br_packed)} (packed)\n` +
      `SM uncertainty of BR(B+->Knunu), 1e4 draws: ${smUnc.toFixed(3)} s (flavio: ${flavioUnc1e4.toFixed(0)} s extrapolated from N = ${flavioUnc.N}) → ${result.speedup_sm_uncertainty.toFixed(0)}×\n` +
      `dark pairs: allowed regions of 16 operators × 200 masses ${darkRegion.toFixed(3)} s; BR(B+->Kchichi) at fixed mass ${f(darkRate.perSecond)}/s\n` +
      `BR(B0->K*mutau) at a new NP point per call: ${f(lfvRate.perSecond)}/s; preparing BR(B0->K*tautau) (SM + NNLO, q² integrals): ${(1e3 * prepKstarTautau).toFixed(2)} ms\n` +
      `scan of the 12 C_L, C_R (R_K, R_K*), one thread: ${f(scanPerS)} points/s\n` +
      `relic density per evaluation (tables prepared): ALP freeze-in ${relic.summary.relic_alp_freeze_in_ms.toFixed(2)} ms, dark-photon freeze-out ${relic.summary.relic_darkphoton_freeze_out_ms.toFixed(2)} ms, VLQ freeze-out ${relic.summary.relic_vlq_freeze_out_ms.toFixed(2)} ms; tables per mass: ALP ${relic.summary.relic_alp_prepare_tables_ms.toFixed(1)} ms, VLQ ${relic.summary.relic_vlq_prepare_tables_ms.toFixed(1)} ms\n` +
      `Belle II likelihood reweighted to a model (spectrum, yields, profiled fit of all nuisances): two-body line ${(1e3 * reweightTwoBody).toFixed(1)} ms; fermion pair with 8 form-factor nuisances ${(1e3 * reweightDarkFixedMass).toFixed(1)} ms (fixed mass), ${(1e3 * reweightDarkNewMass).toFixed(1)} ms (new mass)\n`,
  );
}

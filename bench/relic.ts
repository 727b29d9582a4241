/**
 * Timing of the model relic densities (the "milliseconds, not seconds" requirement of the cosmology issue):
 * one relic-density evaluation with the thermal tables prepared (what a scan at fixed mediator/DM mass costs),
 * and the one-off table preparation per mass.
 *
 *   npx tsx bench/relic.ts [--json]
 *
 * `runRelicBench()` is exported for bench/run.ts.
 */
import { makeParameterSet } from '../src/params/parameter-set.js';
import { ALP_MODEL, alpCouplingsFrom, resolveModelPoint } from '../src/models/mediators.js';
import { alpFreezeIn, prepareAlpCosmology } from '../src/models/cosmo/alp-freeze-in.js';
import { darkPhotonRelic } from '../src/models/cosmo/dark-photon-cosmology.js';
import { prepareVlqAnnihilation, vlqRelic } from '../src/models/vlq/annihilation.js';

interface Timing {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly repeats: number;
  readonly result: number;
}

function time(name: string, repeats: number, run: (i: number) => number): Timing {
  for (let i = 0; i < 3; i++) run(i);
  const t: number[] = [];
  let result = NaN;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    result = run(i);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { name, medianMs: t[t.length >> 1], minMs: t[0], repeats, result };
}

export function runRelicBench(repeats = 30): { node: string; timings: Timing[]; summary: Record<string, number> } {
  const ps = makeParameterSet('clms2025');
  const prep = prepareAlpCosmology(ps, 2);
  const alp = (fa: number, mchi: number) => alpCouplingsFrom(resolveModelPoint(ALP_MODEL, { m_a: 2, f_a: fa, m_chi: mchi }, ps));
  const vprep = prepareVlqAnnihilation(ps, 1);
  const timings = [
    time('ALP freeze-in: eqs. 27–28 network + Ω h² (tables prepared), f_a/C = 1.4–2.0e8 GeV, m_χ = 1–10 MeV (result: Ω h²)', repeats, (i) =>
      alpFreezeIn(prep, alp(1.4e8 + 2e6 * (i % 30), 1e-3 * (1 + (i % 10))), ps).omegaH2,
    ),
    time('ALP thermal tables for one m_a (4 Gondolo–Gelmini averages × 161 x values)', 5, (i) => prepareAlpCosmology(ps, 1.9 + 0.01 * i).sigmaV.bg(1)),
    time('dark photon: freeze-out with eq. (47), m_DM = 0.1–0.8 GeV (result: Ω h²)', repeats, (i) =>
      darkPhotonRelic({ alphaX: 3e-4 * (1 + 0.01 * i), mDM: 0.1 + 0.02 * (i % 36), mX: 2, mphi: 0.004 }).omegaH2,
    ),
    time('VLQ scalar DM: freeze-out through φφ → mesons (tables prepared), m_φ = 1 GeV (result: Ω h²)', repeats, (i) =>
      vlqRelic(vprep, { uu: 0, dd: -5.6e-6, ss: 1.4e-4 * (1 + 0.01 * i) }).omegaH2,
    ),
    time('VLQ annihilation tables for one m_φ (6 channels × 121 x values)', 5, (i) => prepareVlqAnnihilation(ps, 0.9 + 0.01 * i).mphi),
  ];
  return {
    node: process.version,
    timings,
    summary: {
      relic_alp_freeze_in_ms: timings[0].medianMs,
      relic_alp_prepare_tables_ms: timings[1].medianMs,
      relic_darkphoton_freeze_out_ms: timings[2].medianMs,
      relic_vlq_freeze_out_ms: timings[3].medianMs,
      relic_vlq_prepare_tables_ms: timings[4].medianMs,
    },
  };
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/relic.ts');
if (isMain) {
  const out = runRelicBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(out));
  else for (const t of out.timings) console.log(`${t.medianMs.toFixed(3).padStart(9)} ms (min ${t.minMs.toFixed(3)})  ${t.name} = ${t.result.toPrecision(6)}`);
}

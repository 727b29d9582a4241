/**
 * Timing of the thermal-cosmology solvers: one freeze-out solve (paper 002 §III.B setting), one freeze-in solve
 * (decays of a bath particle), one two-species network in the form of paper 002 eqs. 27–28, and one
 * Gondolo–Gelmini thermal average (eq. 25).
 *
 *   npx tsx bench/cosmo.ts            human-readable
 *   npx tsx bench/cosmo.ts --json     one JSON object
 *
 * `runCosmoBench()` is exported so a bench driver can import it.
 */
import { solveBoltzmannNetwork, type BathParticle } from '../src/cosmo/boltzmann-network.js';
import { GEV_M2_TO_CM3_PER_S } from '../src/cosmo/constants.js';
import { solveFreezeOut } from '../src/cosmo/freeze-out.js';
import { thermalAverageSigmaV } from '../src/cosmo/thermal-average.js';
import { makeBesselK1OverK2 } from '../src/numerics/special/bessel-k.js';
import type { OdeStats } from '../src/numerics/ode/types.js';

interface Timing {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly repeats: number;
  readonly result: number;
  readonly stats?: OdeStats;
}

function time(name: string, repeats: number, run: () => { result: number; stats?: OdeStats }): Timing {
  for (let i = 0; i < 5; i++) run(); // warm-up (JIT)
  const t: number[] = [];
  let last = run();
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    last = run();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { name, medianMs: t[t.length >> 1], minMs: t[0], repeats, result: last.result, ...(last.stats ? { stats: last.stats } : {}) };
}

export function runCosmoBench(repeats = 50): { node: string; timings: Timing[] } {
  const besselK1OverK2 = makeBesselK1OverK2(); // allocation-free K1/K2 for the rate callbacks
  const gamma: BathParticle = { bath: 'γ', mass: 0, g: 2 };
  const sv = 2.2e-26 / GEV_M2_TO_CM3_PER_S;
  const timings = [
    time('freeze-out: m = 100 GeV, s-wave 2.2e-26 cm³/s, SM g_*(T), x 1→1000 + tail (result: Ω h²)', repeats, () => {
      const r = solveFreezeOut({ mass: 100, g: 2, sigmaV: () => sv });
      return { result: r.omegaH2, stats: r.stats };
    }),
    time('freeze-in: bath particle M = 100 GeV decaying to χ, Γ = 1e-24 GeV, SM g_*(T), x 1e-3→100 (result: Y_χ)', repeats, () => {
      const r = solveBoltzmannNetwork({
        referenceMass: 100,
        xStart: 1e-3,
        xEnd: 100,
        species: [{ name: 'chi', mass: 1e-3, g: 2, initial: 0 }],
        reactions: [{ initial: [{ bath: 'B', mass: 100, g: 2 }], final: ['chi', gamma], rate: (x) => 1e-24 * besselK1OverK2(x) }],
      });
      return { result: r.finalYields.chi, stats: r.stats };
    }),
    time('eqs. 27–28 network: ALP from b → s a, a → SM, a → χχ̄, x = m_b/T 0.1→1000 (result: Ω_χ h²)', Math.max(5, repeats >> 2), () => {
      const mb = 4.18;
      const r = solveBoltzmannNetwork({
        referenceMass: mb,
        xStart: 0.1,
        xEnd: 1000,
        species: [
          { name: 'a', mass: 2, g: 1, initial: 0, variable: 'deviation' },
          { name: 'chi', mass: 3e-3, g: 4, initial: 0 },
        ],
        reactions: [
          { initial: [{ bath: 'b', mass: mb, g: 12 }], final: [{ bath: 's', mass: 0.095, g: 12 }, 'a'], rate: (x) => 1e-16 * besselK1OverK2(x) },
          { initial: ['a'], final: [gamma, gamma], rate: (x) => 1e-12 * besselK1OverK2((2 / mb) * x) },
          { initial: ['a'], final: ['chi', 'chi'], rate: (x) => 1e-22 * besselK1OverK2((2 / mb) * x) },
        ],
      });
      return { result: r.omegaH2.chi, stats: r.stats };
    }),
    time('Gondolo–Gelmini ⟨σv⟩ for σ = 1/s, m = 100 GeV, x = 20 (result: GeV⁻²)', repeats * 4, () => ({
      result: thermalAverageSigmaV((s) => 1 / s, 100, 100, 5),
    })),
  ];
  return { node: process.version, timings };
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/cosmo.ts');
if (isMain) {
  const out = runCosmoBench();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(out));
  } else {
    for (const t of out.timings) {
      const s = t.stats ? `  [${t.stats.accepted} steps, ${t.stats.rejected} rejected, ${t.stats.rhsEvals} f-evals, ${t.stats.jacobianEvals} Jacobians]` : '';
      console.log(`${t.medianMs.toFixed(3).padStart(8)} ms (min ${t.minMs.toFixed(3)})  ${t.name} = ${t.result.toPrecision(6)}${s}`);
    }
  }
}

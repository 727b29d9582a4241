import { describe, expect, it } from 'vitest';
import { EmissError } from '../src/core/errors.js';
import { solveBoltzmannNetwork, type BathParticle } from '../src/cosmo/boltzmann-network.js';
import { GEV_M2_TO_CM3_PER_S, M_PLANCK, M_PLANCK_REDUCED } from '../src/cosmo/constants.js';
import { kolbTurnerEstimate, solveFreezeOut } from '../src/cosmo/freeze-out.js';
import { constantHistory, standardModelHistory } from '../src/cosmo/thermal-history.js';
import { integrateAdaptive } from '../src/numerics/adaptive.js';
import { brent } from '../src/numerics/roots.js';
import { besselK1, besselK1OverK2, besselK2 } from '../src/numerics/special/bessel-k.js';

const rel = (a: number, b: number) => Math.abs(a / b - 1);
const cm3s = (v: number) => v / GEV_M2_TO_CM3_PER_S; // cm³/s → GeV⁻²

describe('freeze-out solver', () => {
  // With g_* = g_*s = 90 and g = 2 the freeze-out equation is the Riccati model dY/dx = −λ/x² (Y² − Y_eq²) with
  // λ = 4π M̄_Pl m ⟨σv⟩ and Y_eq = 45·2/(4π⁴·90) x² K2(x); SciPy Radau/BDF at rtol 1e-13 give Y(1000)
  // (test/refgen/stiff_odes_scipy.py).
  const refs: [number, number][] = [
    [4.3e7, 2.5038582091923153e-7],
    [4.3e11, 4.6278713492913593e-11],
    [4.3e15, 6.825452256655835e-15],
  ];
  const m = 100;
  const riccati = (lam: number, rtol?: number) =>
    solveFreezeOut({ mass: m, g: 2, sigmaV: () => lam / (4 * Math.PI * M_PLANCK_REDUCED * m), history: constantHistory(90), tail: false, rtol });

  it('reproduces the high-accuracy Riccati solutions: ≤ 2e-7 at the default rtol 1e-6, ≤ 1e-9 at rtol 1e-9', () => {
    for (const [lam, ref] of refs) {
      expect(rel(riccati(lam).yieldEnd, ref)).toBeLessThan(2e-7);
      expect(rel(riccati(lam, 1e-9).yieldEnd, ref)).toBeLessThan(1e-9);
    }
  });
  it('is cheap: ≲ 200 steps at the default tolerance, far from the ~4000 of a plain Y integration', () => {
    const r = riccati(4.3e11);
    expect(r.stats.accepted).toBeLessThan(200);
    expect(r.stats.accepted).toBeGreaterThan(69); // at least ln(1000)/0.1 steps (step cap in ln x)
  });
  it('adds the exact tail: 1/Y_∞ = 1/Y(1000) + λ/1000 for s-wave with constant g', () => {
    const lam = 4.3e11;
    const r = solveFreezeOut({ mass: m, g: 2, sigmaV: () => lam / (4 * Math.PI * M_PLANCK_REDUCED * m), history: constantHistory(90) });
    expect(rel(1 / r.yieldInfinity, 1 / r.yieldEnd + lam / 1000)).toBeLessThan(1e-9);
    expect(r.tailCorrection).toBeLessThan(-0.01);
  });
  it('s-wave ⟨σv⟩ = 2.2e-26 cm³/s at m = 100 GeV (Majorana) gives Ω h² ≈ 0.115, within 5 % of 0.12', () => {
    // Steigman, Dasgupta & Beacom, PRD 86 (2012) 023506 [arXiv:1204.3622]: 2.2e-26 cm³/s for m ≳ 10 GeV.
    const r = solveFreezeOut({ mass: 100, g: 2, sigmaV: () => cm3s(2.2e-26) });
    expect(r.omegaH2).toBeGreaterThan(0.114);
    expect(r.omegaH2).toBeLessThan(0.116);
    expect(r.xFreezeOut).toBeGreaterThan(22);
    expect(r.xFreezeOut).toBeLessThan(25);
    // the cross section that gives exactly 0.12 (Planck 2018): 2.10e-26 cm³/s
    const sv012 = brent((lg) => solveFreezeOut({ mass: 100, g: 2, sigmaV: () => cm3s(10 ** lg) }).omegaH2 - 0.12, -26, -25.5, 1e-6);
    expect(10 ** sv012).toBeGreaterThan(2.05e-26);
    expect(10 ** sv012).toBeLessThan(2.15e-26);
  });
  it('agrees with the Kolb–Turner approximation to < 10 % for 10 GeV – 10 TeV (measured 8 % at 10 GeV, ≤ 4 % above), s- and p-wave', () => {
    for (const mass of [10, 100, 1000, 1e4]) {
      const a = cm3s(2.2e-26);
      const num = solveFreezeOut({ mass, g: 2, sigmaV: () => a }).omegaH2;
      const kt = kolbTurnerEstimate({ mass, g: 2, a });
      expect(rel(kt.omegaH2, num)).toBeLessThan(0.09);
      const b = cm3s(5e-25);
      const nump = solveFreezeOut({ mass, g: 2, sigmaV: (x) => (6 * b) / x }).omegaH2;
      expect(rel(kolbTurnerEstimate({ mass, g: 2, a: 0, b }).omegaH2, nump)).toBeLessThan(0.1);
    }
  });
  it('a particle χ ≠ χ̄ needs twice the cross section (κ = 1/2 on the total yield) for about the same Ω', () => {
    const maj = solveFreezeOut({ mass: 100, g: 2, sigmaV: () => cm3s(2.2e-26) }).omegaH2;
    const dir = solveFreezeOut({ mass: 100, g: 2, selfConjugate: false, sigmaV: () => cm3s(4.4e-26) }).omegaH2;
    // same κσv, but Y_eq doubled: x_f grows by ln 2, Ω by ≈ ln2/x_f ≈ 3 %
    expect(dir / maj).toBeGreaterThan(1.01);
    expect(dir / maj).toBeLessThan(1.05);
  });
  it('converges: rtol 1e-6 and 1e-9 agree to 1e-5 with the Standard-Model g_*(T)', () => {
    const a = solveFreezeOut({ mass: 30, g: 2, sigmaV: (x) => cm3s(1e-26 + 3e-25 / x) });
    const b = solveFreezeOut({ mass: 30, g: 2, sigmaV: (x) => cm3s(1e-26 + 3e-25 / x), rtol: 1e-9 });
    expect(rel(a.omegaH2, b.omegaH2)).toBeLessThan(1e-5);
  });
  it('records Y(x): equilibrium early, frozen late, monotonically decreasing', () => {
    const xs = [1, 2, 5, 10, 20, 50, 100, 1000];
    const r = solveFreezeOut({ mass: 100, g: 2, sigmaV: () => cm3s(2.2e-26), xEval: xs, history: constantHistory(90) });
    const yeq = (x: number) => ((45 * 2) / (4 * Math.PI ** 4 * 90)) * x * x * besselK2(x);
    expect(rel(r.yEval[2], yeq(5))).toBeLessThan(1e-6);
    for (let i = 1; i < xs.length; i++) expect(r.yEval[i]).toBeLessThan(r.yEval[i - 1]);
    expect(r.yEval[7]).toBe(r.yieldEnd);
    // annihilations continue after freeze-out: 1/Y grows like λ(1/x_f − 1/x), so Y(100) ≈ 1.27 Y(1000)
    expect(r.yEval[6] / r.yieldEnd).toBeGreaterThan(1.2);
    expect(r.yEval[6] / r.yieldEnd).toBeLessThan(1.35);
  });
  it('rejects bad input', () => {
    expect(() => solveFreezeOut({ mass: -1, g: 2, sigmaV: () => 1e-9 })).toThrow(EmissError);
    expect(() => solveFreezeOut({ mass: 1, g: 2, sigmaV: () => NaN })).toThrow(EmissError);
    expect(() => solveFreezeOut({ mass: 1, g: 2, sigmaV: () => 1e-9, xStart: 10, xEnd: 5 })).toThrow(EmissError);
  });
});

describe('Boltzmann network (paper 002 eqs. 27–28)', () => {
  const gamma: BathParticle = { bath: 'γ', mass: 0, g: 2 };

  it('freeze-in from decays of a bath particle: Y_∞ = 135 g_B M_Pl Γ/(8π³ · 1.66 · g_*s √g_* · M²)', () => {
    // Derivation: dY/dT = −g_B M² K1(M/T) Γ/(2π² T H s) with H = 1.66 √g T²/M_Pl, s = (2π²/45) g_*s T³;
    // ∫₀^∞ x³ K1(x) dx = 3π/2 gives the formula, with 1.66 ≡ √(4π³/45) = 1.6602 (non-reduced M_Pl).
    expect(rel(integrateAdaptive((x) => x ** 3 * besselK1(x), 1e-12, 200, { epsrel: 1e-13 }).value, 1.5 * Math.PI)).toBeLessThan(1e-12);
    const c166 = Math.sqrt((4 * Math.PI ** 3) / 45);
    expect(rel(135 / (8 * Math.PI ** 3 * c166), (405 * Math.sqrt(5)) / (16 * Math.PI ** 4.5))).toBeLessThan(1e-15);
    const M = 100;
    const gB = 2;
    const G = 1e-24; // tiny: inverse decays and Y/Y_eq ≈ 1e-10 are negligible
    const g = 100;
    const r = solveBoltzmannNetwork({
      referenceMass: M,
      history: constantHistory(g),
      xStart: 1e-3,
      xEnd: 100,
      species: [{ name: 'chi', mass: 0, g: 2, initial: 0 }],
      reactions: [{ initial: [{ bath: 'B', mass: M, g: gB }], final: ['chi', gamma], rate: (x) => G * besselK1OverK2(x) }],
    });
    const analytic = (135 * gB * M_PLANCK * G) / (8 * Math.PI ** 3 * c166 * g * Math.sqrt(g) * M * M);
    expect(rel(r.finalYields.chi, analytic)).toBeLessThan(1e-7);
  });
  it('mediator kept in equilibrium by fast decays to the bath, DM from a → χχ̄: Ỹ_χ = 2 × the freeze-in formula (g_a, Γ_χ)', () => {
    const ma = 2;
    const ga = 1;
    const Gchi = 1e-25;
    const g = 80;
    const r = solveBoltzmannNetwork({
      referenceMass: ma,
      history: constantHistory(g),
      xStart: 1e-3,
      xEnd: 200,
      species: [
        { name: 'a', mass: ma, g: ga },
        { name: 'chi', mass: 1e-3, g: 4, initial: 0 },
      ],
      reactions: [
        { name: 'a → SM', initial: ['a'], final: [gamma, gamma], rate: (x) => 1e-6 * besselK1OverK2(x) },
        { name: 'a → χχ̄', initial: ['a'], final: ['chi', 'chi'], rate: (x) => Gchi * besselK1OverK2(x) },
      ],
      xEval: [0.01, 1, 10],
    });
    const analytic = (2 * 135 * ga * M_PLANCK * Gchi) / (8 * Math.PI ** 3 * Math.sqrt((4 * Math.PI ** 3) / 45) * g * Math.sqrt(g) * ma * ma);
    expect(rel(r.finalYields.chi, analytic)).toBeLessThan(1e-6);
    for (let k = 0; k < 3; k++) expect(rel(r.yields.a[k], r.equilibriumYields.a[k])).toBeLessThan(1e-8);
    expect(rel(r.omegaH2.chi, 1e-3 * r.finalYields.chi * 2.7438e8)).toBeLessThan(1e-4);
  });
  it('conserves Y_a + Ỹ_χ/2 when a ↔ χχ̄ is the only reaction (inverse decays active)', () => {
    const r = solveBoltzmannNetwork({
      referenceMass: 1,
      history: standardModelHistory,
      xStart: 0.1,
      xEnd: 30,
      species: [
        { name: 'a', mass: 1, g: 1 },
        { name: 'chi', mass: 0.1, g: 4, initial: 0 },
      ],
      reactions: [{ initial: ['a'], final: ['chi', 'chi'], rate: (x) => 1e-17 * besselK1OverK2(x) }],
      xEval: [0.1, 1, 3, 10, 30],
      rtol: 1e-8,
    });
    const n0 = r.yields.a[0] + r.yields.chi[0] / 2;
    for (let k = 1; k < 5; k++) expect(rel(r.yields.a[k] + r.yields.chi[k] / 2, n0)).toBeLessThan(1e-7);
    // and the decay did happen (Γ/H ≫ 1 at x ~ 10) while inverse decays kept χ below its equilibrium value
    expect(r.yields.a[4]).toBeLessThan(1e-3 * n0);
    expect(r.yields.chi[2]).toBeGreaterThan(0.1 * n0);
  });
  it('fast reactions hold everything in equilibrium (detailed balance built in)', () => {
    const r = solveBoltzmannNetwork({
      referenceMass: 1,
      xStart: 0.5,
      xEnd: 8,
      species: [
        { name: 'a', mass: 1, g: 1 },
        { name: 'chi', mass: 0.2, g: 4 },
      ],
      reactions: [
        { initial: ['a'], final: [gamma, gamma], rate: (x) => 1e-5 * besselK1OverK2(x) },
        { initial: ['a'], final: ['chi', 'chi'], rate: (x) => 1e-5 * besselK1OverK2(x) },
      ],
      xEval: [1, 4, 8],
    });
    for (let k = 0; k < 3; k++) {
      expect(rel(r.yields.a[k], r.equilibriumYields.a[k])).toBeLessThan(1e-8);
      expect(rel(r.yields.chi[k], r.equilibriumYields.chi[k])).toBeLessThan(1e-8);
    }
  });
  it('χχ → bath in the network reproduces the dedicated freeze-out solver', () => {
    const sv = cm3s(2.2e-26);
    const fo = solveFreezeOut({ mass: 100, g: 2, sigmaV: () => sv, tail: false, rtol: 1e-9 });
    const net = solveBoltzmannNetwork({
      referenceMass: 100,
      xStart: 1,
      xEnd: 1000,
      rtol: 1e-9,
      species: [{ name: 'chi', mass: 100, g: 2 }],
      reactions: [{ initial: ['chi', 'chi'], final: [gamma, gamma], rate: () => sv }],
    });
    expect(rel(net.finalYields.chi, fo.yieldEnd)).toBeLessThan(1e-6);
  });
  it('an ALP-like mediator produced from zero by b → s a (eq. 27) and decaying to χχ̄ (eq. 28): both integration variables agree', () => {
    const mb = 4.18;
    const b: BathParticle = { bath: 'b', mass: mb, g: 12 };
    const s: BathParticle = { bath: 's', mass: 0.095, g: 12 };
    const run = (variable: 'yield' | 'deviation', rtol: number) =>
      solveBoltzmannNetwork({
        referenceMass: mb,
        xStart: 0.1,
        xEnd: 1000,
        rtol,
        species: [
          { name: 'a', mass: 2, g: 1, initial: 0, variable },
          { name: 'chi', mass: 3e-3, g: 4, initial: 0 },
        ],
        reactions: [
          { name: 'b → s a', initial: [b], final: [s, 'a'], rate: (x) => 1e-16 * besselK1OverK2(x) },
          { name: 'a → SM', initial: ['a'], final: [gamma, gamma], rate: (x) => 1e-12 * besselK1OverK2((2 / mb) * x) },
          { name: 'a → χχ̄', initial: ['a'], final: ['chi', 'chi'], rate: (x) => 1e-22 * besselK1OverK2((2 / mb) * x) },
        ],
        xEval: [1, 10],
      });
    const dev = run('deviation', 1e-7);
    const yld = run('yield', 1e-7);
    expect(rel(dev.finalYields.chi, yld.finalYields.chi)).toBeLessThan(1e-5);
    expect(dev.stats.accepted * 3).toBeLessThan(yld.stats.accepted);
    // the ALP thermalises (eq. 27 rates ≫ H) and then Boltzmann-suppresses with its equilibrium value
    expect(rel(dev.yields.a[1], dev.equilibriumYields.a[1])).toBeLessThan(1e-6);
    expect(dev.finalYields.chi).toBeGreaterThan(1e-8);
  });
  it('paper-literal options: H with g_*s (eq. 26 as printed) rescales a freeze-in yield by √(g_*/g_*s)', () => {
    const base = {
      referenceMass: 10,
      history: constantHistory(100, 110),
      xStart: 1e-3,
      xEnd: 100,
      species: [{ name: 'chi', mass: 0, g: 2, initial: 0 }],
      reactions: [{ initial: [{ bath: 'B', mass: 10, g: 1 }], final: ['chi', gamma], rate: (x: number) => 1e-24 * besselK1OverK2(x) }],
    };
    const e = solveBoltzmannNetwork(base).finalYields.chi;
    const s = solveBoltzmannNetwork({ ...base, hubbleDof: 'entropy', includeDofDerivative: false }).finalYields.chi;
    expect(rel(s / e, Math.sqrt(100 / 110))).toBeLessThan(1e-7);
  });
  it('rejects malformed networks', () => {
    const sp = [{ name: 'chi', mass: 1, g: 2 }];
    const base = { referenceMass: 1, xStart: 1, xEnd: 10, species: sp };
    expect(() => solveBoltzmannNetwork({ ...base, reactions: [{ initial: ['nope'], final: [gamma], rate: () => 1 }] })).toThrow(/unknown species/);
    expect(() => solveBoltzmannNetwork({ ...base, reactions: [{ initial: [gamma], final: [gamma], rate: () => 1 }] })).toThrow(EmissError);
    expect(() => solveBoltzmannNetwork({ ...base, reactions: [{ initial: ['chi', 'chi', 'chi'], final: [gamma], rate: () => 1 }] })).toThrow(EmissError);
    expect(() => solveBoltzmannNetwork({ ...base, species: [], reactions: [] })).toThrow(EmissError);
    expect(() => solveBoltzmannNetwork({ ...base, reactions: [{ initial: ['chi'], final: [gamma], rate: () => -1 }] })).toThrow(EmissError);
  });
});

import { describe, expect, it } from 'vitest';
import * as L from './helpers/lorentz.js';
import { gaussLegendreOn } from '../src/numerics/gauss-legendre.js';
import {
  bToSAlpWidth,
  sigmaBBbarToAlpGluon,
  sigmaBBbarToAlpPhoton,
  sigmaBGluonToBAlp,
  sigmaBPhotonToBAlp,
} from '../src/processes/cosmo/alp-production.js';
import {
  alpFreezeIn,
  chiCouplingForOmega,
  freezeInYieldPerWidth,
  minimumChiCoupling,
  omegaFromYieldPerWidth,
  prepareAlpCosmology,
  thermalisationRates,
} from '../src/models/cosmo/alp-freeze-in.js';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { alpCouplingsFrom, ALP_MODEL, resolveModelPoint } from '../src/models/mediators.js';
import { constantHistory, hubbleRate, standardModelHistory } from '../src/cosmo/thermal-history.js';
import { M_PLANCK } from '../src/cosmo/constants.js';
import { numberDensityEq } from '../src/cosmo/equilibrium.js';
import { thermalAverageSigmaV, thermalAverageWidth } from '../src/cosmo/thermal-average.js';
import { alphaS } from '../src/params/qcd-running.js';
import { EmissError } from '../src/core/errors.js';

const rel = (a: number, b: number) => Math.abs(a / b - 1);
const { c, real4, slash, mmul, madd, mscale, ID, GAMMA5, trace, bar, polarisations, momentum } = L;

// ---------------------------------------------------------------- independent amplitudes (explicit Dirac traces)
/** (p̸ + m)/(p² − m²) */
function prop(p: number[], m: number): L.M4 {
  const p2 = p[0] * p[0] - p[1] * p[1] - p[2] * p[2] - p[3] * p[3];
  return mscale(madd(slash(real4(p)), mscale(ID, c(m))), c(1 / (p2 - m * m)));
}
const kallen = (a: number, b: number, d: number) => a * a + b * b + d * d - 2 * (a * b + b * d + a * d);
const pole = (p: number[], m: number) => madd(slash(real4(p)), mscale(ID, c(m)));
const antiPole = (p: number[], m: number) => madd(slash(real4(p)), mscale(ID, c(-m)));

/**
 * σ(b g → b a) for the Yukawa −i g_a a b̄γ5b (g_a = 1) and the QCD vertex γ^μ (g_s = 1), spins averaged, colour
 * factor left out: s- and u-channel b exchange, transverse gluon polarisations, σ = ∫|M̄|² dΦ₂/(4|p|√s),
 * dΦ₂ = |p'| dcosθ/(8π√s).
 */
function sigmaBG(s: number, mb: number, ma: number): number {
  const pin = (s - mb * mb) / (2 * Math.sqrt(s));
  const p1 = momentum(mb, pin, [0, 0, 1]);
  const k = momentum(0, pin, [0, 0, -1]);
  const pout = Math.sqrt(kallen(s, mb * mb, ma * ma)) / (2 * Math.sqrt(s));
  const rule = gaussLegendreOn(-1, 1, 160);
  let tot = 0;
  for (let i = 0; i < rule.nodes.length; i++) {
    const ct = rule.nodes[i];
    const st = Math.sqrt(1 - ct * ct);
    const p3 = momentum(mb, pout, [st, 0, ct]);
    const p4 = momentum(ma, pout, [-st, 0, -ct]);
    for (const e of polarisations(0, pin, [0, 0, -1])) {
      const es = slash(e);
      const G = madd(mmul(mmul(GAMMA5, prop(p1.map((x, j) => x + k[j]), mb)), es), mmul(mmul(es, prop(p1.map((x, j) => x - p4[j]), mb)), GAMMA5));
      tot += rule.weights[i] * trace(mmul(mmul(mmul(pole(p3, mb), G), pole(p1, mb)), bar(G))).re;
    }
  }
  return ((tot / 4) * pout) / (8 * Math.PI * Math.sqrt(s)) / (4 * pin * Math.sqrt(s));
}

/** σ(b b̄ → a g), same conventions: t- and u-channel b exchange. */
function sigmaBB(s: number, mb: number, ma: number): number {
  const pin = Math.sqrt(s / 4 - mb * mb);
  const p1 = momentum(mb, pin, [0, 0, 1]);
  const p2 = momentum(mb, pin, [0, 0, -1]);
  const pout = (s - ma * ma) / (2 * Math.sqrt(s));
  const rule = gaussLegendreOn(-1, 1, 160);
  let tot = 0;
  for (let i = 0; i < rule.nodes.length; i++) {
    const ct = rule.nodes[i];
    const st = Math.sqrt(1 - ct * ct);
    const k1 = momentum(ma, pout, [st, 0, ct]);
    for (const e of polarisations(0, pout, [-st, 0, -ct])) {
      const es = slash(L.conj4(e));
      const k2 = momentum(0, pout, [-st, 0, -ct]);
      const G = madd(mmul(mmul(es, prop(p1.map((x, j) => x - k1[j]), mb)), GAMMA5), mmul(mmul(GAMMA5, prop(p1.map((x, j) => x - k2[j]), mb)), es));
      tot += rule.weights[i] * trace(mmul(mmul(mmul(antiPole(p2, mb), G), pole(p1, mb)), bar(G))).re;
    }
  }
  return ((tot / 4) * pout) / (8 * Math.PI * Math.sqrt(s)) / (4 * pin * Math.sqrt(s));
}

describe('ALP production cross sections (paper 002 eqs. 21–23)', () => {
  const mb = 4.18;
  it('eq. (23): σ(b g → b a) equals the explicit amplitude for m_a = 0.5, 2, 3 GeV (colour 1/6, g_a = C m_b/f_a)', () => {
    for (const ma of [0.5, 2, 3]) {
      for (const s of [(mb + ma) ** 2 * 1.02, 60, 200, 5000]) {
        // per α_s C²/f_a²: g_s² = 4πα_s, g_a² = m_b² C²/f_a²
        const num = sigmaBG(s, mb, ma) * 4 * Math.PI * mb * mb * (1 / 6);
        expect(rel(sigmaBGluonToBAlp(s, mb, ma, 1, 1), num)).toBeLessThan(1e-9);
        // photon analogue: α_s/6 → Q_b² α
        expect(rel(sigmaBPhotonToBAlp(s, mb, ma, 1, 1), sigmaBG(s, mb, ma) * 4 * Math.PI * mb * mb * (1 / 9))).toBeLessThan(1e-9);
      }
    }
  });
  it('eq. (22): σ(b b̄ → a g) equals the explicit amplitude (colour 4/9); photon analogue Q_b²α/3', () => {
    for (const ma of [0.5, 2]) {
      for (const s of [4 * mb * mb * 1.001, 80, 300, 5000]) {
        const num = sigmaBB(s, mb, ma) * 4 * Math.PI * mb * mb;
        expect(rel(sigmaBBbarToAlpGluon(s, mb, ma, 1, 1), num * (4 / 9))).toBeLessThan(1e-9);
        expect(rel(sigmaBBbarToAlpPhoton(s, mb, ma, 1, 1), num * (1 / 27))).toBeLessThan(1e-9);
      }
    }
  });
  it('eq. (21): Γ(b → s a) ∝ (1 − m_a²/m_b²)² from the explicit trace (the printed cube is not right)', () => {
    const f = 1e8;
    for (const [CV, CA, ma] of [
      [1, 0, 2],
      [0, 1, 2],
      [1, -1, 1],
      [0.3, 0.7, 3.5],
    ]) {
      // M = (1/2f) ū_s p̸_a (C_V + C_A γ5) u_b, m_s = 0; Γ = Σ|M|²/2 · |p|/(8π m_b²)
      const pa = (mb * mb - ma * ma) / (2 * mb);
      const pb = [mb, 0, 0, 0];
      const ps = momentum(0, pa, [0, 0, 1]);
      const pA = momentum(ma, pa, [0, 0, -1]);
      const V = mscale(mmul(slash(real4(pA)), madd(mscale(ID, c(CV)), mscale(GAMMA5, c(CA)))), c(1 / (2 * f)));
      const m2 = trace(mmul(mmul(mmul(slash(real4(ps)), V), pole(pb, mb)), bar(V))).re / 2;
      const width = (m2 * pa) / (8 * Math.PI * mb * mb);
      expect(rel(bToSAlpWidth(mb, ma, CV, CA, f), width)).toBeLessThan(1e-12);
      // as printed: one more power of (1 − x_a)
      expect(bToSAlpWidth(mb, ma, CV, CA, f, true) / width).toBeCloseTo(1 - (ma * ma) / (mb * mb), 12);
    }
  });
});

describe('ALP freeze-in network (paper 002 eqs. 24–30)', () => {
  const ps = makeParameterSet('clms2025');
  const prep = prepareAlpCosmology(ps, 2);
  const couplings = (Cq: number, Cchi: number, mchi: number) =>
    alpCouplingsFrom(resolveModelPoint(ALP_MODEL, { m_a: 2, f_a: 1, C_q: Cq, CV_sb: Cq, CA_sb: Cq, C_chi: Cchi, m_chi: mchi }, ps));

  it('tabulated thermal averages agree with direct Gondolo–Gelmini integrals between the nodes (< 5e-5)', () => {
    const mb = prep.mb;
    const as = (s: number) => alphaS(ps, Math.sqrt(s));
    for (const x of [0.0123, 0.377, 2.91, 17.3]) {
      const T = mb / x;
      const bg = thermalAverageSigmaV((s) => sigmaBGluonToBAlp(s, mb, 2, as(s), 1), mb, 0, T, { sqrtSBreakpoints: [mb + 2] });
      expect(rel(prep.sigmaV.bg(x), bg)).toBeLessThan(5e-5);
      const bb = thermalAverageSigmaV((s) => sigmaBBbarToAlpGluon(s, mb, 2, as(s), 1), mb, mb, T);
      expect(rel(prep.sigmaV.bbg(x), bb)).toBeLessThan(5e-5);
    }
  });
  it('per-ALP decay rate of Fig. 1 (left) is n_b⟨Γ⟩/n_a^eq with b and b̄ (independent densities)', () => {
    const x = 1.7;
    const T = prep.mb / x;
    const r = thermalisationRates(prep, x);
    const nb = numberDensityEq(prep.mb, 12, T);
    const na = numberDensityEq(2, 1, T);
    const gamma = thermalAverageWidth(bToSAlpWidth(prep.mb, 2, 1, 1, 1), prep.mb, T);
    expect(rel(r.decayPerAlp, (nb * gamma) / na)).toBeLessThan(1e-9);
    expect(rel(r.couplingDecay, Math.sqrt(hubbleRate(T, standardModelHistory) / r.decayPerAlp))).toBeLessThan(1e-12);
  });
  it('ALP kept in equilibrium (large C_q): Ỹ_χ equals the analytic freeze-in of a thermal a (constant g_*)', () => {
    // Ỹ = 2 · 135 g_a M_Pl Γ/(8π³ · 1.66 g_*s √g_* m_a²), 1.66 = √(4π³/45), from ∫x³K1 = 3π/2
    const g = 70;
    const C = couplings(1e-7, 1e-9, 1e-3);
    const r = alpFreezeIn(prep, C, ps, { history: constantHistory(g), rtol: 1e-8 });
    const c166 = Math.sqrt((4 * Math.PI ** 3) / 45);
    const analytic = (2 * 135 * M_PLANCK * r.widths.chichi) / (8 * Math.PI ** 3 * c166 * g * Math.sqrt(g) * 4);
    expect(rel(r.yieldChi, analytic)).toBeLessThan(2e-3);
  });
  it('freeze-in is linear in Γ(a → χχ̄): J·Γ and the closed-form contour reproduce the full network', () => {
    const C = couplings(6e-9, 6e-9, 3e-3);
    const J = freezeInYieldPerWidth(prep, C, ps);
    const full = alpFreezeIn(prep, C, ps);
    expect(rel(omegaFromYieldPerWidth(J, 2, 3e-3, 6e-9), full.omegaH2)).toBeLessThan(1e-3);
    const Cchi = chiCouplingForOmega(J, 2, 1e-2);
    expect(rel(alpFreezeIn(prep, couplings(6e-9, Cchi, 1e-2), ps).omegaH2, 0.12)).toBeLessThan(2e-3);
    // WDM edge: m_χ = 15 keV still linear (BR(a → χχ̄) ≪ 1)
    const Cw = chiCouplingForOmega(J, 2, 15e-6);
    expect(rel(alpFreezeIn(prep, couplings(6e-9, Cw, 15e-6), ps).omegaH2, 0.12)).toBeLessThan(5e-3);
    const mn = minimumChiCoupling(J, 2);
    expect(mn.mchi).toBeCloseTo((Math.sqrt(3) / 4) * 2, 12);
    expect(chiCouplingForOmega(J, 2, 0.8 * mn.mchi)).toBeGreaterThan(mn.coupling);
    expect(chiCouplingForOmega(J, 2, 1.1 * mn.mchi)).toBeGreaterThan(mn.coupling);
  });
  it('paper 002 eq. (30): Ω h² ≈ 0.1 at C_q/f_a = C_χχ/f_a = 6e-9 GeV⁻¹, m_χ = 3 MeV, with Ω ∝ m_χ³ C_χ²', () => {
    const r = alpFreezeIn(prep, couplings(6e-9, 6e-9, 3e-3), ps);
    // the paper's one significant digit: 0.1 ± 0.05
    expect(Math.abs(r.omegaH2 - 0.1)).toBeLessThan(0.05);
    const r2 = alpFreezeIn(prep, couplings(6e-9, 12e-9, 3e-3), ps);
    expect(rel(r2.omegaH2 / r.omegaH2, 4)).toBeLessThan(2e-3);
    const r3 = alpFreezeIn(prep, couplings(6e-9, 6e-9, 6e-3), ps);
    const beta = (m: number) => Math.sqrt(1 - m * m);
    expect(rel(r3.omegaH2 / r.omegaH2, (8 * beta(6e-3)) / beta(3e-3))).toBeLessThan(2e-3);
  });
  it('the ALP thermalises (Y_a → Y_a^eq) around x ≈ 1 for the Belle II coupling, then follows equilibrium', () => {
    const r = alpFreezeIn(prep, couplings(6e-9, 6e-9, 3e-3), ps, { xEval: [0.01, 1, 3] });
    expect(r.network.yields.a[0]).toBe(0);
    expect(rel(r.network.yields.a[1], r.network.equilibriumYields.a[1])).toBeLessThan(0.05);
    expect(rel(r.network.yields.a[2], r.network.equilibriumYields.a[2])).toBeLessThan(0.05);
  });
  it('rejects bad input', () => {
    expect(() => prepareAlpCosmology(ps, 5)).toThrow(EmissError);
    expect(() => alpFreezeIn(prep, couplings(6e-9, 6e-9, 0), ps)).toThrow(EmissError);
    expect(() => alpFreezeIn(prep, { ...couplings(6e-9, 6e-9, 3e-3), ma: 1.5 }, ps)).toThrow(EmissError);
  });
});

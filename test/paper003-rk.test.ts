/**
 * Paper 003 (He, Ma, Valencia 2024) §II: R_K^νν and R_K*^νν in terms of the 36 b→sνν̄ coefficients,
 * eqs. (10a), (10b), (11), (12) — checked analytically against the numerical rates, and the quoted numbers.
 */
import { describe, expect, it } from 'vitest';
import { makeParameterSet, alphaE, type ParameterSet } from '../src/params/parameter-set.js';
import { OBSERVABLES, evaluate, SM_POINT } from '../src/observables/index.js';
import { monteCarlo } from '../src/uncertainty/monte-carlo.js';
import { makeRng } from '../src/numerics/random.js';
import { nunuName, NU_FLAVOURS, type NuNuStructure } from '../src/wc/nunu.js';
import type { Complex } from '../src/core/complex.js';

function cSM(ps: ParameterSet): number {
  const a = alphaE(ps);
  return (-ps.values.Xt / ps.values.s2w) * (a.sm / a.np);
}

/** eq. (10a) and (10b), written out with explicit sums (independent of the rate code). */
function analyticR(ps: ParameterSet, wc: Map<string, Complex>, eta: number): { rk: number; rks: number } {
  const C = cSM(ps);
  const c1 = (2 * C) / (3 * C * C);
  const c2 = 1 / (3 * C * C);
  const get = (s: NuNuStructure, a: string, b: string) => wc.get(nunuName(s, 'bs', a as never, b as never)) ?? { re: 0, im: 0 };
  let rk = 1;
  let rks = 1;
  for (const i of NU_FLAVOURS) {
    rk += c1 * (get('CL', i, i).re + get('CR', i, i).re);
    rks += c1 * get('CL', i, i).re - 2 * eta * (C / (3 * C * C)) * get('CR', i, i).re;
  }
  for (const i of NU_FLAVOURS)
    for (const j of NU_FLAVOURS) {
      const L = get('CL', i, j);
      const R = get('CR', i, j);
      const Lp = get('CLp', i, j);
      const Rp = get('CRp', i, j);
      rk += c2 * ((L.re + R.re) ** 2 + (L.im + R.im) ** 2 + (Lp.re + Rp.re) ** 2 + (Lp.im + Rp.im) ** 2);
      rks += c2 * (L.re ** 2 + L.im ** 2 + R.re ** 2 + R.im ** 2 + Lp.re ** 2 + Lp.im ** 2 + Rp.re ** 2 + Rp.im ** 2);
      // Re(C_L C_R*) + Re(C_L' C_R'*)
      rks -= 2 * eta * c2 * (L.re * R.re + L.im * R.im + Lp.re * Rp.re + Lp.im * Rp.im);
    }
  return { rk, rks };
}

function randomPoint(seed: number): Map<string, Complex> {
  const rng = makeRng(seed);
  const wc = new Map<string, Complex>();
  for (const s of ['CL', 'CR', 'CLp', 'CRp'] as NuNuStructure[])
    for (const a of NU_FLAVOURS)
      for (const b of NU_FLAVOURS) {
        if (rng.uniform() < 0.5) wc.set(nunuName(s, 'bs', a, b), { re: 20 * rng.uniform() - 10, im: rng.uniform() < 0.3 ? 10 * rng.uniform() - 5 : 0 });
      }
  return wc;
}

describe('eqs. (10a), (10b): analytic ratios equal the numerical rates', () => {
  for (const preset of ['hmv2024', 'flavio', 'default']) {
    it(`${preset}: 50 random points with all 36 coefficient types, complex, LFV and primed`, () => {
      const ps = makeParameterSet(preset);
      const eta = evaluate(OBSERVABLES, 'eta_K*^nunu', ps, SM_POINT);
      for (let k = 0; k < 50; k++) {
        const wc = randomPoint(100 + k);
        const np = { wc };
        const { rk, rks } = analyticR(ps, wc, eta);
        expect(evaluate(OBSERVABLES, 'R_K^nunu', ps, np) / rk - 1).toBeCloseTo(0, 12);
        expect(evaluate(OBSERVABLES, 'R_K*^nunu', ps, np) / rks - 1).toBeCloseTo(0, 12);
        // eq. (12): R_K − R_K* = 2(1+η)[C Σ Re C_R^ii/(3C²) + Σ Re(C_L C_R* + C_L' C_R'*)/(3C²)]
        const C = cSM(ps);
        let bracket = 0;
        for (const i of NU_FLAVOURS) bracket += (C / (3 * C * C)) * (wc.get(nunuName('CR', 'bs', i, i))?.re ?? 0);
        for (const i of NU_FLAVOURS)
          for (const j of NU_FLAVOURS) {
            const g = (s: NuNuStructure) => wc.get(nunuName(s, 'bs', i, j)) ?? { re: 0, im: 0 };
            bracket += (g('CL').re * g('CR').re + g('CL').im * g('CR').im + g('CLp').re * g('CRp').re + g('CLp').im * g('CRp').im) / (3 * C * C);
          }
        expect(rk - rks).toBeCloseTo(2 * (1 + eta) * bracket, 9);
      }
    });
  }
  it('a Re ↔ Im swap or a dropped interference term would be detected', () => {
    const ps = makeParameterSet('hmv2024');
    const eta = evaluate(OBSERVABLES, 'eta_K*^nunu', ps, SM_POINT);
    const wc = new Map<string, Complex>([
      ['CL_bsnutaunutau', { re: 0.5, im: 3 }],
      ['CR_bsnutaunutau', { re: -2, im: 1 }],
    ]);
    const swapped = new Map<string, Complex>([
      ['CL_bsnutaunutau', { re: 3, im: 0.5 }],
      ['CR_bsnutaunutau', { re: 1, im: -2 }],
    ]);
    const good = evaluate(OBSERVABLES, 'R_K*^nunu', ps, { wc });
    expect(Math.abs(good / analyticR(ps, swapped, eta).rks - 1)).toBeGreaterThan(1e-3);
    expect(Math.abs(good / analyticR(ps, wc, 0).rks - 1)).toBeGreaterThan(1e-3);
  });
});

describe('the numbers quoted below eq. (11) (hmv2024 preset: X_t = 1.469(17), GKvD 2018 form factors)', () => {
  const ps = makeParameterSet('hmv2024');
  it('2C_L^SM/(3|C_L^SM|²) = −(0.105 ± 0.001) and 1/(3|C_L^SM|²) = 0.0083 ± 0.0002', () => {
    const C = cSM(ps);
    expect(Math.abs((2 * C) / (3 * C * C) + 0.105)).toBeLessThan(0.001);
    expect(Math.abs(1 / (3 * C * C) - 0.0083)).toBeLessThan(0.0002);
    // the quoted errors come from X_t ± 0.017: 0.105 · 0.017/1.469 = 0.0012, 0.0083 · 2 · 0.017/1.469 = 0.0002
    const mc = monteCarlo((p) => (2 * cSM(p)) / (3 * cSM(p) ** 2), ps, { n: 4000, seed: 3 });
    expect(mc.summary.std).toBeCloseTo(0.0012, 3);
  });
  it('η = 0.63 ± 0.09: central value reproduced with GKvD 2018 LCSR+lattice, our error is smaller', () => {
    const eta = evaluate(OBSERVABLES, 'eta_K*^nunu', ps, SM_POINT);
    expect(Math.abs(eta - 0.63)).toBeLessThan(0.005);
    const mc = monteCarlo((p) => evaluate(OBSERVABLES, 'eta_K*^nunu', p, SM_POINT), ps, { n: 2000, seed: 4 });
    expect(mc.summary.std).toBeGreaterThan(0.01);
    expect(mc.summary.std).toBeLessThan(0.09);
  });
  it('η from eq. (11) written in the paper’s variables x = q²/m_B² equals the rate-code value', async () => {
    const { findMode } = await import('../src/processes/nunu-modes.js');
    const { nunuDensities } = await import('../src/processes/b-to-m-nunu.js');
    const { integrateAdaptive } = await import('../src/numerics/adaptive.js');
    const { lambdaBM } = await import('../src/core/kinematics.js');
    const mode = findMode('B0->K*')!;
    const set = ps.ff['B->K*'];
    const mB = ps.values.m_B0;
    const mV = ps.values['m_K*0'];
    const xK = (mV * mV) / (mB * mB);
    const ff = new Float64Array(7);
    const F = (sign: number) =>
      integrateAdaptive(
        (x) => {
          set.set.evaluate(x * mB * mB, set.coeffs, mB, mV, ff);
          const lam = lambdaBM(mB, mV, x * mB * mB) / mB ** 4;
          const [V, A1, A12] = [ff[0], ff[2], ff[3]];
          return Math.sqrt(lam) * (x * A1 * A1 + ((32 * xK) / (1 + Math.sqrt(xK)) ** 2) * A12 * A12 + (sign * x * lam * V * V) / (1 + Math.sqrt(xK)) ** 4);
        },
        0,
        (1 - Math.sqrt(xK)) ** 2,
        { epsrel: 1e-12 },
      ).value;
    expect(F(-1) / F(1)).toBeCloseTo(evaluate(OBSERVABLES, 'eta_K*^nunu', ps, SM_POINT), 9);
    expect(nunuDensities(mode, ps, 1).v).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { makeParameterSet, ckm } from '../src/params/parameter-set.js';
import { OBSERVABLES, evaluate, SM_POINT } from '../src/observables/index.js';
import { lifetimeInvGeV } from '../src/core/units.js';

describe('K → π ν ν̄ (Buras, Buttazzo, Girrbach-Noe, Knegjens 2015)', () => {
  // Their parametric formulas, arXiv:1503.02693 eqs. (14)–(15), at their reference inputs
  // |V_cb| = 0.0407, |V_ub| = 3.88e-3, γ = 73.2°, λ = 0.2252, X_t = 1.481:
  // BR(K+) = 8.39(30)e-11, BR(K_L) = 3.36(5)e-11.
  const ps = makeParameterSet('default', {
    values: { Vcb: 0.0407, Vub: 0.00388, gamma: (73.2 * Math.PI) / 180, Vus: 0.2252, Xt: 1.481 },
  });
  it('reproduces the published SM values at the published inputs (0.5 %)', () => {
    expect(evaluate(OBSERVABLES, 'BR(K+->pinunu)', ps, SM_POINT) / 8.39e-11 - 1).toBeCloseTo(0, 2);
    expect(Math.abs(evaluate(OBSERVABLES, 'BR(K+->pinunu)', ps, SM_POINT) / 8.39e-11 - 1)).toBeLessThan(0.005);
    expect(Math.abs(evaluate(OBSERVABLES, 'BR(KL->pinunu)', ps, SM_POINT) / 3.36e-11 - 1)).toBeLessThan(0.005);
  });
  it('follows the published scaling BR(K_L) ∝ |V_ub|² |V_cb|² sin²γ', () => {
    const base = evaluate(OBSERVABLES, 'BR(KL->pinunu)', ps, SM_POINT);
    const ps2 = makeParameterSet('default', {
      values: { Vcb: 0.0407 * 1.05, Vub: 0.00388, gamma: (73.2 * Math.PI) / 180, Vus: 0.2252, Xt: 1.481 },
    });
    expect(evaluate(OBSERVABLES, 'BR(KL->pinunu)', ps2, SM_POINT) / base).toBeCloseTo(1.05 ** 2, 2);
  });
  it('a lepton-flavour-universal C_L = C_L^SM doubles the top amplitude of K_L: BR × 4', () => {
    const C = -ps.values.Xt / ps.values.s2w;
    // α_NP = α_e(4.8 GeV) in the default preset: the coefficient that doubles X_t is C · α(MZ)/α(4.8)
    const psMZ = { ...ps, conventions: { ...ps.conventions, alphaNP: 'MZ' as const } };
    const wc = new Map(['e', 'mu', 'tau'].map((f) => [`CL_sdnu${f}nu${f}`, { re: C, im: 0 }]));
    expect(evaluate(OBSERVABLES, 'BR(KL->pinunu)', psMZ, { wc }) / evaluate(OBSERVABLES, 'BR(KL->pinunu)', psMZ, SM_POINT)).toBeCloseTo(4, 10);
  });
});

describe('tree-level B+ → τ+ ν → K+ ν ν̄', () => {
  it('equals BR(B+→τ+ν) · BR(τ+→K+ν̄) from the two textbook widths', () => {
    const ps = makeParameterSet('default');
    const v = ps.values;
    const c = ckm(ps);
    const GF = v.GF;
    // Γ(B → τν) = G_F² |V_ub|² f_B² m_B m_τ² (1 − m_τ²/m_B²)² / (8π)
    const gB = (GF ** 2 * c.Vub ** 2 * v['f_B+'] ** 2 * v['m_B+'] * v.m_tau ** 2 * (1 - v.m_tau ** 2 / v['m_B+'] ** 2) ** 2) / (8 * Math.PI);
    // Γ(τ → Kν) = G_F² |V_us|² f_K² m_τ³ (1 − m_K²/m_τ²)² / (16π)
    const gT = (GF ** 2 * c.Vus ** 2 * v['f_K+'] ** 2 * v.m_tau ** 3 * (1 - v['m_K+'] ** 2 / v.m_tau ** 2) ** 2) / (16 * Math.PI);
    const expected = gB * lifetimeInvGeV(v['tau_B+']) * gT * lifetimeInvGeV(v.tau_tau);
    expect(evaluate(OBSERVABLES, 'BRtree(B+->Knunu)', ps, SM_POINT) / expected).toBeCloseTo(1, 12);
    // BR(τ→Kν) from these inputs vs the measured (6.96 ± 0.10)e-3 (PDG 2024): radiative corrections ~2 %
    expect(Math.abs((gT * lifetimeInvGeV(v.tau_tau)) / 6.96e-3 - 1)).toBeLessThan(0.04);
  });
  it('is not included in BR(B+->Knunu); BRwithtree adds it', () => {
    const ps = makeParameterSet('default');
    const sd = evaluate(OBSERVABLES, 'BR(B+->Knunu)', ps, SM_POINT);
    const tree = evaluate(OBSERVABLES, 'BRtree(B+->Knunu)', ps, SM_POINT);
    expect(evaluate(OBSERVABLES, 'BRwithtree(B+->Knunu)', ps, SM_POINT)).toBeCloseTo(sd + tree, 20);
    expect(tree / sd).toBeGreaterThan(0.1);
  });
});

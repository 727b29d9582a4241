/**
 * α_s and quark-mass running (src/params/qcd-running.ts) against numbers computed by others:
 * RunDec (via flavio's test suite) and the α_s(m_τ) ↔ α_s(M_Z) pairs quoted by τ-decay analyses that evolve with
 * four-loop running and three-loop matching; plus the exact one-loop solution.
 */
import { describe, expect, it } from 'vitest';
import { alphaS, alphaSAt, decouplingFactor, massRunningFactor, runAlphaSFixedNf } from '../src/params/qcd-running.js';
import { makeParameterSet } from '../src/params/parameter-set.js';

describe('α_s running', () => {
  it('one loop, fixed n_f: α(μ) = α0/(1 + α0 β0 ln(μ²/μ0²)/4π) exactly', () => {
    for (const nf of [3, 4, 5]) {
      const b0 = 11 - (2 * nf) / 3;
      const a = runAlphaSFixedNf(0.2, 5, 1.3, nf, 1);
      expect(a).toBeCloseTo(0.2 / (1 + (0.2 * b0 * Math.log(1.3 ** 2 / 25)) / (4 * Math.PI)), 11);
    }
  });
  it('three loops, n_f = 5: α_s(4.2 GeV) = 0.225911 from α_s(M_Z) = 0.1185 (RunDec, as in flavio test_running.py)', () => {
    expect(Math.abs(runAlphaSFixedNf(0.1185, 91.1876, 4.2, 5, 3) / 0.225911 - 1)).toBeLessThan(1e-5);
  });
  // α_s^(3)(m_τ) → α_s^(5)(M_Z) pairs of τ analyses (four-loop running, three-loop matching at the quark masses):
  // Pich & Rodríguez-Sánchez, arXiv:1606.07764: 0.328 → 0.1197; Boito et al., arXiv:1509.05277: 0.319 → 0.1185 (CIPT),
  // 0.303 → 0.1165 (FOPT); Boito et al., arXiv:2112.05413: 0.3077 → 0.1171. Tolerance 2e-4: the quoted rounding
  // (5e-5) plus the threshold-mass convention (Rodrigo, Pich, Santamaria, hep-ph/9707474: below 5e-4).
  const pairs: [number, number][] = [
    [0.328, 0.1197],
    [0.319, 0.1185],
    [0.303, 0.1165],
    [0.3077, 0.1171],
  ];
  for (const [atau, amz] of pairs) {
    it(`α_s^(3)(m_τ) = ${atau} ↔ α_s(M_Z) = ${amz}`, () => {
      const inp = { mZ: 91.1876, mc: 1.275, mb: 4.18, mt: 173 };
      expect(Math.abs(alphaSAt(1.77686, { ...inp, alphaSMZ: amz }, 3) - atau)).toBeLessThan(2e-4 * 7.6); // dα(m_τ)/dα(M_Z) ≈ 7.6
      // the inverse direction, tighter to read: find α_s(M_Z) whose α_s^(3)(m_τ) is the quoted value
      let lo = 0.1;
      let hi = 0.13;
      for (let i = 0; i < 50; i++) {
        const m = (lo + hi) / 2;
        if (alphaSAt(1.77686, { ...inp, alphaSMZ: m }, 3) > atau) hi = m;
        else lo = m;
      }
      expect(Math.abs((lo + hi) / 2 - amz)).toBeLessThan(2e-4);
    });
  }
  it('decoupling: α^(n_l) = α^(n_h)(1 + 11/72 A² + (0.972057 − 0.0846515 n_l) A³) (RunDec DecAsDownMS coefficients)', () => {
    const a = 0.22;
    const A = a / Math.PI;
    // RunDec prints six digits: 11/72 = 0.1527777…
    expect(decouplingFactor(a, 4)).toBeCloseTo(1 + 0.152778 * A * A + (0.972057 - 0.0846515 * 4) * A ** 3, 8);
  });
  it('default inputs: α_s(2 GeV) ≈ 0.30 (the value paper 002 uses below eq. 16); continuity in μ', () => {
    const ps = makeParameterSet('default');
    expect(alphaS(ps, 2)).toBeGreaterThan(0.295);
    expect(alphaS(ps, 2)).toBeLessThan(0.305);
    expect(alphaS(ps, 91.188)).toBeCloseTo(0.118, 10);
    expect(() => alphaS(ps, 0.5)).toThrow(/perturbative/);
  });
});

describe('quark-mass running', () => {
  it('m_b(120 GeV) = 2.79211 and m_t(120 GeV)/m_t(m_t) from RunDec (flavio test_running.py, 1 % as there)', () => {
    // flavio's inputs: α_s(M_Z) = 0.1185, m_b(m_b) = 4.18, m_c(m_c) = 1.275, m_t = 173.21
    const inp = { alphaSMZ: 0.1185, mZ: 91.1876, mc: 1.275, mb: 4.18, mt: 173.21 };
    expect(Math.abs((4.18 * massRunningFactor(4.18, 120, inp)) / 2.79211 - 1)).toBeLessThan(0.01);
  });
});

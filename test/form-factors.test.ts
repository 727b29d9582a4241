import { describe, expect, it } from 'vitest';
import { z as zod } from 'zod';
import { FORM_FACTOR_SETS, findFormFactorSet } from '../src/hadronic/sets/index.js';
import { HPQCD2022_BK, pseudoPoints } from '../src/hadronic/sets/hpqcd2022-bk.js';
import { P_FF_NAMES, V_FF_NAMES } from '../src/hadronic/types.js';
import { makeParameterSet, resolveMass } from '../src/params/parameter-set.js';
import { FLAVIO } from './helpers/reference.js';

const SetSchema = zod.object({
  id: zod.string().min(1),
  transition: zod.enum(['B->K', 'B->K*', 'Bs->phi', 'B->pi', 'B->rho']),
  kind: zod.enum(['P', 'V']),
  source: zod.string().min(20),
  provenance: zod.enum(['verified', 'recalled', 'derived']),
  coefficientNames: zod.array(zod.string()).min(1),
  central: zod.array(zod.number()),
  covariance: zod.array(zod.array(zod.number())),
});

describe('form-factor sets: data integrity', () => {
  it.each(FORM_FACTOR_SETS.map((s) => [`${s.transition} ${s.id}`, s] as const))('%s is well formed', (_n, s) => {
    SetSchema.parse(s);
    const n = s.coefficientNames.length;
    expect(s.central).toHaveLength(n);
    expect(s.covariance).toHaveLength(n);
    for (let i = 0; i < n; i++) {
      expect(s.covariance[i]).toHaveLength(n);
      expect(s.covariance[i][i]).toBeGreaterThan(0);
      for (let j = 0; j < n; j++) expect(s.covariance[i][j]).toBeCloseTo(s.covariance[j][i], 12);
    }
  });
});

describe('kinematic constraints at q² = 0', () => {
  const ps = makeParameterSet('default');
  for (const s of FORM_FACTOR_SETS) {
    it(`${s.transition} ${s.id}`, () => {
      const mB = resolveMass(ps, s.zMasses.mB);
      const mM = resolveMass(ps, s.zMasses.mM);
      const f = s.evaluate(0, s.central, mB, mM, new Float64Array(7));
      if (s.kind === 'P') {
        expect(f[1]).toBeCloseTo(f[0], 12); // f0(0) = f+(0)
      } else {
        // A12(0) = (m_B² − m_V²)/(8 m_B m_V) A0(0) and T1(0) = T2(0) (BSZ eqs. 3.6, B.6)
        expect(f[3]).toBeCloseTo(((mB * mB - mM * mM) / (8 * mB * mM)) * f[1], 12);
        expect(f[5]).toBeCloseTo(f[4], 12);
      }
    });
  }
});

describe('against flavio v2.7 form-factor values', () => {
  const ps = makeParameterSet('flavio');
  it('B→K GRvDV 2023 (flavio "B->K BSZ3") to 1e-9', () => {
    const s = findFormFactorSet('B->K', 'grvdv2023')!;
    for (const row of FLAVIO.inputs['B->K form factors'].values_central) {
      const f = s.evaluate(row.q2, s.central, ps.values.m_B0, ps.values.m_K0, new Float64Array(3));
      expect(Math.abs(f[0] / row['f+'] - 1)).toBeLessThan(1e-9);
      expect(Math.abs(f[1] / row.f0 - 1)).toBeLessThan(1e-9);
      expect(Math.abs(f[2] / row.fT - 1)).toBeLessThan(1e-9);
    }
  });
  it('B→K* BSZ 2015 LCSR+lattice (flavio "B->K* BSZ3") to 1e-9', () => {
    const s = findFormFactorSet('B->K*', 'bsz2015')!;
    for (const row of FLAVIO.inputs['B->K* form factors'].values_central) {
      const f = s.evaluate(row.q2, s.central, ps.values.m_B0, ps.values['m_K*0'], new Float64Array(7));
      V_FF_NAMES.forEach((n, i) => expect(Math.abs(f[i] / row[n] - 1)).toBeLessThan(1e-9));
    }
  });
  it('coefficients and covariance equal flavio’s inputs', () => {
    const s = findFormFactorSet('B->K', 'grvdv2023')!;
    const ref = FLAVIO.inputs['B->K form factors'].coefficients;
    expect(s.central).toEqual(ref.central);
    expect(s.covariance).toEqual(ref.covariance);
    const v = findFormFactorSet('B->K*', 'bsz2015')!;
    const rv = FLAVIO.inputs['B->K* form factors'].coefficients;
    v.central.forEach((c, i) => expect(c).toBeCloseTo(rv.central[i], 12));
    v.covariance.forEach((r, i) => r.forEach((c, j) => expect(c).toBeCloseTo(rv.covariance[i][j], 12)));
  });
});

describe('HPQCD 2022 coefficients derived from the published form-factor values', () => {
  it('reproduce the eight published values exactly and their covariance', () => {
    const s = HPQCD2022_BK;
    const out = new Float64Array(3);
    const mB = s.zMasses.mB as number;
    const mM = s.zMasses.mM as number;
    pseudoPoints.q2.forEach((q2, i) => {
      s.evaluate(q2, s.central, mB, mM, out);
      expect(out[pseudoPoints.which[i]]).toBeCloseTo(pseudoPoints.means[i], 12);
    });
    // propagate the coefficient covariance back to the points: J_p C_a J_pᵀ = C_p
    const n = 8;
    const A: number[][] = [];
    for (let i = 0; i < n; i++) {
      A.push(
        Array.from({ length: n }, (_, j) => {
          const e = new Float64Array(n);
          e[j] = 1;
          return s.evaluate(pseudoPoints.q2[i], e, mB, mM, new Float64Array(3))[pseudoPoints.which[i]];
        }),
      );
    }
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let c = 0;
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) c += A[i][a] * s.covariance[a][b] * A[j][b];
        expect(c).toBeCloseTo(pseudoPoints.covariance[i][j], 12);
      }
  });
  it('agrees with GRvDV 2023 (which includes HPQCD 2022) within the combined errors at q² = 0 and 20 GeV²', () => {
    const g = findFormFactorSet('B->K', 'grvdv2023')!;
    const ps = makeParameterSet('default');
    for (const q2 of [0, 20]) {
      const h = HPQCD2022_BK.evaluate(q2, HPQCD2022_BK.central, 5.27966, 0.497611, new Float64Array(3));
      const r = g.evaluate(q2, g.central, ps.values.m_B0, ps.values.m_K0, new Float64Array(3));
      expect(Math.abs(h[0] / r[0] - 1)).toBeLessThan(0.05);
    }
  });
});

describe('KMPW 2010 (paper 000 eqs. 3.4, 3.11)', () => {
  it('f+(0) = 0.34, fT(0) = 0.39 and the z-expansion of eq. 3.4 at q² = 10 GeV²', () => {
    const s = findFormFactorSet('B->K', 'kmpw2010')!;
    const f = s.evaluate(0, s.central, 5.27917, 0.493677, new Float64Array(3));
    expect(f[0]).toBeCloseTo(0.34, 14);
    expect(f[2]).toBeCloseTo(0.39, 14);
    // independent evaluation of eq. 3.4/3.5 with τ± = (m_B ± m_K)², τ0 = √τ+ (√τ+ − √(τ+ − τ−))
    const mB = 5.27917;
    const mK = 0.493677;
    const tp = (mB + mK) ** 2;
    const tm = (mB - mK) ** 2;
    const t0 = Math.sqrt(tp) * (Math.sqrt(tp) - Math.sqrt(tp - tm));
    const z = (s2: number) => (Math.sqrt(tp - s2) - Math.sqrt(tp - t0)) / (Math.sqrt(tp - s2) + Math.sqrt(tp - t0));
    const q2 = 10;
    const fT = (0.39 / (1 - q2 / 5.412 ** 2)) * (1 - 2.2 * (z(q2) - z(0) + 0.5 * (z(q2) ** 2 - z(0) ** 2)));
    const g = s.evaluate(q2, s.central, mB, mK, new Float64Array(3));
    expect(g[2]).toBeCloseTo(fT, 13);
    expect(P_FF_NAMES[2]).toBe('fT');
  });
});

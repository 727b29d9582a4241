/**
 * Every operator and every interference of src/processes/dark-pairs/densities.ts against an independent numerical
 * calculation (test/helpers/dark-amplitudes.ts): explicit Dirac spinors and polarisation vectors, amplitudes
 * written from the operator definitions, hadronic matrix elements built as 4-vectors/tensors from the form-factor
 * definitions, explicit spin/polarisation sums and a numerical average over the pair direction.
 * Each complex entry K_ij (real and imaginary part separately) must agree to 1e-8 relative to √(K_ii K_jj).
 * The angular average uses 5 Gauss–Legendre nodes in cos θ and 8 equidistant φ: every amplitude is at most cubic
 * in the pair direction (r, and the longitudinal polarisation vectors, are linear in it), so |M|² is a polynomial
 * of degree ≤ 6, integrated exactly.
 */
import { describe, expect, it } from 'vitest';
import { numericK, OPS, dualityCoefficient, regularSign, type Cx, type Kind, type PInputs, type VInputs } from './helpers/dark-amplitudes.js';
import { cmatrix, densityP, densityV, N_OPS, type CMatrix } from '../src/processes/dark-pairs/densities.js';
import { DARK_KIND_DEFS } from '../src/processes/dark-pairs/basis.js';

const TOL = 1e-8;
const KINDS: Kind[] = ['scalar', 'fermion', 'vector'];

interface Point {
  mB: number;
  mM: number;
  s: number;
  m: number;
  axis: [number, number, number];
}
// generic kinematics (B → K-like and B → K*-like masses, threshold region, light pair, K → π-like)
const P_POINTS: Point[] = [
  { mB: 5.2794, mM: 0.4937, s: 4.1, m: 0.7, axis: [0.2, -0.5, 0.8] },
  { mB: 5.2794, mM: 0.4937, s: 0.0009, m: 0.01, axis: [-0.7, 0.1, 0.3] },
  { mB: 0.4976, mM: 0.135, s: 0.05, m: 0.05, axis: [0, 0, 1] },
];
const V_POINTS: Point[] = [
  { mB: 5.2794, mM: 0.8955, s: 9.3, m: 1.1, axis: [0.4, 0.4, -0.6] },
  { mB: 5.3669, mM: 1.0195, s: 0.04, m: 0.02, axis: [0.1, 0.9, 0.2] },
];
const P_IN: PInputs = { fp: 0.71, f0: 0.53, fT: 0.87, sc: 2.9 };
// deliberately not obeying any form-factor relation, so that every structure is tested independently
const V_IN: VInputs = { V: 0.83, T1: 0.61, T2: 0.47, T3: 0.29 };

function lambda(p: Point): number {
  return p.mB ** 4 + p.mM ** 4 + p.s ** 2 - 2 * (p.mB ** 2 * p.mM ** 2 + p.mB ** 2 * p.s + p.mM ** 2 * p.s);
}
function srcK(kind: Kind, meson: 'P' | 'V', p: Point): CMatrix {
  const K = cmatrix(N_OPS[kind]);
  if (meson === 'P') return densityP(kind, P_IN, p.mB, p.mM, p.s, p.m, K);
  // T23 from T2, T3 with the definition in src/hadronic/types.ts
  const D = p.mB ** 2 - p.mM ** 2;
  const T23 = (D * (p.mB ** 2 + 3 * p.mM ** 2 - p.s) * V_IN.T2 - lambda(p) * V_IN.T3) / (8 * p.mB * p.mM ** 2 * (p.mB - p.mM));
  return densityV(kind, { V: V_IN.V, T1: V_IN.T1, T2: V_IN.T2, T23 }, p.mB, p.mM, p.s, p.m, K);
}

/** Largest deviation between src K (times `factor`, keeping only entries allowed by `keep`) and the numerical K. */
function compare(K: CMatrix, num: Cx[][], n: number, factor = 1, keep: (i: number, j: number) => boolean = () => true): { worst: number; where: string; nonzero: number } {
  let worst = 0;
  let where = '';
  let nonzero = 0;
  const diag = (i: number) => Math.max(Math.abs(num[i][i].re), 1e-300);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const er = keep(i, j) ? factor * K[2 * (i * n + j)] : 0;
      const ei = keep(i, j) ? factor * K[2 * (i * n + j) + 1] : 0;
      const scale = Math.sqrt(diag(i) * diag(j));
      const d = Math.max(Math.abs(num[i][j].re - er), Math.abs(num[i][j].im - ei)) / scale;
      if (Math.hypot(er, ei) > 1e-6 * scale) nonzero++;
      if (d > worst) {
        worst = d;
        where = `(${i},${j}) src ${er}+${ei}i num ${num[i][j].re}+${num[i][j].im}i`;
      }
    }
  }
  return { worst, where, nonzero };
}

describe('dark-pair densities vs explicit amplitudes (harness conventions)', () => {
  it('the harness finds σ^{μν}γ5 = +(i/2)ε^{μνρσ}σ_ρσ (ε^{0123} = +1) and the regular B→V tensor needs the ε-part sign −1', () => {
    expect(dualityCoefficient()).toBe(1);
    expect(regularSign(1)).toBe(-1);
  });
});

for (const kind of KINDS) {
  describe(`${kind} dark matter: every operator and interference`, () => {
    for (const [meson, points] of [
      ['P', P_POINTS],
      ['V', V_POINTS],
    ] as const) {
      for (const p of points) {
        it(`B → ${meson}, m_B = ${p.mB}, m_M = ${p.mM}, q² = ${p.s}, m = ${p.m}`, () => {
          const num = numericK(kind, meson, p, meson === 'P' ? P_IN : V_IN, { nTheta: 5, nPhi: 8 });
          expect(num.tensorResidual).toBeLessThan(1e-10);
          const K = srcK(kind, meson, p);
          const r = compare(K, num.K, N_OPS[kind]);
          expect(r.worst, r.where).toBeLessThan(TOL);
          // the comparison is not vacuous: diagonal entries of the contributing operators are non-zero
          expect(r.nonzero).toBeGreaterThanOrEqual(meson === 'P' ? N_OPS[kind] : N_OPS[kind] - (kind === 'scalar' ? 1 : kind === 'fermion' ? 2 : 1));
        });
      }
    }
    it('self-conjugate field (real scalar / Majorana / real vector): (anti)symmetrised amplitudes = 2 × complex rate without the (×) operators', () => {
      const def = DARK_KIND_DEFS.find((d) => d.kind === kind)!;
      for (const [meson, p] of [
        ['P', P_POINTS[0]],
        ['V', V_POINTS[0]],
      ] as const) {
        const num = numericK(kind, meson, p, meson === 'P' ? P_IN : V_IN, { selfConjugate: true, nTheta: 5, nPhi: 8 });
        const keep = (i: number, j: number) => !def.operators[i].vanishesSelfConjugate && !def.operators[j].vanishesSelfConjugate;
        const K = srcK(kind, meson, p);
        // the numerically symmetrised amplitudes of the (×) operators vanish identically
        for (let i = 0; i < N_OPS[kind]; i++) if (def.operators[i].vanishesSelfConjugate) expect(Math.abs(num.K[i][i].re)).toBeLessThan(1e-12 * (Math.abs(K[2 * (i * N_OPS[kind] + i)]) + 1));
        const n = N_OPS[kind];
        let worst = 0;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
          const er = keep(i, j) ? 2 * K[2 * (i * n + j)] : 0;
          const ei = keep(i, j) ? 2 * K[2 * (i * n + j) + 1] : 0;
          const sc = Math.sqrt(Math.abs(2 * K[2 * (i * n + i)] * 2 * K[2 * (j * n + j)])) || 1;
          worst = Math.max(worst, Math.abs(num.K[i][j].re - er) / sc, Math.abs(num.K[i][j].im - ei) / sc);
        }
        expect(worst).toBeLessThan(TOL);
      }
    });
  });
}

describe('the comparison detects a flipped sign or a Re ↔ Im swap in any interference', () => {
  it('mutated copies of every non-zero off-diagonal entry fail', () => {
    const cases: [Kind, 'P' | 'V', Point][] = [
      ['fermion', 'P', P_POINTS[0]],
      ['fermion', 'V', V_POINTS[0]],
      ['vector', 'P', P_POINTS[0]],
      ['vector', 'V', V_POINTS[0]],
    ];
    let mutations = 0;
    for (const [kind, meson, p] of cases) {
      const num = numericK(kind, meson, p, meson === 'P' ? P_IN : V_IN, { nTheta: 5, nPhi: 8 });
      const K = srcK(kind, meson, p);
      const n = N_OPS[kind];
      expect(compare(K, num.K, n).worst).toBeLessThan(TOL);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = 2 * (i * n + j);
          const b = 2 * (j * n + i);
          if (Math.hypot(K[a], K[a + 1]) === 0) continue;
          // flipped sign
          const flip = Float64Array.from(K);
          flip[a] = -K[a];
          flip[a + 1] = -K[a + 1];
          flip[b] = -K[b];
          flip[b + 1] = -K[b + 1];
          expect(compare(flip, num.K, n).worst, `${kind} ${meson} ${OPS[kind][i]}-${OPS[kind][j]} sign`).toBeGreaterThan(1e-3);
          // Re ↔ Im (e.g. Re[C_i C_j*] instead of Im[C_i C_j*])
          const swap = Float64Array.from(K);
          swap[a] = K[a + 1];
          swap[a + 1] = K[a];
          swap[b] = K[a + 1];
          swap[b + 1] = -K[a];
          expect(compare(swap, num.K, n).worst, `${kind} ${meson} ${OPS[kind][i]}-${OPS[kind][j]} Re/Im`).toBeGreaterThan(1e-3);
          mutations++;
        }
      }
    }
    // fermion P: S2–V2, V1–T1; fermion V: V1–T1; vector P: S–V2, T1–V4, T1–V5, T2–V6, V4–V5; vector V: the last four
    expect(mutations).toBe(2 + 1 + 5 + 4);
  });
});

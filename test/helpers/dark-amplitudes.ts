/**
 * Independent numerical evaluation of B → M + (dark pair) squared amplitudes, written for the tests only and
 * sharing no code with src/processes/dark-pairs/: explicit Dirac matrices and spinors, explicit polarisation
 * vectors, hadronic matrix elements built as 4-vectors and tensors from the definitions in src/hadronic/types.ts,
 * amplitudes written literally from the operator definitions (plane-wave fields, ∂_μ → i p_μ on an outgoing
 * particle), explicit sums over spins/polarisations and a numerical average over the pair direction in the pair
 * rest frame (Gauss–Legendre in cos θ × uniform φ, exact for the trigonometric polynomials that occur).
 *
 * Returns the matrix K^num_ij = ⟨Σ M_i M_j*⟩ (M_i = amplitude of operator i with C_i = 1), to be compared entry by
 * entry (real and imaginary parts) with src/processes/dark-pairs/densities.ts.
 */

export interface Cx {
  re: number;
  im: number;
}
const cx = (re: number, im = 0): Cx => ({ re, im });
const add = (a: Cx, b: Cx): Cx => ({ re: a.re + b.re, im: a.im + b.im });
const sub = (a: Cx, b: Cx): Cx => ({ re: a.re - b.re, im: a.im - b.im });
const mul = (a: Cx, b: Cx): Cx => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
const scl = (a: Cx, s: number): Cx => ({ re: a.re * s, im: a.im * s });
const conj = (a: Cx): Cx => ({ re: a.re, im: -a.im });
const I = cx(0, 1);
const ZERO = cx(0);

// ---------------------------------------------------------------- Minkowski
const G = [1, -1, -1, -1];
type V4 = Cx[];
const real4 = (x: number[]): V4 => x.map((v) => cx(v));
const lower = (v: V4): V4 => v.map((x, i) => scl(x, G[i]));
function dot(a: V4, b: V4): Cx {
  let s = ZERO;
  for (let i = 0; i < 4; i++) s = add(s, scl(mul(a[i], b[i]), G[i]));
  return s;
}
const conj4 = (v: V4): V4 => v.map(conj);

/** ε^{μνρσ} with ε^{0123} = +1 (upper indices). */
const EPS = new Map<string, number>();
(() => {
  const perm = (arr: number[], k: number) => {
    if (k === arr.length) {
      let s = 1;
      for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) if (arr[i] > arr[j]) s = -s;
      EPS.set(arr.join(''), s);
      return;
    }
    for (let i = k; i < arr.length; i++) {
      [arr[k], arr[i]] = [arr[i], arr[k]];
      perm(arr, k + 1);
      [arr[k], arr[i]] = [arr[i], arr[k]];
    }
  };
  perm([0, 1, 2, 3], 0);
})();
const eps = (a: number, b: number, c: number, d: number) => EPS.get(`${a}${b}${c}${d}`) ?? 0;

// ---------------------------------------------------------------- Dirac algebra (Dirac representation)
type M4 = Cx[][];
const mz = (): M4 => Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ZERO));
function mm(a: M4, b: M4): M4 {
  const c = mz();
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
    let s = ZERO;
    for (let k = 0; k < 4; k++) s = add(s, mul(a[i][k], b[k][j]));
    c[i][j] = s;
  }
  return c;
}
const madd = (a: M4, b: M4): M4 => a.map((r, i) => r.map((x, j) => add(x, b[i][j])));
const mscl = (a: M4, s: Cx): M4 => a.map((r) => r.map((x) => mul(x, s)));
const ident = (): M4 => mz().map((r, i) => r.map((_, j) => cx(i === j ? 1 : 0)));
function fromReIm(rows: (number | Cx)[][]): M4 {
  return rows.map((r) => r.map((x) => (typeof x === 'number' ? cx(x) : x)));
}
const g0 = fromReIm([
  [1, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0, -1, 0],
  [0, 0, 0, -1],
]);
const pauli = [
  [
    [0, 1],
    [1, 0],
  ].map((r) => r.map((x) => cx(x))),
  [
    [ZERO, cx(0, -1)],
    [cx(0, 1), ZERO],
  ],
  [
    [1, 0],
    [0, -1],
  ].map((r) => r.map((x) => cx(x))),
];
function gk(k: number): M4 {
  const s = pauli[k];
  const m = mz();
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) {
    m[i][j + 2] = s[i][j];
    m[i + 2][j] = scl(s[i][j], -1);
  }
  return m;
}
export const GAMMA: M4[] = [g0, gk(0), gk(1), gk(2)];
export const G5: M4 = mscl(mm(mm(GAMMA[0], GAMMA[1]), mm(GAMMA[2], GAMMA[3])), I);
export function sigma(mu: number, nu: number): M4 {
  return mscl(madd(mm(GAMMA[mu], GAMMA[nu]), mscl(mm(GAMMA[nu], GAMMA[mu]), cx(-1))), cx(0, 0.5));
}
const SIG: M4[][] = [0, 1, 2, 3].map((mu) => [0, 1, 2, 3].map((nu) => sigma(mu, nu)));
const SIG5: M4[][] = SIG.map((r) => r.map((m) => mm(m, G5)));
const GAM5: M4[] = GAMMA.map((g) => mm(g, G5));
const ID4 = ident();
const IG5 = mscl(G5, I);

/**
 * The coefficient c in σ^{μν}γ5 = c (i/2) ε^{μνρσ} σ_{ρσ}, determined numerically from the matrices above
 * (so that the tests do not rely on a remembered sign).
 */
export function dualityCoefficient(): number {
  for (const c of [1, -1]) {
    let ok = true;
    for (let mu = 0; mu < 4; mu++) for (let nu = 0; nu < 4; nu++) {
      const lhs = mm(sigma(mu, nu), G5);
      let rhs = mz();
      for (let r = 0; r < 4; r++) for (let s = 0; s < 4; s++) {
        const e = eps(mu, nu, r, s);
        if (e) rhs = madd(rhs, mscl(sigma(r, s), cx(0, (c * e * G[r] * G[s]) / 2)));
      }
      for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
        if (Math.abs(lhs[i][j].re - rhs[i][j].re) > 1e-12 || Math.abs(lhs[i][j].im - rhs[i][j].im) > 1e-12) ok = false;
      }
    }
    if (ok) return c;
  }
  throw new Error('no duality coefficient');
}

// spinors: u(p,s) = (√(E+m) ξ, σ·p/√(E+m) ξ); v for Majorana consistency: v = C ū^T, C = iγ²γ⁰
type Sp = Cx[];
function uSpinor(p: number[], m: number, s: number): Sp {
  const E = p[0];
  const xi = s === 0 ? [cx(1), ZERO] : [ZERO, cx(1)];
  const n = Math.sqrt(E + m);
  const sp = [0, 1, 2].reduce(
    (acc, k) => acc.map((row, i) => row.map((x, j) => add(x, scl(pauli[k][i][j], p[k + 1])))),
    [
      [ZERO, ZERO],
      [ZERO, ZERO],
    ],
  );
  const low = [add(mul(sp[0][0], xi[0]), mul(sp[0][1], xi[1])), add(mul(sp[1][0], xi[0]), mul(sp[1][1], xi[1]))];
  return [scl(xi[0], n), scl(xi[1], n), scl(low[0], 1 / n), scl(low[1], 1 / n)];
}
const CMAT = mscl(mm(GAMMA[2], GAMMA[0]), I);
function bar(u: Sp): Sp {
  // ū = u† γ0 (row vector)
  return [0, 1, 2, 3].map((j) => {
    let s = ZERO;
    for (let k = 0; k < 4; k++) s = add(s, mul(conj(u[k]), g0[k][j]));
    return s;
  });
}
function vSpinor(p: number[], m: number, s: number): Sp {
  const ub = bar(uSpinor(p, m, s));
  return [0, 1, 2, 3].map((i) => {
    let t = ZERO;
    for (let k = 0; k < 4; k++) t = add(t, mul(CMAT[i][k], ub[k]));
    return t;
  });
}
function sandwich(ub: Sp, M: M4, v: Sp): Cx {
  let t = ZERO;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) t = add(t, mul(mul(ub[i], M[i][j]), v[j]));
  return t;
}

// polarisation vectors of a massive vector with momentum p: a complete orthonormal set (ε·p = 0, ε·ε* = −1);
// two transverse (one of them complex, e_a cos α + i e_b sin α mixed with e_b, to exercise complex vectors) and the longitudinal one
function polarisations(p: number[], m: number): V4[] {
  const pv = [p[1], p[2], p[3]];
  const pm = Math.hypot(...pv);
  const n = pm > 0 ? pv.map((x) => x / pm) : [0, 0, 1];
  const a = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const d = a[0] * n[0] + a[1] * n[1] + a[2] * n[2];
  let ea = a.map((x, i) => x - d * n[i]);
  const l = Math.hypot(...ea);
  ea = ea.map((x) => x / l);
  const eb = [n[1] * ea[2] - n[2] * ea[1], n[2] * ea[0] - n[0] * ea[2], n[0] * ea[1] - n[1] * ea[0]];
  const E = p[0];
  // helicity-like combinations (e_a ± i e_b)/√2: orthonormal, complete together with the longitudinal vector
  const plus: V4 = [cx(0), ...[0, 1, 2].map((i) => cx(-ea[i] / Math.SQRT2, -eb[i] / Math.SQRT2))];
  const minus: V4 = [cx(0), ...[0, 1, 2].map((i) => cx(ea[i] / Math.SQRT2, -eb[i] / Math.SQRT2))];
  return [plus, minus, real4([pm / m, ...n.map((x) => (E * x) / m)])];
}

// ---------------------------------------------------------------- kinematics in the pair rest frame
export interface Kin {
  mB: number;
  mM: number;
  s: number;
  m: number;
  /** direction of the B and M momenta in the pair rest frame (need not be z) */
  axis: [number, number, number];
}

export function mesonMomenta(k: Kin): { p: number[]; kk: number[]; q: number[] } {
  const rs = Math.sqrt(k.s);
  const lam = k.mB ** 4 + k.mM ** 4 + k.s ** 2 - 2 * (k.mB ** 2 * k.mM ** 2 + k.mB ** 2 * k.s + k.mM ** 2 * k.s);
  const kap = Math.sqrt(lam) / (2 * rs);
  const k0 = (k.mB ** 2 - k.mM ** 2 - k.s) / (2 * rs);
  const a = k.axis;
  const an = Math.hypot(...a);
  const u = a.map((x) => x / an);
  const kk = [k0, ...u.map((x) => kap * x)];
  const q = [rs, 0, 0, 0];
  const p = kk.map((x, i) => x + q[i]);
  return { p, kk, q };
}

// ---------------------------------------------------------------- hadronic matrix elements
export interface PInputs {
  fp: number;
  f0: number;
  fT: number;
  sc: number;
}
export interface VInputs {
  V: number;
  T1: number;
  T2: number;
  T3: number;
}

/** Hadronic objects for one final-meson state: scalar S, vector H^μ, tensor F^{μν} (upper indices). */
interface Had {
  S: Cx;
  H: V4;
  F: Cx[][];
}

function hadP(k: Kin, f: PInputs): Had[] {
  const { p, kk, q } = mesonMomenta(k);
  const P = p.map((x, i) => x + kk[i]);
  const D = k.mB ** 2 - k.mM ** 2;
  const H = P.map((x, i) => cx(f.fp * (x - (D * q[i]) / k.s) + (f.f0 * D * q[i]) / k.s));
  const a = f.fT / (k.mB + k.mM);
  const F = [0, 1, 2, 3].map((mu) => [0, 1, 2, 3].map((nu) => cx(0, a * (P[mu] * q[nu] - q[mu] * P[nu]))));
  return [{ S: cx(f.sc), H, F }];
}

// ε^{μνρσ} a_ν b_ρ c_σ with a, b, c contravariant
function eps3(mu: number, a: V4, b: V4, c: V4): Cx {
  const al = lower(a);
  const bl = lower(b);
  const cl = lower(c);
  let s = ZERO;
  for (let n = 0; n < 4; n++) for (let r = 0; r < 4; r++) for (let t = 0; t < 4; t++) {
    const e = eps(mu, n, r, t);
    if (e) s = add(s, scl(mul(mul(al[n], bl[r]), cl[t]), e));
  }
  return s;
}
function eps2(mu: number, nu: number, a: V4, b: V4): Cx {
  const al = lower(a);
  const bl = lower(b);
  let s = ZERO;
  for (let r = 0; r < 4; r++) for (let t = 0; t < 4; t++) {
    const e = eps(mu, nu, r, t);
    if (e) s = add(s, scl(mul(al[r], bl[t]), e));
  }
  return s;
}
/** dual: c (i/2) ε^{μνρσ} F_{ρσ} */
function dualT(F: Cx[][], c: number): Cx[][] {
  return [0, 1, 2, 3].map((mu) =>
    [0, 1, 2, 3].map((nu) => {
      let s = ZERO;
      for (let r = 0; r < 4; r++) for (let t = 0; t < 4; t++) {
        const e = eps(mu, nu, r, t);
        if (e) s = add(s, scl(F[r][t], e * G[r] * G[t]));
      }
      return mul(s, cx(0, c / 2));
    }),
  );
}
const contractQ = (F: Cx[][], q: number[]): V4 => [0, 1, 2, 3].map((mu) => {
  let s = ZERO;
  for (let nu = 0; nu < 4; nu++) s = add(s, scl(F[mu][nu], G[nu] * q[nu]));
  return s;
});

/**
 * Full tensor ⟨V|q̄σ^{μν}b|B⟩: the most general pseudotensor linear in η*,
 * F = i[b1 ε^{μνρσ}η*_ρP_σ + b2 ε^{μνρσ}η*_ρq_σ + b3 (η*·q) ε^{μνρσ}P_ρq_σ], with real (b1, b2, b3) fitted (least
 * squares over all components and all three polarisations) to the two contracted definitions of
 * src/hadronic/types.ts:
 *   F^{μν}q_ν = 2i sE ε^{μνρσ} η*_ν p_ρ k_σ T1,   dual(F)^{μν}q_ν = η*_ν[(g^{μν}Δ − P^μq^ν)T2 + q^ν(q^μ − q²P^μ/Δ)T3].
 * Returns the coefficients and the fit residual (zero if the ansatz and the definitions are consistent).
 */
function tensorBasis(k: Kin, eta: V4): Cx[][][] {
  const { p, kk, q } = mesonMomenta(k);
  const Pc = real4(p.map((x, i) => x + kk[i]));
  const qc = real4(q);
  const ec = conj4(eta);
  const eq = dot(ec, qc);
  return [
    [0, 1, 2, 3].map((mu) => [0, 1, 2, 3].map((nu) => mul(I, eps2(mu, nu, ec, Pc)))),
    [0, 1, 2, 3].map((mu) => [0, 1, 2, 3].map((nu) => mul(I, eps2(mu, nu, ec, qc)))),
    [0, 1, 2, 3].map((mu) => [0, 1, 2, 3].map((nu) => mul(mul(I, eq), eps2(mu, nu, Pc, qc)))),
  ];
}
export function fitTensor(k: Kin, f: VInputs, sE: number, cD: number): { b: number[]; residual: number } {
  const { p, kk, q } = mesonMomenta(k);
  const P = p.map((x, i) => x + kk[i]);
  const D = k.mB ** 2 - k.mM ** 2;
  const A: number[][] = [];
  const y: number[] = [];
  for (const eta of polarisations(kk, k.mM)) {
    const ec = conj4(eta);
    const eq = dot(ec, real4(q));
    const basis = tensorBasis(k, eta);
    const tgtF = [0, 1, 2, 3].map((mu) => scl(mul(I, eps3(mu, ec, real4(p), real4(kk))), 2 * sE * f.T1));
    const tgtG = [0, 1, 2, 3].map((mu) =>
      add(sub(scl(ec[mu], D * f.T2), scl(mul(cx(P[mu]), eq), f.T2)), scl(mul(eq, cx(q[mu] - (k.s * P[mu]) / D)), f.T3)),
    );
    const cols = basis.map((B) => [...contractQ(B, q), ...contractQ(dualT(B, cD), q)]);
    const rhs = [...tgtF, ...tgtG];
    for (let r = 0; r < 8; r++) {
      A.push(cols.map((c) => c[r].re));
      y.push(rhs[r].re);
      A.push(cols.map((c) => c[r].im));
      y.push(rhs[r].im);
    }
  }
  const N = [0, 1, 2].map((i) => [0, 1, 2].map((j) => A.reduce((t, row) => t + row[i] * row[j], 0)));
  const z = [0, 1, 2].map((i) => A.reduce((t, row, r) => t + row[i] * y[r], 0));
  const b = solve3(N, z);
  const scale = Math.hypot(...y) || 1;
  const residual = Math.hypot(...A.map((row, r) => row[0] * b[0] + row[1] * b[1] + row[2] * b[2] - y[r])) / scale;
  return { b, residual };
}
function tensorV(k: Kin, eta: V4, b: number[]): Cx[][] {
  const basis = tensorBasis(k, eta);
  return [0, 1, 2, 3].map((mu) => [0, 1, 2, 3].map((nu) => basis.reduce((t, B, i) => add(t, scl(B[mu][nu], b[i])), ZERO)));
}
function solve3(A: number[][], z: number[]): number[] {
  const M = A.map((r, i) => [...r, z[i]]);
  for (let c = 0; c < 3; c++) {
    let piv = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k < 4; k++) M[r][k] -= f * M[c][k];
    }
  }
  return [0, 1, 2].map((i) => M[i][3] / M[i][i]);
}

/**
 * The sign sE of the ε-structures in the B → V definitions that makes the full tensor regular at q² → 0 when
 * T1(0) = T2(0): b2 must stay finite. Determined numerically.
 */
export function regularSign(cD: number): number {
  // with T1 = T2 the regular tensor has q² · b2 → 0; the other sign gives q² · b2 → 2 Δ T1 ≠ 0
  const res: Record<string, number> = {};
  for (const sE of [1, -1]) {
    const s = 1e-4;
    const k: Kin = { mB: 5.28, mM: 0.9, s, m: 0, axis: [0.3, -0.2, 0.9] };
    res[sE] = Math.abs(s * fitTensor(k, { V: 0, T1: 0.3, T2: 0.3, T3: 0.1 }, sE, cD).b[1]);
  }
  if (res[-1] < 1e-8 && res[1] > 1) return -1;
  if (res[1] < 1e-8 && res[-1] > 1) return 1;
  throw new Error(`cannot determine the regular sign: ${JSON.stringify(res)}`);
}
export function transverse(kk: number[], which: number): V4 {
  const pol = polarisations(kk, Math.sqrt(kk[0] ** 2 - kk[1] ** 2 - kk[2] ** 2 - kk[3] ** 2));
  return pol[which];
}

function hadV(k: Kin, f: VInputs, sE: number, cD: number, maxResidual: { value: number }): Had[] {
  const { p, kk } = mesonMomenta(k);
  const out: Had[] = [];
  const fit = fitTensor(k, f, sE, cD);
  maxResidual.value = Math.max(maxResidual.value, fit.residual);
  for (const eta of polarisations(kk, k.mM)) {
    const ec = conj4(eta);
    const H = [0, 1, 2, 3].map((mu) => scl(eps3(mu, ec, real4(p), real4(kk)), (sE * 2 * f.V) / (k.mB + k.mM)));
    out.push({ S: ZERO, H, F: tensorV(k, eta, fit.b) });
  }
  return out;
}

// ---------------------------------------------------------------- amplitudes from the operator definitions
export type Kind = 'scalar' | 'fermion' | 'vector';
export const OPS: Record<Kind, string[]> = {
  scalar: ['S', 'V'],
  fermion: ['S1', 'S2', 'V1', 'V2', 'T1', 'T2'],
  vector: ['S', 'T1', 'T2', 'V2', 'V3', 'V4', 'V5', 'V6'],
};

/** contraction T^{μν} D_{μν} with D given with lower indices */
function tcontract(T: Cx[][], Dl: (mu: number, nu: number) => Cx): Cx {
  let s = ZERO;
  for (let mu = 0; mu < 4; mu++) for (let nu = 0; nu < 4; nu++) s = add(s, mul(T[mu][nu], Dl(mu, nu)));
  return s;
}

/**
 * Amplitudes of every operator for one configuration: pair particle 1 (momentum p1, the "particle", created by
 * φ†, χ̄, X†) and particle 2 (p2, the antiparticle, created by φ, χ, X). Fields as plane waves:
 * φ† → e^{ip1x}, φ → e^{ip2x}; ∂_μ of a field creating momentum p gives i p_μ.
 */
function amplitudes(kind: Kind, h: Had, q: number[], p1: number[], p2: number[], m: number, spin: { s1: number; s2: number; e1?: V4; e2?: V4 }, cD: number): Cx[] {
  const Hl = lower(h.H);
  const Fl = (mu: number, nu: number) => scl(h.F[mu][nu], G[mu] * G[nu]);
  const Fup = h.F;
  if (kind === 'scalar') {
    const d1 = p1; // ∂ on φ† (particle 1)
    const d2 = p2; // ∂ on φ (particle 2)
    // O_V: φ† i∂↔_μ φ = i(φ† ∂φ − ∂φ† φ) → i(i p2 − i p1)_μ = (p1 − p2)_μ
    let ampV = ZERO;
    for (let mu = 0; mu < 4; mu++) ampV = add(ampV, mul(h.H[mu], mul(I, sub(mul(I, cx(d2[mu] * G[mu])), mul(I, cx(d1[mu] * G[mu]))))));
    return [h.S, ampV];
  }
  if (kind === 'fermion') {
    const ub = bar(uSpinor(p1, m, spin.s1));
    const v = vSpinor(p2, m, spin.s2);
    const bil = (M: M4) => sandwich(ub, M, v);
    let ampV1 = ZERO;
    let ampV2 = ZERO;
    for (let mu = 0; mu < 4; mu++) {
      // (q̄γ^μb)(χ̄γ_μχ) = H^μ × ū γ_μ v = H_μ ū γ^μ v
      ampV1 = add(ampV1, mul(Hl[mu], bil(GAMMA[mu])));
      ampV2 = add(ampV2, mul(Hl[mu], bil(GAM5[mu])));
    }
    let ampT1 = ZERO;
    let ampT2 = ZERO;
    for (let mu = 0; mu < 4; mu++) for (let nu = 0; nu < 4; nu++) {
      if (mu === nu) continue;
      ampT1 = add(ampT1, mul(Fl(mu, nu), bil(SIG[mu][nu])));
      ampT2 = add(ampT2, mul(Fl(mu, nu), bil(SIG5[mu][nu])));
    }
    return [mul(h.S, bil(ID4)), mul(h.S, bil(IG5)), ampV1, ampV2, ampT1, ampT2];
  }
  // vector X: X†^μ → e1^μ (outgoing particle 1, ε*(p1)), X^ν → e2^ν; ∂_ν acting on X† gives i p1_ν, on X gives i p2_ν
  const e1 = spin.e1!;
  const e2 = spin.e2!;
  const e1l = lower(e1);
  const e2l = lower(e2);
  const p1l = p1.map((x, i) => x * G[i]);
  const p2l = p2.map((x, i) => x * G[i]);
  const ql = q.map((x, i) => x * G[i]);
  const Hu = h.H;
  let e12 = ZERO;
  for (let mu = 0; mu < 4; mu++) e12 = add(e12, mul(e1l[mu], e2[mu]));
  // S: (q̄b)(X†_μ X^μ)
  const aS = mul(h.S, e12);
  // T1: (i/2)(q̄σ^{μν}b)(X†_μX_ν − X†_νX_μ)
  const aT1 = mul(cx(0, 0.5), tcontract(Fup, (mu, nu) => sub(mul(e1l[mu], e2l[nu]), mul(e1l[nu], e2l[mu]))));
  // T2: (1/2)(q̄σ^{μν}γ5b)(X†_μX_ν − X†_νX_μ), ⟨σ^{μν}γ5⟩ = cD (i/2) ε^{μνρσ} F_{ρσ} (cD from the Dirac matrices)
  const Gt = dualT(Fup, cD);
  const aT2 = scl(tcontract(Gt, (mu, nu) => sub(mul(e1l[mu], e2l[nu]), mul(e1l[nu], e2l[mu]))), 0.5);
  // V2: (q̄γ_μb) ∂_ν(X^{μ†}X^ν + X^{ν†}X^μ);  V5: (q̄γ_μb) i∂_ν(X^{μ†}X^ν − X^{ν†}X^μ); ∂_ν(X†X) → i(p1+p2)_ν = i q_ν
  let aV2 = ZERO;
  let aV5 = ZERO;
  for (let mu = 0; mu < 4; mu++) for (let nu = 0; nu < 4; nu++) {
    const dnu = cx(0, ql[nu]);
    const sym = add(mul(e1[mu], e2[nu]), mul(e1[nu], e2[mu]));
    const asym = sub(mul(e1[mu], e2[nu]), mul(e1[nu], e2[mu]));
    aV2 = add(aV2, mul(Hl[mu], mul(dnu, sym)));
    aV5 = add(aV5, mul(Hl[mu], mul(I, mul(dnu, asym))));
  }
  // V3: (q̄γ_μb)(X†_ρ ∂_νX_σ − ∂_νX†_ρ X_σ) ε^{μνρσ};  V6: (q̄γ_μb) i∂_ν(X†_ρX_σ) ε^{μνρσ}
  let aV3 = ZERO;
  let aV6 = ZERO;
  for (let mu = 0; mu < 4; mu++) for (let nu = 0; nu < 4; nu++) for (let r = 0; r < 4; r++) for (let t = 0; t < 4; t++) {
    const e = eps(mu, nu, r, t);
    if (!e) continue;
    const lr = sub(mul(e1l[r], mul(cx(0, p2l[nu]), e2l[t])), mul(mul(cx(0, p1l[nu]), e1l[r]), e2l[t]));
    aV3 = add(aV3, scl(mul(Hl[mu], lr), e));
    aV6 = add(aV6, scl(mul(Hl[mu], mul(I, mul(cx(0, ql[nu]), mul(e1l[r], e2l[t])))), e));
  }
  // V4: (q̄γ^μb)(X†_ν i∂_μX^ν − i∂_μX†_ν X^ν)
  let aV4 = ZERO;
  for (let mu = 0; mu < 4; mu++) {
    const lr = sub(mul(cx(0, p2l[mu]), e12), mul(cx(0, p1l[mu]), e12));
    aV4 = add(aV4, mul(Hu[mu], mul(I, lr)));
  }
  return [aS, aT1, aT2, aV2, aV3, aV4, aV5, aV6];
}

export interface Options {
  /** treat the pair as identical particles (real scalar, Majorana fermion, real vector) */
  selfConjugate?: boolean;
  nTheta?: number;
  nPhi?: number;
}

/** K^num_ij (complex, row-major) and diagnostics. Multiply by 1/2 for identical particles is included. */
export function numericK(kind: Kind, meson: 'P' | 'V', k: Kin, inputs: PInputs | VInputs, opt: Options = {}): { K: Cx[][]; tensorResidual: number; sE: number; cD: number } {
  const cD = dualityCoefficient();
  const sE = regularSign(cD);
  const res = { value: 0 };
  const hads = meson === 'P' ? hadP(k, inputs as PInputs) : hadV(k, inputs as VInputs, sE, cD, res);
  const n = OPS[kind].length;
  const K = Array.from({ length: n }, () => Array.from({ length: n }, () => ZERO));
  const nT = opt.nTheta ?? 10;
  const nP = opt.nPhi ?? 10;
  const gl = glNodes(nT);
  const E = Math.sqrt(k.s) / 2;
  const pm = Math.sqrt(Math.max(0, E * E - k.m * k.m));
  const q = [Math.sqrt(k.s), 0, 0, 0];
  let wsum = 0;
  for (let it = 0; it < nT; it++) {
    const ct = gl.x[it];
    const st = Math.sqrt(1 - ct * ct);
    for (let ip = 0; ip < nP; ip++) {
      const ph = (2 * Math.PI * (ip + 0.37)) / nP;
      const nv = [st * Math.cos(ph), st * Math.sin(ph), ct];
      const p1 = [E, ...nv.map((x) => pm * x)];
      const p2 = [E, ...nv.map((x) => -pm * x)];
      const w = gl.w[it] / nP / 2;
      wsum += w;
      for (const h of hads) {
        const states: { s1: number; s2: number; e1?: V4; e2?: V4 }[] = [];
        if (kind === 'scalar') states.push({ s1: 0, s2: 0 });
        else if (kind === 'fermion') for (const s1 of [0, 1]) for (const s2 of [0, 1]) states.push({ s1, s2 });
        else {
          const pol1 = polarisations(p1, k.m).map(conj4);
          const pol2 = polarisations(p2, k.m).map(conj4);
          for (const e1 of pol1) for (const e2 of pol2) states.push({ s1: 0, s2: 0, e1, e2 });
        }
        for (const st0 of states) {
          let a = amplitudes(kind, h, q, p1, p2, k.m, st0, cD);
          if (opt.selfConjugate) {
            // second contraction: particles exchanged (fermions: ū(p2)Γv(p1) with a relative minus sign)
            const swapped = kind === 'fermion' ? { s1: st0.s2, s2: st0.s1 } : { s1: 0, s2: 0, e1: st0.e2, e2: st0.e1 };
            const b = amplitudes(kind, h, q, p2, p1, k.m, swapped, cD);
            a = a.map((x, i) => (kind === 'fermion' ? sub(x, b[i]) : add(x, b[i])));
          }
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) K[i][j] = add(K[i][j], scl(mul(a[i], conj(a[j])), w));
        }
      }
    }
  }
  const norm = (opt.selfConjugate ? 0.5 : 1) / wsum;
  return { K: K.map((r) => r.map((x) => scl(x, norm))), tensorResidual: res.value, sE, cD };
}

function glNodes(n: number): { x: number[]; w: number[] } {
  const x: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < n; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = z;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      pp = (n * (z * p1 - p0)) / (z * z - 1);
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) < 1e-15) break;
    }
    x.push(z);
    w.push(2 / ((1 - z * z) * pp * pp));
  }
  return { x, w };
}

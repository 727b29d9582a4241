/**
 * Explicit Lorentz algebra for independent derivations in the tests: complex 4-vectors (contravariant
 * components), metric (+,−,−,−), ε^{0123} = +1, polarisation vectors, Dirac matrices (Dirac representation)
 * and spin-summed traces. Deliberately naive (no shortcuts shared with src/).
 */
export interface C {
  re: number;
  im: number;
}
export type V4 = [C, C, C, C];
export type M4 = C[][];

export const c = (re: number, im = 0): C => ({ re, im });
export const cadd = (a: C, b: C): C => ({ re: a.re + b.re, im: a.im + b.im });
export const cmul = (a: C, b: C): C => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
export const cscale = (a: C, s: number): C => ({ re: a.re * s, im: a.im * s });
export const cconj = (a: C): C => ({ re: a.re, im: -a.im });
export const cabs2 = (a: C): number => a.re * a.re + a.im * a.im;

export const real4 = (x: number[]): V4 => [c(x[0]), c(x[1]), c(x[2]), c(x[3])];
export const conj4 = (a: V4): V4 => a.map(cconj) as V4;
export const add4 = (a: V4, b: V4): V4 => a.map((x, i) => cadd(x, b[i])) as V4;
export const scale4 = (a: V4, s: number): V4 => a.map((x) => cscale(x, s)) as V4;
const G = [1, -1, -1, -1];

/** a·b = a^0 b^0 − a⃗·b⃗ (bilinear, no conjugation) */
export function dot(a: V4, b: V4): C {
  let s = c(0);
  for (let m = 0; m < 4; m++) s = cadd(s, cscale(cmul(a[m], b[m]), G[m]));
  return s;
}

/** ε_{μνρσ} a^μ b^ν c^ρ d^σ with ε^{0123} = +1, hence ε_{0123} = −1: equals −det[a, b, c, d]. */
export function levi(a: V4, b: V4, cc: V4, d: V4): C {
  const rows = [a, b, cc, d];
  const perm = (p: number[]): number => {
    let s = 1;
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) if (p[i] > p[j]) s = -s;
    return s;
  };
  let det = c(0);
  const idx = [0, 1, 2, 3];
  const permute = (arr: number[], k: number): number[][] => {
    if (k === arr.length) return [arr.slice()];
    const out: number[][] = [];
    for (let i = k; i < arr.length; i++) {
      [arr[k], arr[i]] = [arr[i], arr[k]];
      out.push(...permute(arr, k + 1));
      [arr[k], arr[i]] = [arr[i], arr[k]];
    }
    return out;
  };
  for (const p of permute(idx, 0)) {
    let t = c(perm(p));
    for (let r = 0; r < 4; r++) t = cmul(t, rows[r][p[r]]);
    det = cadd(det, t);
  }
  return cscale(det, -1);
}

/** Four-momentum of mass m moving with |p| along the unit vector n. */
export function momentum(m: number, p: number, n: number[]): number[] {
  return [Math.sqrt(m * m + p * p), p * n[0], p * n[1], p * n[2]];
}

/** Two unit vectors orthogonal to n (and to each other). */
function transverse(n: number[]): [number[], number[]] {
  const a = Math.abs(n[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
  const e1 = [a[1] * n[2] - a[2] * n[1], a[2] * n[0] - a[0] * n[2], a[0] * n[1] - a[1] * n[0]];
  const l = Math.hypot(...e1);
  const u = e1.map((x) => x / l);
  const v = [n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]];
  return [u, v];
}

/**
 * Polarisation vectors of a vector boson of mass m with momentum |p| along n: two transverse (helicity ±) and,
 * if m > 0, the longitudinal one; each satisfies ε·p = 0 and ε·ε* = −1.
 */
export function polarisations(m: number, p: number, n: number[]): V4[] {
  const [u, v] = transverse(n);
  const s = Math.SQRT1_2;
  const plus: V4 = [c(0), c(-s * u[0], -s * v[0]), c(-s * u[1], -s * v[1]), c(-s * u[2], -s * v[2])];
  const minus: V4 = [c(0), c(s * u[0], -s * v[0]), c(s * u[1], -s * v[1]), c(s * u[2], -s * v[2])];
  if (m === 0) return [plus, minus];
  const E = Math.sqrt(m * m + p * p);
  const long = real4([p / m, (E / m) * n[0], (E / m) * n[1], (E / m) * n[2]]);
  return [plus, minus, long];
}

// ---------------------------------------------------------------- Dirac matrices
const Z = c(0);
const O = c(1);
const I = c(0, 1);
const mI = c(0, -1);
const m1 = c(-1);
export const GAMMA: M4[] = [
  [
    [O, Z, Z, Z],
    [Z, O, Z, Z],
    [Z, Z, m1, Z],
    [Z, Z, Z, m1],
  ],
  [
    [Z, Z, Z, O],
    [Z, Z, O, Z],
    [Z, m1, Z, Z],
    [m1, Z, Z, Z],
  ],
  [
    [Z, Z, Z, mI],
    [Z, Z, I, Z],
    [Z, I, Z, Z],
    [mI, Z, Z, Z],
  ],
  [
    [Z, Z, O, Z],
    [Z, Z, Z, m1],
    [m1, Z, Z, Z],
    [Z, O, Z, Z],
  ],
];
export function mmul(a: M4, b: M4): M4 {
  return a.map((row, i) => row.map((_, j) => a[i].reduce((s, _x, k) => cadd(s, cmul(a[i][k], b[k][j])), c(0))));
}
export function madd(a: M4, b: M4): M4 {
  return a.map((row, i) => row.map((x, j) => cadd(x, b[i][j])));
}
export function mscale(a: M4, s: C): M4 {
  return a.map((row) => row.map((x) => cmul(x, s)));
}
export const ID: M4 = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? O : Z)));
/** γ5 = i γ0 γ1 γ2 γ3 */
export const GAMMA5: M4 = mscale(mmul(mmul(GAMMA[0], GAMMA[1]), mmul(GAMMA[2], GAMMA[3])), I);
/** a̸ = γ^μ a_μ = γ^0 a^0 − γ⃗·a⃗ */
export function slash(a: V4): M4 {
  let s = mscale(GAMMA[0], a[0]);
  for (let k = 1; k < 4; k++) s = madd(s, mscale(GAMMA[k], cscale(a[k], -1)));
  return s;
}
export function trace(a: M4): C {
  return a.reduce((s, row, i) => cadd(s, row[i]), c(0));
}
/** Γ̄ = γ0 Γ† γ0 */
export function bar(a: M4): M4 {
  const dag = a.map((_, i) => a.map((row) => cconj(row[i])));
  return mmul(mmul(GAMMA[0], dag), GAMMA[0]);
}
/**
 * Σ_spins |ū(k1, m1) Γ v(k2, m2)|² = Tr[(k̸1 + m1) Γ (k̸2 − m2) Γ̄].
 */
export function spinSum(k1: number[], m1: number, k2: number[], m2: number, vertex: M4): number {
  const A = madd(slash(real4(k1)), mscale(ID, c(m1)));
  const B = madd(slash(real4(k2)), mscale(ID, c(-m2)));
  return trace(mmul(mmul(mmul(A, vertex), B), bar(vertex))).re;
}
/** σ^{μν} = (i/2)[γ^μ, γ^ν] */
export function sigma(mu: number, nu: number): M4 {
  const comm = madd(mmul(GAMMA[mu], GAMMA[nu]), mscale(mmul(GAMMA[nu], GAMMA[mu]), c(-1)));
  return mscale(comm, c(0, 0.5));
}
/** Σ_μ γ^μ ε_μ for a complex polarisation ε (contravariant components) */
export function slashC(e: V4): M4 {
  return slash(e);
}

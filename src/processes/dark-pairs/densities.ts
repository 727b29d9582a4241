/**
 * Closed-form rate densities of B → M + (dark pair) for every operator of src/processes/dark-pairs/basis.ts and
 * every interference, M = P (pseudoscalar) or V (vector meson), for a complex scalar φ, Dirac fermion χ or
 * complex vector X of mass m (self-conjugate variants: basis.ts `symmetryFactor`).
 *
 *   dΓ/dq² = √λ β / (256 π³ m_B³) · Σ_ij C_i C_j* K_ij(q²),     β = √(1 − 4m²/q²),  λ = λ(m_B², m_M², q²)
 *
 * K is Hermitian; K_ij is the coefficient of C_i C_j* (so Σ_ij C_i C_j* K_ij = Σ_i |C_i|² K_ii + 2 Σ_{i<j} Re(C_i C_j* K_ij)).
 * K = Σ_{spins, M polarisations} ⟨M_i M_j*⟩, the pair angles averaged in the pair rest frame, with M_i = ⟨M …|O_i|B⟩.
 * The normalisation is (1/2m_B)(1/2π)(√λ/8πm_B²)(β/8π) = √λβ/(256π³m_B³), three-body phase space at fixed q².
 *
 * Derivation (written out in docs/dark-pairs.md): helicity decomposition of the hadronic currents in the pair rest
 * frame times the pair-side correlators Σ_spins ⟨J_A J_B*⟩ (traces with (p̸₁+m), (p̸₂−m) for χ; polarisation sums
 * −g + pp/m² for X), averaged over the pair direction. Hadronic matrix elements in the conventions of
 * src/hadronic/types.ts (s = q², P = p + k, Δ = m_B² − m_M²):
 *   ⟨P|q̄b|B⟩ = Sc ≡ Δ f0/(m_b − m_q)      (equation of motion; the caller supplies Sc, see kernel.ts)
 *   ⟨P|q̄γ^μb|B⟩ = f+ (P^μ − Δ q^μ/s) + f0 Δ q^μ/s,   ⟨P|q̄σ^{μν}b|B⟩ = i fT/(m_B+m_P) (P^μ q^ν − q^μ P^ν)
 *   ⟨V|q̄b|B⟩ = 0;   ⟨V|q̄γ^μb|B⟩ ∝ V (transverse only);  ⟨V|q̄σ^{μν}b|B⟩ from T1, T2, T3 (→ T23) via
 *   σ^{μν}γ5 = +(i/2) ε^{μνρσ} σ_{ρσ} (true for ε^{0123} = +1, γ5 = iγ⁰γ¹γ²γ³). A tensor regular at q² → 0 with
 *   T1(0) = T2(0) then needs the ε-structures of the BSZ definitions with the opposite sign (BSZ's ε^{0123} is −1;
 *   the comment in hadronic/types.ts states the identity with the sign of that convention). emiss flips V and T1
 *   together, so V·T1 is as in BSZ; the wrong relative sign would give (T1 + T2)/q² poles.
 * The quark current q̄σ^{μν}γ5b (vector-DM T2) is rewritten with the same identity as q̄σ_{ρσ}b times the dual DM
 * tensor. Interferences not listed vanish identically (different angular momentum of the pair, or opposite
 * parity of the two operators).
 *
 * Cross-checks (test/dark-pairs-amplitudes.test.ts): every entry against explicit Dirac spinors, polarisation
 * vectors and numerical angular integration; the fermion entries against paper 003 (A1), (A2) after correcting
 * the extraction typos (S2–V2 interference is −12 m Δ² f0²/(m_b−m_s) Im[C_S2 C_V2*]; (s − 4m⁴) in (A2) is
 * (s − 4m²); λ in (A2) is λ(m_B², m_V², s); κ^{1/2} there is β).
 */
import type { DarkKind } from './basis.js';

/** Hadronic inputs for B → P at one q²: form factors and Sc = Δ f0/(m_b − m_q). */
export interface HadronicP {
  fp: number;
  f0: number;
  fT: number;
  sc: number;
}

/** Hadronic inputs for B → V at one q². */
export interface HadronicV {
  V: number;
  T1: number;
  T2: number;
  T23: number;
}

/** Number of operators per kind (order of basis.ts). */
export const N_OPS: Readonly<Record<DarkKind, number>> = { scalar: 2, fermion: 6, vector: 8 };

/** A dense complex n × n matrix, (re, im) interleaved, row-major: entry (i, j) at 2(i n + j). */
export type CMatrix = Float64Array;

export function cmatrix(n: number): CMatrix {
  return new Float64Array(2 * n * n);
}

function setH(out: CMatrix, n: number, i: number, j: number, re: number, im = 0): void {
  out[2 * (i * n + j)] = re;
  out[2 * (i * n + j) + 1] = im;
  if (i !== j) {
    out[2 * (j * n + i)] = re;
    out[2 * (j * n + i) + 1] = -im;
  } else {
    out[2 * (i * n + i) + 1] = 0;
  }
}

/** √λ β/(256 π³ m_B³): the factor multiplying Σ C_i C_j* K_ij in dΓ/dq². */
export function phaseSpaceFactor(mB: number, lam: number, s: number, m: number): number {
  const b2 = 1 - (4 * m * m) / s;
  return b2 > 0 && lam > 0 ? (Math.sqrt(lam) * Math.sqrt(b2)) / (256 * Math.PI ** 3 * mB ** 3) : 0;
}

/**
 * K(q²) for B → P. `out` (length 2n², n = N_OPS[kind]) is overwritten. Requires s > 0 (and m > 0 for vectors).
 */
export function densityP(kind: DarkKind, h: HadronicP, mB: number, mM: number, s: number, m: number, out: CMatrix): CMatrix {
  out.fill(0);
  const lam = Math.max(0, mB ** 4 + mM ** 4 + s * s - 2 * (mB * mB * mM * mM + mB * mB * s + mM * mM * s));
  const D = mB * mB - mM * mM;
  const mp = mB + mM;
  const m2 = m * m;
  const w = s - 4 * m2; // s β²
  const { fp, f0, fT, sc } = h;
  if (kind === 'scalar') {
    // S: |⟨P|q̄b|B⟩|² ; V: pair P-wave, λ f+² β²/3
    setH(out, 2, 0, 0, sc * sc);
    setH(out, 2, 1, 1, (lam * fp * fp * w) / (3 * s));
    return out;
  }
  if (kind === 'fermion') {
    const n = 6; // S1 S2 V1 V2 T1 T2
    setH(out, n, 0, 0, 2 * sc * sc * w);
    setH(out, n, 1, 1, 2 * sc * sc * s);
    setH(out, n, 1, 3, 0, 4 * m * D * sc * f0); // C_S2 C_V2*: purely imaginary (1S0 pair from both)
    setH(out, n, 2, 2, (4 * lam * fp * fp * (s + 2 * m2)) / (3 * s));
    setH(out, n, 3, 3, (4 * (6 * m2 * D * D * f0 * f0 + lam * fp * fp * w)) / (3 * s));
    setH(out, n, 2, 4, (8 * m * lam * fp * fT) / mp);
    setH(out, n, 4, 4, (8 * lam * fT * fT * (s + 8 * m2)) / (3 * mp * mp));
    setH(out, n, 5, 5, (8 * lam * fT * fT * w) / (3 * mp * mp));
    return out;
  }
  // vector X: S T1 T2 V2 V3 V4 V5 V6
  const n = 8;
  const m4 = m2 * m2;
  setH(out, n, 0, 0, (sc * sc * (12 * m4 - 4 * m2 * s + s * s)) / (4 * m4));
  setH(out, n, 0, 3, 0, (-sc * f0 * D * w * (s - 2 * m2)) / (4 * m4));
  setH(out, n, 3, 3, (w * (3 * D * D * f0 * f0 * w + 4 * m2 * lam * fp * fp)) / (12 * m4));
  setH(out, n, 1, 1, (fT * fT * lam * w * (s + 4 * m2)) / (12 * m4 * mp * mp));
  setH(out, n, 1, 5, (-fT * fp * lam * w * (s - 2 * m2)) / (12 * m4 * mp));
  setH(out, n, 1, 6, (fT * fp * lam * w * (s + 4 * m2)) / (12 * m4 * mp));
  setH(out, n, 2, 2, (fT * fT * lam * (s + 2 * m2)) / (3 * m2 * mp * mp));
  setH(out, n, 2, 7, (fT * fp * lam * (s + 2 * m2)) / (3 * m2 * mp));
  setH(out, n, 5, 5, (fp * fp * lam * w * (12 * m4 - 4 * m2 * s + s * s)) / (12 * m4 * s));
  setH(out, n, 5, 6, (-fp * fp * lam * w * (s - 2 * m2)) / (12 * m4));
  setH(out, n, 6, 6, (fp * fp * lam * w * (s + 4 * m2)) / (12 * m4));
  setH(out, n, 7, 7, (fp * fp * lam * (s + 2 * m2)) / (3 * m2));
  setH(out, n, 4, 4, (w * (6 * m2 * D * D * f0 * f0 + lam * fp * fp * w)) / (3 * m2 * s));
  return out;
}

/** K(q²) for B → V (vector meson); scalar quark currents do not contribute (⟨V|q̄b|B⟩ = 0). */
export function densityV(kind: DarkKind, h: HadronicV, mB: number, mM: number, s: number, m: number, out: CMatrix): CMatrix {
  out.fill(0);
  const lam = Math.max(0, mB ** 4 + mM ** 4 + s * s - 2 * (mB * mB * mM * mM + mB * mB * s + mM * mM * s));
  const D = mB * mB - mM * mM;
  const mp = mB + mM;
  const m2 = m * m;
  const w = s - 4 * m2;
  const { V, T1, T2, T23 } = h;
  // transverse tensor combination of T2 and T23 (electric/magnetic pieces of ⟨V|q̄σ^{μν}b|B⟩)
  const Y = D * D * T2 * T2 + (8 * mB * mB * mM * mM * s * T23 * T23) / (mp * mp);
  if (kind === 'scalar') {
    setH(out, 2, 1, 1, (2 * lam * V * V * w) / (3 * mp * mp));
    return out;
  }
  if (kind === 'fermion') {
    const n = 6;
    setH(out, n, 2, 2, (8 * lam * V * V * (s + 2 * m2)) / (3 * mp * mp));
    setH(out, n, 3, 3, (8 * lam * V * V * w) / (3 * mp * mp));
    setH(out, n, 2, 4, (16 * m * lam * V * T1) / mp);
    setH(out, n, 4, 4, (16 * ((s + 8 * m2) * lam * T1 * T1 + w * Y)) / (3 * s));
    setH(out, n, 5, 5, (16 * (w * lam * T1 * T1 + (s + 8 * m2) * Y)) / (3 * s));
    return out;
  }
  const n = 8;
  const m4 = m2 * m2;
  setH(out, n, 3, 3, (2 * V * V * lam * s * w) / (3 * m2 * mp * mp));
  setH(out, n, 1, 1, (lam * T1 * T1 * (s * s - 16 * m4) + 4 * m2 * (s + 2 * m2) * Y) / (6 * m4 * s));
  setH(out, n, 2, 2, (4 * m2 * (s + 2 * m2) * lam * T1 * T1 + (s * s - 16 * m4) * Y) / (6 * m4 * s));
  setH(out, n, 1, 5, (-T1 * V * lam * w * (s - 2 * m2)) / (6 * m4 * mp));
  setH(out, n, 1, 6, (T1 * V * lam * w * (s + 4 * m2)) / (6 * m4 * mp));
  setH(out, n, 2, 7, (2 * T1 * V * lam * (s + 2 * m2)) / (3 * m2 * mp));
  setH(out, n, 5, 5, (V * V * lam * w * (12 * m4 - 4 * m2 * s + s * s)) / (6 * m4 * mp * mp));
  setH(out, n, 5, 6, (-V * V * lam * s * w * (s - 2 * m2)) / (6 * m4 * mp * mp));
  setH(out, n, 6, 6, (V * V * lam * s * w * (s + 4 * m2)) / (6 * m4 * mp * mp));
  setH(out, n, 7, 7, (2 * V * V * lam * s * (s + 2 * m2)) / (3 * m2 * mp * mp));
  setH(out, n, 4, 4, (2 * V * V * lam * w * w) / (3 * m2 * mp * mp));
  return out;
}

/** Σ_ij C_i C_j* K_ij for coefficients c = (re, im) interleaved. Real by hermiticity. */
export function quadraticForm(K: CMatrix, n: number, c: ArrayLike<number>): number {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const ar = c[2 * i];
    const ai = c[2 * i + 1];
    if (ar === 0 && ai === 0) continue;
    for (let j = 0; j < n; j++) {
      const br = c[2 * j];
      const bi = c[2 * j + 1];
      if (br === 0 && bi === 0) continue;
      // C_i C_j* = (ar + i ai)(br − i bi)
      const pr = ar * br + ai * bi;
      const pi = ai * br - ar * bi;
      const kr = K[2 * (i * n + j)];
      const ki = K[2 * (i * n + j) + 1];
      t += pr * kr - pi * ki;
    }
  }
  return t;
}

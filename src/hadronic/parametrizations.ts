/**
 * The z-expansion parametrisations used by the form-factor sets. Each factory returns the `evaluate`
 * function of a FormFactorSet; coefficient order is documented per factory.
 */
import { optimalT0, tPlus, zOf } from './z-expansion.js';
import { F0, FP, FT, IA0, IA1, IA12, IT1, IT2, IT23, IV } from './types.js';

type Evaluate = (q2: number, c: ArrayLike<number>, mB: number, mM: number, out: Float64Array) => Float64Array;

function pole(q2: number, m: number): number {
  return m > 0 ? 1 / (1 - q2 / (m * m)) : 1;
}

/**
 * BSZ for B→P (arXiv:1811.00983 form, as in GRvDV 2023 / flavio "BSZ3"):
 * F(q²) = P_F(q²) Σ_{k=0}^{2} a_k^F (z − z(0))^k, P_F = 1/(1 − q²/m_R²).
 * Coefficients: [a0_f+, a1_f+, a2_f+, a1_f0, a2_f0, a0_fT, a1_fT, a2_fT]; a0_f0 = a0_f+ (f0(0) = f+(0)).
 */
export function bszP(poles: { mPlus: number; m0: number }): Evaluate {
  return (q2, c, mB, mM, out) => {
    const tp = tPlus(mB, mM);
    const t0 = optimalT0(mB, mM);
    const dz = zOf(q2, tp, t0) - zOf(0, tp, t0);
    const dz2 = dz * dz;
    const pp = pole(q2, poles.mPlus);
    out[FP] = pp * (c[0] + c[1] * dz + c[2] * dz2);
    out[F0] = pole(q2, poles.m0) * (c[0] + c[3] * dz + c[4] * dz2);
    out[FT] = pp * (c[5] + c[6] * dz + c[7] * dz2);
    return out;
  };
}

/**
 * BSZ 2015 for B→V (arXiv:1503.05534 eq. 4.2, three coefficients):
 * F_i(q²) = 1/(1 − q²/m_{R,i}²) Σ_{k=0}^{2} a_k^i (z − z(0))^k, with poles A0 → 0⁻, V and T1 → 1⁻,
 * A1, A12, T2, T23 → 1⁺. Coefficients (19): a0..a2 of A0, A1; a1, a2 of A12; a0..a2 of V, T1; a1, a2 of T2;
 * a0..a2 of T23. a0_A12 = (m_B² − m_V²)/(8 m_B m_V) a0_A0 and a0_T2 = a0_T1 (BSZ eq. 3.6 / B.6).
 */
export function bszV(poles: { m0m: number; m1m: number; m1p: number }): Evaluate {
  return (q2, c, mB, mV, out) => {
    const tp = tPlus(mB, mV);
    const t0 = optimalT0(mB, mV);
    const dz = zOf(q2, tp, t0) - zOf(0, tp, t0);
    const dz2 = dz * dz;
    const p0 = pole(q2, poles.m0m);
    const p1m = pole(q2, poles.m1m);
    const p1p = pole(q2, poles.m1p);
    const a0A12 = ((mB * mB - mV * mV) / (8 * mB * mV)) * c[0];
    out[IA0] = p0 * (c[0] + c[1] * dz + c[2] * dz2);
    out[IA1] = p1p * (c[3] + c[4] * dz + c[5] * dz2);
    out[IA12] = p1p * (a0A12 + c[6] * dz + c[7] * dz2);
    out[IV] = p1m * (c[8] + c[9] * dz + c[10] * dz2);
    out[IT1] = p1m * (c[11] + c[12] * dz + c[13] * dz2);
    out[IT2] = p1p * (c[11] + c[14] * dz + c[15] * dz2);
    out[IT23] = p1p * (c[16] + c[17] * dz + c[18] * dz2);
    return out;
  };
}

/**
 * BCL with normalised coefficients as in Leljak, Melić, van Dyk 2021 (arXiv:2102.07233), K = 4:
 * f+,T = P(q²) f(0) [1 + Σ_{k=1}^{K−1} b_k (z^k − z0^k − (−1)^{k−K} (k/K)(z^K − z0^K))],
 * f0 = P0(q²) f+(0) [1 + Σ_{k=1}^{K} b0_k (z^k − z0^k)].
 * Coefficients (12): f+(0), b+1, b+2, b+3, b0_1, b0_2, b0_3, b0_4, fT(0), bT1, bT2, bT3.
 * The masses in z are fixed by the set (m_B = 5.279, m_π = 0.135 in LMVD).
 */
export function bclLmvd(poles: { mPlus: number; m0: number }): Evaluate {
  const K = 4;
  return (q2, c, mB, mM, out) => {
    const tp = tPlus(mB, mM);
    const t0 = optimalT0(mB, mM);
    const z = zOf(q2, tp, t0);
    const z0 = zOf(0, tp, t0);
    const zK = z ** K - z0 ** K;
    let sp = 1;
    let st = 1;
    for (let k = 1; k < K; k++) {
      const basis = z ** k - z0 ** k - (-1) ** (k - K) * (k / K) * zK;
      sp += c[k] * basis;
      st += c[8 + k] * basis;
    }
    let s0 = 1;
    for (let k = 1; k <= K; k++) s0 += c[3 + k] * (z ** k - z0 ** k);
    out[FP] = pole(q2, poles.mPlus) * c[0] * sp;
    out[FT] = pole(q2, poles.mPlus) * c[8] * st;
    out[F0] = pole(q2, poles.m0) * c[0] * s0;
    return out;
  };
}

/**
 * HPQCD 2022 (arXiv:2207.12468 eq. 10) BCL form with t0 = 0 and N = 3:
 * f0 = Σ_{n=0}^{2} a_n^0 z^n / (1 − q²/M_{0}²),
 * f+,T = Σ_{n=0}^{2} a_n^{+,T} (z^n − (n/3)(−1)^{n−3} z³) / (1 − q²/M_{*}²).
 * Coefficients (8): a0_f+, a1_f+, a2_f+, a1_f0, a2_f0, a0_fT, a1_fT, a2_fT; a0_f0 = a0_f+ since z(0) = 0.
 */
export function bclHpqcd(poles: { mStar: number; m0: number }): Evaluate {
  return (q2, c, mB, mM, out) => {
    const tp = tPlus(mB, mM);
    const z = zOf(q2, tp, 0);
    const z3 = z * z * z;
    const b1 = z - (1 / 3) * z3; // n = 1: (−1)^{−2} = 1
    const b2 = z * z + (2 / 3) * z3; // n = 2: −(2/3)(−1)^{−1} z³ = +(2/3) z³
    const ps = pole(q2, poles.mStar);
    out[FP] = ps * (c[0] + c[1] * b1 + c[2] * b2);
    out[F0] = pole(q2, poles.m0) * (c[0] + c[3] * z + c[4] * z * z);
    out[FT] = ps * (c[5] + c[6] * b1 + c[7] * b2);
    return out;
  };
}

/**
 * KMPW 2010 (arXiv:1006.4945 eq. 8.8; paper 000 eqs. 3.4, 3.11):
 * F(q²) = F(0)/(1 − q²/m_R²) [1 + b1 (z − z0 + ½(z² − z0²))], no pole for f0.
 * Coefficients (5): f+(0), b1_+, b1_0, fT(0), b1_T; f0(0) = f+(0).
 */
export function kmpwP(poles: { mPlus: number }): Evaluate {
  return (q2, c, mB, mM, out) => {
    const tp = tPlus(mB, mM);
    const t0 = optimalT0(mB, mM);
    const z = zOf(q2, tp, t0);
    const z0 = zOf(0, tp, t0);
    const s = z - z0 + 0.5 * (z * z - z0 * z0);
    const p = pole(q2, poles.mPlus);
    out[FP] = p * c[0] * (1 + c[1] * s);
    out[F0] = c[0] * (1 + c[2] * s);
    out[FT] = p * c[3] * (1 + c[4] * s);
    return out;
  };
}

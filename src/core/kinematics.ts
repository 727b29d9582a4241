/** Kinematic helpers. All masses in GeV, q² in GeV². */

/** Källén function λ(a, b, c) = a² + b² + c² − 2ab − 2bc − 2ca. */
export function kallen(a: number, b: number, c: number): number {
  return a * a + b * b + c * c - 2 * (a * b + b * c + c * a);
}

/** λ(m_B², m_M², q²), clipped at zero (it is negative only through rounding at the endpoint). */
export function lambdaBM(mB: number, mM: number, q2: number): number {
  const l = kallen(mB * mB, mM * mM, q2);
  return l > 0 ? l : 0;
}

/** Magnitude of the meson three-momentum in the B rest frame: |p| = √λ / (2 m_B). */
export function momentumInRestFrame(mB: number, mM: number, q2: number): number {
  return Math.sqrt(lambdaBM(mB, mM, q2)) / (2 * mB);
}

/** Largest q² of B → M + X: (m_B − m_M)². */
export function q2Max(mB: number, mM: number): number {
  return (mB - mM) * (mB - mM);
}

/** β = √(1 − 4m²/q²) of a pair of particles of mass m; 0 below threshold. */
export function pairBeta(m: number, q2: number): number {
  const x = 1 - (4 * m * m) / q2;
  return x > 0 ? Math.sqrt(x) : 0;
}

/**
 * Conformal variable z(q²) = (√(t+ − q²) − √(t+ − t0)) / (√(t+ − q²) + √(t+ − t0)), t± = (m_B ± m_M)².
 * t0 defaults to t+(1 − √(1 − t−/t+)) (BSZ 2015, flavio, KMPW eq. 3.5 of paper 000, GRvDV 2023).
 */
export function tPlus(mB: number, mM: number): number {
  return (mB + mM) * (mB + mM);
}
export function tMinus(mB: number, mM: number): number {
  return (mB - mM) * (mB - mM);
}
export function optimalT0(mB: number, mM: number): number {
  const tp = tPlus(mB, mM);
  const tm = tMinus(mB, mM);
  return tp * (1 - Math.sqrt(1 - tm / tp));
}
export function zOf(q2: number, tp: number, t0: number): number {
  const a = Math.sqrt(tp - q2);
  const b = Math.sqrt(tp - t0);
  return (a - b) / (a + b);
}

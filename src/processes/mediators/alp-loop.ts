/**
 * The ALP loop function of paper 002 eq. (6) (Bauer, Neubert, Renner, Schnubel, Thamm, JHEP 09 (2022) 056,
 * their B1):
 *   B(x) = 1 − x f²(x),  f(x) = arcsin(1/√x) for x ≥ 1,
 *                         f(x) = π/2 + (i/2) ln[(1 + √(1−x))/(1 − √(1−x))] for x < 1,
 * with x = 4 m_f²/m_a². Limits: B → 1 for x → 0 (light fermion in the loop), B → −1/(3x) for x → ∞
 * (decoupling), B(1) = 1 − π²/4; Im B ≠ 0 only for x < 1 (the loop fermion can go on shell).
 */
import type { Complex } from '../../core/complex.js';
import { EmissError } from '../../core/errors.js';

export function alpLoopF(x: number): Complex {
  if (!(x >= 0) || !Number.isFinite(x)) throw new EmissError(`ALP loop function needs x = 4m²/m_a² ≥ 0 (got ${x})`);
  if (x >= 1) return { re: Math.asin(1 / Math.sqrt(x)), im: 0 };
  const r = Math.sqrt(1 - x);
  // ln[(1+r)/(1−r)] = 2 atanh(r), stable for r → 1 via log1p
  return { re: Math.PI / 2, im: 0.5 * (Math.log1p(r) - Math.log1p(-r)) };
}

export function alpLoopB(x: number): Complex {
  if (x === 0) return { re: 1, im: 0 };
  if (x > 1e6) return { re: -1 / (3 * x) - 8 / (45 * x * x), im: 0 }; // asymptotic series, avoids cancellation
  const f = alpLoopF(x);
  const f2re = f.re * f.re - f.im * f.im;
  const f2im = 2 * f.re * f.im;
  return { re: 1 - x * f2re, im: -x * f2im };
}

import { EmissError } from '../../core/errors.js';

/**
 * ln|Γ(x)| for real x, accurate to a few 1e-16 relative everywhere including near the zeros at x = 1, 2
 * (test/special-functions.test.ts compares with mpmath.loggamma).
 *
 * - 0.5 ≤ x < 2.5: Taylor series about 1, lnΓ(1+z) = −γz + Σ_{k≥2} (−1)^k ζ(k) z^k/k (|z| ≤ 1/2, converges
 *   like 2^{−k}/k), and lnΓ(2+z) = ln(1+z) + lnΓ(1+z); no cancellation near the zeros.
 * - 2.5 ≤ x < 10: downward recurrence to [1.5, 2.5): lnΓ(x) = ln[(x−1)…(x−n)] + lnΓ(x−n) (all terms ≥ 0).
 * - x ≥ 10: Stirling series with Bernoulli numbers B_2 … B_16 (truncation error < 1e-17).
 * - x < 0.5: reflection lnΓ(x) = ln(π/|sin πx|) − lnΓ(1−x); poles (x = 0, −1, −2, …) return +Infinity.
 * ζ(k), k = 2…60, are computed once from Euler–Maclaurin with N = 10 (error < 1e-17).
 */

const EULER_GAMMA = 0.5772156649015329;
// B_2, B_4, …, B_20
const BERNOULLI = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6, -3617 / 510, 43867 / 798, -174611 / 330];

function zetaEulerMaclaurin(k: number): number {
  const N = 10;
  let s = 0;
  for (let n = 1; n < N; n++) s += n ** -k;
  s += N ** (1 - k) / (k - 1) + 0.5 * N ** -k;
  // Σ_j B_2j/(2j)! · k(k+1)…(k+2j−2) · N^{−k−2j+1}
  let rising = k; // k(k+1)…(k+2j−2) for j = 1
  let fact = 2; // (2j)!
  for (let j = 1; j <= BERNOULLI.length; j++) {
    const term = (BERNOULLI[j - 1] / fact) * rising * N ** (-k - 2 * j + 1);
    s += term;
    if (Math.abs(term) < 1e-18 * s) break;
    rising *= (k + 2 * j - 1) * (k + 2 * j);
    fact *= (2 * j + 1) * (2 * j + 2);
  }
  return s;
}

const ZETA: readonly number[] = Object.freeze(Array.from({ length: 61 }, (_, k) => (k < 2 ? NaN : zetaEulerMaclaurin(k))));

/** lnΓ(1+z) for |z| ≤ 1/2. */
function lgamma1p(z: number): number {
  let s = -EULER_GAMMA * z;
  let zk = -z; // (−z)^k
  for (let k = 2; k <= 60; k++) {
    zk *= -z;
    const term = (ZETA[k] * zk) / k;
    s += term;
    if (Math.abs(term) < 1e-17 * Math.abs(s)) break;
  }
  return s;
}

function stirling(x: number): number {
  const x2 = x * x;
  let corr = 0;
  let xp = x;
  for (let k = 1; k <= 8; k++) {
    corr += BERNOULLI[k - 1] / (2 * k * (2 * k - 1) * xp);
    xp *= x2;
  }
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + corr;
}

/** ln|Γ(x)|. Throws on NaN; +Infinity at the poles x = 0, −1, −2, …. */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) throw new EmissError('lgamma: argument is NaN');
  if (x === Infinity) return Infinity;
  if (x < 0.5) {
    if (Number.isInteger(x)) return Infinity;
    // |sin πx| with exact argument reduction (x − round(x) is exact in floating point)
    const r = x - Math.round(x);
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * r))) - lgamma(1 - x);
  }
  if (x < 1.5) return lgamma1p(x - 1);
  if (x < 2.5) return Math.log1p(x - 2) + lgamma1p(x - 2);
  if (x < 10) {
    let prod = 1;
    let y = x;
    while (y >= 2.5) {
      y -= 1;
      prod *= y;
    }
    return Math.log(prod) + lgamma(y);
  }
  return stirling(x);
}

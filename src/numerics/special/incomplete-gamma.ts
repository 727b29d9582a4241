import { EmissError } from '../../core/errors.js';
import { lgamma } from './lgamma.js';

/**
 * Regularised incomplete gamma functions P(a, x) = γ(a, x)/Γ(a) and Q(a, x) = 1 − P(a, x), a > 0, x ≥ 0:
 * the power series P = x^a e^{−x}/Γ(a+1) Σ x^n/((a+1)…(a+n)) for x < a + 1, and the Lentz continued fraction
 * for Q otherwise (Numerical Recipes 3rd ed. §6.2, algorithms gser/gcf), each to ~1e-15 relative.
 * Distribution functions built on them: the normal CDF Φ(x) = ½ Q(½, x²/2) (x ≤ 0), the χ² survival function
 * Q(k/2, x/2) (test/incomplete-gamma.test.ts compares with scipy).
 */
function series(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let n = 0; n < 10000; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * 1e-17) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lgamma(a));
}

function continuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - lgamma(a)) * h;
}

export function gammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new EmissError(`incomplete gamma needs a > 0, x ≥ 0 (got a = ${a}, x = ${x})`);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
}

export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new EmissError(`incomplete gamma needs a > 0, x ≥ 0 (got a = ${a}, x = ${x})`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
}

/** Standard normal CDF Φ(x), accurate in both tails. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const q = 0.5 * gammaQ(0.5, 0.5 * x * x);
  return x <= 0 ? q : 1 - q;
}

/** Survival function of the χ² distribution with k degrees of freedom. */
export function chi2Survival(x: number, k: number): number {
  if (!(k > 0)) throw new EmissError(`χ² needs k > 0 degrees of freedom (got ${k})`);
  return x <= 0 ? 1 : gammaQ(0.5 * k, 0.5 * x);
}

/** Upper tail 1 − Φ(z) without cancellation for z > 0. */
export function normalUpperTail(z: number): number {
  const q = 0.5 * gammaQ(0.5, 0.5 * z * z);
  return z > 0 ? q : 1 - q;
}

/** One-sided Gaussian significance Z of a p-value: 1 − Φ(Z) = p (bisection; double precision after 200 steps). */
export function significanceFromP(p: number): number {
  if (!(p > 0 && p < 1)) throw new EmissError(`p-value must be in (0, 1) (got ${p})`);
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (normalUpperTail(mid) > p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Standard normal quantile Φ⁻¹(p). */
export function normalQuantile(p: number): number {
  return -significanceFromP(p);
}

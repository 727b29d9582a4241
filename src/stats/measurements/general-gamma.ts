/**
 * flavio's counting-experiment likelihood for an upper limit, `general_gamma_upper_limit`
 * (flavio v2.7.0, flavio/statistics/probability.py, classes GeneralGammaUpperLimit → GeneralGammaCountingProcess →
 * GeneralGammaDistributionPositive), rebuilt as the continuous function flavio approximates on a grid:
 *
 *   counts: N_tot observed, N_bkg expected background with Gaussian uncertainty σ_b (flavio sets σ_b = 0 when
 *   σ_b/√(N_tot+1) < 1/100); a = N_tot + 1.
 *   1. Gamma(a, loc = −N_bkg, scale = 1) in the signal-count variable s: G(s) = Γ(a)⁻¹ (s+N_bkg)^{a−1} e^{−(s+N_bkg)}
 *      for s ≥ −N_bkg (the posterior of the Poisson mean λ = s + N_bkg for a flat prior);
 *   2. convolved with Normal(0, σ_b):  g(s) = ∫ G(t) φ_σ(s − t) dt;
 *   3. the part of g below s = loc is mirrored at loc and added: h(s) = g(s) + g(2 loc − s) (loc = −N_bkg);
 *   4. restricted to s ≥ 0 and normalised: p(s) = h(s) / ∫₀^∞ h;
 *   5. scaled to the observable: x = k s with k fixed so that the CDF of p at limit/k equals the confidence level.
 * The likelihood of a prediction x is p(x/k)/k.
 *
 * flavio tabulates steps 2–4 on a 10 000-point grid (FFT convolution, linear interpolation, trapezoidal
 * normalisation, nearest-grid mirroring); emiss evaluates the same integrals by quadrature, so the two agree to
 * flavio's grid accuracy (test/measurements.test.ts compares with flavio itself and with an independent scipy
 * evaluation, test/fixtures/measurements/).
 */
import { EmissError } from '../../core/errors.js';
import { integrateAdaptive } from '../../numerics/adaptive.js';
import { gaussLegendreOn } from '../../numerics/gauss-legendre.js';
import { brent } from '../../numerics/roots.js';
import { lgamma } from '../../numerics/special/lgamma.js';
import type { Counting } from './types.js';

export interface GeneralGammaLimit {
  readonly limit: number;
  readonly cl: number;
  readonly countsTotal: number;
  readonly countsBackground: number;
  /** background σ as used (0 if flavio's small-σ rule applied) */
  readonly backgroundStd: number;
  /** scale factor k: observable = k × signal counts */
  readonly scale: number;
  /** ln p(x) (normalised density of the observable x ≥ 0; −∞ for x < 0) */
  logpdf(x: number): number;
  /** the observable value where the density is largest */
  readonly mode: number;
  /** max over x of logpdf */
  readonly maxLogpdf: number;
  /** −2 ln [p(x)/p(mode)] */
  chi2(x: number): number;
  /** CDF of the observable (for checks) */
  cdf(x: number): number;
}

const SQRT2PI = Math.sqrt(2 * Math.PI);
const GL = gaussLegendreOn(-1, 1, 64);

/** Builds flavio's general_gamma_upper_limit for a limit at confidence level cl. */
export function generalGammaUpperLimit(limit: number, cl: number, c: Pick<Counting, 'countsTotal' | 'countsBackground' | 'backgroundStd'>): GeneralGammaLimit {
  if (!(limit > 0)) throw new EmissError(`upper limit must be positive (got ${limit})`);
  if (!(cl > 0 && cl < 1)) throw new EmissError(`confidence level must be in (0, 1) (got ${cl})`);
  const nTot = c.countsTotal;
  const b = c.countsBackground;
  if (!(nTot >= 0) || !(b >= 0) || !(c.backgroundStd >= 0)) throw new EmissError('counts and background σ must be non-negative');
  const a = nTot + 1;
  // flavio (GeneralGammaCountingProcess): a background σ below 1 % of √(N_tot + 1) is set to zero
  const sigma = c.backgroundStd / Math.sqrt(nTot + 1) < 1 / 100 ? 0 : c.backgroundStd;
  const lgA = lgamma(a);
  /** ln G at the Poisson mean λ = s + b (λ > 0) */
  const logGamma = (lam: number): number => (a - 1) * Math.log(lam) - lam - lgA;
  /** g(s): Gamma ⊗ Normal, by 64-point Gauss–Legendre over the ±12σ window of the Gaussian (λ ≥ 0) */
  const conv = (s: number): number => {
    if (sigma === 0) return s + b > 0 ? Math.exp(logGamma(s + b)) : 0;
    const center = s + b;
    const lo = Math.max(0, center - 12 * sigma);
    const hi = center + 12 * sigma;
    if (hi <= 0) return 0;
    const h = 0.5 * (hi - lo);
    const m = 0.5 * (hi + lo);
    let sum = 0;
    for (let i = 0; i < GL.nodes.length; i++) {
      const lam = m + h * GL.nodes[i];
      if (lam <= 0) continue;
      const u = (center - lam) / sigma;
      sum += GL.weights[i] * Math.exp(logGamma(lam) - 0.5 * u * u);
    }
    return (sum * h) / (sigma * SQRT2PI);
  };
  /** unnormalised density of the signal counts s ≥ 0, with the mirror term at loc = −b */
  const h = (s: number): number => (s < 0 ? 0 : conv(s) + (sigma > 0 ? conv(-2 * b - s) : 0));
  // support: beyond the Poisson mean a + 40 √a (+ 12 σ) the density is below e^{−800}
  const sMax = Math.max(1, a + 40 * Math.sqrt(a) + 12 * sigma + 10 - b);
  const peak = Math.max(0, a - 1 - b);
  const breaks = [peak, Math.min(sMax, peak + 5 * Math.sqrt(a) + 3 * sigma)].filter((x) => x > 0 && x < sMax);
  const integral = (lo: number, hi: number): number => {
    if (hi <= lo) return 0;
    return integrateAdaptive(h, lo, hi, { epsrel: 1e-12, epsabs: 0, limit: 4000, breakpoints: breaks.filter((x) => x > lo && x < hi) }).value;
  };
  const Z = integral(0, sMax);
  if (!(Z > 0) || !Number.isFinite(Z)) throw new EmissError('general_gamma_upper_limit: the density does not normalise');
  const cdfS = (s: number): number => (s <= 0 ? 0 : s >= sMax ? 1 : integral(0, s) / Z);
  // unscaled limit: CDF(s_L) = cl
  let hiS = Math.max(1, peak + 2);
  while (cdfS(hiS) < cl) hiS *= 2;
  const sL = brent((s) => cdfS(s) - cl, 0, hiS, 1e-13 * Math.max(1, hiS));
  const k = limit / sL;
  // mode of h on [0, sMax] (h is unimodal: a log-concave Gamma convolved with a Gaussian, plus the mirror tail)
  let sMode = 0;
  if (h(1e-9) < h(Math.max(1e-6, peak))) {
    const golden = (lo: number, hi: number): number => {
      const r = (Math.sqrt(5) - 1) / 2;
      let x1 = hi - r * (hi - lo);
      let x2 = lo + r * (hi - lo);
      let f1 = h(x1);
      let f2 = h(x2);
      for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
        if (f1 < f2) {
          lo = x1;
          x1 = x2;
          f1 = f2;
          x2 = lo + r * (hi - lo);
          f2 = h(x2);
        } else {
          hi = x2;
          x2 = x1;
          f2 = f1;
          x1 = hi - r * (hi - lo);
          f1 = h(x1);
        }
      }
      return 0.5 * (lo + hi);
    };
    sMode = golden(0, Math.max(2 * peak + 5, peak + 10 * Math.sqrt(a) + 5 * sigma));
  }
  const logNorm = -Math.log(Z) - Math.log(k);
  const logpdf = (x: number): number => {
    if (!(x >= 0)) return x < 0 ? -Infinity : NaN;
    const v = h(x / k);
    return v > 0 ? Math.log(v) + logNorm : -Infinity;
  };
  const maxLogpdf = logpdf(sMode * k);
  return {
    limit,
    cl,
    countsTotal: nTot,
    countsBackground: b,
    backgroundStd: sigma,
    scale: k,
    logpdf,
    mode: sMode * k,
    maxLogpdf,
    chi2: (x) => -2 * (logpdf(x) - maxLogpdf),
    cdf: (x) => cdfS(x / k),
  };
}

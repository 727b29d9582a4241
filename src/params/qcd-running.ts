/**
 * Running of the strong coupling and of the MS-bar quark masses, for the ALP hadronic widths (paper 002
 * eqs. 5, 13, 14 need α_s(m_a) and m_q(m_a)).
 *
 * α_s: four-loop MS-bar β function, a = α_s/(4π), d a / d ln μ² = −Σ_{i=0}^{3} β_i a^{i+2}
 *   β0 = 11 − 2n_f/3, β1 = 102 − 38n_f/3, β2 = 2857/2 − 5033n_f/18 + 325n_f²/54,
 *   β3 = 149753/6 + 3564ζ3 − (1078361/162 + 6508ζ3/27)n_f + (50065/162 + 6472ζ3/81)n_f² + 1093n_f³/729
 *   (van Ritbergen, Vermaseren, Larin, PLB 400 (1997) 379).
 * Flavour thresholds at μ = m_c(m_c), m_b(m_b) and m_t (input values of the parameter set) with the
 * three-loop MS-bar decoupling relation at μ = m_h(m_h) (Chetyrkin, Kniehl, Steinhauser, NPB 510 (1998) 61):
 *   α_s^(n_l) = α_s^(n_h) [1 + c2 A² + c3 A³], A = α_s^(n_h)/π, c2 = 11/72,
 *   c3 = 564731/124416 − (82043/27648) ζ3 − (2633/31104) n_l.
 * Input α_s(M_Z) with n_f = 5. The equation is integrated with a fixed-step fourth-order Runge–Kutta in
 * ln μ² (64 steps per unit of ln μ², relative accuracy < 1e-10, see test/qcd-running.test.ts).
 *
 * Quark masses: d ln m / d ln μ² = −Σ_{i=0}^{2} γ_i A^{i+1}, A = α_s/π, with
 *   γ0 = 1, γ1 = (202/3 − 20n_f/9)/16, γ2 = [1249 + (−2216/27 − 160ζ3/3)n_f − 140n_f²/81]/64
 *   (three-loop, Chetyrkin PLB 404 (1997) 161; Vermaseren, Larin, van Ritbergen PLB 405 (1997) 327);
 * the masses are continuous at the flavour thresholds (the O(α_s²) matching, 89/432 A², changes m_s by
 * < 0.3 % and is neglected). Light-quark inputs are m_q(2 GeV), heavy-quark inputs m_Q(m_Q).
 *
 * Perturbation theory is used down to μ = 1 GeV; below, α_s is not computed (EmissError).
 */
import { EmissError } from '../core/errors.js';
import { param, type ParameterSet } from './parameter-set.js';

const ZETA3 = 1.2020569031595942;

export function betaCoefficients(nf: number): [number, number, number, number] {
  return [
    11 - (2 * nf) / 3,
    102 - (38 * nf) / 3,
    2857 / 2 - (5033 * nf) / 18 + (325 * nf * nf) / 54,
    149753 / 6 +
      3564 * ZETA3 -
      (1078361 / 162 + (6508 * ZETA3) / 27) * nf +
      (50065 / 162 + (6472 * ZETA3) / 81) * nf * nf +
      (1093 * nf ** 3) / 729,
  ];
}

/** d a / d ln μ² for a = α_s/(4π) at `loops` loops (1…4). */
function beta(a: number, b: readonly number[], loops: number): number {
  let s = 0;
  let p = a * a;
  for (let i = 0; i < loops; i++) {
    s += b[i] * p;
    p *= a;
  }
  return -s;
}

/** Runs α_s at fixed n_f from μ0 to μ1 (fourth-order Runge–Kutta in ln μ²). */
export function runAlphaSFixedNf(alpha0: number, mu0: number, mu1: number, nf: number, loops = 4): number {
  if (mu0 === mu1) return alpha0;
  const b = betaCoefficients(nf);
  const t0 = 2 * Math.log(mu0);
  const t1 = 2 * Math.log(mu1);
  const n = Math.max(8, Math.ceil(64 * Math.abs(t1 - t0)));
  const h = (t1 - t0) / n;
  let a = alpha0 / (4 * Math.PI);
  for (let i = 0; i < n; i++) {
    const k1 = beta(a, b, loops);
    const k2 = beta(a + 0.5 * h * k1, b, loops);
    const k3 = beta(a + 0.5 * h * k2, b, loops);
    const k4 = beta(a + h * k3, b, loops);
    a += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    if (!(a > 0 && a < 1)) throw new EmissError(`α_s running from ${mu0} to ${mu1} GeV left the perturbative domain`);
  }
  return 4 * Math.PI * a;
}

/** ζ_g² − 1 terms of the decoupling relation at μ = m_h(m_h): α^(nl) = α^(nh) (1 + c2 A² + c3 A³). */
export function decouplingFactor(alphaHeavy: number, nLight: number, loops = 4): number {
  if (loops <= 1) return 1;
  const A = alphaHeavy / Math.PI;
  const c2 = 11 / 72;
  const c3 = 564731 / 124416 - (82043 / 27648) * ZETA3 - (2633 / 31104) * nLight;
  return 1 + c2 * A * A + (loops >= 4 ? c3 * A ** 3 : 0);
}

export interface AlphaSInputs {
  /** α_s(M_Z), five flavours */
  readonly alphaSMZ: number;
  readonly mZ: number;
  /** threshold scales: m_c(m_c), m_b(m_b), m_t */
  readonly mc: number;
  readonly mb: number;
  readonly mt: number;
  /** loops of the β function (1…4); decoupling at loops − 1 (≤ 3) loops */
  readonly loops?: number;
}

/** Lowest scale at which emiss evaluates α_s perturbatively. */
export const ALPHA_S_MIN_SCALE = 1.0;

function nfAt(mu: number, inp: AlphaSInputs): number {
  return mu < inp.mc ? 3 : mu < inp.mb ? 4 : mu < inp.mt ? 5 : 6;
}

/**
 * α_s(μ) in the n_f-flavour scheme appropriate at μ (3 below m_c, 4 below m_b, 5 below m_t, else 6), or in
 * the scheme `nf` if given (e.g. α_s^(3)(m_τ), the coupling τ-decay analyses quote, with charm decoupled).
 */
export function alphaSAt(mu: number, inp: AlphaSInputs, nf?: number): number {
  if (!(mu >= ALPHA_S_MIN_SCALE)) {
    throw new EmissError(`α_s(${mu} GeV) is not computed: perturbative running is used only above ${ALPHA_S_MIN_SCALE} GeV`);
  }
  if (nf !== undefined && !(Number.isInteger(nf) && nf >= 3 && nf <= 6)) throw new EmissError(`n_f must be 3…6 (got ${nf})`);
  const loops = inp.loops ?? 4;
  const target = nf ?? nfAt(mu, inp);
  let alpha = inp.alphaSMZ;
  let scale = inp.mZ;
  let n = 5;
  // downward through m_b and m_c
  while (n > target) {
    const th = n === 5 ? inp.mb : inp.mc;
    const aTh = runAlphaSFixedNf(alpha, scale, th, n, loops);
    alpha = aTh * decouplingFactor(aTh, n - 1, loops);
    scale = th;
    n -= 1;
  }
  // upward through m_t (α^(6) from α^(5) by solving the decoupling relation)
  while (n < target) {
    const aTh = runAlphaSFixedNf(alpha, scale, inp.mt, n, loops);
    let aH = aTh;
    for (let i = 0; i < 50; i++) aH = aTh / decouplingFactor(aH, n, loops);
    alpha = aH;
    scale = inp.mt;
    n += 1;
  }
  return runAlphaSFixedNf(alpha, scale, mu, n, loops);
}

/** The α_s inputs of a parameter set: α_s(M_Z), M_Z, m_c(m_c), m_b(m_b), m_t. */
export function alphaSInputs(ps: ParameterSet, loops = 4): AlphaSInputs {
  return {
    alphaSMZ: param(ps, 'alpha_s'),
    mZ: param(ps, 'm_Z'),
    mc: param(ps, 'm_c'),
    mb: param(ps, 'm_b'),
    mt: param(ps, 'm_t'),
    loops,
  };
}

/** α_s(μ) of a parameter set (four loops, thresholds at m_c(m_c), m_b(m_b), m_t). */
export function alphaS(ps: ParameterSet, mu: number): number {
  return alphaSAt(mu, alphaSInputs(ps));
}

function gammaMass(nf: number): [number, number, number] {
  return [1, (202 / 3 - (20 * nf) / 9) / 16, (1249 + (-2216 / 27 - (160 * ZETA3) / 3) * nf - (140 * nf * nf) / 81) / 64];
}

/**
 * Ratio m(μ1)/m(μ0) of an MS-bar mass, integrating the mass anomalous dimension together with α_s (three-loop
 * γ_m, four-loop β, thresholds as alphaSAt). Both scales must be ≥ 1 GeV.
 */
export function massRunningFactor(mu0: number, mu1: number, inp: AlphaSInputs): number {
  if (mu0 === mu1) return 1;
  for (const m of [mu0, mu1]) {
    if (!(m >= ALPHA_S_MIN_SCALE)) throw new EmissError(`quark masses are run only above ${ALPHA_S_MIN_SCALE} GeV (asked for ${m} GeV)`);
  }
  // split the path at the thresholds it crosses; in each piece integrate (ln m, a) together
  const ths = [inp.mc, inp.mb, inp.mt].filter((t) => (t - mu0) * (t - mu1) < 0).sort((x, y) => (mu1 > mu0 ? x - y : y - x));
  const points = [mu0, ...ths, mu1];
  let lnRatio = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a0 = points[k];
    const a1 = points[k + 1];
    const mid = Math.sqrt(a0 * a1);
    const nf = nfAt(mid, inp);
    const b = betaCoefficients(nf);
    const g = gammaMass(nf);
    const t0 = 2 * Math.log(a0);
    const t1 = 2 * Math.log(a1);
    const n = Math.max(8, Math.ceil(64 * Math.abs(t1 - t0)));
    const h = (t1 - t0) / n;
    // α_s just inside the segment, in its own n_f scheme
    const eps = 1e-9 * (a1 > a0 ? 1 : -1);
    let a = alphaSAt(a0 * (1 + eps), inp) / (4 * Math.PI);
    const dlnm = (x: number) => {
      const A = 4 * x; // α_s/π
      return -(g[0] * A + g[1] * A * A + g[2] * A ** 3);
    };
    for (let i = 0; i < n; i++) {
      const k1a = beta(a, b, inp.loops ?? 4);
      const k1m = dlnm(a);
      const k2a = beta(a + 0.5 * h * k1a, b, inp.loops ?? 4);
      const k2m = dlnm(a + 0.5 * h * k1a);
      const k3a = beta(a + 0.5 * h * k2a, b, inp.loops ?? 4);
      const k3m = dlnm(a + 0.5 * h * k2a);
      const k4a = beta(a + h * k3a, b, inp.loops ?? 4);
      const k4m = dlnm(a + h * k3a);
      a += (h / 6) * (k1a + 2 * k2a + 2 * k3a + k4a);
      lnRatio += (h / 6) * (k1m + 2 * k2m + 2 * k3m + k4m);
    }
  }
  return Math.exp(lnRatio);
}

export type Quark = 'u' | 'd' | 's' | 'c' | 'b' | 't';
export const QUARKS: readonly Quark[] = ['u', 'd', 's', 'c', 'b', 't'];

/**
 * MS-bar mass m_q(μ) of a parameter set: u, d, s from m_q(2 GeV) (parameters m_u, m_d, m_s); c, b from
 * m_Q(m_Q) (m_c, m_b); the top quark is returned as the input m_t (pole mass; it enters only loop functions,
 * where the difference is irrelevant for m_a ≪ m_t). For μ below 1 GeV the light-quark masses are frozen at
 * m_q(1 GeV) and m_c, m_b at their input values (heavy quarks are then far off-shell in every use).
 */
export function quarkMass(ps: ParameterSet, q: Quark, mu: number): number {
  if (q === 't') return param(ps, 'm_t');
  const inp = alphaSInputs(ps);
  const m0 = param(ps, `m_${q}`);
  const mu0 = q === 'c' || q === 'b' ? m0 : 2;
  const muEff = Math.max(mu, ALPHA_S_MIN_SCALE);
  if ((q === 'c' || q === 'b') && mu < ALPHA_S_MIN_SCALE) return m0;
  return m0 * massRunningFactor(mu0, muEff, inp);
}

/**
 * MS-bar quark masses at a common scale, for the equations of motion that turn scalar currents into form factors:
 *   ⟨M|q̄ Q|B⟩ = (m_B² − m_M²) f0 / (m_Q(μ) − m_q(μ)).
 * emiss takes μ = m_b(m_b) for b → s, d and μ = 2 GeV for s → d (K → π): the scale at which the dark-pair
 * Wilson coefficients of scalar operators are then defined. Inputs: m_b(m_b) ('m_b'), m_s(2 GeV), m_d(2 GeV)
 * ('m_s', 'm_d'), α_s(M_Z).
 *
 * Running: two-loop QCD renormalisation-group equations for a = α_s/π and m, integrated with RK4 in ln μ²:
 *   da/dlnμ² = −β0 a² − β1 a³,  β0 = (11 − 2n_f/3)/4,  β1 = (102 − 38n_f/3)/16;
 *   dln m/dlnμ² = −γ0 a − γ1 a²,  γ0 = 1,  γ1 = (202/3 − 20n_f/9)/16.
 * n_f = 5 above m_b(m_b), 4 between m_c(m_c) and m_b (no threshold matching: an O(α_s²) effect, far below the
 * ~0.1 % the m_q/m_b corrections amount to here).
 */
import { param, type ParameterSet } from './parameter-set.js';

const MZ = 91.1876;

function betas(nf: number): [number, number] {
  return [(11 - (2 * nf) / 3) / 4, (102 - (38 * nf) / 3) / 16];
}
function gammas(nf: number): [number, number] {
  return [1, (202 / 3 - (20 * nf) / 9) / 16];
}

/** Integrates (a, ln m) from t0 = ln μ0² to t1 at fixed n_f (RK4, 200 steps per unit of ln μ²). */
function step(a0: number, lm0: number, t0: number, t1: number, nf: number): [number, number] {
  const [b0, b1] = betas(nf);
  const [g0, g1] = gammas(nf);
  const n = Math.max(8, Math.ceil(Math.abs(t1 - t0) * 200));
  const h = (t1 - t0) / n;
  let a = a0;
  let lm = lm0;
  const fa = (x: number) => -b0 * x * x - b1 * x * x * x;
  const fm = (x: number) => -g0 * x - g1 * x * x;
  for (let i = 0; i < n; i++) {
    const k1a = fa(a);
    const k1m = fm(a);
    const k2a = fa(a + 0.5 * h * k1a);
    const k2m = fm(a + 0.5 * h * k1a);
    const k3a = fa(a + 0.5 * h * k2a);
    const k3m = fm(a + 0.5 * h * k2a);
    const k4a = fa(a + h * k3a);
    const k4m = fm(a + h * k3a);
    a += (h / 6) * (k1a + 2 * k2a + 2 * k3a + k4a);
    lm += (h / 6) * (k1m + 2 * k2m + 2 * k3m + k4m);
  }
  return [a, lm];
}

/** α_s(μ) at two loops from α_s(M_Z), n_f = 5 above `mb`, 4 below (valid for μ ≳ 1.5 GeV). */
export function alphaS2Loop(alphaSMZ: number, mu: number, mb: number): number {
  let a = alphaSMZ / Math.PI;
  let t = Math.log(MZ * MZ);
  const tb = Math.log(mb * mb);
  const t1 = Math.log(mu * mu);
  if (t1 < tb) {
    [a] = step(a, 0, t, tb, 5);
    t = tb;
    [a] = step(a, 0, t, t1, 4);
  } else {
    [a] = step(a, 0, t, t1, 5);
  }
  return a * Math.PI;
}

/** Runs an MS-bar mass from μ0 to μ1 (both ≥ ~1.5 GeV) at two loops, crossing the b threshold if needed. */
export function runMass2Loop(m0: number, mu0: number, mu1: number, alphaSMZ: number, mb: number): number {
  const tb = Math.log(mb * mb);
  let t = Math.log(mu0 * mu0);
  const t1 = Math.log(mu1 * mu1);
  let a = alphaS2Loop(alphaSMZ, mu0, mb) / Math.PI;
  let lm = Math.log(m0);
  const nfAt = (x: number) => (x < tb ? 4 : 5);
  if ((t - tb) * (t1 - tb) < 0) {
    [a, lm] = step(a, lm, t, tb, nfAt(t));
    t = tb;
  }
  [a, lm] = step(a, lm, t, t1, nfAt(t1 + (t < t1 ? -1e-12 : 1e-12)));
  return Math.exp(lm);
}

export interface QuarkMassDifferences {
  /** m_b(μ_b) − m_s(μ_b), μ_b = m_b(m_b) */
  readonly bs: number;
  /** m_b(μ_b) − m_d(μ_b) */
  readonly bd: number;
  /** m_s(2 GeV) − m_d(2 GeV) */
  readonly sd: number;
  readonly muB: number;
  readonly ms_muB: number;
  readonly md_muB: number;
}

export function quarkMassDifferences(ps: ParameterSet): QuarkMassDifferences {
  const mb = param(ps, 'm_b');
  const ms = param(ps, 'm_s');
  const md = param(ps, 'm_d');
  const as = param(ps, 'alpha_s');
  const r = runMass2Loop(1, 2, mb, as, mb);
  return { bs: mb - r * ms, bd: mb - r * md, sd: ms - md, muB: mb, ms_muB: r * ms, md_muB: r * md };
}

import { describe, expect, it } from 'vitest';
import * as L from './helpers/lorentz.js';
import { gaussLegendreOn } from '../src/numerics/gauss-legendre.js';
import {
  alphaXEq48,
  alphaXForOmega,
  darkHiggsLifetime,
  darkHiggsMinimumMass,
  darkHiggsWidthEE,
  darkPhotonElectronApprox,
  darkPhotonElectronScattering,
  darkPhotonNucleonCouplings,
  darkPhotonNucleusApprox,
  darkPhotonRelic,
  darkPhotonScattering,
  darkPhotonSelfInteraction,
  GEV_M3_TO_CM2_PER_G,
  kmPerS,
  nucleusCoupling,
  omegaEq48,
  psiPsiToPhiPhiB,
} from '../src/models/cosmo/dark-photon-cosmology.js';
import { thermalRelicCrossSection } from '../src/models/cosmo/thermal-relic.js';
import { kolbTurnerEstimate } from '../src/cosmo/freeze-out.js';
import { makeParameterSet, param } from '../src/params/parameter-set.js';
import { EmissError } from '../src/core/errors.js';

const rel = (a: number, b: number) => Math.abs(a / b - 1);
const { c, real4, slash, mmul, madd, mscale, ID, trace, bar, momentum } = L;
const ps = makeParameterSet('clms2025');

/**
 * σ v_Møl(ψψ → φφ) for Majorana ψ with L = −(λ/2) ψ̄ψφ (vertex −iλ), t- and u-channel ψ exchange, explicit Dirac
 * traces: Σ|M|² = Tr[(p̸2 − m) Γ (p̸1 + m) Γ̄], Γ = S(p1 − k1) + S(p1 − k2); spins averaged, 1/2 for identical φ;
 * CM frame with |p| per particle: σ = ∫|M̄|² |k| dcosθ/(8π√s)/(4|p|√s), v_Møl = |p|√s/E².
 */
function sigmaVMol(m: number, mphi: number, p: number, lambda: number): number {
  const E = Math.sqrt(m * m + p * p);
  const s = 4 * E * E;
  const p1 = momentum(m, p, [0, 0, 1]);
  const p2 = momentum(m, p, [0, 0, -1]);
  const k = Math.sqrt(s / 4 - mphi * mphi);
  const prop = (q: number[]) => {
    const q2 = q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - q[3] * q[3];
    return mscale(madd(slash(real4(q)), mscale(ID, c(m))), c(1 / (q2 - m * m)));
  };
  const rule = gaussLegendreOn(-1, 1, 48);
  let tot = 0;
  for (let i = 0; i < rule.nodes.length; i++) {
    const ct = rule.nodes[i];
    const st = Math.sqrt(1 - ct * ct);
    const k1 = momentum(mphi, k, [st, 0, ct]);
    const k2 = momentum(mphi, k, [-st, 0, -ct]);
    const G = madd(prop(p1.map((x, j) => x - k1[j])), prop(p1.map((x, j) => x - k2[j])));
    const A = madd(slash(real4(p2)), mscale(ID, c(-m)));
    const B = madd(slash(real4(p1)), mscale(ID, c(m)));
    tot += rule.weights[i] * trace(mmul(mmul(mmul(A, G), B), bar(G))).re;
  }
  const avg = (lambda ** 4 * tot) / 4 / 2;
  const sigma = (avg * k) / (8 * Math.PI * Math.sqrt(s)) / (4 * p * Math.sqrt(s));
  return (sigma * p * Math.sqrt(s)) / (E * E);
}

describe('dark-photon freeze-out (paper 002 eqs. 47–48)', () => {
  it('eq. (47) is the leading p-wave term of the explicit Majorana amplitude for every y = m_φ²/m_DM²', () => {
    // λ = m_DM/v_φ, m_X = 2 g_X v_φ → α_X = g_X²/4π = m_X²/(16π v_φ²)
    const mDM = 0.5;
    const mX = 2;
    const vphi = 3;
    const lambda = mDM / vphi;
    const alphaX = (mX * mX) / (16 * Math.PI * vphi * vphi);
    for (const y of [0, 0.2, 0.5, 0.8, 0.95]) {
      const mphi = Math.sqrt(y) * mDM;
      const p = 1e-3 * mDM;
      const vrel2 = (2 * p) ** 2 / (mDM * mDM + p * p);
      // σ v_Møl = b_r v_rel² + O(v⁴), ⟨v_rel²⟩ = 6/x → ⟨σv⟩ = 6 b_r/x
      const b = (6 * sigmaVMol(mDM, mphi, p, lambda)) / vrel2;
      expect(rel(psiPsiToPhiPhiB({ alphaX, mDM, mX, mphi }), b)).toBeLessThan(1e-5);
    }
    // no s-wave: σv → 0 at rest
    expect(sigmaVMol(0.5, 0.1, 1e-6, 1) / sigmaVMol(0.5, 0.1, 1e-3, 1)).toBeLessThan(2e-6);
  });
  it('full freeze-out agrees with the Kolb–Turner p-wave estimate (< 10 %)', () => {
    for (const [mDM, aX] of [
      [0.1, 1.4e-3],
      [0.5, 3e-4],
      [0.8, 2e-4],
    ]) {
      const pt = { alphaX: aX, mDM, mX: 2, mphi: 0.004 };
      const b = psiPsiToPhiPhiB(pt);
      // ⟨σv⟩ = b/x = 6 b_KT/x → b_KT = b/6
      const kt = kolbTurnerEstimate({ mass: mDM, g: 2, a: 0, b: b / 6 });
      expect(rel(darkPhotonRelic(pt).omegaH2, kt.omegaH2)).toBeLessThan(0.1);
    }
  });
  it('eq. (48) as printed: 0.1 at (0.5 GeV, 0.002), ∝ 1/(m² α²); the full solution needs α_X ≈ 6 times smaller', () => {
    expect(omegaEq48(0.5, 0.002)).toBeCloseTo(0.1, 14);
    expect(omegaEq48(0.25, 0.001)).toBeCloseTo(1.6, 12);
    expect(rel(omegaEq48(0.1, alphaXEq48(0.1)), 0.12)).toBeLessThan(1e-14);
    const a = alphaXForOmega(0.5, 2, 0.004);
    expect(rel(darkPhotonRelic({ alphaX: a, mDM: 0.5, mX: 2, mphi: 0.004 }).omegaH2, 0.12)).toBeLessThan(1e-6);
    expect(alphaXEq48(0.5) / a).toBeGreaterThan(5);
    expect(alphaXEq48(0.5) / a).toBeLessThan(7.5);
  });
  it('the thermal relic cross section reproduces Steigman–Dasgupta–Beacom (Ω h² = 0.11): 2.2e-26 above 10 GeV, 5.2e-26 near 0.3 GeV (< 5 %)', () => {
    // SDB PRD 86 (2012) 023506, abstract and Fig. 5 (Majorana, WMAP-era Ω_DM h² = 0.11)
    expect(rel(thermalRelicCrossSection(100, { omega: 0.11 }), 2.2e-26)).toBeLessThan(0.05);
    expect(rel(thermalRelicCrossSection(0.3, { omega: 0.11 }), 5.2e-26)).toBeLessThan(0.05);
    // for Planck's 0.12 the same mass needs ~9 % less
    expect(thermalRelicCrossSection(100) / thermalRelicCrossSection(100, { omega: 0.11 })).toBeGreaterThan(0.9);
    expect(thermalRelicCrossSection(100) / thermalRelicCrossSection(100, { omega: 0.11 })).toBeLessThan(0.93);
  });
});

describe('dark Higgs lifetime and BBN (eq. 49)', () => {
  it('Γ(φ → ee) is the SM Higgs width G_F m_f² m β³/(4√2 π) times sin²θ', () => {
    const me = param(ps, 'm_e');
    const GF = param(ps, 'GF');
    for (const m of [0.0015, 0.004, 0.02]) {
      const b = Math.sqrt(1 - (4 * me * me) / (m * m));
      expect(rel(darkHiggsWidthEE(m, 2e-4, ps), ((GF * me * me * m * b ** 3) / (4 * Math.SQRT2 * Math.PI)) * 4e-8)).toBeLessThan(1e-12);
    }
    expect(darkHiggsWidthEE(0.001, 1e-4, ps)).toBe(0);
    expect(darkHiggsLifetime(0.001, 1e-4, ps)).toBe(Infinity);
  });
  it('τ ≤ 0.1 s at sin θ = 1.3e-4 needs m_φ ≥ 2.8 MeV (paper: ≈ 4 MeV)', () => {
    const m = darkHiggsMinimumMass(ps);
    expect(rel(darkHiggsLifetime(m, 1.3e-4, ps), 0.1)).toBeLessThan(1e-9);
    expect(m).toBeGreaterThan(0.0027);
    expect(m).toBeLessThan(0.0029);
  });
});

describe('direct detection and self-interaction (eqs. 50–55)', () => {
  const eps = 10 ** -4.3;
  it('couplings (eq. 51): ε_Z = 0 gives b_p = eε, b_n = 0; the Z part gives b_n = −(g/4c_W) ε_Z', () => {
    const e = Math.sqrt(4 * Math.PI * param(ps, 'alpha_e0'));
    const c0 = darkPhotonNucleonCouplings(eps, 0, ps);
    expect(rel(c0.bp, e * eps)).toBeLessThan(1e-14);
    expect(Math.abs(c0.bn)).toBeLessThan(1e-20);
    const cz = darkPhotonNucleonCouplings(0, 1e-5, ps);
    const g = e / Math.sqrt(param(ps, 's2w'));
    const cw = Math.sqrt(1 - param(ps, 's2w'));
    expect(rel(cz.bn, (-g / (4 * cw)) * 1e-5)).toBeLessThan(1e-12);
    expect(rel(cz.bp, (g / (4 * cw)) * (1 - 4 * param(ps, 's2w')) * 1e-5)).toBeLessThan(1e-12);
    expect(nucleusCoupling(c0, 54, 131)).toBeCloseTo(54 * c0.bp, 20);
  });
  it('eq. (52) tends to eq. (53) for x_N ≫ x_DM (b_N = Z e ε) and to eq. (54) for x_e ≪ x_DM', () => {
    const v = kmPerS(220);
    const e = Math.sqrt(4 * Math.PI * param(ps, 'alpha_e0'));
    const heavy = darkPhotonScattering(0.01, 54 * e * eps, v, 1e4, 0.1, 2);
    expect(rel(heavy, darkPhotonNucleusApprox(0.01, 54, eps, v, 0.1, 2, ps))).toBeLessThan(1e-4);
    const el = darkPhotonElectronScattering(0.01, eps, v, 1e3, 2, ps);
    expect(rel(el, darkPhotonElectronApprox(0.01, eps, v, 2, ps))).toBeLessThan(1e-5);
  });
  it('eq. (53) numerically: 8π α_X Z² ε² α m² v²/m_X⁴ at the paper’s reference point (ħc = 0.1973 GeV fm)', () => {
    const v = kmPerS(220);
    const direct = ((8 * Math.PI * 0.01 * 54 * 54 * eps * eps * (1 / 137.036) * 0.01 * v * v) / 16) * (0.1973269804e-13) ** 2;
    expect(rel(darkPhotonNucleusApprox(0.01, 54, eps, v, 0.1, 2, ps) * 3.893793721e-28, direct)).toBeLessThan(1e-6);
  });
  it('eq. (55): 16π α_X² v² x(3 − 20x² + 40x⁴)/(m_X³(1 − 4x²)²), in cm²/g with 1 GeV = 1.78266e-24 g', () => {
    const v = kmPerS(1000);
    const x = 0.05;
    const expected = ((16 * Math.PI * 1e-4 * v * v * x * (3 - 20 * x * x + 40 * x ** 4)) / (8 * (1 - 4 * x * x) ** 2)) * (3.893793721e-28 / 1.78266192e-24);
    expect(rel(darkPhotonSelfInteraction(0.01, 0.1, 2, v) * GEV_M3_TO_CM2_PER_G, expected)).toBeLessThan(1e-6);
    expect(() => darkPhotonSelfInteraction(0.01, 1, 2, v)).toThrow(EmissError);
  });
});

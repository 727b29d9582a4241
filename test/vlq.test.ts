import { describe, expect, it } from 'vitest';
import * as L from './helpers/lorentz.js';
import { makeParameterSet, param } from '../src/params/parameter-set.js';
import { resolveModelPoint } from '../src/models/mediators.js';
import { VLQ_MODEL, vlqParamsFrom } from '../src/models/vlq/model.js';
import { darkPairCoefficients, entry, higgsVev, leftCoefficients, smeftCoefficients, type VlqParams } from '../src/models/vlq/matching.js';
import { CHANNELS, chiralB0, cssForOmega, etaFunction, prepareVlqAnnihilation, totalSigmaV, vlqRelic } from '../src/models/vlq/annihilation.js';
import { vlqBsToPhiPhiBR, vlqBToPseudoscalarBR } from '../src/models/vlq/b-decays.js';
import { migdalRatioCoefficients, vlqHiggsGluonRatio, vlqNucleonCrossSection } from '../src/models/vlq/nucleon-higgs.js';
import { OBSERVABLES } from '../src/observables/index.js';
import { GEV_M2_TO_CM3_PER_S } from '../src/cosmo/constants.js';
import { kolbTurnerEstimate } from '../src/cosmo/freeze-out.js';
import { lifetimeInvGeV } from '../src/core/units.js';
import { quarkMassDifferences } from '../src/params/quark-masses.js';
import { add, conj, mul, scale, type Complex } from '../src/core/complex.js';

const rel = (a: number, b: number) => Math.abs(a / b - 1);
const ps = makeParameterSet('default');
const cx = (re: number, im = 0): Complex => ({ re, im });

describe('VLQ matching (paper 001 eqs. 3.2 and the LEFT coefficients)', () => {
  const p: VlqParams = {
    mphi: 1,
    mQ: 1500,
    mD: 2500,
    y1: cx(0.8),
    y2: cx(0.5, 0.3),
    yq: [cx(0.1, 0.2), cx(1.1, -0.4), cx(0.02, 0.01)],
    yd: [cx(-0.3, 0.1), cx(0.9, 0.5), cx(0.003, -0.002)],
  };
  it('½(C^S ± iC^P) reproduce the chiral components of the φSMEFT term (v/√2)(C d̄_L d_R + h.c.)', () => {
    const left = leftCoefficients(p, ps);
    const C = smeftCoefficients(p, ps);
    const k = higgsVev(ps) / Math.SQRT2;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const S = left.CS[3 * i + j];
        const P = left.CP[3 * i + j];
        const iP = mul(cx(0, 1), P);
        // coefficient of d̄_iL d_jR: ½(C^S + iC^P) = k C_ij ; of d̄_iR d_jL: ½(C^S − iC^P) = k C*_ji
        const lr = scale(add(S, iP), 0.5);
        const rl = scale(add(S, scale(iP, -1)), 0.5);
        expect(Math.hypot(lr.re - k * C[3 * i + j].re, lr.im - k * C[3 * i + j].im)).toBeLessThan(1e-18);
        const cji = conj(C[3 * j + i]);
        expect(Math.hypot(rl.re - k * cji.re, rl.im - k * cji.im)).toBeLessThan(1e-18);
        // hermiticity of the LEFT
        const Sji = left.CS[3 * j + i];
        const Pji = left.CP[3 * j + i];
        expect(Math.hypot(Sji.re - S.re, Sji.im + S.im)).toBeLessThan(1e-18);
        expect(Math.hypot(Pji.re - P.re, Pji.im + P.im)).toBeLessThan(1e-18);
      }
    }
  });
  it('the quark-mass terms equal paper 001’s printed LEFT formula (y1 = 0)', () => {
    const p0 = { ...p, y1: cx(0) };
    const left = leftCoefficients(p0, ps);
    const m = [param(ps, 'm_d'), param(ps, 'm_s'), param(ps, 'm_b')];
    for (const [i, j] of [
      [1, 2],
      [0, 1],
      [1, 1],
    ]) {
      const a = scale(mul(p.yq[i], conj(p.yq[j])), 1 / (2 * p.mQ ** 2));
      const b = scale(mul(conj(p.yd[i]), p.yd[j]), 1 / (2 * p.mD ** 2));
      const S = scale(add(a, b), m[i] + m[j]);
      const iP = scale(add(a, scale(b, -1)), -(m[i] - m[j]));
      expect(Math.hypot(left.CS[3 * i + j].re - S.re, left.CS[3 * i + j].im - S.im)).toBeLessThan(1e-20);
      const got = mul(cx(0, 1), left.CP[3 * i + j]);
      expect(Math.hypot(got.re - iP.re, got.im - iP.im)).toBeLessThan(1e-20);
    }
  });
  it('the y1 term is (y_q^i y_d^j y1 + c.c.) v/(√2 m_Q m_D) — √2 × the v/(2 m_Q m_D) printed in paper 001', () => {
    const p1 = { ...p, yq: [cx(0), cx(1), cx(0)] as const, yd: [cx(0), cx(1), cx(0)] as const } as VlqParams;
    const v = higgsVev(ps);
    const css = leftCoefficients(p1, ps).CS[4].re;
    const massTerm = (1 / (2 * p.mQ ** 2) + 1 / (2 * p.mD ** 2)) * 2 * param(ps, 'm_s');
    const y1Term = css - massTerm;
    expect(rel(y1Term, (2 * 0.8 * v) / (Math.SQRT2 * p.mQ * p.mD))).toBeLessThan(1e-12);
    expect(rel(y1Term / ((2 * 0.8 * v) / (2 * p.mQ * p.mD)), Math.SQRT2)).toBeLessThan(1e-12);
  });
  it('dark-pair map: CS_bsphi = C^{S,sb}/2 gives the same BR(B+ → K+φφ) through the registry (real φ)', () => {
    const vp = vlqParamsFrom(resolveModelPoint(VLQ_MODEL, {}, ps));
    const left = leftCoefficients(vp, ps);
    const wc = darkPairCoefficients(left);
    const viaRegistry = OBSERVABLES.get('BR(B+->Kphiphi)').prepare(ps, {})({ wc, dark: { m_phi: vp.mphi, phi_real: 1 } });
    expect(rel(vlqBToPseudoscalarBR('B+->K', ps, left, vp.mphi), viaRegistry)).toBeLessThan(1e-13);
    expect(viaRegistry).toBeGreaterThan(0);
  });
});

describe('φφ → mesons at leading order in ChPT', () => {
  /** Π as a linear map of the formal fields (π0, η, π+, π−, K+, K−, K0, K̄0), flavour order u, d, s. */
  type Field = 'pi0' | 'eta' | 'pi+' | 'pi-' | 'K+' | 'K-' | 'K0' | 'K0bar';
  const basis = (f: Field): number[][] => {
    const P = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const r2 = Math.SQRT2;
    const r6 = Math.sqrt(6);
    if (f === 'pi0') [P[0][0], P[1][1]] = [1 / r2, -1 / r2];
    if (f === 'eta') [P[0][0], P[1][1], P[2][2]] = [1 / r6, 1 / r6, -2 / r6];
    if (f === 'pi+') P[0][1] = 1;
    if (f === 'pi-') P[1][0] = 1;
    if (f === 'K+') P[0][2] = 1;
    if (f === 'K-') P[2][0] = 1;
    if (f === 'K0') P[1][2] = 1;
    if (f === 'K0bar') P[2][1] = 1;
    return P;
  };
  const trCAB = (C: number[], A: number[][], B: number[][]) => {
    let t = 0;
    for (let i = 0; i < 3; i++) for (let k = 0; k < 3; k++) t += C[i] * A[i][k] * B[k][i];
    return t;
  };
  /** coefficient of the monomial a·b in Tr[C Π²] */
  const coef = (C: number[], a: Field, b: Field) =>
    a === b ? trCAB(C, basis(a), basis(a)) : trCAB(C, basis(a), basis(b)) + trCAB(C, basis(b), basis(a));
  it('amplitudes of CHANNELS follow from (B/2)φ² Tr[CΠ²]: M = B·coef (A ≠ B), 2B·coef (A = A)', () => {
    const C = [0.3, -0.7, 1.9];
    const c = { uu: C[0], dd: C[1], ss: C[2] };
    const amp = (n: string) => CHANNELS.find((ch) => ch.name === n)!.amp(c);
    expect(amp('pi+pi-')).toBeCloseTo(coef(C, 'pi+', 'pi-'), 14);
    expect(amp('pi0pi0')).toBeCloseTo(2 * coef(C, 'pi0', 'pi0'), 14);
    expect(amp('K+K-')).toBeCloseTo(coef(C, 'K+', 'K-'), 14);
    expect(amp('K0K0bar')).toBeCloseTo(coef(C, 'K0', 'K0bar'), 14);
    expect(amp('etaeta')).toBeCloseTo(2 * coef(C, 'eta', 'eta'), 14);
    expect(Math.abs(amp('pi0eta'))).toBeCloseTo(Math.abs(coef(C, 'pi0', 'eta')), 14);
    // paper 001: (C^dd + 4C^ss)/6 for η² (C_uu = 0)
    expect(coef([0, C[1], C[2]], 'eta', 'eta')).toBeCloseTo((C[1] + 4 * C[2]) / 6, 14);
  });
  it('η(x, z) → 2√(1 − z) for x → ∞ (paper 001: values 0.5–1.7) and ⟨σv⟩ → S|M|²β/(32π m²)', () => {
    for (const z of [0, 0.3, 0.7]) expect(rel(etaFunction(1e5, z), 2 * Math.sqrt(1 - z))).toBeLessThan(2e-4);
    expect(etaFunction(20, 1.2)).toBeGreaterThan(0);
    expect(etaFunction(20, 1.2)).toBeLessThan(etaFunction(20, 0.9) * 0.1);
    const prep = prepareVlqAnnihilation(ps, 1);
    const B = chiralB0(ps);
    const c = { uu: 0, dd: 0, ss: 1e-4 };
    const bK = (m: number) => Math.sqrt(1 - (m * m) / 1);
    const expected =
      ((B * 1e-4) ** 2 * (bK(param(ps, 'm_K+')) + bK(param(ps, 'm_K0')) + (16 / 9) * 0.5 * bK(param(ps, 'm_eta')))) / (32 * Math.PI);
    expect(rel(totalSigmaV(prep, c, 2000), expected)).toBeLessThan(2e-3);
  });
  it('relic density: freeze-out agrees with Kolb–Turner for the s-wave ⟨σv⟩ at x = 20 (< 10 %)', () => {
    const prep = prepareVlqAnnihilation(ps, 1);
    const c = { uu: 0, dd: -5.6e-6, ss: 1.4e-4 };
    const kt = kolbTurnerEstimate({ mass: 1, g: 1, a: totalSigmaV(prep, c, 20) });
    expect(rel(vlqRelic(prep, c).omegaH2, kt.omegaH2)).toBeLessThan(0.1);
  });
  it('paper 001: Ω h² = 0.12 needs C^{S,ss} ∼ 0.1/TeV (⟨σv⟩ = 2.4e-26 cm³/s) and ∼ 0.13/TeV (full) at m_φ = 1 GeV', () => {
    const prep = prepareVlqAnnihilation(ps, 1);
    // slide 1: ⟨σv⟩(x_f ≈ 20) = 2.4e-26 cm³/s → C^ss ∼ 0.1/TeV (one digit)
    const sv1 = totalSigmaV(prep, { uu: 0, dd: 0, ss: 1e-4 }, 20) * GEV_M2_TO_CM3_PER_S;
    const c24 = 1e-4 * Math.sqrt(2.4e-26 / sv1);
    expect(Math.abs(c24 * 1e3 - 0.1)).toBeLessThan(0.05);
    // slide 2: |C^ss| ∼ 0.13/TeV, from the full solution
    const css = cssForOmega(prep, 0);
    expect(Math.abs(css * 1e3 - 0.13)).toBeLessThan(0.01);
  });
});

describe('B_s → φφ, direct detection and h → gg (paper 001)', () => {
  it('BR(B_s → φφ) from the two-body formula |M|² = |C^P f m²/(m_b + m_s)|², Γ = |M|²β/(32π m)', () => {
    const vp = vlqParamsFrom(resolveModelPoint(VLQ_MODEL, {}, ps));
    const left = leftCoefficients(vp, ps);
    const CP = entry(left.CP, 's', 'b');
    const m = param(ps, 'm_Bs');
    const f = param(ps, 'f_Bs');
    const q = quarkMassDifferences(ps);
    const M2 = (CP.re ** 2 + CP.im ** 2) * ((f * m * m) / (q.muB + q.ms_muB)) ** 2;
    const G = (M2 * Math.sqrt(1 - 4 / (m * m))) / (32 * Math.PI * m);
    expect(rel(vlqBsToPhiPhiBR(ps, left, 1), G * lifetimeInvGeV(param(ps, 'tau_Bs')))).toBeLessThan(1e-12);
  });
  it('Σ_η |η*·q|² = λ/(4m_V²) (the B → K*φφ pseudoscalar density), with explicit polarisation vectors', () => {
    const mB = 5.28;
    const mV = 0.892;
    const q2 = 3.1;
    const lam = mB ** 4 + mV ** 4 + q2 * q2 - 2 * (mB * mB * mV * mV + mB * mB * q2 + mV * mV * q2);
    const pV = Math.sqrt(lam) / (2 * mB);
    const k = L.momentum(mV, pV, [0.6, 0, 0.8]);
    const q = [mB - k[0], -k[1], -k[2], -k[3]];
    let s = 0;
    for (const e of L.polarisations(mV, pV, [0.6, 0, 0.8])) {
      const d = L.dot(L.conj4(e), L.real4(q));
      s += d.re * d.re + d.im * d.im;
    }
    expect(rel(s, lam / (4 * mV * mV))).toBeLessThan(1e-12);
  });
  it('Migdal σ_φN: the coefficients 16.84 and 24.82 of paper 001, and σ_φp = μ²G²/(4π m_φ²)', () => {
    const k = migdalRatioCoefficients();
    expect(k.proton).toBeCloseTo(16.84, 2);
    expect(k.neutron).toBeCloseTo(24.82, 2);
    const mN = 0.5 * (param(ps, 'm_p') + param(ps, 'm_n'));
    const mu = (0.7 * mN) / (0.7 + mN);
    const G = (mN * 0.044 * 1e-4) / 0.0934 + (mN * 0.038 * 2e-6) / (0.0934 / 19.5);
    expect(rel(vlqNucleonCrossSection(ps, 0.7, 1e-4, 0.02, 1, 1), (mu * mu * G * G) / (4 * Math.PI * 0.49))).toBeLessThan(1e-12);
    // the cancellation of the xenon coupling at R = −1/(16.84 Z/A + 24.82 (A − Z)/A)
    const Rstar = -1 / (k.proton * (54 / 131) + k.neutron * (77 / 131));
    expect(vlqNucleonCrossSection(ps, 1, 1e-4, Rstar, 54, 131)).toBeLessThan(1e-30 * vlqNucleonCrossSection(ps, 1, 1e-4, 0, 54, 131));
  });
  it('h → gg: v²/(m_Q m_D) ≈ 0.007 for 3 TeV VLQs; CP-odd part enters as (9/4)(Im r)²', () => {
    const base = vlqParamsFrom(resolveModelPoint(VLQ_MODEL, { m_Q: 3000, m_D: 3000 }, ps));
    const r = vlqHiggsGluonRatio(base, ps);
    expect(Math.abs(r.r.re - 0.007)).toBeLessThan(0.0005);
    expect(rel(r.ratio, (1 - r.r.re) ** 2)).toBeLessThan(1e-14);
    const odd = vlqHiggsGluonRatio({ ...base, y2: cx(0, 1) }, ps);
    expect(odd.r.re).toBeCloseTo(0, 15);
    expect(rel(odd.ratio - 1, 2.25 * odd.r.im ** 2)).toBeLessThan(1e-12);
  });
});

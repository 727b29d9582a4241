/**
 * Paper 000 (Gabrielli, Marzola, Mürsepp, Raidal 2024): massless dark photon with a b→s dark dipole.
 * Every number of the paper that emiss computes (eqs. 3.9, 4.5, 4.6, 5.4–5.6, 6.6–6.8, E_miss, the SF and
 * dipole statements, the "32 times" comparison) and Figs. 1–3.
 */
import { makeParameterSet, param } from '../../params/parameter-set.js';
import { lifetimeInvGeV } from '../../core/units.js';
import { differentialBR } from '../../processes/b-to-m-nunu.js';
import { findMode } from '../../processes/nunu-modes.js';
import { findMediatorMode, modeMasses } from '../../processes/mediators/meson-modes.js';
import {
  bToKQQDensity,
  bToVGammaDBR,
  bToVGammaDWidthFromT1,
  bsToPhiGammaDFromRatio,
  cKstarPhi,
  gammaDMissingEnergy,
  kqqBR,
  prepareKQQKernel,
  t1AtZero,
  type DarkDipoleOptions,
} from '../../processes/mediators/massless-dark-photon.js';
import { withValues } from '../../params/parameter-set.js';
import { OBSERVABLES, SM_POINT } from '../../observables/index.js';
import { monteCarlo } from '../../uncertainty/monte-carlo.js';
import { compare, rounding, type ComparisonRow, type Figure, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';

const SF: DarkDipoleOptions = { sommerfeld: true, velocity: 'relative', dipole: false };
const NOSF: DarkDipoleOptions = { sommerfeld: false, velocity: 'relative', dipole: false };
const L5 = 1e8; // Λ = 10⁵ TeV in GeV
const T1_PAPER = 0.28;
const BR_KSTAR_LIMIT = 2.7e-5; // Belle 2017 B → K* νν̄ (paper 000 below eq. 4.5; data/experimental/bqnunu_measurements.yaml)
const BR_NP = 1.9e-5; // eq. (5.3)

export async function masslessDarkPhotonSection(ctx: ReportContext): Promise<ReportSection> {
  const ps = makeParameterSet('gmmr2024');
  const K = findMediatorMode('B+->K');
  const Kst = findMediatorMode('B0->K*');
  const phi = findMediatorMode('Bs->phi');
  const rows: ComparisonRow[] = [];
  const pre = 'gmmr2024 preset (paper 000 inputs: KMPW 2010 B→K form factors, α_EW⁻¹ = 127.925, s_W² = 0.23126, |V_tb V_ts*| = 0.0401, X_t = 1.469)';

  // eq. (3.9)
  ctx.progress('eq. (3.9)');
  const k0 = prepareKQQKernel(K, ps, 0);
  const br39 = kqqBR(k0, { Lambda: L5, alphaD: 1, NQ: 1 }, NOSF);
  rows.push(
    compare({
      paper: '000',
      ref: 'eq. (3.9)',
      quantity: 'BR(B+→K+QQ̄) / [α_D (10⁵ TeV/Λ)²], m_Q → 0, one generation, no SF',
      paperValue: 5.43e-6,
      emissValue: br39,
      absTol: rounding(5.43e-6, 3),
      how: `eq. (3.6) integrated over 0 ≤ q² ≤ (m_B − m_K)², ${pre}; eq. (3.6) itself is checked in the tests against an independent derivation (explicit Dirac traces, angular average)`,
    }),
  );

  // SF enhancement (Fig. 1 text): "a factor of about 5 for α_D = 0.7 and 1.0"
  const k05 = prepareKQQKernel(K, ps, 0.5);
  for (const aD of [0.7, 1.0]) {
    const r = kqqBR(k05, { Lambda: L5, alphaD: aD, NQ: 3 }, SF) / kqqBR(k05, { Lambda: L5, alphaD: aD, NQ: 3 }, NOSF);
    rows.push(
      compare({
        paper: '000',
        ref: '§3.1, Fig. 1',
        quantity: `Sommerfeld–Fermi enhancement of BR(B+→K+QQ̄), α_D = ${aD}, m_Q = 0.5 GeV`,
        paperValue: 5,
        emissValue: r,
        absTol: 1.5,
        how: '"a factor of about 5 for the examined cases α_D = 0.7 and α_D = 1.0": ratio of the q²-integrated rates with and without Ω (relative velocity β12); "about 5" read as 5 ± 1.5. Away from threshold Ω → 2πα_D/(1 − e^{−2πα_D}) = 4.45 (0.7), 6.29 (1.0)',
      }),
    );
  }

  // dipole correction "at the percent level"
  {
    const base = kqqBR(k05, { Lambda: L5, alphaD: 1, NQ: 3 }, NOSF);
    const dip = kqqBR(k05, { Lambda: L5, alphaD: 1, NQ: 3 }, { ...NOSF, dipole: true }) / base - 1;
    const dip03 = kqqBR(k05, { Lambda: L5, alphaD: 0.3, NQ: 3 }, { ...NOSF, dipole: true }) / kqqBR(k05, { Lambda: L5, alphaD: 0.3, NQ: 3 }, NOSF) - 1;
    rows.push(
      compare({
        paper: '000',
        ref: '§3.1 below eq. (3.16)',
        quantity: 'relative effect of the dark magnetic-dipole correction on BR(B+→K+QQ̄), α_D = 1, m_Q = 0.5 GeV',
        paperValue: -0.01,
        emissValue: dip,
        absTol: 0.04,
        how: '"the integrated effect … being at the percent level, is negligible": eqs. (3.14)–(3.16), whole q² range, without SF (with SF only with the β12 of eq. 3.13 as printed; with the relative velocity the Coulomb term is counted twice and diverges at threshold). "Percent level" read as |effect| ≤ 5 %',
        reasonIfDiffers: `the paper does not say at which α_D; the correction is ∝ α_D at leading order (emiss: ${(100 * dip03).toFixed(1)} % at α_D = 0.3) and reaches ${(100 * dip).toFixed(1)} % at α_D = 1, where the paper's fits live. The normalisation of eq. (3.16) is verified: Δ_M of eq. (3.15) with F2 of (3.16) equals the exact one-loop Pauli-vertex correction computed with explicit Dirac traces (test/mediators-widths.test.ts), with F2 = F2_Pauli/(2m̂_Q)`,
      }),
    );
  }

  // eq. (4.5), (4.4) as printed with T1 = 0.28
  ctx.progress('eqs. (4.4)–(4.6)');
  const { mB: mB0, mM: mKs, tauB: tauB0 } = modeMasses(Kst, ps);
  const br45 = bToVGammaDBR(Kst, ps, L5, { T1: T1_PAPER, norm: 'paper' });
  const br45L = bToVGammaDBR(Kst, ps, L5, { T1: T1_PAPER, norm: 'lagrangian' });
  const t1Rel = 2 * (0.005 / T1_PAPER); // BR ∝ T1², T1 = 0.28 printed to two digits
  const t1Fit = T1_PAPER * Math.sqrt(2.47e-5 / br45);
  rows.push(
    compare({
      paper: '000',
      ref: 'eq. (4.5)',
      quantity: 'BR(B0→K*0γ_D)·(Λ/10⁵ TeV)², eq. (4.4) as printed, T1(0) = 0.28',
      paperValue: 2.47e-5,
      emissValue: br45,
      absTol: t1Rel * br45,
      how: `eq. (4.4) with its 32π, T1(0) = 0.28 (the value the paper states), τ_B0 = ${param(ps, 'tau_B0')} s, m_K*0, m_B0 of PDG 2024; agreement within the rounding of the input T1(0) = 0.28 (±0.005 → ±${(100 * t1Rel).toFixed(1)} % in BR). T1(0) = ${t1Fit.toFixed(4)} reproduces 2.47e-5 exactly. KMPW 2010 [49] has T1^{B→K*}(0) = 0.31 (Table 4, as transcribed in EOS), which gives ${fmtNum(bToVGammaDBR(Kst, ps, L5, { T1: 0.31, norm: 'paper' }))}; BSZ 2015 (emiss default) ${t1AtZero(Kst, ps).toFixed(3)}. So eq. (4.5) uses 0.28, not KMPW's value`,
    }),
    compare({
      paper: '000',
      ref: 'eq. (4.4)',
      quantity: 'Γ(B→Vγ_D) normalisation: emiss from the Lagrangian (2.1) / eq. (4.4) as printed',
      paperValue: 1,
      emissValue: br45L / br45,
      absTol: 1e-9,
      how: 'ratio of Γ(B0→K*0γ_D) computed from L = (1/2Λ) s̄σ_μν b F_D^μν to eq. (4.4)',
      reasonIfDiffers: `eq. (4.4) is a factor 4 below the width that follows from the paper's own Lagrangian (2.1): with the amplitude (1/Λ)⟨K*|s̄σ_μν q^ν b|B⟩ε^μ of eq. (4.2) (the same normalisation as eq. 3.2, which reproduces eq. 3.6 and 3.9 exactly), Σ_pol |2T1 ε_μναβ ε^μ η^ν p^α k^β|² = 2T1²(m_B² − m_V²)² and Γ = m_B³T1²(1 − m̂²)³/(8πΛ²), not /(32πΛ²) — verified with explicit polarisation vectors in test/mediators-widths.test.ts. With the consistent width, BR(B0→K*0γ_D) = ${fmtNum(br45L)} (Λ/10⁵ TeV)⁻², the bound (4.6) becomes Λ ≥ ${fmtNum(1e5 * Math.sqrt(br45L / BR_KSTAR_LIMIT))} TeV, the ratio (5.4) is 4× larger and (5.6) becomes N_Q ≥ 2 (rows below). Every other row of this section uses eq. (4.4) as printed, to check the rest of the paper's arithmetic`,
    }),
  );

  // eq. (4.6)
  const lam46 = 1e5 * Math.sqrt(br45 / BR_KSTAR_LIMIT);
  rows.push(
    compare({
      paper: '000',
      ref: 'eq. (4.6)',
      quantity: 'lower bound on Λ from BR(B0→K*0γ_D) < 2.7e-5 [TeV], eq. (4.4) as printed',
      paperValue: 9.56e4,
      emissValue: lam46,
      unit: 'TeV',
      absTol: (t1Rel / 2) * lam46,
      how: 'Λ = 10⁵ TeV √(BR_4.5/2.7e-5); within the T1(0) rounding (Λ ∝ T1). The B → K*νν̄ limit 2.7e-5 is Belle 2017 (data/experimental/bqnunu_measurements.yaml, belle_2017_sl B->K*nunu_combined)',
    }),
    compare({
      paper: '000',
      ref: 'eq. (4.6)',
      quantity: 'lower bound on Λ, width from the Lagrangian (2.1) [TeV]',
      paperValue: 9.56e4,
      emissValue: 1e5 * Math.sqrt(br45L / BR_KSTAR_LIMIT),
      unit: 'TeV',
      absTol: rounding(9.56e4, 3),
      how: 'as above with Γ(B→K*γ_D) = m_B³T1²(1−m̂²)³/(8πΛ²)',
      reasonIfDiffers: 'the factor 4 of eq. (4.4) (row above): the bound on Λ doubles',
    }),
  );

  // "32 times stronger" than BR(b → s X_inv) < O(10%)
  {
    const mbPole = param(ps, 'm_b_pole');
    const tauBp = lifetimeInvGeV(param(ps, 'tau_B+'));
    // inclusive b → s γ_D with the same normalisation as eq. (4.4): Γ = m_b³/(32πΛ²) (T1 → 1, m_s → 0)
    const lamIncl = (br: number) => Math.sqrt((mbPole ** 3 * tauBp) / (32 * Math.PI * br)) / 1e3;
    const ratio = lam46 / lamIncl(0.1);
    rows.push(
      compare({
        paper: '000',
        ref: 'below eq. (4.6)',
        quantity: 'Λ bound of eq. (4.6) / Λ bound from BR(b → s X_inv) < 10 %',
        paperValue: 32,
        emissValue: ratio,
        absTol: rounding(32, 2) * 2,
        how: `inclusive Γ(b→sγ_D) = m_b³/(32πΛ²) (same normalisation as eq. 4.4, so the ratio does not depend on it), m_b = ${mbPole} GeV (pole), τ_B+: Λ_incl = ${fmtNum(lamIncl(0.1))} TeV`,
        reasonIfDiffers: `"about 32 times" corresponds to BR(b→sX_inv) < ${((ratio / 32) ** 2 * 0.1).toFixed(2)} rather than 10 % (ratio ∝ √BR_max): the paper's "O(10 %)" [57] is not a precise input; with 10 % emiss finds ${ratio.toFixed(1)}`,
      }),
    );
  }

  // eqs. (5.4)–(5.6)
  ctx.progress('eqs. (5.4)–(5.6)');
  const kSmall = prepareKQQKernel(K, ps, 1e-4);
  const brSF1 = kqqBR(kSmall, { Lambda: L5, alphaD: 1, NQ: 1 }, SF);
  const r54 = br45 / brSF1;
  const r54L = br45L / brSF1;
  rows.push(
    compare({
      paper: '000',
      ref: 'eq. (5.4)',
      quantity: 'N_Q × BR(B0→K*γ_D)/BR(B+→K+Q_XQ̄_X)_SF at α_D = 1, m_Q → 0, eq. (4.4) as printed',
      paperValue: 0.72,
      emissValue: r54,
      absTol: t1Rel * r54 + rounding(0.72, 2),
      how: 'ratio of eq. (4.5) to the SF-corrected eq. (3.9) (Ω → 2π/(1−e^{−2π}) = 6.29 at α_D = 1); within the T1(0) = 0.28 rounding',
    }),
    compare({
      paper: '000',
      ref: 'eq. (5.4)',
      quantity: 'the same ratio with the width from the Lagrangian (2.1)',
      paperValue: 0.72,
      emissValue: r54L,
      absTol: rounding(0.72, 2),
      how: 'as above, Γ(B→K*γ_D) with 8π',
      reasonIfDiffers: 'the factor 4 of eq. (4.4)',
    }),
    compare({
      paper: '000',
      ref: 'eq. (5.5)',
      quantity: 'N_Q × BR(B0→K*γ_D) for BR(B+→K+Q_XQ̄_X) = 1.9e-5, eq. (4.4) as printed',
      paperValue: 1.35e-5,
      emissValue: r54 * BR_NP,
      absTol: t1Rel * r54 * BR_NP + rounding(1.35e-5, 3),
      how: 'eq. (5.4) × 1.9e-5 (eq. 5.3); within the T1(0) rounding',
    }),
    compare({
      paper: '000',
      ref: 'eq. (5.6)',
      quantity: 'smallest N_Q with BR(B0→K*γ_D) < 2.7e-5, eq. (4.4) as printed',
      paperValue: 1,
      emissValue: Math.max(1, Math.ceil((r54 * BR_NP) / BR_KSTAR_LIMIT)),
      absTol: 0,
      how: 'N_Q ≥ (eq. 5.5)/2.7e-5',
    }),
    compare({
      paper: '000',
      ref: 'eq. (5.6)',
      quantity: 'smallest N_Q, width from the Lagrangian (2.1)',
      paperValue: 1,
      emissValue: Math.max(1, Math.ceil((r54L * BR_NP) / BR_KSTAR_LIMIT)),
      absTol: 0,
      how: 'N_Q ≥ 4 × (eq. 5.5)/2.7e-5',
      reasonIfDiffers: `the factor 4 of eq. (4.4): N_Q × BR(B0→K*γ_D) = ${fmtNum(r54L * BR_NP)} needs N_Q ≥ 2 to respect 2.7e-5`,
    }),
  );

  // eqs. (6.6)–(6.8)
  ctx.progress('eqs. (6.6)–(6.8)');
  const C = cKstarPhi(ps);
  const C2008 = cKstarPhi(withValues(ps, { tau_B0: 1.53e-12, tau_Bs: 1.47e-12 }));
  rows.push(
    compare({
      paper: '000',
      ref: 'eq. (6.6)',
      quantity: 'C_K*φ = (τ_B0/τ_Bs)(m_B/m_Bs)³[(1−m_K*²/m_B²)/(1−m_φ²/m_Bs²)]³',
      paperValue: 1.01,
      emissValue: C,
      absTol: rounding(1.01, 3),
      how: `PDG 2024 masses and lifetimes (τ_B0 = ${param(ps, 'tau_B0')} s, τ_Bs = ${param(ps, 'tau_Bs')} s)`,
      reasonIfDiffers: `the paper copies C_K*φ from ref. [61] (2008); with the PDG 2008 lifetimes τ_B0 = 1.530 ps, τ_Bs = 1.470 ps emiss gives ${C2008.toFixed(4)} (→ 1.01). Today's τ_Bs is 3 % longer; C enters only through R_K*φ = r²C(1+δ_WA), and the paper drops it (R ≃ r²)`,
    }),
  );
  const phiR = bsToPhiGammaDFromRatio(br45, 1.23, 0.02);
  const phiT1 = bToVGammaDBR(phi, ps, L5, { norm: 'paper' });
  rows.push(
    compare({
      paper: '000',
      ref: 'eq. (6.7)',
      quantity: 'BR(Bs→φγ_D)·(Λ/10⁵ TeV)², via R_K*φ = 1.23, eq. (4.4) as printed',
      paperValue: 4.02e-5,
      emissValue: phiR,
      absTol: t1Rel * phiR + rounding(4.02e-5, 3),
      how: 'BR(Bs→φγ_D) = BR(B0→K*0γ_D)(1+δ_WA)/R_K*φ (eqs. 6.3–6.6, δ_WA = 0.02) with the eq. (4.5) value',
      reasonIfDiffers: `the printed value is twice what the stated method gives: 2 × ${fmtNum(phiR)} = ${fmtNum(2 * phiR)} (2 × 2.47e-5/1.23 = 4.02e-5 with the paper's own numbers). Eq. (6.8), obtained from it at the Λ of eq. (4.6), quotes ≲ 2e-5, which agrees with the value without the factor 2 (next row) and not with 4.02e-5 × (10⁵/9.56e4)² = 4.4e-5; so eq. (6.7) carries a spurious factor 2. Cross-check with a form factor instead of R_K*φ: T1^{Bs→φ}(0) = ${t1AtZero(phi, ps).toFixed(3)} (BSZ 2015) gives ${fmtNum(phiT1)}`,
    }),
  );
  const lam46paper = 9.56e4;
  rows.push(
    compare({
      paper: '000',
      ref: 'eq. (6.8)',
      quantity: 'BR(Bs→φγ_D) at Λ = 9.56·10⁴ TeV (eq. 4.6)',
      paperValue: 2e-5,
      emissValue: phiR * (1e5 / lam46paper) ** 2,
      absTol: rounding(2e-5, 1),
      how: '"≲ 2×10⁻⁵": the R_K*φ method at the bound of eq. (4.6); one printed digit',
    }),
  );
  for (const [mode, val, ref] of [
    [Kst, 2.56, '§4 below eq. (4.5)'],
    [phi, 2.59, '§6 below eq. (6.2)'],
  ] as const) {
    rows.push(
      compare({
        paper: '000',
        ref,
        quantity: `monochromatic missing energy E_miss of ${mode.label} γ_D (B rest frame)`,
        paperValue: val,
        emissValue: gammaDMissingEnergy(mode, ps),
        unit: 'GeV',
        absTol: rounding(val, 3),
        how: 'E_miss = (m_B² − m_V²)/(2m_B), PDG 2024 masses',
      }),
    );
  }

  // eqs. (1.5)/(5.3) and (6.1): the NP excess and the SM B_s → φνν̄ the paper quotes
  {
    const smK = OBSERVABLES.get('BR(B+->Knunu)').prepare(ps, {})(SM_POINT);
    rows.push(
      compare({
        paper: '000',
        ref: 'eq. (5.3)',
        quantity: 'BR(B+→K+ + inv)_NP = BR_exp (2.3·10⁻⁵) − BR_SM',
        paperValue: 1.9e-5,
        emissValue: 2.3e-5 - smK,
        absTol: rounding(1.9e-5, 2),
        how: `Belle II combination (2.3 ± 0.7)·10⁻⁵ (eq. 5.1) minus emiss's SM value ${fmtNum(smK)} with the paper's inputs (gmmr2024)`,
      }),
    );
    ctx.progress('SM Bs → φνν̄');
    const psd = makeParameterSet('default');
    const def = OBSERVABLES.get('BR(Bs->phinunu)');
    const mc = monteCarlo((p) => def.prepare(p, {})(SM_POINT), psd, { n: ctx.mcSamples, seed: ctx.seed + 61 });
    rows.push(
      compare({
        paper: '000',
        ref: 'eq. (6.1)',
        quantity: 'SM BR(Bs→φνν̄)',
        paperValue: 1.4e-5,
        paperUncertainty: 0.4e-5,
        emissValue: mc.central,
        emissUncertainty: mc.summary.std,
        absTol: Math.hypot(0.4e-5, mc.summary.std),
        how: `quoted by the paper from ref. [58]; emiss default preset (PDG 2024, BSZ 2015 B_s→φ form factors), short distance, ${ctx.mcSamples} MC draws; agreement within the combined 1σ`,
      }),
    );
  }

  // ---------------------------------------------------------------- figures
  ctx.progress('paper 000 Figs. 1–3');
  const figures: Figure[] = [];
  const { mB, mM } = modeMasses(K, ps);
  const q2max = (mB - mM) ** 2;
  const Lbound = 9.56e7;
  {
    const nq = ctx.scanPoints > 10000 ? 120 : 60;
    const pts: Record<string, unknown>[] = [];
    const smMode = findMode('B+->K')!;
    for (let i = 1; i < nq; i++) {
      const q2 = (q2max * i) / nq;
      pts.push({ q2, v: 1e7 * differentialBR(smMode, ps, q2, null).dbr, curve: 'SM (eq. 3.10)', dash: 'SF' });
      for (const aD of [0.7, 1.0]) {
        for (const [opt, tag] of [
          [SF, 'SF'],
          [NOSF, 'no SF'],
        ] as const) {
          const v = bToKQQDensity(K, ps, q2, { Lambda: Lbound, alphaD: aD, mQ: 0.5, NQ: 3 }, opt) * lifetimeInvGeV(param(ps, 'tau_B+'));
          pts.push({ q2, v: 1e7 * v, curve: `α_D = ${aD}`, dash: tag });
        }
      }
    }
    figures.push({
      id: 'paper000-fig1',
      title: 'Paper 000 Fig. 1: dBR/dq²(B+→K+QQ̄), N_Q = 3, m_Q = 0.5 GeV',
      caption: `In units of 10⁻⁷ GeV⁻²; Λ = 9.56·10⁴ TeV (eq. 4.6; the paper's Fig. 1 does not state Λ). Solid: with the Sommerfeld–Fermi factor (relative velocity β12, which → 0 at threshold, so the SF curves rise at q² → 4m_Q²; with eq. 3.13 as printed the threshold enhancement is absent); dashed: eq. (3.6) alone; black: SM B+→K+νν̄ of eq. (3.10) with the same inputs (KMPW 2010). As in the paper the SF factor enhances the rate by ≈ 4.5 (α_D = 0.7) and ≈ 6.3 (α_D = 1) away from threshold.`,
      spec: {
        width: 520,
        height: 320,
        data: { values: pts },
        mark: { type: 'line' },
        encoding: {
          x: { field: 'q2', type: 'quantitative', title: 'q² [GeV²]' },
          y: { field: 'v', type: 'quantitative', title: 'dBR/dq² [10⁻⁷ GeV⁻²]' },
          color: { field: 'curve', type: 'nominal', title: null, scale: { domain: ['SM (eq. 3.10)', 'α_D = 0.7', 'α_D = 1'], range: ['black', '#1f77b4', '#d62728'] } },
          strokeDash: { field: 'dash', type: 'nominal', title: null, scale: { domain: ['SF', 'no SF'], range: [[1, 0], [5, 3]] } },
          detail: { field: 'curve' },
        },
      },
    });
  }
  {
    const alphas = Array.from({ length: 41 }, (_, i) => 0.02 + (1.18 * i) / 40);
    const masses = [0.1, 0.5, 1.0];
    const top: Record<string, unknown>[] = [];
    const kernels = new Map(masses.map((m) => [m, prepareKQQKernel(K, ps, m)]));
    for (const m of masses) for (const aD of alphas) top.push({ aD, br: 1e5 * kqqBR(kernels.get(m)!, { Lambda: Lbound, alphaD: aD, NQ: 3 }, SF), curve: `m_Q = ${m} GeV` });
    const band = [{ lo: 1.2, hi: 2.6, c: 1.9 }];
    // bottom panel: Λ(α_D) at which BR = 1.2, 1.9, 2.6e-5 (BR ∝ 1/Λ²), m_Q = 0.5, N_Q = 3
    const bottom: Record<string, unknown>[] = [];
    const k5 = kernels.get(0.5)!;
    for (const aD of alphas) {
      const br1 = kqqBR(k5, { Lambda: L5, alphaD: aD, NQ: 3 }, SF);
      for (const target of [1.2e-5, 1.9e-5, 2.6e-5]) bottom.push({ aD, lam: 1e5 * Math.sqrt(br1 / target), curve: `BR = ${(target * 1e5).toFixed(1)}·10⁻⁵` });
    }
    const lines = [
      { y: lam46paper, label: 'eq. (4.6) as printed' },
      { y: 1e5 * Math.sqrt(br45L / BR_KSTAR_LIMIT), label: 'from the Lagrangian (2.1)' },
    ];
    figures.push({
      id: 'paper000-fig2',
      title: 'Paper 000 Fig. 2: BR(B+→K+QQ̄)_SF that explains the Belle II excess',
      caption: `Top: BR(B+→K+Q_XQ̄_X) with the SF factor, N_Q = 3, Λ = 9.56·10⁴ TeV, for three dark-fermion masses (the paper does not list its three masses; 0.1, 0.5, 1 GeV here). Yellow: the 1σ range (1.9 ± 0.7)·10⁻⁵ of eq. (5.3). Bottom: m_Q = 0.5 GeV, N_Q = 3 — the values of Λ(α_D) at which BR = 1.2, 1.9, 2.6·10⁻⁵ (the 1σ band lies between the outer curves); the K* constraint excludes Λ below the dashed lines: 9.56·10⁴ TeV with eq. (4.4) as printed, ${fmtNum(lines[1].y)} TeV with the width that follows from the Lagrangian (2.1). With eq. (4.4) as printed the excess is explained for α_D ≳ ${(() => {
        const a = alphas.find((x) => kqqBR(k5, { Lambda: Lbound, alphaD: x, NQ: 3 }, SF) >= 1.2e-5);
        return a ? a.toFixed(2) : '—';
      })()}, as in the paper; with the consistent width the allowed Λ is twice larger and the excess needs larger α_D.`,
      spec: {
        vconcat: [
          {
            width: 480,
            height: 240,
            layer: [
              { data: { values: band }, mark: { type: 'rect', color: '#f5e663', opacity: 0.7 }, encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } },
              {
                data: { values: top },
                mark: 'line',
                encoding: {
                  x: { field: 'aD', type: 'quantitative', title: 'α_D' },
                  y: { field: 'br', type: 'quantitative', title: 'BR(B+→K+Q_XQ̄_X) [10⁻⁵]' },
                  color: { field: 'curve', type: 'nominal', title: null },
                },
              },
            ],
          },
          {
            width: 480,
            height: 240,
            layer: [
              {
                data: { values: bottom },
                mark: 'line',
                encoding: {
                  x: { field: 'aD', type: 'quantitative', title: 'α_D' },
                  y: { field: 'lam', type: 'quantitative', title: 'Λ [TeV]', scale: { type: 'log' } },
                  color: { field: 'curve', type: 'nominal', title: null },
                },
              },
              {
                data: { values: lines },
                mark: { type: 'rule', strokeDash: [5, 3], color: 'black' },
                encoding: { y: { field: 'y', type: 'quantitative' }, opacity: { field: 'label', type: 'nominal', title: 'K* bound on Λ', scale: { range: [1, 0.45] }, legend: { labelLimit: 260 } } },
              },
            ],
            resolve: { scale: { color: 'independent' } },
          },
        ],
      },
    });
    const fig3: Record<string, unknown>[] = [];
    for (const m of masses) {
      for (const aD of alphas) {
        const b = kqqBR(kernels.get(m)!, { Lambda: L5, alphaD: aD, NQ: 3 }, SF);
        fig3.push({ aD, r: br45 / b, curve: `m_Q = ${m} GeV`, norm: 'eq. (4.4) as printed' });
        fig3.push({ aD, r: br45L / b, curve: `m_Q = ${m} GeV`, norm: 'Lagrangian (2.1)' });
      }
    }
    figures.push({
      id: 'paper000-fig3',
      title: 'Paper 000 Fig. 3: BR(B0→K*γ_D)/BR(B+→K+Q_XQ̄_X) vs α_D, N_Q = 3',
      caption: `Solid: with eq. (4.4) as printed and T1(0) = 0.28 (the paper's curves); dotted: the width from the Lagrangian (2.1), 4× larger. Red dashed: 2.7·10⁻⁵/1.9·10⁻⁵ = 1.42, the largest ratio allowed when BR(B+→K+Q_XQ̄_X) = 1.9·10⁻⁵ and BR(B0→K*γ_D) &lt; 2.7·10⁻⁵; above it is excluded. The ratio does not depend on Λ.`,
      spec: {
        width: 520,
        height: 320,
        layer: [
          {
            data: { values: fig3 },
            mark: 'line',
            encoding: {
              x: { field: 'aD', type: 'quantitative', title: 'α_D' },
              y: { field: 'r', type: 'quantitative', title: 'BR(B0→K*γ_D)/BR(B+→K+Q_XQ̄_X)', scale: { type: 'log' } },
              color: { field: 'curve', type: 'nominal', title: null },
              strokeDash: { field: 'norm', type: 'nominal', title: null, scale: { domain: ['eq. (4.4) as printed', 'Lagrangian (2.1)'], range: [[1, 0], [2, 2]] }, legend: { labelLimit: 260 } },
              detail: { field: 'norm' },
            },
          },
          { data: { values: [{ y: BR_KSTAR_LIMIT / BR_NP }] }, mark: { type: 'rule', color: '#d62728', strokeDash: [6, 3] }, encoding: { y: { field: 'y', type: 'quantitative' } } },
        ],
      },
    });
  }

  const intro = `<p>Massless dark photon γ_D coupled to b̄s through the dark dipole (1/2Λ) s̄σ_μν b F_D^μν and to N_Q dark fermions of unit charge (paper 000). emiss implements eq. (3.6) (B→KQQ̄, checked against an independent trace computation), the Sommerfeld–Fermi factor (3.12) with the relative velocity β12 = √(1 − 4m_Q⁴/(q² − 2m_Q²)²) (eq. 3.13 prints m_Q⁴ without the 4, so its β12 never vanishes at threshold; selectable with <code>--set sf_paper_velocity=1</code>), the dipole correction (3.14)–(3.16), B→Vγ_D and B_s→φγ_D via R_K*φ. Inputs: ${pre}; B→K* BSZ 2015 (T1(0) = ${t1AtZero(Kst, ps).toFixed(3)}) where the paper's T1(0) = 0.28 is not used. Library: <code>bToKQQDensity</code>, <code>prepareKQQKernel</code>/<code>kqqBR</code>, <code>bToVGammaDBR</code>; CLI: <code>emiss predict 'BR(B+->KQQ)' 'BR(B0->K*gammaD)' --model gammaD --set alpha_D=0.7 --preset gmmr2024</code>.</p>
<p><b>Main finding.</b> Eq. (4.4) is a factor 4 smaller than the B→K*γ_D width that follows from the paper's Lagrangian (2.1) with the amplitude normalisation of eqs. (3.2)/(4.2) (which reproduce eqs. 3.6 and 3.9 exactly). The paper's numbers (4.5)–(5.6) follow from eq. (4.4) as printed with T1(0) = 0.28, and emiss reproduces them that way (rows marked "as printed"); with the consistent width BR(B0→K*γ_D) is 4× larger, the Λ bound doubles and the B0→K*νν̄ limit requires N_Q ≥ 2. τ_B0 = ${tauB0} s, m_B0 = ${mB0} GeV, m_K*0 = ${mKs} GeV; Γ check: ${fmtNum(bToVGammaDWidthFromT1(mB0, mKs, T1_PAPER, L5, 'lagrangian'))} GeV at Λ = 10⁵ TeV.</p>`;
  return { id: 'massless-dark-photon', title: 'Massless dark photon: B+→K+QQ̄, B0→K*γ_D, B_s→φγ_D (paper 000)', intro, rows, figures };
}

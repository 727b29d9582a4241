/**
 * Paper 002 §II.A (Calibbi, Li, Mukherjee, Schmidt 2025): the ALP portal — B→K a and B→K* a, ALP widths,
 * decay length and invisible fraction; eqs. (10), (17)–(20) and the B→K* a bound quoted in the text.
 */
import { makeParameterSet } from '../../params/parameter-set.js';
import { alphaS } from '../../params/qcd-running.js';
import { alpCouplingsFrom, ALP_MODEL, resolveModelPoint } from '../../models/mediators.js';
import { alpDecayLength, alpInvisible, alpWidths, bToMAlpBR } from '../../processes/mediators/alp.js';
import { findMediatorMode, formFactorsAt, modeMasses } from '../../processes/mediators/meson-modes.js';
import { betaGamma } from '../../processes/mediators/two-body.js';
import { F0, IA0 } from '../../hadronic/types.js';
import { HBARC_GEV_CM } from '../../core/units.js';
import { compare, rounding, type ComparisonRow, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';

const BABAR_KSTAR = 7.9e-5; // BaBar 2013 B→K*νν̄ combined limit (data/experimental/bqnunu_measurements.yaml, babar_2013_had)

export async function alpPortalSection(ctx: ReportContext): Promise<ReportSection> {
  ctx.progress('ALP portal');
  const ps = makeParameterSet('clms2025');
  const K = findMediatorMode('B+->K');
  const Ks = findMediatorMode('B+->K*');
  // benchmark eq. (16): m_a = 2 GeV, C_G^UV = C_γ^UV = 0, f_a/C_q = 1e8 GeV, C_qq^A = C_sb^{A,V} = C_q; m_χ = 1 MeV
  const point = resolveModelPoint(ALP_MODEL, { m_a: 2, f_a: 1e8, C_q: 1, CV_sb: 1, CA_sb: 1, C_chi: 1, m_chi: 1e-3 }, ps);
  const c = alpCouplingsFrom(point);
  const rows: ComparisonRow[] = [];
  const pre = 'clms2025 preset (PDG 2024, GRvDV 2023 B→K and B→K* form factors [41])';

  // eq. (8) coefficient and eq. (10)
  const brK = bToMAlpBR(K, ps, c); // at f_a/C^V = 1e8 GeV
  const f0 = formFactorsAt(K, ps, 4)[F0];
  const f00 = formFactorsAt(K, ps, 0)[F0];
  const brKf00 = brK * (f00 / f0) ** 2;
  const reason10 = `the paper's numbers follow if f0 is taken at q² = 0 (f0(0) = ${f00.toFixed(3)}) instead of at q² = m_a² = 4 GeV² (f0 = ${f0.toFixed(3)}) as eq. (8) prescribes: then BR(B+→K+a) = ${fmtNum(brKf00)} (10⁸ GeV·C^V/f_a)² and the 1σ range is ${(Math.sqrt((brKf00 * 1e16) / 0.9e-5) / 1e8).toFixed(2)}–${(Math.sqrt((brKf00 * 1e16) / 0.5e-5) / 1e8).toFixed(2)}·10⁸ GeV, i.e. the printed 1.4–1.8 (checked here); HPQCD 2022 gives the same f0(4 GeV²) as GRvDV, so the form-factor set is not the cause`;
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (10)',
      quantity: 'lower end of f_a/|C^V_sb| for BR(B+→K+a) = 0.9e-5 (1σ), m_a = 2 GeV',
      paperValue: 1.4e8,
      emissValue: Math.sqrt((brK * 1e16) / 0.9e-5),
      unit: 'GeV',
      absTol: rounding(1.4e8, 2),
      how: `eq. (8) with ${pre}, f0(m_a²) at q² = 4 GeV², τ_B+; BR ∝ (C^V/f_a)²; the range [0.5, 0.9]·10⁻⁵ is ref. [30]'s`,
      reasonIfDiffers: reason10,
    }),
    compare({
      paper: '002',
      ref: 'eq. (10)',
      quantity: 'upper end of f_a/|C^V_sb| for BR(B+→K+a) = 0.5e-5 (1σ), m_a = 2 GeV',
      paperValue: 1.8e8,
      emissValue: Math.sqrt((brK * 1e16) / 0.5e-5),
      unit: 'GeV',
      absTol: rounding(1.8e8, 2),
      how: 'as above',
      reasonIfDiffers: reason10,
    }),
    compare({
      paper: '002',
      ref: 'eq. (20)',
      quantity: 'BR(B+→K+a) at f_a/C^V_sb = 10⁸ GeV, m_a = 2 GeV',
      paperValue: 1.7e-5,
      emissValue: brK,
      absTol: rounding(1.7e-5, 2),
      how: `eq. (8), ${pre}`,
      reasonIfDiffers: `f0 at q² = 0 instead of m_a² (see eq. 10): with f0(0) emiss gives ${fmtNum(brKf00)}`,
    }),
  );
  // B → K* a bound
  const brV = bToMAlpBR(Ks, ps, c);
  rows.push(
    compare({
      paper: '002',
      ref: '§II.A below eq. (10)',
      quantity: 'f_a/|C^A_sb| lower bound from BaBar B→K*νν̄, m_a = 2 GeV',
      paperValue: 4.9e7,
      emissValue: Math.sqrt((brV * 1e16) / BABAR_KSTAR),
      unit: 'GeV',
      absTol: rounding(4.9e7, 2),
      how: `eq. (9) for B+→K*+a with A0(4 GeV²) = ${formFactorsAt(Ks, ps, 4)[IA0].toFixed(3)} (GRvDV 2023) against the BaBar 2013 combined limit BR(B→K*νν̄) < 7.9·10⁻⁵ [43] (data/experimental/bqnunu_measurements.yaml); the paper does not say which BaBar number — 7.9·10⁻⁵ reproduces 4.9·10⁷ GeV`,
    }),
  );

  // widths, eqs. (17)–(19)
  const w = alpWidths(c, ps);
  const ctau = alpDecayLength(c, ps);
  const as = alphaS(ps, 2);
  // what the paper's eqs. (18) and (19) imply for Γ_tot (both give the same value)
  const gTot18 = (c.ma * 1e-6) / (8 * Math.PI * 1e16) / 2.6e-6;
  const gTot19 = HBARC_GEV_CM / 100 / 65;
  const reasonWidth = `the difference is entirely in Γ(a→gg): the paper's eqs. (18) and (19) both imply Γ_tot ≈ ${fmtNum(gTot18)} / ${fmtNum(gTot19)} GeV, and its Γ(a→ss̄) = 7 % of that, ${fmtNum(0.07 * gTot19)} GeV, agrees with emiss's ${fmtNum(w.ff.ss)} GeV (m_s(2 GeV) = 93.5 MeV); its Γ(a→gg) ≈ 0.93 Γ_tot = ${fmtNum(0.93 * gTot19)} GeV is ${(0.93 * gTot19 / w.gg).toFixed(2)}× emiss's ${fmtNum(w.gg)} GeV. Eq. (14) with the stated inputs (α_s(m_a) ≈ 0.3, C_G^eff of eq. 5 summed over all six quarks with C^A_qq = 1, K = 1 + 83α_s/4π) gives emiss's value (|C_G^eff| = ${Math.hypot(w.CG.re, w.CG.im).toFixed(3)}, the charm loop contributing B(4m_c²/m_a²) = −0.33); the paper's value needs |C_G^eff|² α_s²(1 + 83α_s/4π) larger by that factor (e.g. α_s ≈ 0.37, or C_G^eff = 3/2 with α_s ≈ 0.345), which the paper does not state`;
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (17)',
      quantity: 'α_s(m_a = 2 GeV)',
      paperValue: 0.3,
      emissValue: as,
      absTol: rounding(0.3, 1),
      how: 'four-loop running from α_s(M_Z) = 0.118 with MS-bar thresholds (n_f = 4 at 2 GeV), src/params/qcd-running.ts; the paper takes "α_s(m_a) ≈ 0.3 [46]"',
    }),
    compare({
      paper: '002',
      ref: 'eq. (17)',
      quantity: 'BR(a→gg), benchmark eq. (16)',
      paperValue: 0.93,
      emissValue: w.gg / w.total,
      absTol: rounding(0.93, 2),
      how: 'eqs. (5), (14): Γ(a→gg) = |C_G^eff|²α_s²m_a³(1+83α_s/4π)/(8π³f_a²), leptons off as in the paper',
      reasonIfDiffers: reasonWidth,
    }),
    compare({
      paper: '002',
      ref: 'eq. (17)',
      quantity: 'BR(a→ss̄), benchmark eq. (16)',
      paperValue: 0.07,
      emissValue: w.ff.ss / w.total,
      absTol: rounding(0.07, 1),
      how: 'eq. (13) with m_s(m_a) (MS-bar, three-loop running; u, d negligible, c̄c closed)',
      reasonIfDiffers: reasonWidth,
    }),
    compare({
      paper: '002',
      ref: 'eq. (17)',
      quantity: 'Γ(a→ss̄) implied by eqs. (17)–(19) [GeV]',
      paperValue: 0.07 * gTot19,
      emissValue: w.ff.ss,
      unit: 'GeV',
      absTol: (0.005 / 0.07) * 0.07 * gTot19,
      how: 'paper: 7 % × Γ_tot of eq. (19) (cτ = 65 m); agreement within the rounding of "7 %" — the quark width is reproduced, the gluon width is not (rows above)',
    }),
    compare({
      paper: '002',
      ref: 'eq. (17)',
      quantity: 'BR(a→γγ), benchmark eq. (16)',
      paperValue: 2e-5,
      emissValue: w.gammagamma / w.total,
      absTol: rounding(2e-5, 1),
      how: `eqs. (5), (15) with α = α(0), C_γ^eff = ${w.Cgamma.re.toFixed(3)} (all quarks, loop function B)`,
      reasonIfDiffers: `mostly the larger Γ_tot of the paper (see BR(a→gg)); emiss's Γ(a→γγ) = ${fmtNum(w.gammagamma)} GeV vs the paper's implied 2e-5 × Γ_tot = ${fmtNum(2e-5 * gTot19)} GeV (one printed digit)`,
    }),
    compare({
      paper: '002',
      ref: 'eq. (18)',
      quantity: 'BR(a→χχ̄)/[(C_χχ/C_q)²(m_χ/1 MeV)²], m_χ ≪ m_a',
      paperValue: 2.6e-6,
      emissValue: w.chichi / w.total,
      absTol: rounding(2.6e-6, 2),
      how: 'eq. (12) (Dirac χ) over the total width, m_χ = 1 MeV',
      reasonIfDiffers: `Γ(a→χχ̄) = ${fmtNum(w.chichi)} GeV is fixed by eq. (12); the BR differs only through Γ_tot (Γ(a→gg), see above): ${fmtNum(w.chichi)}/${fmtNum(gTot19)} = ${fmtNum(w.chichi / gTot19)}`,
    }),
    compare({
      paper: '002',
      ref: 'eq. (19)',
      quantity: 'cτ_a at f_a/C_q = 10⁸ GeV [m]',
      paperValue: 65,
      emissValue: ctau,
      unit: 'm',
      absTol: rounding(65, 2),
      how: 'cτ = ħc/Γ_tot',
      reasonIfDiffers: `Γ_tot, i.e. Γ(a→gg) (see BR(a→gg)); with the paper's Γ_tot, cτ = 65 m`,
    }),
  );
  const inv = alpInvisible(K, ps, c, point.L_det);
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (20)',
      quantity: 'BR(B+→K+ + inv)_NP / BR(B+→K+a) (eq. 11, L_det = 3.5 m)',
      paperValue: 1,
      emissValue: inv.fraction,
      absTol: 0.05,
      how: `"BR(B+→K+ + inv)_NP ≃ BR(B+→K+a)": eq. (11) with βγ = |p_a|/m_a = ${betaGamma(modeMasses(K, ps).mB, modeMasses(K, ps).mM, c.ma).toFixed(3)} from the two-body kinematics, cτ_a of emiss; "≃" read as within 5 %`,
    }),
  );

  const intro = `<p>ALP a with derivative couplings to quarks (C^A_qq, C^{V,A}_sb), leptons, photons, gluons and a Dirac DM fermion χ (paper 002 eqs. 3–7). emiss computes B→K a and B→K* a (eqs. 8–9, charged and neutral), the effective photon and gluon couplings with the loop function B(x) (eqs. 5–6, complex below threshold), the widths to χχ̄, every open f f̄, gg (with the α_s correction; α_s(m_a) from four-loop running with MS-bar flavour thresholds, tested against RunDec and τ-decay α_s pairs), γγ, the total width, cτ_a and the invisible fraction of eq. (11) with the boost from the two-body kinematics and a configurable detector size (<code>--set L_det=3.5</code>). Inputs: ${pre}. Benchmark eq. (16): m_a = 2 GeV, f_a/C_q = 10⁸ GeV, C_G^UV = C_γ^UV = 0, m_χ = 1 MeV. CLI: <code>emiss predict 'BRinv(B+->Ka)' 'ctau(a)' 'BR(a->gg)' --model alp --set f_a=1.5e8 --preset clms2025</code>.</p>
<p>Findings: eqs. (10) and (20) correspond to f0 evaluated at q² = 0 rather than at m_a²; eqs. (17)–(19) correspond to a gluon width 1.75× larger than eq. (14) gives with the stated inputs (the ss̄ width agrees). Neither changes the paper's conclusion (the ALP is long-lived, BR_inv ≃ BR(B→K a)), but the preferred f_a/C^V_sb moves up by 8 %.</p>`;
  return { id: 'alp-portal', title: 'ALP portal: B→K(*) a, ALP widths and decay length (paper 002 §II.A)', intro, rows, figures: [] };
}

/**
 * Paper 002 §III.B–C (Calibbi, Li, Mukherjee, Schmidt 2025): dark-photon-portal DM — freeze-out through ψψ → φφ
 * (eqs. 47–48) and the relic-density bands of Fig. 3, the dark-Higgs lifetime and BBN bound (eq. 49), direct
 * detection (eqs. 50–54), self-interactions (eq. 55), and the thermal relic cross section of the paper's ref. [58].
 */
import { GEV_M2_TO_CM3_PER_S, OMEGA_CDM_H2 } from '../../cosmo/constants.js';
import { solveFreezeOut } from '../../cosmo/freeze-out.js';
import { makeParameterSet, param } from '../../params/parameter-set.js';
import {
  alphaXEq48,
  alphaXForOmega,
  darkHiggsLifetime,
  darkHiggsMinimumMass,
  darkPhotonElectronApprox,
  darkPhotonElectronScattering,
  darkPhotonNucleonCouplings,
  darkPhotonNucleusApprox,
  darkPhotonRelic,
  darkPhotonScattering,
  darkPhotonSelfInteraction,
  DD_TARGETS,
  GEV_M3_TO_CM2_PER_G,
  kmPerS,
  nucleusCoupling,
  omegaEq48,
  psiPsiToPhiPhiB,
  toCm2,
} from '../../models/cosmo/dark-photon-cosmology.js';
import { thermalRelicCrossSection } from '../../models/cosmo/thermal-relic.js';
import { bToMDarkPhotonBR, darkPhotonToDMWidth, darkPhotonWidths, epsZFromEps, gbsEq41 } from '../../processes/mediators/dark-photon.js';
import { findMediatorMode } from '../../processes/mediators/meson-modes.js';
import { compare, rounding, type ComparisonRow, type Figure, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';

const EPS0 = 10 ** -4.3;
const KSTAR_LIMIT = 1.8e-5; // Belle 2017, paper 002 ref. [63]
const LHCB_LIMIT = 3.6e-9; // paper 002 §III.C
const MX = 2;

export async function darkPhotonCosmologySection(ctx: ReportContext): Promise<ReportSection> {
  ctx.progress('dark-photon freeze-out');
  const ps = makeParameterSet('clms2025');
  const quick = ctx.scanPoints <= 10000;
  const rows: ComparisonRow[] = [];

  // ---------------------------------------------------------------- eqs. (47)–(48)
  const aFull05 = alphaXForOmega(0.5, MX, 0.004);
  const a48 = alphaXEq48(0.5);
  const om48pt = darkPhotonRelic({ alphaX: 0.002, mDM: 0.5, mX: MX, mphi: 0.004 });
  const bPt = psiPsiToPhiPhiB({ alphaX: 0.002, mDM: 0.5, mX: MX, mphi: 0.004 });
  // the cross-section factor that would reproduce eq. (48)
  const scale48 = (() => {
    let lo = 1e-3;
    let hi = 1;
    for (let i = 0; i < 60; i++) {
      const mid = Math.sqrt(lo * hi);
      const om = darkPhotonRelic({ alphaX: 0.002, mDM: 0.5, mX: MX, mphi: 0.004 }, { crossSectionScale: mid }).omegaH2;
      if (om > 0.1) lo = mid;
      else hi = mid;
    }
    return Math.sqrt(lo * hi);
  })();
  const sdb05 = thermalRelicCrossSection(0.5);
  const aSdb = Math.sqrt((20 * sdb05) / GEV_M2_TO_CM3_PER_S / (psiPsiToPhiPhiB({ alphaX: 1, mDM: 0.5, mX: MX, mphi: 0.004 })));
  const reason48 = `eq. (47) is right (it is the leading p-wave term of the explicit ψψ → φφ amplitude with λ = 2g_X m_DM/m_X, test/cosmo-dark-photon.test.ts) and the freeze-out solution with it gives Ω h² = ${fmtNum(om48pt.omegaH2)} at eq. (48)'s reference point (x_f = ${fmtNum(om48pt.xFreezeOut)}, ⟨σv⟩ = b/x with b = ${fmtNum(bPt * GEV_M2_TO_CM3_PER_S)} cm³/s). Eq. (48) and the blue bands of Fig. 3 need a cross section ${fmtNum(1 / scale48)} times smaller than eq. (47) (α_X ≈ ${fmtNum(Math.sqrt(1 / scale48))} times larger) — a factor of the size 12π or (4π)²/4, as if g_X⁴ and α_X² had been exchanged somewhere; the cited curve of ref. [58] (s-wave, used at x = 20: α_X = ${fmtNum(aSdb)}) does not explain it either. Not identified further`;
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (48)',
      quantity: 'Ω_ψ h² at m_DM = 0.5 GeV, α_X = 0.002, m_X = 2 GeV, m_φ = 4 MeV',
      paperValue: 0.1,
      emissValue: om48pt.omegaH2,
      absTol: rounding(0.1, 1),
      how: 'full Boltzmann solution with ⟨σv⟩ of eq. (47) (Majorana ψ, g = 2, SM g_*(T), src/cosmo/freeze-out.ts)',
      reasonIfDiffers: reason48,
    }),
    compare({
      paper: '002',
      ref: 'eq. (48), Fig. 3',
      quantity: 'α_X for Ω_ψ h² = 0.12, m_DM = 0.5 GeV, m_φ = 4 MeV',
      paperValue: a48,
      emissValue: aFull05,
      absTol: rounding(a48, 1),
      how: 'paper: eq. (48) solved for α_X; emiss: the full solution',
      reasonIfDiffers: reason48,
    }),
  );
  for (const mDM of [0.1, 0.8]) {
    const a = alphaXForOmega(mDM, MX, 0.004);
    rows.push(
      compare({
        paper: '002',
        ref: '§III.C, Fig. 3',
        quantity: `α_X on the solid blue line (Ω h² = 0.12, m_φ = 4 MeV), m_DM = ${mDM} GeV`,
        paperValue: alphaXEq48(mDM),
        emissValue: a,
        absTol: rounding(alphaXEq48(mDM), 1),
        how: `paper: eq. (48) (its Fig. 3 uses the ref. [58] curve; "α_X ≈ 10⁻²" at 0.1 GeV and "for α_X ≲ 10⁻³ the DM abundance overcloses" agree with eq. 48); emiss: the full solution`,
        reasonIfDiffers: `the factor ≈ ${fmtNum(alphaXEq48(mDM) / a)} in α_X of eq. (48) (see the row above)`,
      }),
    );
  }

  // ---------------------------------------------------------------- ref. [58]: the thermal relic cross section
  const sdb100 = thermalRelicCrossSection(100, { omega: 0.11 });
  const sdb03 = thermalRelicCrossSection(0.3, { omega: 0.11 });
  const om22 = solveFreezeOut({ mass: 100, g: 2, sigmaV: () => 2.2e-26 / GEV_M2_TO_CM3_PER_S }).omegaH2;
  rows.push(
    compare({
      paper: '002',
      ref: 'ref. [58] (SDB 2012), cited for Fig. 3 and eq. (48)',
      quantity: 'Ω h² of a Majorana WIMP with ⟨σv⟩ = 2.2·10⁻²⁶ cm³/s at m = 100 GeV',
      paperValue: 0.11,
      emissValue: om22,
      absTol: rounding(0.11, 2),
      how: `SDB quote 2.2·10⁻²⁶ cm³/s for the WMAP-era Ω_DM h² = 0.11 (not Planck’s 0.12, for which emiss needs ${fmtNum(thermalRelicCrossSection(100))} cm³/s); emiss: freeze-out solution (Saikawa–Shirai g_*, exact late-time tail), ${(100 * (om22 / 0.11 - 1)).toFixed(1)} % above 0.11 — within the two printed digits; SDB's g_*(T) differs from the Saikawa–Shirai tabulation by a few per cent`,
      reasonIfDiffers: `a ${(100 * (om22 / 0.11 - 1)).toFixed(1)} % difference, the spread between SDB's g_*(T) and the Saikawa–Shirai tabulation with its lattice equation of state (Saikawa & Shirai, JCAP 08 (2020) 011, find shifts of this size); emiss needs ${fmtNum(sdb100)} cm³/s for Ω h² = 0.11 and ${fmtNum(thermalRelicCrossSection(100))} cm³/s for 0.12`,
    }),
    compare({
      paper: '002',
      ref: 'ref. [58] (SDB 2012)',
      quantity: 'maximum of the thermal relic cross section, near m = 0.3 GeV (Ω h² = 0.11) [10⁻²⁶ cm³/s]',
      paperValue: 5.2,
      emissValue: sdb03 * 1e26,
      unit: '1e-26 cm^3/s',
      absTol: rounding(5.2, 2),
      how: 's-wave ⟨σv⟩ with Ω h² = 0.11 at m = 0.3 GeV',
      reasonIfDiffers: `the same g_*(T) difference (${(100 * (sdb03 * 1e26 / 5.2 - 1)).toFixed(1)} %); around the QCD crossover the tabulations differ most`,
    }),
  );

  // ---------------------------------------------------------------- eq. (49)
  const mMin = darkHiggsMinimumMass(ps);
  const tau4 = darkHiggsLifetime(0.004, 1.3e-4, ps);
  const sinFor4 = 1.3e-4 * Math.sqrt(tau4 / 0.1);
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (49), §III.B',
      quantity: 'lower bound on m_φ from τ_φ ≤ 0.1 s and sin θ ≤ 1.3·10⁻⁴ [MeV]',
      paperValue: 4,
      emissValue: mMin * 1e3,
      unit: 'MeV',
      absTol: rounding(4, 1),
      how: 'eq. (49) with φ → e⁺e⁻ the only channel, m_e and G_F of PDG 2024; τ_φ(m_min) = 0.1 s at sin θ = 1.3·10⁻⁴',
      reasonIfDiffers: `eq. (49) as printed (it is the SM Higgs width to e⁺e⁻ times sin²θ, tested) gives τ_φ = ${fmtNum(tau4)} s at 4 MeV; 4 MeV follows for τ ≤ ${fmtNum(tau4)} s or sin θ ≤ ${fmtNum(sinFor4)} — presumably the NA62-derived bound of refs. [60, 61] read at the relevant mass, which the paper does not quote`,
    }),
  );

  // ---------------------------------------------------------------- eqs. (50)–(55)
  const v220 = kmPerS(220);
  const sN = toCm2(darkPhotonNucleusApprox(0.01, 54, EPS0, v220, 0.1, MX, ps));
  const cpl = darkPhotonNucleonCouplings(EPS0, epsZFromEps(EPS0, ps), ps);
  const xe = DD_TARGETS.Xe;
  const sNfull = toCm2(darkPhotonScattering(0.01, nucleusCoupling(cpl, xe.Z, xe.A), v220, xe.mass(ps), 0.1, MX));
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (53)',
      quantity: 'σ_N(Xe) at ε = 10^−4.3, α_X = 10⁻², m_DM = 100 MeV, v = 220 km/s, m_X = 2 GeV [cm²]',
      paperValue: 2.3e-44,
      emissValue: sN,
      unit: 'cm^2',
      absTol: rounding(2.3e-44, 2),
      how: 'the first form of eq. (53), 8π α_X Z² ε² α m_DM² v²/m_X⁴ with Z = 54, α = α(0), (ħc)² = 0.38938 mb GeV² (tested against eq. 52 in the limit x_N ≫ x_DM)',
      reasonIfDiffers: `the printed number is ${fmtNum(2.3e-44 / sN)} times the formula it approximates — close to 4π (${fmtNum(4 * Math.PI * sN)} cm², as if e² = 4πα had replaced α); with α(M_Z) as well 4π gives ${fmtNum(4 * Math.PI * sN * (1 / 127.93) / param(ps, 'alpha_e0'))} cm². The full eq. (52) with b_N of eq. (51) (ε_Z = ε tan θ_W, neutrons) is ${fmtNum(sNfull)} cm², lower still. Either way the conclusion stands: many orders of magnitude below the PandaX-4T Migdal limit (≈ 10⁻³⁹ cm² at 1 GeV)`,
    }),
  );
  const sE = toCm2(darkPhotonElectronApprox(0.01, EPS0, v220, MX, ps));
  const sEfull = toCm2(darkPhotonElectronScattering(0.01, EPS0, v220, 0.1, MX, ps));
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (54)',
      quantity: 'σ_e at ε = 10^−4.3, α_X = 10⁻², v = 220 km/s, m_X = 2 GeV [cm²]',
      paperValue: 1.2e-55,
      emissValue: sE,
      unit: 'cm^2',
      absTol: rounding(1.2e-55, 2),
      how: 'the first form of eq. (54), 24π α_X α ε² m_e² v²/m_X⁴ (eq. 52 with b_N → −εe for m_e ≪ m_DM, tested); eq. (52) itself at m_DM = 100 MeV: ' + fmtNum(sEfull) + ' cm²',
      reasonIfDiffers: `the printed number is eq. (54) × ${fmtNum(1.2e-55 / sE)}; eq. (54) × (m_DM/m_X)² at m_DM = 100 MeV is ${fmtNum(sE * (0.1 / MX) ** 2)} cm² — what eq. (52) gives with (x_N + x_DM)² instead of (x_N + x_DM)⁴ in the denominator, so presumably an exponent slip in the numerical evaluation. The conclusion (no constraint from electron scattering) is unaffected`,
    }),
  );
  const siPref = (darkPhotonSelfInteraction(0.01, 0.1, MX, kmPerS(1000)) * GEV_M3_TO_CM2_PER_G) / ((0.05 * (3 - 20 * 0.0025 + 40 * 0.05 ** 4)) / (1 - 4 * 0.0025) ** 2);
  rows.push(
    compare({
      paper: '002',
      ref: 'eq. (55)',
      quantity: 'σ_SI/m_DM prefactor 16π α_X² v²/m_X³ at α_X = 10⁻², v = 10³ km/s, m_X = 2 GeV [cm²/g]',
      paperValue: 1.1e-14,
      emissValue: siPref,
      unit: 'cm^2/g',
      absTol: rounding(1.1e-14, 2),
      how: 'the first line of eq. (55) divided by its x-dependent factor, 1 GeV⁻³ = 2.184·10⁻⁴ cm²/g',
      reasonIfDiffers: `the printed coefficient is ${fmtNum(1.1e-14 / siPref)} times the formula's, i.e. α = 1/137 times it (${fmtNum(siPref * param(ps, 'alpha_e0'))} cm²/g) — an extra factor of the fine-structure constant in the evaluation. With the formula, σ/m = ${fmtNum(darkPhotonSelfInteraction(0.01, 0.1, MX, kmPerS(1000)) * GEV_M3_TO_CM2_PER_G)} cm²/g at m_DM = 0.1 GeV: still 12 orders below the cluster bound 1.25 cm²/g, the paper's conclusion`,
    }),
  );

  // ---------------------------------------------------------------- Fig. 3 with the relic bands
  ctx.progress('paper 002 Fig. 3 (relic bands)');
  const K = findMediatorMode('B+->K');
  const Ks = findMediatorMode('B0->K*');
  const g41 = gbsEq41(ps, epsZFromEps(EPS0, ps));
  const w0 = darkPhotonWidths({ mX: MX, eps: EPS0, epsZ: epsZFromEps(EPS0, ps), alphaX: 1e-7, mDM: 0.5 }, ps);
  const k1 = bToMDarkPhotonBR(K, ps, g41, MX) / (EPS0 * EPS0);
  const kS = bToMDarkPhotonBR(Ks, ps, g41, MX) / (EPS0 * EPS0);
  const S = w0.sm / (EPS0 * EPS0);
  const Mmu = w0.mumu / (EPS0 * EPS0);
  const nx = quick ? 61 : 121;
  const alphas = Array.from({ length: nx }, (_, i) => 10 ** (-10 + (9 * i) / (nx - 1)));
  const yTop = 1e-3;
  const yBot = 1e-5;
  const panels: Figure['spec'][] = [];
  const relicText: string[] = [];
  for (const mDM of [0.1, 0.8]) {
    // B-physics regions: the same formulas as the dark-photon-portal section (narrow width, BR ∝ ε²)
    const eps2At = (kk: number, B: number, G: number) => {
      const d = kk * G - B * S;
      return d > 0 ? (B * G) / d : Infinity;
    };
    const clamp = (x: number) => Math.min(Math.max(x, yBot), yTop);
    const pts = alphas.map((aX) => {
      const G = darkPhotonToDMWidth(aX, MX, mDM);
      const band = (lo: number, hi: number) => [clamp(Math.sqrt(eps2At(k1, lo, G))), clamp(Math.sqrt(eps2At(k1, hi, G)))];
      const [s1lo, s1hi] = band(0.5e-5, 0.9e-5);
      const [s2lo, s2hi] = band(0.4e-5, 1.1e-5);
      const a = k1 * Mmu;
      const x = (LHCB_LIMIT * S + Math.sqrt((LHCB_LIMIT * S) ** 2 + 4 * a * LHCB_LIMIT * G)) / (2 * a);
      return { aX, s1lo, s1hi, s2lo, s2hi, kst: clamp(Math.sqrt(eps2At(kS, KSTAR_LIMIT, G))), lhcb: clamp(Math.sqrt(x)), top: yTop };
    });
    // relic band: m_φ from 4 MeV to 0.98 m_DM (eq. 47 vanishes at m_φ = m_DM)
    const nphi = quick ? 5 : 16;
    const mphis = Array.from({ length: nphi }, (_, i) => 0.004 * ((0.98 * mDM) / 0.004) ** (i / (nphi - 1)));
    const aRelic = mphis.map((m) => alphaXForOmega(mDM, MX, m));
    const a4 = aRelic[0];
    const aLo = Math.min(...aRelic);
    const aHi = Math.max(...aRelic);
    const a48m = alphaXEq48(mDM);
    relicText.push(`m_DM = ${mDM} GeV: α_X = ${fmtNum(a4)} at m_φ = 4 MeV, band ${fmtNum(aLo)}–${fmtNum(aHi)} (eq. 48: ${fmtNum(a48m)})`);
    panels.push({
      title: `m_DM = ${mDM} GeV`,
      width: 300,
      height: 300,
      layer: [
        { data: { values: pts }, mark: { type: 'area', color: '#f4a6a6', opacity: 0.8 }, encoding: { x: { field: 'aX', type: 'quantitative', scale: { type: 'log', domain: [1e-10, 0.1] }, title: 'α_X', axis: { format: '.0e', values: [1e-10, 1e-8, 1e-6, 1e-4, 1e-2] } }, y: { field: 's2lo', type: 'quantitative', scale: { type: 'log', domain: [yBot, yTop] }, title: 'ε', axis: { format: '.0e', values: [1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3] } }, y2: { field: 's2hi' } } },
        { data: { values: pts }, mark: { type: 'area', color: '#d62728', opacity: 0.8 }, encoding: { x: { field: 'aX', type: 'quantitative' }, y: { field: 's1lo', type: 'quantitative' }, y2: { field: 's1hi' } } },
        { data: { values: pts }, mark: { type: 'area', color: '#7f7f7f', opacity: 0.45 }, encoding: { x: { field: 'aX', type: 'quantitative' }, y: { field: 'kst', type: 'quantitative' }, y2: { field: 'top' } } },
        { data: { values: pts }, mark: { type: 'area', color: '#404040', opacity: 0.45 }, encoding: { x: { field: 'aX', type: 'quantitative' }, y: { field: 'lhcb', type: 'quantitative' }, y2: { field: 'top' } } },
        { data: { values: [{ lo: aLo, hi: aHi, a: yBot, b: yTop }] }, mark: { type: 'rect', color: '#1f77b4', opacity: 0.35 }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' }, y: { field: 'a', type: 'quantitative' }, y2: { field: 'b' } } },
        { data: { values: [{ a: a4 }] }, mark: { type: 'rule', color: '#1f77b4', strokeWidth: 2 }, encoding: { x: { field: 'a', type: 'quantitative' } } },
        { data: { values: [{ a: a48m }] }, mark: { type: 'rule', color: '#1f77b4', strokeWidth: 1.5, strokeDash: [5, 4] }, encoding: { x: { field: 'a', type: 'quantitative' } } },
      ],
    });
  }
  const figures: Figure[] = [
    {
      id: 'paper002-fig3-relic',
      title: 'Paper 002 Fig. 3 with the relic-density bands: dark photon, m_X = 2 GeV',
      caption: `The (α_X, ε) plane for m_DM = 0.1 GeV (left) and 0.8 GeV (right). Red, light red, grey as in the B-physics version of Fig. 3 (dark-photon section: Belle II 1σ/2σ, B0 → K*0 + inv, LHCb B+ → K+μμ). Blue: Ω_ψ h² = 0.12 from the full freeze-out solution with ⟨σv⟩ of eq. (47) — solid line m_φ = 4 MeV, shaded the range of α_X for m_φ from 4 MeV to 0.98 m_DM (eq. 47 vanishes at m_φ = m_DM, where the band would extend to larger α_X); dashed: the α_X of eq. (48), which the paper's blue bands follow. ${relicText.join('; ')}. The relic density does not depend on ε as long as ψ thermalises (ε ≳ 10⁻⁹ suffices), so the bands are vertical. With the full solution the relic bands move to α_X ≈ 6 times smaller than in the paper (see the eq. 48 rows): the Belle II region and the relic band still meet, at smaller α_X.`,
      spec: { hconcat: panels },
    },
  ];
  // Ω(α_X): full solution vs eq. (48)
  const curves: Record<string, unknown>[] = [];
  for (const mDM of [0.1, 0.5, 0.8]) {
    for (let i = 0; i <= (quick ? 6 : 24); i++) {
      const aX = 10 ** (-4.5 + (3 * i) / (quick ? 6 : 24));
      const mass = `m_DM = ${mDM} GeV`;
      curves.push({ aX, om: darkPhotonRelic({ alphaX: aX, mDM, mX: MX, mphi: 0.004 }).omegaH2, mass, kind: 'full solution, eq. (47)' });
      curves.push({ aX, om: omegaEq48(mDM, aX), mass, kind: 'eq. (48)' });
    }
  }
  const ratio48 = 0.1 / om48pt.omegaH2;
  figures.push({
    id: 'paper002-eq48',
    title: 'Paper 002 eqs. (47)–(48): Ω_ψ h² against α_X, full solution and approximation',
    caption: `Solid: freeze-out solution with ⟨σv⟩ of eq. (47) (m_X = 2 GeV, m_φ = 4 MeV); dashed: eq. (48). Both scale as 1/(m_DM α_X)², but eq. (48) lies a factor ≈ ${fmtNum(ratio48)} above at m_DM = 0.5 GeV (a factor ≈ ${fmtNum(1 / scale48)} in the cross section, see the rows). Horizontal rule: Ω h² = 0.12.`,
    spec: {
      width: 420,
      height: 320,
      layer: [
        {
          data: { values: curves },
          mark: { type: 'line', strokeWidth: 1.8, clip: true },
          encoding: {
            x: { field: 'aX', type: 'quantitative', scale: { type: 'log', domain: [10 ** -4.5, 10 ** -1.5] }, title: 'α_X', axis: { format: '.0e' } },
            y: { field: 'om', type: 'quantitative', scale: { type: 'log', domain: [1e-4, 1e3] }, title: 'Ω_ψ h²', axis: { format: '.0e' } },
            color: { field: 'mass', type: 'nominal', title: null, legend: { orient: 'bottom' } },
            strokeDash: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['full solution, eq. (47)', 'eq. (48)'], range: [[1, 0], [6, 4]] }, legend: { orient: 'bottom', labelLimit: 300 } },
          },
        },
        { data: { values: [{ y: OMEGA_CDM_H2 }] }, mark: { type: 'rule', color: 'black' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      ],
    },
  });
  // the thermal relic cross section (ref. [58])
  const nm = quick ? 8 : 30;
  const sdbCurve: Record<string, unknown>[] = [];
  for (let i = 0; i < nm; i++) {
    const m = 10 ** (-1 + (5 * i) / (nm - 1));
    sdbCurve.push({ m, sv: thermalRelicCrossSection(m, { omega: 0.11 }) * 1e26, curve: 'emiss, Ω h² = 0.11' });
    sdbCurve.push({ m, sv: thermalRelicCrossSection(m) * 1e26, curve: 'emiss, Ω h² = 0.12' });
  }
  figures.push({
    id: 'sdb-relic-cross-section',
    title: 'The thermal relic cross section (paper 002 ref. [58], Steigman–Dasgupta–Beacom Fig. 5), recomputed',
    caption: `The constant ⟨σv⟩ that gives Ω h² = 0.11 (SDB's value) and 0.12 (Planck) for a Majorana particle, from emiss's freeze-out solver. Points: SDB's quoted 2.2·10⁻²⁶ cm³/s above 10 GeV and the maximum 5.2·10⁻²⁶ cm³/s near 0.3 GeV. emiss is ≈ 4 % lower at Ω h² = 0.11 (g_*(T) tabulations). Paper 001 quotes ⟨σv⟩ ≃ 2.4·10⁻²⁶ cm³/s for a real scalar near 1 GeV — the value of this curve near 10 GeV; at 1 GeV it is ≈ 4.1·10⁻²⁶ (VLQ section).`,
    spec: {
      width: 420,
      height: 300,
      layer: [
        { data: { values: sdbCurve }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x: { field: 'm', type: 'quantitative', scale: { type: 'log' }, title: 'm [GeV]' }, y: { field: 'sv', type: 'quantitative', scale: { domain: [1.5, 6] }, title: '⟨σv⟩ [10⁻²⁶ cm³/s]' }, color: { field: 'curve', type: 'nominal', title: null, legend: { orient: 'bottom' } } } },
        { data: { values: [{ m: 30, sv: 2.2 }, { m: 100, sv: 2.2 }, { m: 1000, sv: 2.2 }, { m: 0.3, sv: 5.2 }] }, mark: { type: 'point', color: 'black', filled: true, size: 50 }, encoding: { x: { field: 'm', type: 'quantitative' }, y: { field: 'sv', type: 'quantitative' } } },
      ],
    },
  });

  const intro = `<p>DM in the dark-photon model (paper 002 §III.B–C): the Majorana ψ freezes out through ψψ → φφ (t- and u-channel ψ exchange, eq. 47, p-wave). emiss verifies eq. (47) against the explicit amplitude, solves the freeze-out equation with it (0.8 ms per Ω h², bench/run.ts), and compares with the approximation eq. (48), the relic bands of Fig. 3 and the thermal relic cross section of ref. [58] (recomputed). Also the dark-Higgs lifetime (eq. 49), DM scattering on nuclei and electrons (eqs. 50–54, with ε_Z and neutrons in the full eq. 52) and self-interactions (eq. 55). Inputs: clms2025 preset, α(0). CLI: <code>emiss relic --model darkphoton --set alpha_X=3e-4 --set m_DM=0.5</code>, <code>emiss dd --model darkphoton --set alpha_X=1e-2 --set m_DM=0.1</code>.</p>
<p>Findings: eq. (47) is right, but eq. (48) and the relic bands of Fig. 3 correspond to a cross section ≈ ${fmtNum(1 / scale48)} times smaller: the correct relic density needs α_X ≈ 6 times smaller than the paper's bands (${fmtNum(aFull05)} instead of ${fmtNum(a48)} at m_DM = 0.5 GeV). The printed numerical values of eqs. (53), (54) and (55) do not follow from their own formulas (factors ≈ 4π, (m_DM/m_X)² and α respectively); the formulas are implemented and all conclusions (no direct-detection or self-interaction constraint) hold. Eq. (49) with τ ≤ 0.1 s and sin θ ≤ 1.3·10⁻⁴ gives m_φ ≳ ${fmtNum(mMin * 1e3)} MeV, not 4 MeV. SDB's 2.2·10⁻²⁶ cm³/s is for Ω h² = 0.11; with Planck's 0.12, ${fmtNum(thermalRelicCrossSection(100))} cm³/s at 100 GeV.</p>`;
  return { id: 'dark-photon-cosmology', title: 'Dark-photon DM: freeze-out, BBN, direct detection, self-interaction (paper 002 §III.B–C, Fig. 3)', intro, rows, figures };
}

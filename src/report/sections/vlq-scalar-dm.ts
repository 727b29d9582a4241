/**
 * Paper 001 (the He–Ma–Schmidt–Valencia–Volkas part, JHEP 07 (2024) 168): real scalar DM φ with vector-like
 * quarks — matching, B → K(*)φφ, annihilation into mesons and the relic density, the Migdal-effect nucleon cross
 * section, B_s → φφ and h → gg, with the numbers quoted in the talk slides of paper 001.
 */
import { GEV_M2_TO_CM3_PER_S, GEV_M2_TO_CM2 } from '../../cosmo/constants.js';
import { makeParameterSet, param } from '../../params/parameter-set.js';
import { resolveModelPoint } from '../../models/mediators.js';
import { thermalRelicCrossSection } from '../../models/cosmo/thermal-relic.js';
import { chiralB0, cssForOmega, etaFunction, prepareVlqAnnihilation, totalSigmaV, vlqRelic } from '../../models/vlq/annihilation.js';
import { vlqBsToPhiPhiBR, vlqBToPseudoscalarBR, vlqBToVectorBR } from '../../models/vlq/b-decays.js';
import { entry, higgsVev, leftCoefficients } from '../../models/vlq/matching.js';
import { VLQ_MODEL, vlqParamsFrom } from '../../models/vlq/model.js';
import { migdalRatioCoefficients, vlqHiggsGluonRatio, vlqNucleonCrossSection } from '../../models/vlq/nucleon-higgs.js';
import { compare, rounding, type ComparisonRow, type Figure, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';
import { abs } from '../../core/complex.js';

export async function vlqScalarDmSection(ctx: ReportContext): Promise<ReportSection> {
  ctx.progress('VLQ scalar DM');
  const ps = makeParameterSet('default');
  const quick = ctx.scanPoints <= 10000;
  const rows: ComparisonRow[] = [];
  const B0 = chiralB0(ps);
  const B0K = param(ps, 'm_K+') ** 2 / (param(ps, 'm_s') + 0.5 * (param(ps, 'm_u') + param(ps, 'm_d')));

  // ---------------------------------------------------------------- relic density
  const prep1 = prepareVlqAnnihilation(ps, 1);
  rows.push(
    compare({
      paper: '001',
      ref: 'relic density slide',
      quantity: '2.4·10⁻²⁶ cm³/s in GeV⁻² ("= 2.2·10⁻⁹ GeV⁻²")',
      paperValue: 2.2e-9,
      emissValue: 2.4e-26 / GEV_M2_TO_CM3_PER_S,
      unit: 'GeV^-2',
      absTol: rounding(2.2e-9, 2),
      how: '1 GeV⁻² = (ħc)² c = 1.1673·10⁻¹⁷ cm³/s (PDG 2024 ħc, c)',
      reasonIfDiffers: `the slide's conversion is 7 % off: 2.2·10⁻⁹ GeV⁻² is ${fmtNum(2.2e-9 * GEV_M2_TO_CM3_PER_S)} cm³/s`,
    }),
  );
  const svReq = thermalRelicCrossSection(1, { g: 1 });
  rows.push(
    compare({
      paper: '001',
      ref: 'relic density slide (citing Steigman–Dasgupta–Beacom)',
      quantity: '⟨σv⟩ needed for Ω h² = 0.12, real scalar of 1 GeV, s-wave [cm³/s]',
      paperValue: 2.4e-26,
      emissValue: svReq,
      unit: 'cm^3/s',
      absTol: rounding(2.4e-26, 2),
      how: 'constant ⟨σv⟩ giving Ω h² = 0.12 for a self-conjugate scalar (g = 1), emiss freeze-out solver (the SDB curve, recomputed; dark-photon cosmology section)',
      reasonIfDiffers: `2.4·10⁻²⁶ cm³/s is the thermal relic cross section near m = 10 GeV (emiss: ${fmtNum(thermalRelicCrossSection(10, { g: 1 }))}); at 1 GeV the curve the slide cites is ${fmtNum(svReq)} (SDB: ≈ 4–5·10⁻²⁶ below a few GeV, because g_* is small at T_f ≈ 50 MeV). The consequence is the ≈ 30 % difference between the two C^{S,ss} values the slides quote (rows below)`,
    }),
  );
  const sv1 = totalSigmaV(prep1, { uu: 0, dd: 0, ss: 1e-4 }, 20) * GEV_M2_TO_CM3_PER_S;
  const c24 = 1e-4 * Math.sqrt(2.4e-26 / sv1);
  rows.push(
    compare({
      paper: '001',
      ref: 'relic density slide',
      quantity: 'C^{S,ss} for ⟨σv⟩(x = 20) = 2.4·10⁻²⁶ cm³/s, m_φ = 1 GeV, C^{S,dd} = 0 [1/TeV]',
      paperValue: 0.1,
      emissValue: c24 * 1e3,
      unit: '1/TeV',
      absTol: rounding(0.1, 1),
      how: `φφ → K⁺K⁻, K⁰K̄⁰, ηη at LO ChPT (B₀ = m_π⁺²/(m_u + m_d) = ${fmtNum(B0)} GeV), Gondolo–Gelmini average at x = m_φ/T = 20; "C^{S,ss} ∼ 0.1/TeV"`,
    }),
  );
  const cFull = cssForOmega(prep1, 0);
  const cFullK = cFull * (B0 / B0K);
  rows.push(
    compare({
      paper: '001',
      ref: 'B_s → φφ slide',
      quantity: 'C^{S,ss} for Ω h² = 0.12 (full freeze-out), m_φ = 1 GeV, C^{S,dd} = 0 [1/TeV]',
      paperValue: 0.13,
      emissValue: cFull * 1e3,
      unit: '1/TeV',
      absTol: Math.hypot(rounding(0.13, 2), Math.abs(cFullK - cFull) * 1e3),
      emissUncertainty: Math.abs(cFullK - cFull) * 1e3,
      how: `Boltzmann equation for the real scalar (g = 1) with every channel (ππ, KK, ηη, π⁰η; closed channels through the thermal tail); uncertainty: B₀ from kaons, m_K⁺²/(m_s + m̂) = ${fmtNum(B0K)} GeV, instead of ${fmtNum(B0)} GeV (LO ChPT ambiguity; ⟨σv⟩ ∝ B₀²), combined with the printed digit; "|C^{S,ss}| ∼ 0.13/TeV" on the slide`,
    }),
  );
  // η(x, z): "between 0.5 and 1.7"
  const mK = param(ps, 'm_K+');
  const etaHi = etaFunction(20, (mK / 2.4) ** 2);
  rows.push(
    compare({
      paper: '001',
      ref: 'thermal-average slide',
      quantity: 'upper end of η(x, z): η(20, m_K²/m_φ²) at the largest m_φ = 2.4 GeV that B → Kφφ allows',
      paperValue: 1.7,
      emissValue: etaHi,
      absTol: rounding(1.7, 2),
      how: 'η(x, z) ≡ 64π m_φ²⟨σv(φφ → K⁺K⁻)⟩/(B²C²), which reproduces both printed ⟨σv⟩ formulas (KK: /64π, ηη: /72π); η(∞, z) = 2√(1 − z), thermal corrections at x = 20 lower it; the lower end 0.5 is reached near the kaon threshold (η(20, 0.95) = ' + fmtNum(etaFunction(20, 0.95)) + ')',
    }),
  );

  // ---------------------------------------------------------------- benchmark: B decays, DD, h → gg
  const point = resolveModelPoint(VLQ_MODEL, {}, ps);
  const vp = vlqParamsFrom(point);
  const left = leftCoefficients(vp, ps);
  const css = entry(left.CS, 's', 's').re;
  const cdd = entry(left.CS, 'd', 'd').re;
  const csb = abs(entry(left.CS, 's', 'b'));
  const cpsb = abs(entry(left.CP, 's', 'b'));
  const brK = vlqBToPseudoscalarBR('B+->K', ps, left, vp.mphi);
  const brKs = vlqBToVectorBR('B0->K*', ps, left, vp.mphi);
  const brBs = vlqBsToPhiPhiBR(ps, left, vp.mphi);
  const relic = vlqRelic(prep1, { uu: 0, dd: cdd, ss: css });
  const sigXe = vlqNucleonCrossSection(ps, vp.mphi, css, cdd / css, 54, 131) * GEV_M2_TO_CM2;
  const sigXe0 = vlqNucleonCrossSection(ps, vp.mphi, css, 0, 54, 131) * GEV_M2_TO_CM2;
  const hgg = vlqHiggsGluonRatio(vp, ps);
  // C^{S,sb} ranges for the two NP windows of paper 001 eq. (1.4) at m_φ = 1 GeV
  const cAt = (br: number) => csb * Math.sqrt(br / brK) * 1e3;
  rows.push(
    compare({
      paper: '001',
      ref: 'B → K(*) + invisible slide',
      quantity: 'C^{S,sb} explaining the new-average NP window (0.86 ± 0.40)·10⁻⁵ at m_φ = 1 GeV [10⁻⁵/TeV]: centre',
      paperValue: 5.5,
      emissValue: cAt(0.86e-5) * 1e5,
      unit: '1e-5/TeV',
      absTol: 2.5,
      how: `BR(B⁺ → K⁺φφ) = BR_NP with the dark-pair machinery (CS_bsphi = C^{S,sb}/2, real φ; default preset, HPQCD 2022 f0); emiss's 1σ range ${fmtNum(cAt(0.46e-5) * 1e5)}–${fmtNum(cAt(1.26e-5) * 1e5)}; for the Belle II window (1.86 ± 0.67)·10⁻⁵: ${fmtNum(cAt(1.19e-5) * 1e5)}–${fmtNum(cAt(2.53e-5) * 1e5)}. The slide's "(3–8)/(10⁵ TeV)" (shown as its centre ± half-width) does not say which window or m_φ`,
    }),
    compare({
      paper: '001',
      ref: 'B_s → φφ slide',
      quantity: 'BR(B_s → φφ) for the benchmark that explains the excess',
      paperValue: 4e-5,
      emissValue: brBs,
      absTol: rounding(4e-5, 1),
      how: `the slide's formula |C^{P,sb}|² τ m f² (m/(m_b + m_s))² β/(32π) (derived in src/models/vlq/b-decays.ts) for emiss's benchmark (src/models/vlq/model.ts: |C^{P,sb}| = ${fmtNum(cpsb * 1e3)}/TeV ≈ |C^{S,sb}|, BR(B⁺ → K⁺φφ) = ${fmtNum(brK)}, the new-average window)`,
      reasonIfDiffers: `the paper's benchmark C^{P,sb} is not in the extracted text; BR(B_s → φφ) ∝ |C^{P,sb}|² and 4·10⁻⁵ corresponds to BR(B⁺ → K⁺φφ) ≈ ${fmtNum((brK * 4e-5) / brBs)} — inside the same window. The ratio BR(B_s → φφ)/BR(B⁺ → K⁺φφ) = ${fmtNum(brBs / brK)} at |C^P| ≈ |C^S| is fixed`,
    }),
    compare({
      paper: '001',
      ref: 'h → gg slide',
      quantity: 'v²/(m_Q m_D) for m_Q = m_D = 3 TeV',
      paperValue: 0.007,
      emissValue: higgsVev(ps) ** 2 / 9e6,
      absTol: rounding(0.007, 1),
      how: `v = (√2 G_F)^{−1/2} = ${fmtNum(higgsVev(ps))} GeV; the h → gg amplitude shifts by −Re[y1y2*]v²/(m_Q m_D), Γ/Γ_SM = (1 − Re r)² + (9/4)(Im r)²`,
    }),
  );
  const k = migdalRatioCoefficients();
  rows.push(
    compare({
      paper: '001',
      ref: 'Migdal slide',
      quantity: '(m_s/m_d) f_Td^(p)/f_Ts in σ_φN',
      paperValue: 16.84,
      emissValue: k.proton,
      absTol: rounding(16.84, 4),
      how: 'm_s/m_d = 19.5, f_Td^(p) = 0.038, f_Ts = 0.044 (the slide’s inputs, from Del Nobile arXiv:2104.12785)',
    }),
    compare({
      paper: '001',
      ref: 'Migdal slide',
      quantity: '(m_s/m_d) f_Td^(n)/f_Ts in σ_φN',
      paperValue: 24.82,
      emissValue: k.neutron,
      absTol: rounding(24.82, 4),
      how: 'f_Td^(n) = 0.056',
    }),
  );

  // ---------------------------------------------------------------- figure: C^{S,ss}(m_φ) for Ω h² = 0.12
  ctx.progress('VLQ relic contour');
  const nm = quick ? 6 : 24;
  const curve: Record<string, unknown>[] = [];
  for (let i = 0; i < nm; i++) {
    const m = 0.42 * (2.4 / 0.42) ** (i / (nm - 1));
    const prep = prepareVlqAnnihilation(ps, m);
    const c0 = cssForOmega(prep, 0);
    curve.push({ m, c: c0 * 1e3, curve: 'Ω h² = 0.12, C^{S,dd} = 0', lo: c0 * 1e3, hi: c0 * (B0 / B0K) * 1e3 });
    curve.push({ m, c: cssForOmega(prep, -0.04) * 1e3, curve: 'Ω h² = 0.12, C^{S,dd} = −0.04 C^{S,ss}' });
    const s = totalSigmaV(prep, { uu: 0, dd: 0, ss: 1e-4 }, 20) * GEV_M2_TO_CM3_PER_S;
    curve.push({ m, c: 0.1 * Math.sqrt(2.4e-26 / s), curve: '⟨σv⟩(x = 20) = 2.4·10⁻²⁶ cm³/s' });
  }
  const figures: Figure[] = [
    {
      id: 'paper001-vlq-relic',
      title: 'Paper 001 (VLQ scalar DM): C^{S,ss} for the observed relic density against m_φ',
      caption: `Freeze-out of the real scalar φ through φφ → ππ, KK, ηη, π⁰η (LO ChPT, B₀ = ${fmtNum(B0)} GeV; shaded: B₀ = ${fmtNum(B0K)} GeV from kaons). Solid: C^{S,dd} = 0; dashed: C^{S,dd} = −0.04 C^{S,ss}, the ratio that nearly cancels the xenon coupling of the Migdal bound (σ_φN ∝ [(1 + 16.84R)Z/A + (1 + 24.82R)(A − Z)/A]², zero at R = −0.046); dotted: the slide's shortcut ⟨σv⟩ = 2.4·10⁻²⁶ cm³/s at x = 20. Below m_φ ≈ m_K annihilation into kaons proceeds only through the thermal tail and C^{S,ss} must grow steeply. emiss benchmark (m_φ = 1 GeV, m_Q = m_D = 2 TeV): C^{S,ss} = ${fmtNum(css * 1e3)}/TeV, C^{S,dd} = ${fmtNum(cdd * 1e3)}/TeV, |C^{S,sb}| = ${fmtNum(csb * 1e3)}/TeV, |C^{P,sb}| = ${fmtNum(cpsb * 1e3)}/TeV → Ω h² = ${fmtNum(relic.omegaH2)}, BR(B⁺ → K⁺φφ) = ${fmtNum(brK)}, BR(B⁰ → K*⁰φφ) = ${fmtNum(brKs)}, BR(B_s → φφ) = ${fmtNum(brBs)}, σ_φN(Xe) = ${fmtNum(sigXe)} cm² per nucleon (${fmtNum(sigXe0)} cm² without the C^{S,dd} interplay), Γ(h → gg)/Γ_SM = ${fmtNum(hgg.ratio)}.`,
      spec: {
        width: 420,
        height: 320,
        layer: [
          { data: { values: curve.filter((p) => p.lo !== undefined) }, mark: { type: 'area', color: '#1f77b4', opacity: 0.2 }, encoding: { x: { field: 'm', type: 'quantitative', scale: { type: 'log', domain: [0.42, 2.4], nice: false }, title: 'm_φ [GeV]' }, y: { field: 'lo', type: 'quantitative', scale: { type: 'log', domain: [0.05, 10], nice: false }, title: 'C^{S,ss} [1/TeV]' }, y2: { field: 'hi' } } },
          {
            data: { values: curve },
            mark: { type: 'line', strokeWidth: 2, clip: true },
            encoding: {
              x: { field: 'm', type: 'quantitative', scale: { type: 'log', domain: [0.42, 2.4], nice: false } },
              y: { field: 'c', type: 'quantitative', scale: { type: 'log', domain: [0.05, 10], nice: false } },
              color: { field: 'curve', type: 'nominal', title: null, legend: { orient: 'bottom', columns: 1, labelLimit: 400 } },
              strokeDash: { field: 'curve', type: 'nominal', title: null, scale: { range: [[1, 0], [6, 4], [2, 2]] }, legend: { orient: 'bottom', columns: 1, labelLimit: 400 } },
            },
          },
          { data: { values: [{ m: mK }] }, mark: { type: 'rule', color: '#888', strokeDash: [3, 3] }, encoding: { x: { field: 'm', type: 'quantitative' } } },
        ],
      },
    },
  ];

  const intro = `<p>The vector-like-quark model of real scalar DM (paper 001, He–Ma–Schmidt–Valencia–Volkas): Q ∼ (3,2,1/6), D ∼ (3,1,−1/3) and φ, Z₂-odd. emiss implements the tree-level matching eq. (3.2) and the LEFT L = ½C^{S,ij}(d̄_i d_j)φ² + ½C^{P,ij}(d̄_i iγ5 d_j)φ² (src/models/vlq/matching.ts), maps C^{S,sb} onto its dark-pair operator (CS_bsphi = C^{S,sb}/2, real φ) so that B → Kφφ uses the tested dark-pair rates, adds B → K*φφ and B_s → φφ through C^{P,sb}, the annihilation into mesons from the LO chiral Lagrangian with Gondolo–Gelmini thermal averages and the freeze-out relic density (1.7 ms per Ω h² with the tables prepared), the Migdal-effect nucleon cross section and the h → gg shift. The model is the <code>vlq</code> model of <code>--model</code>: <code>emiss relic --model vlq --set m_phi=0.8</code>, <code>emiss dd --model vlq</code>, <code>emiss predict 'BRvlq(B+->Kphiphi)' 'BR(Bs->phiphi)' --model vlq</code>.</p>
<p>Findings: the LEFT formula printed in paper 001 has v/(2m_Q m_D) for the y1 term where eq. (3.2a) with the same v gives v/(√2 m_Q m_D) (its quark-mass terms agree with eq. 3.2); the chiral couplings, the η(x, z) normalisation of both printed ⟨σv⟩ formulas and the σ_φN coefficients are reproduced. The slide's ⟨σv⟩ ≃ 2.4·10⁻²⁶ cm³/s target is the thermal relic cross section of a 10 GeV particle; for m_φ ≈ 1 GeV the full solution needs ≈ 4.1·10⁻²⁶, which is why the two C^{S,ss} values on the slides (∼ 0.1 and ∼ 0.13/TeV) differ. The "interplay between parameters" that evades PandaX-4T is C^{S,dd} ≈ −0.046 C^{S,ss}: |y^d| ∼ 0.2|y^s| with opposite signs, as the slide's "|C^{S,dd}| ∼ 0.04|C^{S,ss}|" suggests.</p>`;
  return { id: 'vlq-scalar-dm', title: 'VLQ scalar DM: matching, B → K(*)φφ, relic density, Migdal, B_s → φφ, h → gg (paper 001)', intro, rows, figures };
}

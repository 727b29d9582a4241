/**
 * Paper 003 §II: the R_K / R_K* coefficients and η (below eq. 11), and Fig. 1 — R_K^νν vs R_K*^νν from random
 * scans of the 12 unprimed and the 12 primed coefficients (left) and of the six C_R^ij only (right).
 */
import { alphaE, makeParameterSet, type ParameterSet } from '../../params/parameter-set.js';
import { OBSERVABLES, SM_POINT } from '../../observables/index.js';
import { monteCarlo } from '../../uncertainty/monte-carlo.js';
import { runScanSerial } from '../../stats/nunu-scan.js';
import { compare, rounding, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';

function cSM(p: ParameterSet): number {
  const a = alphaE(p);
  return (-p.values.Xt / p.values.s2w) * (a.sm / a.np);
}

interface ScanPoint {
  rk: number;
  rks: number;
}

/**
 * Random scan of one of the coefficient spaces of src/stats/nunu-scan.ts (real coefficients, symmetric in the
 * neutrino flavours as footnote 2 of paper 003 states), serial: the same code the CLI `emiss scan-nunu` runs.
 */
function scan(space: string, n: number, range: number, seed: number): { rk: number; rks: number }[] {
  const r = runScanSerial({ preset: 'hmv2024', space, mode: 'random', n, ranges: [[-range, range]], seed });
  return Array.from(r.rk, (rk, i) => ({ rk, rks: r.rks[i] }));
}

function thin<T>(xs: T[], max: number): T[] {
  if (xs.length <= max) return xs;
  const step = xs.length / max;
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)]);
}

export async function rkSection(ctx: ReportContext): Promise<ReportSection> {
  const ps = makeParameterSet('hmv2024');
  const C = cSM(ps);
  const etaDef = OBSERVABLES.get('eta_K*^nunu');
  ctx.progress('η uncertainty');
  const eta = monteCarlo((p) => etaDef.prepare(p, {})(SM_POINT), ps, { n: ctx.mcSamples, seed: ctx.seed + 5 });
  const c1 = monteCarlo((p) => (2 * cSM(p)) / (3 * cSM(p) ** 2), ps, { n: ctx.mcSamples, seed: ctx.seed + 6 });
  const c2 = monteCarlo((p) => 1 / (3 * cSM(p) ** 2), ps, { n: ctx.mcSamples, seed: ctx.seed + 6 });
  const rows = [
    compare({
      paper: '003',
      ref: 'below eq. (11)',
      quantity: '2 C_L^SM / (3 |C_L^SM|²)',
      paperValue: -0.105,
      paperUncertainty: 0.001,
      emissValue: c1.central,
      emissUncertainty: c1.summary.std,
      absTol: Math.hypot(0.001, c1.summary.std),
      how: 'C_L^SM = −X_t/s_W² with X_t = 1.469(17), s_W² = 0.23129 (hmv2024); uncertainty from X_t',
    }),
    compare({
      paper: '003',
      ref: 'below eq. (11)',
      quantity: '1 / (3 |C_L^SM|²)',
      paperValue: 0.0083,
      paperUncertainty: 0.0002,
      emissValue: c2.central,
      emissUncertainty: c2.summary.std,
      absTol: Math.hypot(0.0002, c2.summary.std),
      how: 'C_L^SM = −X_t/s_W² with X_t = 1.469(17), s_W² = 0.23129 (hmv2024); uncertainty from X_t',
    }),
    compare({
      paper: '003',
      ref: 'eq. (11)',
      quantity: 'η = F−/F+ (B→K*νν̄)',
      paperValue: 0.63,
      paperUncertainty: 0.09,
      emissValue: eta.central,
      emissUncertainty: eta.summary.std,
      absTol: rounding(0.63, 2),
      how: `GKvD 2018 LCSR+lattice B→K* form factors (ref. [21]); central value within the printed rounding. emiss's error (${fmtNum(eta.summary.std)}, MC over the published covariance) is 3× smaller than the quoted ±0.09, which the paper does not explain — it is close to the spread between form-factor sets (BSZ 2015: 0.666, GRvDV 2023: 0.643, GKvD LCSR only: 0.689)`,
      reasonIfDiffers: 'form-factor set',
    }),
  ];
  // derived numbers of eqs. (4)–(6)
  const smK = OBSERVABLES.get('BR(B+->Knunu)').prepare(ps, {})(SM_POINT);
  // Table 2 SM value of B0→K*0νν̄ is from BSZ 2015 form factors (see the SM section)
  const smV = OBSERVABLES.get('BR(B0->K*nunu)').prepare(makeParameterSet('hmv2024', { formFactors: { 'B->K*': 'bsz2015' } }), {})(SM_POINT);
  rows.push(
    compare({
      paper: '003',
      ref: 'eq. (5)',
      quantity: 'R_K* bound 1.8e-5 / BR_SM(B0->K*0nunu)',
      paperValue: 1.9,
      emissValue: 1.8e-5 / smV,
      absTol: rounding(1.9, 2),
      how: 'Belle 2017 limit 1.8e-5 (eq. 6) over the emiss SM value (hmv2024 inputs with BSZ 2015 B→K*, as Table 2); agreement within the printed rounding',
      reasonIfDiffers: `emiss's SM BR(B0→K*0νν̄) = ${fmtNum(smV)} is 5 % below the 9.5e-6 the paper divides by (Table 2), from the newer CKM and τ_B0 inputs; with the paper's SM value 1.8e-5/9.5e-6 = 1.89 → 1.9`,
    }),
    compare({
      paper: '003',
      ref: 'eq. (4a)',
      quantity: 'R_K new Belle II: 2.3e-5 / BR_SM',
      paperValue: 5.3,
      emissValue: 2.3e-5 / smK,
      absTol: 0.1 * 5.3,
      how: 'Belle II 2.3e-5 over emiss SM (hmv2024); the paper divides by 4.4e-6 (→ 5.2) and quotes 5.3 ± 1.7; agreement within 10 %',
    }),
  );

  ctx.progress('paper 003 Fig. 1 scans');
  const n = ctx.scanPoints;
  const unprimed = scan('LR', n, 10, ctx.seed + 11);
  const primed = scan('LRp', n, 10, ctx.seed + 12);
  const crOnly = scan('R', n, 15, ctx.seed + 13);
  const smMc = monteCarlo((p) => OBSERVABLES.get('BR(B+->Knunu)').prepare(p, {})(SM_POINT), ps, { n: ctx.mcSamples, seed: ctx.seed + 14 });
  const smMcV = monteCarlo((p) => OBSERVABLES.get('BR(B0->K*nunu)').prepare(p, {})(SM_POINT), ps, { n: ctx.mcSamples, seed: ctx.seed + 15 });
  const sK = smMc.summary.std / smMc.central;
  const sV = smMcV.summary.std / smMcV.central;
  const inBand = (p: ScanPoint) => p.rk >= 3.6 && p.rk <= 7;
  const blue = crOnly.filter((p) => inBand(p) && p.rks <= 2.7 && p.rks > 1.9);
  const red = crOnly.filter((p) => inBand(p) && p.rks <= 1.9);
  const minRksBand = Math.min(...crOnly.filter(inBand).map((p) => p.rks));
  const minRksPrimed = Math.min(...primed.filter(inBand).map((p) => p.rks));
  const minRksUnprimed = Math.min(...unprimed.filter(inBand).map((p) => p.rks));
  const clip = (p: ScanPoint) => p.rk <= 10 && p.rks <= 10;
  const pts = [
    ...thin(unprimed.filter(clip), 1500).map((p) => ({ ...p, set: '12 unprimed C_L, C_R', panel: 'left: C_L, C_R and primed' })),
    ...thin(primed.filter(clip), 1500).map((p) => ({ ...p, set: "12 primed C_L', C_R'", panel: 'left: C_L, C_R and primed' })),
    ...thin(crOnly.filter(clip), 1500).map((p) => ({ ...p, set: 'C_R only', panel: 'right: six C_R^ij' })),
    ...thin(blue, 800).map((p) => ({ ...p, set: 'R_K in 1σ, R_K* ≤ 2.7', panel: 'right: six C_R^ij' })),
    ...thin(red, 800).map((p) => ({ ...p, set: 'R_K in 1σ, R_K* ≤ 1.9', panel: 'right: six C_R^ij' })),
  ];
  const panels = ['left: C_L, C_R and primed', 'right: six C_R^ij'];
  const layerFor = (panel: string) => ({
    title: panel,
    width: 330,
    height: 330,
    layer: [
      {
        data: { values: [{ x0: 1 - 3 * sK, x1: 1 + 3 * sK, y0: 1 - 3 * sV, y1: 1 + 3 * sV }] },
        mark: { type: 'rect', color: '#2ca02c', opacity: 0.6 },
        encoding: { x: { field: 'x0', type: 'quantitative' }, x2: { field: 'x1' }, y: { field: 'y0', type: 'quantitative' }, y2: { field: 'y1' } },
      },
      {
        data: { values: pts.filter((p) => p.panel === panel) },
        mark: { type: 'circle', size: 6, opacity: 0.6 },
        encoding: {
          x: { field: 'rk', type: 'quantitative', title: 'R_K^νν', scale: { domain: [0, 10] } },
          y: { field: 'rks', type: 'quantitative', title: 'R_K*^νν', scale: { domain: [0, 10] } },
          color: {
            field: 'set',
            type: 'nominal',
            title: null,
            legend: { labelLimit: 260, orient: 'bottom', columns: 2 },
            scale: {
              domain: ['12 unprimed C_L, C_R', "12 primed C_L', C_R'", 'C_R only', 'R_K in 1σ, R_K* ≤ 2.7', 'R_K in 1σ, R_K* ≤ 1.9'],
              range: ['#c8c8c8', '#707070', '#c8c8c8', '#1f77b4', '#d62728'],
            },
          },
        },
      },
      { data: { values: [{ x: 3.6 }, { x: 7 }] }, mark: { type: 'rule', color: 'black' }, encoding: { x: { field: 'x', type: 'quantitative' } } },
      { data: { values: [{ x: 2 }, { x: 4 }] }, mark: { type: 'rule', color: 'black', strokeDash: [4, 3] }, encoding: { x: { field: 'x', type: 'quantitative' } } },
      { data: { values: [{ y: 2.7 }, { y: 1.9 }] }, mark: { type: 'rule', color: '#d62728', strokeDash: [6, 3] }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      { data: { values: [{ x: 0, y: 0 }, { x: 10, y: 10 }] }, mark: { type: 'line', color: 'black', strokeWidth: 1 }, encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } },
    ],
  });
  const fig1 = {
    id: 'paper003-fig1',
    title: 'Paper 003 Fig. 1: R_K^νν vs R_K*^νν',
    caption: `Random scans (${n} points each, coefficients uniform in [−10, 10], right panel [−15, 15], real, symmetric in the neutrino flavours as in footnote 2; the scan of <code>emiss scan-nunu</code>), hmv2024 inputs. Left: light grey 12 unprimed C_L^ij, C_R^ij; dark grey 12 primed (right-handed ν). Right: six C_R^ij only; blue: 3.6 ≤ R_K ≤ 7 and R_K* ≤ 2.7; red: and R_K* ≤ 1.9. Vertical lines: new 1σ range (solid) and new average 2–4 (dashed); red dashed: R_K* = 2.7, 1.9; diagonal R_K = R_K*; green: SM 3σ (parametric). As in the paper, primed points satisfy R ≥ 1 and all regions can be reached; in the 1σ band the smallest R_K* found is ${fmtNum(minRksUnprimed)} (unprimed), ${fmtNum(minRksPrimed)} (primed) and ${fmtNum(minRksBand)} (C_R only). Red points: ${red.length} of ${n}.`,
    spec: { hconcat: panels.map(layerFor) },
  };
  return {
    id: 'rk-rkstar',
    title: 'b → s νν̄ effective theory: R_K^νν, R_K*^νν and η (paper 003 §II)',
    intro: `<p>Eqs. (10a), (10b) and (12) of paper 003 are verified in the test suite against the numerical rates at random points with all 36 coefficient types (complex, lepton-flavour violating, primed); here the numbers quoted with them. C_L^SM = ${fmtNum(C)} (hmv2024).</p>`,
    rows,
    figures: [fig1],
  };
}

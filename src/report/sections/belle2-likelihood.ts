/**
 * The Belle II B+ → K+ νν̄ likelihood confronting models (issue 7): the published μ profile, the two-body
 * B+ → K+ X fit over m_X by kinematic reweighting (compared with Gärtner et al. 2026, Altmannshofer et al. 2023 and
 * the ALPaca recast), and the shape-aware likelihood of the dark-matter pair operators of paper 003 at the masses its
 * §III.D singles out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { readBelle2Release } from '../../io/belle2-release.js';
import { buildModel, fit as hfFit, profileScan } from '../../stats/histfactory/index.js';
import { BELLE2_MU1_BR } from '../../stats/belle2/release.js';
import { generatedEdges } from '../../stats/belle2/release.js';
import { parseFitModelFile } from '../../stats/fit/model-file.js';
import { buildProblem, type FitProblem, type PointResult } from '../../stats/fit/objective.js';
import { contourScan, minimize, profileInterval } from '../../stats/fit/fit.js';
import type { PhysicsCache } from '../../stats/fit/physics.js';
import { brent } from '../../numerics/roots.js';
import { makeParameterSet } from '../../params/parameter-set.js';
import { OBSERVABLES } from '../../observables/index.js';
import { darkKindDef, type DarkKind } from '../../processes/dark-pairs/basis.js';
import { NP_WINDOWS } from '../../models/dark-pairs/bounds.js';
import { compare, type ComparisonRow, type Figure, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';

const dataFile = (f: string) => fileURLToPath(new URL(`../../../data/experimental/${f}`, import.meta.url));

function readCsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const head = lines[0].split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [head[i], v])));
}

/**
 * Minimum over br ∈ [0, hi] at fixed m_X and, optionally, the −2ΔlnL = 1 band. −2 ln L is nearly a parabola in br
 * (the yields are linear in it), so a few rounds of three-point parabolic interpolation find the minimum, and the
 * last parabola gives starting brackets for the band, refined by Brent's method.
 */
function conditionalBr(problem: FitProblem, mX: number, start: number, hi: number, band: boolean): { br: number; f: number; lo?: number; up?: number } {
  const f = (br: number) => problem.evaluate({ m_X: mX, br: Math.min(hi, Math.max(0, br)) }).twiceNll;
  let x = Math.min(hi, Math.max(0, start));
  let h = 0.3 * Math.max(x, 0.1 * hi);
  let fx = f(x);
  let curv = 0;
  for (let it = 0; it < 4; it++) {
    const a = Math.max(0, x - h);
    const b = Math.min(hi, x + h);
    const fa = f(a);
    const fb = f(b);
    // parabola through (a, fa), (x, fx), (b, fb)
    const d1 = (fx - fa) / (x - a || 1e-300);
    const d2 = (fb - fx) / (b - x || 1e-300);
    curv = (d2 - d1) / (0.5 * (b - a));
    // f′ is d1 at (a + x)/2 and d2 at (x + b)/2; the vertex is where the linear f′ vanishes
    const xn = Math.min(hi, Math.max(0, curv > 0 ? 0.5 * (a + x) - d1 / curv : fa < fb ? a : b));
    const fn = f(xn);
    const cands = [
      [a, fa],
      [x, fx],
      [b, fb],
      [xn, fn],
    ].sort((p, q) => p[1] - q[1]);
    x = cands[0][0];
    fx = cands[0][1];
    h = Math.max(Math.abs(xn - x), h / 4, 1e-4 * hi);
  }
  const out: { br: number; f: number; lo?: number; up?: number } = { br: x, f: fx };
  if (band) {
    const g = (br: number) => f(br) - fx - 1;
    const w = Math.max(curv > 0 ? 1 / Math.sqrt(curv / 2) : 0.3 * hi, 1e-3 * hi);
    const bracket = (dir: 1 | -1): number => {
      let inner = x;
      let outer = Math.min(hi, Math.max(0, x + dir * 1.2 * w));
      let k = 0;
      for (; k < 40 && g(outer) < 0; k++) {
        if (outer === 0 || outer === hi) return outer;
        inner = outer;
        outer = Math.min(hi, Math.max(0, outer + dir * w * 1.5 ** k));
      }
      if (g(outer) < 0) return outer;
      return brent(g, Math.min(inner, outer), Math.max(inner, outer), 2e-3 * w);
    };
    out.lo = x <= 0 ? 0 : bracket(-1);
    out.up = bracket(1);
  }
  return out;
}

export async function belle2LikelihoodSection(ctx: ReportContext): Promise<ReportSection> {
  const quick = ctx.mcSamples < 1000;
  const rows: ComparisonRow[] = [];
  const figures: Figure[] = [];
  const release = readBelle2Release();

  // ---------------------------------------------------------------- A. the μ profile
  ctx.progress('Belle II: profile likelihood of μ');
  const ws = buildModel(release.workspace);
  const best = hfFit(ws);
  const muGrid = Array.from({ length: quick ? 11 : 61 }, (_, i) => (10 * i) / (quick ? 10 : 60));
  const digit = readCsv(dataFile('belle2_2023_knunu_mu_profile_scan_digitized.csv')).map((r) => ({ mu: Number(r.mu), q: Number(r.minus2_delta_lnL) }));
  const digitUsed = quick ? digit.filter((_, i) => i % 4 === 0) : digit;
  const scan = profileScan(ws, undefined, [...muGrid, 0, 1, ...digitUsed.map((d) => d.mu)], { bestfit: best });
  const q = (mu: number) => scan.points.find((p) => p.poi === mu)!.deltaTwiceNll;
  const muHat = best.poi as number;
  const smProblem = buildProblem(parseFitModelFile('model: sm\nfit:\n  float: {mu: [0, 15]}\n', 'sm'), release);
  const smBest = minimize(smProblem, {}, { prescan: 9 });
  const counter = { n: 0 };
  const i68 = profileInterval(smProblem, smBest, 'mu', 1, counter);
  const dev = digitUsed.map((d) => Math.abs(q(d.mu) - d.q));
  const maxDev = Math.max(...dev);
  rows.push(
    compare({
      paper: '003',
      ref: 'eq. (1)',
      quantity: 'BR(B+ → K+ νν̄) from the Belle II likelihood: μ̂ × 4.97e-6',
      paperValue: 2.3e-5,
      emissValue: muHat * BELLE2_MU1_BR,
      absTol: 0.05e-5,
      how: `maximum of the published pyhf workspace (emiss HistFactory engine, all 232 parameters profiled): μ̂ = ${muHat.toFixed(3)}; the SM template reweighted through the number densities gives ${smBest.values.mu.toFixed(3)}; agreement within the rounding of the quoted 2.3`,
    }),
    compare({
      paper: '003',
      ref: 'eq. (1)',
      quantity: 'upper 1σ error of BR(B+ → K+ νν̄) (−2ΔlnL = 1)',
      paperValue: 0.7e-5,
      emissValue: (i68.upper - smBest.values.mu) * BELLE2_MU1_BR,
      absTol: 0.05e-5,
      how: `profile-likelihood interval μ ∈ [${i68.lower.toFixed(3)}, ${i68.upper.toFixed(3)}] (pyhf: [3.273, 5.948], test/fixtures/pyhf-belle2-reference.json); paper 003 symmetrises Belle II's +0.7 −0.6`,
    }),
    compare({
      paper: '003',
      ref: 'abstract ("about 2.7σ higher than the SM")',
      quantity: 'tension with the SM: √(−2ΔlnL(μ = 1))',
      paperValue: 2.7,
      emissValue: Math.sqrt(q(1)),
      absTol: 0.05,
      how: 'profile likelihood ratio of μ = 1 against μ̂, Wilks (one parameter)',
    }),
    compare({
      paper: 'ext',
      ref: 'Belle II, arXiv:2311.14647 abstract: evidence at 3.5σ',
      quantity: 'significance against background only: √(−2ΔlnL(μ = 0))',
      paperValue: 3.5,
      emissValue: Math.sqrt(q(0)),
      absTol: 0.05,
      how: 'profile likelihood ratio of μ = 0 against μ̂',
    }),
    compare({
      paper: 'ext',
      ref: 'digitised Belle II profile (HEPLikeData KEK-2023-35, data/experimental)',
      quantity: `−2ΔlnL at μ = ${digit[0].mu.toFixed(3)}`,
      paperValue: digit[0].q,
      emissValue: q(digit[0].mu),
      absTol: 0.3,
      how: `the third-party digitisation of the published figure; largest |difference| over ${digitUsed.length} of its ${digit.length} points ${maxDev.toFixed(2)} (the digitisation is read off a plot: ±0.3 is its resolution)`,
      reasonIfDiffers: 'the digitised curve is a rough third-party reading of the published figure',
    }),
  );
  figures.push({
    id: 'belle2-mu-profile',
    title: 'Profile likelihood of the Belle II signal strength',
    caption: `−2ΔlnL(μ) of the combined ITA + HTA likelihood (emiss, every nuisance parameter profiled), with the third-party digitisation of the published curve (dots). μ̂ = ${muHat.toFixed(2)}, 68 % interval [${i68.lower.toFixed(2)}, ${i68.upper.toFixed(2)}]; BR = μ × 4.97·10⁻⁶.`,
    spec: {
      width: 480,
      height: 300,
      layer: [
        { data: { values: muGrid.map((mu) => ({ mu, q: q(mu) })) }, mark: { type: 'line', color: '#1f77b4' }, encoding: { x: { field: 'mu', type: 'quantitative', title: 'μ' }, y: { field: 'q', type: 'quantitative', title: '−2ΔlnL' } } },
        { data: { values: digit }, mark: { type: 'point', filled: true, color: 'black', size: 18 }, encoding: { x: { field: 'mu', type: 'quantitative' }, y: { field: 'q', type: 'quantitative' } } },
        { data: { values: [{ y: 1 }, { y: 4 }] }, mark: { type: 'rule', strokeDash: [4, 3], color: 'gray' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      ],
    },
  });

  // ---------------------------------------------------------------- B. two-body B+ → K+ X
  ctx.progress('Belle II: two-body B+ → K+ X over m_X');
  const tb = buildProblem(parseFitModelFile('model: two-body\nsm: belle2\nparameters: {m_X: 2.1, br: 9e-6}\nfit:\n  float: {m_X: [0.1, 4.7], br: [0, 3.0e-5]}\n', 'two-body'), release);
  const edges = generatedEdges();
  const step = quick ? 12 : 1;
  const mxs: number[] = [];
  for (let j = 1; j <= 92; j += step) mxs.push(Math.sqrt(0.5 * (edges[j] + edges[j + 1])));
  const smOnly = tb.evaluate({ br: 0 }).twiceNll;
  let startBr = 5e-6;
  const prof = mxs.map((mX, i) => {
    const r = conditionalBr(tb, mX, startBr, 3e-5, !quick && i % 2 === 0);
    startBr = Math.max(r.br, 1e-6);
    return { mX, ...r };
  });
  // best fit: refine from the best grid point
  const g0 = prof.reduce((a, b) => (b.f < a.f ? b : a));
  const tbBest: PointResult = minimize(tb, {}, { start: { m_X: g0.mX, br: g0.br } });
  const fmin = Math.min(tbBest.twiceNll, g0.f);
  const inside = prof.filter((p) => p.f - fmin <= 1).map((p) => p.mX);
  // BR interval: profiled over m_X in the full report, at the best m_X in the quick one
  const brInt = quick
    ? (() => {
        const c = conditionalBr(tb, tbBest.values.m_X, tbBest.values.br, 3e-5, true);
        return { lower: c.lo as number, upper: c.up as number };
      })()
    : profileInterval(tb, tbBest, 'br', 1, counter);
  const q0 = smOnly - fmin;
  const G = parseYaml(readFileSync(dataFile('bkx_two_body_fits.yaml'), 'utf8'));
  const g = G.gartner_2026;
  const mHat = tbBest.values.m_X;
  const mLo = Math.min(...inside);
  const mUp = Math.max(...inside);
  rows.push(
    compare({
      paper: 'ext',
      ref: 'Gärtner et al. 2026, arXiv:2602.09666 (abstract)',
      quantity: 'B+ → K+ X, X invisible: m_X at the best fit',
      paperValue: g.m_X_GeV.value,
      emissValue: mHat,
      unit: 'GeV',
      absTol: Math.hypot(mHat > g.m_X_GeV.value ? g.m_X_GeV.up : g.m_X_GeV.down, mHat > g.m_X_GeV.value ? mHat - mLo : mUp - mHat),
      paperUncertainty: 0.5 * (g.m_X_GeV.up + g.m_X_GeV.down),
      how: `profile likelihood over m_X with BR·P_inv profiled (a line at q² = m_X², the release's SM template at μ = 1, workspace form-factor systematics); the −2ΔlnL ≤ 1 region spans m_X ≈ ${mLo.toFixed(2)}–${mUp.toFixed(2)} GeV on the scan (steps of one generated-q² bin). Agreement: within the combined uncertainties. Gärtner et al. model X as a Breit–Wigner and quote Bayesian posteriors`,
    }),
    compare({
      paper: 'ext',
      ref: 'Gärtner et al. 2026, arXiv:2602.09666 (abstract)',
      quantity: 'B+ → K+ X: BR(B+ → K+ X) × P_inv at the best fit',
      paperValue: g.br_times_P_inv.value,
      emissValue: tbBest.values.br,
      absTol: Math.hypot(tbBest.values.br > g.br_times_P_inv.value ? g.br_times_P_inv.up : g.br_times_P_inv.down, tbBest.values.br > g.br_times_P_inv.value ? tbBest.values.br - brInt.lower : brInt.upper - tbBest.values.br),
      paperUncertainty: 0.5 * (g.br_times_P_inv.up + g.br_times_P_inv.down),
      emissUncertainty: 0.5 * (brInt.upper - brInt.lower),
      how: `emiss: ${fmtNum(tbBest.values.br)} in [${fmtNum(brInt.lower)}, ${fmtNum(brInt.upper)}] (−2ΔlnL ≤ 1, m_X profiled); Gärtner et al.: 9.2 +1.8 −3.4 ·10⁻⁶ (Bayesian). Agreement: within the combined uncertainties`,
    }),
    compare({
      paper: 'ext',
      ref: 'Altmannshofer et al. 2023, arXiv:2311.14629 (as quoted in bkx_two_body_fits.yaml)',
      quantity: 'preference for B+ → K+ X over the SM alone (local significance, σ)',
      paperValue: G.altmannshofer_2023.significance_sigma.value,
      emissValue: Math.sqrt(q0),
      absTol: 0.2,
      how: `√(−2ΔlnL) between the SM alone and the best two-body fit (one fitted BR at the best m_X, i.e. local: no look-elsewhere correction); q₀ = ${q0.toFixed(2)}`,
    }),
    compare({
      paper: 'ext',
      ref: 'Gärtner et al. 2026, arXiv:2602.09666 (abstract)',
      quantity: 'preference for SM + resonance over SM only (σ)',
      paperValue: g.preference_over_SM_only_sigma,
      emissValue: Math.sqrt(q0),
      absTol: 0.2,
      how: '√q₀ of the profile likelihood (local)',
      reasonIfDiffers: `emiss's √q₀ = ${Math.sqrt(q0).toFixed(2)} is a local significance (m_X fixed at its best value, Wilks with one degree of freedom); Gärtner et al.'s 3.0σ accounts for the freedom in m_X (and uses a Breit–Wigner X and Bayesian/CLs machinery). With ~20 independent m_X resolution cells in the q² range a trials factor of that size turns 3.6σ local into ≈ 3σ global, which is the size of the difference`,
    }),
  );
  // ALPaca comparison at 2.05 GeV
  const alp = readCsv(dataFile('bkx_invisible_bestfit_vs_mass_alpaca.csv')).map((r) => ({ source: r.source, m: Number(r.m_X_GeV), c: Number(r.br_central), lo: Number(r.br_lower), hi: Number(r.br_upper) }));
  const a205 = alp.filter((r) => r.source === 'alpaca_recast_2025').reduce((a, b) => (Math.abs(b.m - 2.05) < Math.abs(a.m - 2.05) ? b : a));
  const at205 = conditionalBr(tb, a205.m, tbBest.values.br, 3e-5, true);
  rows.push(
    compare({
      paper: 'ext',
      ref: 'ALPaca recast of the Belle II likelihood (2025), bkx_invisible_bestfit_vs_mass_alpaca.csv',
      quantity: `best-fit BR(B+ → K+ X) at m_X = ${a205.m.toFixed(3)} GeV`,
      paperValue: a205.c,
      emissValue: at205.br,
      absTol: Math.hypot(0.5 * (a205.hi - a205.lo), 0.5 * ((at205.up ?? 0) - (at205.lo ?? 0))),
      paperUncertainty: 0.5 * (a205.hi - a205.lo),
      emissUncertainty: 0.5 * ((at205.up ?? 0) - (at205.lo ?? 0)),
      how: `conditional fit at fixed m_X (emiss 1σ: [${fmtNum(at205.lo ?? 0)}, ${fmtNum(at205.up ?? 0)}]); ALPaca: [${fmtNum(a205.lo)}, ${fmtNum(a205.hi)}]. Agreement: within the combined uncertainties`,
    }),
  );
  const profVals = prof.map((p) => ({ mX: p.mX, q: p.f - fmin }));
  figures.push({
    id: 'belle2-two-body-mx',
    title: 'Two-body B+ → K+ X: profile likelihood over m_X',
    caption: `−2ΔlnL against m_X with BR(B+ → K+ X)·P_inv profiled, X invisible (a line at q² = m_X²; emiss reweighting of the Belle II likelihood, one point per generated-q² bin${quick ? ', every 12th bin in the quick report' : ''}). SM alone: −2ΔlnL = ${q0.toFixed(1)}. Red: Gärtner et al. 2026 best fit and 1σ range, m_X = 2.1 +0.2 −0.1 GeV.`,
    spec: {
      width: 520,
      height: 300,
      layer: [
        { data: { values: profVals }, mark: { type: 'line', interpolate: 'step', color: '#1f77b4' }, encoding: { x: { field: 'mX', type: 'quantitative', title: 'm_X [GeV]' }, y: { field: 'q', type: 'quantitative', title: '−2ΔlnL (BR profiled)' } } },
        { data: { values: [{ x: 2.0, x2: 2.3, y: 0 }] }, mark: { type: 'rule', color: 'red', strokeWidth: 3 }, encoding: { x: { field: 'x', type: 'quantitative' }, x2: { field: 'x2' }, y: { field: 'y', type: 'quantitative' } } },
        { data: { values: [{ x: 2.1, y: 0 }] }, mark: { type: 'point', color: 'red', filled: true, size: 60 }, encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } },
        { data: { values: [{ y: 1 }, { y: 4 }] }, mark: { type: 'rule', strokeDash: [4, 3], color: 'gray' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      ],
    },
  });
  const band = prof.filter((p) => p.lo !== undefined).map((p) => ({ m: p.mX, c: p.br * 1e6, lo: (p.lo as number) * 1e6, hi: (p.up as number) * 1e6, source: 'emiss (Belle II reweighted)' }));
  const ext = alp.filter((r) => r.m <= 4.7).map((r) => ({ m: r.m, c: r.c * 1e6, lo: r.lo * 1e6, hi: r.hi * 1e6, source: r.source === 'alpaca_recast_2025' ? 'ALPaca recast 2025' : 'Altmannshofer et al. 2023 (digitised)' }));
  figures.push({
    id: 'belle2-two-body-br',
    title: 'Two-body B+ → K+ X: best-fit branching ratio against m_X',
    caption: 'Best-fit BR(B+ → K+ X)·P_inv at fixed m_X with its −2ΔlnL ≤ 1 band: emiss (blue) and the two curves tabulated by ALPaca (its own recast of the Belle II likelihood, and a digitisation of Altmannshofer et al. 2023).',
    spec: {
      width: 520,
      height: 300,
      layer: [
        { data: { values: [...band, ...ext] }, mark: { type: 'area', opacity: 0.25 }, encoding: { x: { field: 'm', type: 'quantitative', title: 'm_X [GeV]' }, y: { field: 'lo', type: 'quantitative', title: 'BR × 10⁶' }, y2: { field: 'hi' }, color: { field: 'source', type: 'nominal' } } },
        { data: { values: [...band, ...ext] }, mark: { type: 'line' }, encoding: { x: { field: 'm', type: 'quantitative' }, y: { field: 'c', type: 'quantitative' }, color: { field: 'source', type: 'nominal' } } },
      ],
    },
  });
  // the contour (625 likelihood fits) only in the full report
  const cont = quick ? undefined : (ctx.progress('Belle II: m_X × BR contour'), contourScan(tb, tbBest, 'm_X', 'br', 25, [2.295748928898636, 5.991464547107979], counter));
  if (cont) figures.push({
    id: 'belle2-two-body-contour',
    title: 'Two-body B+ → K+ X: 68 % and 95 % regions',
    caption: '−2ΔlnL = 2.30 and 5.99 level lines (two parameters) of the reweighted Belle II likelihood in the (m_X, BR·P_inv) plane; cross: best fit. Grid of ' + `${cont.xs.length}×${cont.ys.length} points.`,
    spec: {
      width: 480,
      height: 320,
      layer: [
        ...cont.levels.map((l, k) => ({
          data: { values: l.segments.map((s) => ({ ...s, y1: s.y1 * 1e6, y2: s.y2 * 1e6 })) },
          mark: { type: 'rule', color: k === 0 ? '#1f77b4' : '#9ecae1', strokeWidth: 2 },
          encoding: { x: { field: 'x1', type: 'quantitative', title: 'm_X [GeV]', scale: { domain: [0, 4.7] } }, y: { field: 'y1', type: 'quantitative', title: 'BR × 10⁶' }, x2: { field: 'x2' }, y2: { field: 'y2' } },
        })),
        { data: { values: [{ m: mHat, b: tbBest.values.br * 1e6 }] }, mark: { type: 'point', shape: 'cross', size: 80, color: 'black', filled: true }, encoding: { x: { field: 'm', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' } } },
      ],
    },
  });

  // ---------------------------------------------------------------- C. paper 003 dark-matter operators
  ctx.progress('Belle II: shape-aware likelihood of the paper 003 dark-pair operators');
  const cache: PhysicsCache = new Map();
  const ps = makeParameterSet('default');
  const smRef = buildProblem(parseFitModelFile('eft: WET\nbasis: flavio\nscale: 4.8\nvalues: {CL_bsnutaunutau: 0}\nfit:\n  float: {CL_bsnutaunutau: [-40, 0]}\n', 'sm-shape'), release, { cache, ...(quick ? { ff: 'workspace' as const } : {}) });
  const smShapeBest = minimize(smRef, {}, { prescan: quick ? 3 : 9 });
  const noNP = smRef.evaluate({ CL_bsnutaunutau: 0 }).twiceNll;
  const ALL_OPS: { kind: DarkKind; op: string; m: number }[] = [
    { kind: 'scalar', op: 'S', m: 0.3 },
    { kind: 'scalar', op: 'V', m: 0.3 },
    { kind: 'scalar', op: 'S', m: 0.7 },
    { kind: 'scalar', op: 'V', m: 0.7 },
    ...['S1', 'S2', 'V1', 'V2', 'T1', 'T2'].map((op) => ({ kind: 'fermion' as DarkKind, op, m: 0.7 })),
    ...['S', 'T1', 'T2', 'V2', 'V3', 'V4', 'V5', 'V6'].map((op) => ({ kind: 'vector' as DarkKind, op, m: 0.7 })),
  ];
  // the quick report fits the three operators paper 003 singles out
  const QUICK = ['scalar V 0.3', 'fermion V1 0.7', 'fermion V2 0.7'];
  const OPS = quick ? ALL_OPS.filter((o) => QUICK.includes(`${o.kind} ${o.op} ${o.m}`)) : ALL_OPS;
  const results = OPS.map(({ kind, op, m }) => {
    const def = darkKindDef(kind);
    const name = `C${op}_bs${def.field}`;
    // BR per |C|² from the registry, to set the range of C to BR_NP ≤ 8e-5
    const br1 = OBSERVABLES.get(`BR(B+->K${def.field}${def.field})`).prepare(ps, {})({ wc: new Map([[name, { re: 1, im: 0 }]]), dark: { [def.massKey]: m } });
    const cMax = Math.sqrt(8e-5 / br1);
    // the quick report (used by the tests) keeps the published form-factor systematics instead of the 8 redist
    // directions, to save the 17 spectra per point; the full report uses redist
    const p = buildProblem(parseFitModelFile(`kind: ${kind}\nmass: ${m}\ncoefficients: {${op}: ${cMax / 4}}\nfit:\n  float: {${op}: [0, ${cMax}]}\n`, `${kind}-${op}`), release, { cache, ...(quick ? { ff: 'workspace' as const } : {}) });
    const b = minimize(p, {}, { prescan: quick ? 3 : 9 });
    const brNP = br1 * b.values[name] ** 2;
    return { kind, op, m, name, bestF: b.twiceNll, brNP, q0: noNP - b.twiceNll, vsSMshape: smShapeBest.twiceNll - b.twiceNll };
  });
  const row = (kind: DarkKind, op: string, m: number) => results.find((r) => r.kind === kind && r.op === op && r.m === m)!;
  const window = NP_WINDOWS[0];
  for (const [kind, op, m, what] of [
    ['scalar', 'V', 0.3, 'O_qφ^V (scalar DM, m_φ = 300 MeV)'],
    ['fermion', 'V1', 0.7, 'O_qχ1^V (fermion DM, m_χ = 700 MeV)'],
    ['fermion', 'V2', 0.7, 'O_qχ2^V (fermion DM, m_χ = 700 MeV)'],
  ] as const) {
    const r = row(kind, op, m);
    rows.push(
      compare({
        paper: '003',
        ref: 'eq. (17), §III D',
        quantity: `BR_NP(B+ → K+ + inv) of ${what} at the shape-aware best fit`,
        paperValue: window.central,
        emissValue: r.brNP,
        absTol: window.sigma,
        paperUncertainty: window.sigma,
        how: `best fit of the single coefficient to the reweighted Belle II likelihood (the operator's q² shape on top of emiss's SM νν̄, ${quick ? 'the published form-factor systematics (quick report)' : 'form-factor nuisances as redist'}); improvement over no new physics −2ΔlnL = ${r.q0.toFixed(2)}, over an SM-shaped excess ${r.vsSMshape >= 0 ? '+' : ''}${r.vsSMshape.toFixed(2)}; paper 003's window is the rate-only BR_exp − BR_SM = (1.9 ± 0.7)·10⁻⁵. Agreement: inside the 1σ window`,
        reasonIfDiffers: 'the shape-aware fit weighs each q² bin with its efficiency and background, which the rate-only window of eq. (17) cannot; a shape that puts the signal where the efficiency is low needs a larger BR',
      }),
    );
  }
  const ranked = [...results].sort((a, b) => b.vsSMshape - a.vsSMshape);
  const singled = ['scalar V 0.3', 'fermion V1 0.7', 'fermion V2 0.7'];
  const ranks = singled.map((k) => 1 + ranked.findIndex((r) => `${r.kind} ${r.op} ${r.m}` === k));
  const rankText = `Ranked by the improvement over an SM-shaped excess, the three operators paper 003 singles out come ${ranks.map((r) => `${r}`).join(', ')} among the ${results.length} fitted${ranks.every((r) => r <= 3) ? ' — the top three: the likelihood confirms the paper\'s conclusion' : ''}.`;
  const better = results.filter((r) => r.vsSMshape > 0.5).map((r) => `${darkKindDef(r.kind).field} ${r.op} (${(r.m * 1000).toFixed(0)} MeV)`);
  const worse = results.filter((r) => r.vsSMshape < -2).map((r) => `${darkKindDef(r.kind).field} ${r.op} (${(r.m * 1000).toFixed(0)} MeV)`);
  figures.push({
    id: 'belle2-dark-operators',
    title: 'Shape-aware Belle II likelihood of the paper 003 dark-pair operators',
    caption: `Improvement of −2 ln L over no new physics (q₀) at the best-fit coefficient of each operator (one operator at a time, complex/Dirac dark matter), at the masses of paper 003 Fig. 7. Dashed: the same for an SM-shaped excess (C_L^ττ floating, q₀ = ${(noNP - smShapeBest.twiceNll).toFixed(2)}); bars above it fit the measured q² distribution better than an SM-shaped excess.`,
    spec: {
      width: 560,
      height: 260,
      layer: [
        {
          data: { values: results.map((r) => ({ label: `${darkKindDef(r.kind).field} ${r.op} ${(r.m * 1000).toFixed(0)}`, q0: r.q0, kind: r.kind })) },
          mark: { type: 'bar' },
          encoding: { x: { field: 'label', type: 'nominal', sort: null, title: 'operator, mass [MeV]' }, y: { field: 'q0', type: 'quantitative', title: 'q₀ = −2ΔlnL(no NP − best fit)' }, color: { field: 'kind', type: 'nominal' } },
        },
        { data: { values: [{ y: noNP - smShapeBest.twiceNll }] }, mark: { type: 'rule', strokeDash: [5, 3], color: 'black' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      ],
    },
  });
  const table = `<h3>Dark-pair operators of paper 003 against the Belle II likelihood</h3>
<p>One operator at a time (coefficient fitted, mass fixed), emiss SM νν̄ underneath, form-factor nuisances as redist (HPQCD 2022 covariance)${quick ? '; in this quick report the published form-factor systematics instead' : ''}. q₀: improvement of −2 ln L over no new physics; Δ(SM shape): improvement over an SM-shaped excess with the same number of parameters (positive = the operator's q² shape describes the data better).</p>
<table><thead><tr><th>DM</th><th>operator</th><th>mass [MeV]</th><th>best-fit BR_NP</th><th>q₀</th><th>Δ(SM shape)</th></tr></thead><tbody>
${results.map((r) => `<tr><td>${r.kind}</td><td>${r.op}</td><td>${(r.m * 1000).toFixed(0)}</td><td>${fmtNum(r.brNP)}</td><td>${r.q0.toFixed(2)}</td><td>${r.vsSMshape.toFixed(2)}</td></tr>`).join('\n')}
</tbody></table>
<p><b>Compared with paper 003 §III D.</b> The paper concludes, from the normalised q² distributions with the ITA efficiency (its Fig. 8), that the vector-current operators — O_qφ^V with m_φ ≈ 300 MeV and O_qχ1,2^V with m_χ ≈ 700 MeV — match the excess, which sits at 3 ≲ q² ≲ 7 GeV². With the full likelihood (every fit bin, backgrounds and systematics), operators whose shape beats an SM-shaped excess by more than 0.5 in −2 ln L: ${better.length ? better.join(', ') : 'none'}; clearly disfavoured against it (by more than 2): ${worse.length ? worse.join(', ') : 'none'}. ${rankText} Shape differences of one unit in −2 ln L are small: the Belle II data prefer a localised excess (see the two-body fit), but do not yet separate the continuum shapes strongly.</p>`;

  return {
    id: 'belle2-likelihood',
    title: 'The Belle II likelihood for every model: μ profile, B+ → K+ X over m_X, dark-pair operators',
    intro:
      '<p>The published Belle II B+ → K+ νν̄ likelihood (pyhf workspace, arXiv:2311.14647 / 2507.12393) evaluated by emiss\'s HistFactory engine, and reweighted to any model through the joint number densities of generated q² and fit bin (the redist method): the signal yield in each fit bin is Σ_j N_rj BR_j/BR_j^null. μ = 1 is the release\'s SM template (BR = 4.966·10⁻⁶, quoted as 4.97·10⁻⁶). Every nuisance parameter is profiled at every point. Comparisons marked "ext" are with publications outside the four papers (named in the ref column).</p>',
    rows,
    figures,
    extraHtml: table,
  };
}

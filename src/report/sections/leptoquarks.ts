/**
 * Paper 003 §II after Fig. 1: leptoquarks and their correlated modes — the C_R-only scans of Fig. 2, the map onto
 * b → s ℓℓ′ predictions of Fig. 3, the quoted bounds (R_K* ≥ 1.5 at C_R^ττ ≈ −13.2, the sterile-ν R_K* ≥ 1.47),
 * S0 and R_D(*), and Table 3 of paper 001 (LFV limits as bounds on single coefficients).
 */
import type { Complex } from '../../core/complex.js';
import { makeParameterSet, alphaE, type ParameterSet } from '../../params/parameter-set.js';
import { OBSERVABLES, SM_POINT, evaluate } from '../../observables/index.js';
import { findMode } from '../../processes/nunu-modes.js';
import { kernelBR, prepareNuNuKernel } from '../../processes/b-to-m-nunu.js';
import { monteCarlo } from '../../uncertainty/monte-carlo.js';
import { makeRng } from '../../numerics/random.js';
import { brent } from '../../numerics/roots.js';
import { nunuIndex, NUNU_PACKED_LENGTH } from '../../wc/nunu.js';
import { couplingMatrix, leptoquarkCoefficients, type LeptoquarkId } from '../../models/leptoquarks.js';
import { classifyPoint, findSpace, pointCoefficients, type PointClass, type ScanChunk, type ScanSpace, type ScanSpec } from '../../stats/nunu-scan.js';
import { runScan } from '../../stats/run-scan.js';
import { evalQuadratic, minimizeOnLevelSet, quadraticFormOf } from '../../stats/quadratic-bound.js';
import { lfvBound, PAPER003_LIMITS, TABLE3_LIMITS } from '../../stats/lfv-bounds.js';
import { compare, rounding, type ComparisonRow, type Figure, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';

const PRESET = 'hmv2024';

const CLASS_ORDER: PointClass[] = ['grey', 'sm3sigma', 'blue-avg', 'red-avg', 'blue', 'red'];
const CLASS_LABEL: Record<PointClass, string> = {
  grey: 'other',
  sm3sigma: 'SM 3σ',
  'blue-avg': '2 ≤ R_K ≤ 4, R_K* ≤ 2.7',
  'red-avg': '2 ≤ R_K ≤ 4, R_K* ≤ 1.9',
  blue: '3.6 ≤ R_K ≤ 7, R_K* ≤ 2.7',
  red: '3.6 ≤ R_K ≤ 7, R_K* ≤ 1.9',
};
const CLASS_COLOUR: Record<PointClass, string> = {
  grey: '#c8c8c8',
  sm3sigma: '#2ca02c',
  'blue-avg': '#9ecae1',
  'red-avg': '#fcae91',
  blue: '#1f77b4',
  red: '#d62728',
};
const colourScale = (classes: PointClass[]) => ({
  domain: classes.map((c) => CLASS_LABEL[c]),
  range: classes.map((c) => CLASS_COLOUR[c]),
});

function thin<T>(xs: T[], max: number): T[] {
  if (xs.length <= max) return xs;
  const step = xs.length / max;
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)]);
}

/** R_K(x), R_K*(x) of a scan space as exact quadratic forms in its parameters. */
function ratioForms(ps: ParameterSet, space: ScanSpace) {
  const kK = prepareNuNuKernel(findMode('B+->K')!, ps);
  const kV = prepareNuNuKernel(findMode('B0->K*')!, ps);
  const smK = kernelBR(kK, null);
  const smV = kernelBR(kV, null);
  const d = space.params.length;
  const packed = new Float64Array(NUNU_PACKED_LENGTH);
  const pack = (x: ArrayLike<number>) => {
    packed.fill(0);
    for (let k = 0; k < d; k++) for (const [s, a, b] of space.params[k].entries) packed[nunuIndex(s, a, b)] = x[k];
    return packed;
  };
  return {
    qK: quadraticFormOf((x) => kernelBR(kK, pack(x)) / smK, d),
    qV: quadraticFormOf((x) => kernelBR(kV, pack(x)) / smV, d),
  };
}

function classesOf(scan: ScanChunk, sm: { sigmaK: number; sigmaKs: number }): PointClass[] {
  return Array.from(scan.rk, (rk, i) => classifyPoint(rk, scan.rks[i], sm));
}

function wcOf(o: Record<string, number>): { wc: Map<string, Complex> } {
  return { wc: new Map(Object.entries(o).map(([k, v]) => [k, { re: v, im: 0 }])) };
}

export async function leptoquarkSection(ctx: ReportContext): Promise<ReportSection> {
  const ps = makeParameterSet(PRESET);
  const rows: ComparisonRow[] = [];
  const figures: Figure[] = [];
  const extra: string[] = [];

  // ---------------- eqs. (15), (16): the correlations from the matching ----------------
  const rng = makeRng(ctx.seed + 51);
  const lam = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => ({ re: rng.normal(), im: rng.normal() })));
  const ratio = (id: LeptoquarkId, num: string, den: string) => {
    const m = leptoquarkCoefficients(ps, [{ id, mass: 1500, lambda: lam }]);
    const a = m.get(num)!;
    const b = m.get(den)!;
    return (a.re * b.re + a.im * b.im) / (b.re * b.re + b.im * b.im);
  };
  for (const [id, num, den, val, ref, what] of [
    ['S1', 'C9_bstaumu', 'CL_bsnutaunumu', 2, 'eq. (15a)', 'S1: C9^{ij}/C_L^{ij}'],
    ['S1', 'C10_bstaumu', 'CL_bsnutaunumu', -2, 'eq. (15a)', 'S1: C10^{ij}/C_L^{ij}'],
    ['V1', 'C9_bstaumu', 'CL_bsnutaunumu', 0.5, 'eq. (15b)', 'V1: C9^{ij}/C_L^{ij}'],
    ['St1/2', 'C9p_bstaumu', 'CR_bsnutaunumu', 1, 'eq. (16)', 'S̃1/2: C9′^{ij}/C_R^{ij}'],
    ['V1/2', 'C10p_bstaumu', 'CR_bsnutaunumu', -1, 'eq. (16)', 'V1/2: C10′^{ij}/C_R^{ij}'],
  ] as [LeptoquarkId, string, string, number, string, string][]) {
    rows.push(
      compare({
        paper: '003',
        ref,
        quantity: what,
        paperValue: val,
        emissValue: ratio(id, num, den),
        absTol: 1e-12,
        how: 'tree-level matching of src/models/leptoquarks.ts (derivation and Fierz signs documented there, identities checked numerically in the tests), random complex couplings, m = 1.5 TeV',
      }),
    );
  }

  // ---------------- SM 3σ (green) ----------------
  ctx.progress('SM uncertainty of R_K, R_K*');
  const smK = monteCarlo((p) => OBSERVABLES.get('BR(B+->Knunu)').prepare(p, {})(SM_POINT), ps, { n: Math.min(ctx.mcSamples, 2000), seed: ctx.seed + 52 });
  const smV = monteCarlo((p) => OBSERVABLES.get('BR(B0->K*nunu)').prepare(p, {})(SM_POINT), ps, { n: Math.min(ctx.mcSamples, 2000), seed: ctx.seed + 53 });
  const sm = { sigmaK: smK.summary.std / smK.central, sigmaKs: smV.summary.std / smV.central };

  // ---------------- Fig. 2 left: C_R with C_R^ττ the only diagonal entry ----------------
  ctx.progress('Fig. 2 left: random scan of C_R^ττ, C_R^eμ, C_R^eτ, C_R^μτ');
  const base: Omit<ScanSpec, 'space' | 'mode' | 'ranges'> = { preset: PRESET, seed: ctx.seed + 54 };
  const left = await runScan({ ...base, space: 'R-tau', mode: 'random', n: 10 * ctx.scanPoints, ranges: [[-25, 10], [-20, 20], [-20, 20], [-20, 20]] });
  const leftCls = classesOf(left, sm);
  const spaceTau = findSpace('R-tau');
  const { qK: qKtau, qV: qVtau } = ratioForms(ps, spaceTau);
  const exactTau = minimizeOnLevelSet(qVtau, qKtau, 3.6);
  const redIdx = leftCls.flatMap((c, i) => (c === 'red' ? [i] : []));
  const scanMin = redIdx.reduce((best, i) => (left.rks[i] < left.rks[best] ? i : best), redIdx[0] ?? 0);
  rows.push(
    compare({
      paper: '003',
      ref: '§II below Fig. 2',
      quantity: 'lower bound on R_K*^νν in the red region (C_R^ττ and off-diagonal C_R)',
      paperValue: 1.5,
      emissValue: exactTau.value,
      absTol: rounding(1.5, 2),
      how: `exact minimum of R_K* on R_K = 3.6 (Lagrange multiplier, src/stats/quadratic-bound.ts; global by the S-lemma), hmv2024 inputs; the random scan's lowest red point is R_K* = ${redIdx.length ? fmtNum(left.rks[scanMin]) : '—'} (${redIdx.length} red points of ${left.count})`,
    }),
  );
  rows.push(
    compare({
      paper: '003',
      ref: '§II below Fig. 2',
      quantity: 'C_R^ττ at the lowest R_K* of the red region (C_R^μτ ≈ 0)',
      paperValue: -13.2,
      emissValue: exactTau.x[0],
      absTol: rounding(13.2, 3),
      how: `position of the exact minimum; the off-diagonal entries vanish there (${Array.from(exactTau.x.slice(1)).map((v) => fmtNum(v)).join(', ')}), as the paper says`,
      reasonIfDiffers: `the minimum of R_K* sits on the boundary R_K = 3.6 of the red region, at C_R^ττ = ${fmtNum(exactTau.x[0])}. At the paper's C_R^ττ = −13.2 emiss gives R_K = ${fmtNum(evalQuadratic(qKtau, [-13.2, 0, 0, 0]))}, R_K* = ${fmtNum(evalQuadratic(qVtau, [-13.2, 0, 0, 0]))} — inside the band, with R_K* ≈ 1.5 as quoted: the paper reports the position of its lowest scan point rather than of the boundary minimum (R_K* varies by only ${fmtNum(evalQuadratic(qVtau, [-13.2, 0, 0, 0]) - exactTau.value)} between the two)`,
    }),
  );
  const toPts = (scan: ScanChunk, cls: PointClass[], max: number) => {
    const byClass = new Map<PointClass, { rk: number; rks: number; cls: string }[]>();
    for (let i = 0; i < scan.count; i++) {
      if (scan.rk[i] > 10 || scan.rks[i] > 10) continue;
      const list = byClass.get(cls[i]) ?? [];
      list.push({ rk: scan.rk[i], rks: scan.rks[i], cls: CLASS_LABEL[cls[i]] });
      byClass.set(cls[i], list);
    }
    return CLASS_ORDER.flatMap((c) => thin(byClass.get(c) ?? [], c === 'grey' ? max : Math.floor(max / 3)));
  };
  const rkLayers = (pts: unknown[], classes: PointClass[], title: string) => ({
    title,
    width: 330,
    height: 330,
    layer: [
      {
        data: { values: [{ x0: 1 - 3 * sm.sigmaK, x1: 1 + 3 * sm.sigmaK, y0: 1 - 3 * sm.sigmaKs, y1: 1 + 3 * sm.sigmaKs }] },
        mark: { type: 'rect', color: '#2ca02c', opacity: 0.6 },
        encoding: { x: { field: 'x0', type: 'quantitative' }, x2: { field: 'x1' }, y: { field: 'y0', type: 'quantitative' }, y2: { field: 'y1' } },
      },
      {
        data: { values: pts },
        mark: { type: 'circle', size: 6, opacity: 0.7 },
        encoding: {
          x: { field: 'rk', type: 'quantitative', title: 'R_K^νν', scale: { domain: [0, 10] } },
          y: { field: 'rks', type: 'quantitative', title: 'R_K*^νν', scale: { domain: [0, 10] } },
          color: { field: 'cls', type: 'nominal', title: null, legend: { orient: 'bottom', columns: 2, labelLimit: 300 }, scale: colourScale(classes) },
        },
      },
      { data: { values: [{ x: 3.6 }, { x: 7 }] }, mark: { type: 'rule', color: 'black' }, encoding: { x: { field: 'x', type: 'quantitative' } } },
      { data: { values: [{ y: 2.7 }, { y: 1.9 }] }, mark: { type: 'rule', color: '#d62728', strokeDash: [6, 3] }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      { data: { values: [{ x: 0, y: 0 }, { x: 10, y: 10 }] }, mark: { type: 'line', color: 'black', strokeWidth: 1 }, encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } },
    ],
  });

  // ---------------- Fig. 2 centre (substitute): where the viable points of the six-C_R scan sit ----------------
  ctx.progress('Fig. 2 centre: six-C_R scan');
  const six = await runScan({ ...base, seed: ctx.seed + 55, space: 'R', mode: 'random', n: 10 * ctx.scanPoints, ranges: [[-15, 15]] });
  const sixCls = classesOf(six, sm);
  const centrePts: { diag: number; off: number; cls: string }[] = [];
  let viableSmallDiag = 0;
  let viable = 0;
  for (let i = 0; i < six.count; i++) {
    const c = sixCls[i];
    if (c !== 'red' && c !== 'blue' && c !== 'grey') continue;
    const p = six.params.subarray(i * 6, i * 6 + 6);
    const diag = Math.max(Math.abs(p[0]), Math.abs(p[1]), Math.abs(p[2]));
    const off = Math.sqrt(2 * (p[3] ** 2 + p[4] ** 2 + p[5] ** 2));
    if (c !== 'grey') {
      viable++;
      if (diag < 5) viableSmallDiag++;
    }
    centrePts.push({ diag, off, cls: CLASS_LABEL[c] });
  }
  const centreSorted = [...thin(centrePts.filter((p) => p.cls === CLASS_LABEL.grey), 600), ...thin(centrePts.filter((p) => p.cls !== CLASS_LABEL.grey), 800)];

  // ---------------- Fig. 2 right: C_R^ττ vs C_R^μτ grid ----------------
  ctx.progress('Fig. 2 right: grid in C_R^ττ, C_R^μτ with the b → sℓℓ′ predictions of Fig. 3');
  const steps = ctx.scanPoints >= 20000 ? 81 : 61;
  const fig3Obs = ['BR(B+->Ktautau)', 'BR(Bs->tautau)', 'BR(B+->Kmutau)', 'BR(Bs->taumu)', 'BR(B0->K*tautau)'];
  const right = await runScan({
    ...base,
    space: 'R-tautau-mutau',
    mode: 'grid',
    steps,
    ranges: [[-25, 10], [-20, 20]],
    observables: fig3Obs,
    charged: 'CR=C9p=-C10p',
  });
  const rightCls = classesOf(right, sm);
  const gridPts = [];
  for (let i = 0; i < right.count; i++) {
    const c = rightCls[i];
    if (c === 'grey') continue;
    gridPts.push({ ctt: right.params[2 * i], cmt: right.params[2 * i + 1], cls: CLASS_LABEL[c] });
  }
  const rightClasses: PointClass[] = ['sm3sigma', 'blue-avg', 'red-avg', 'blue', 'red'];
  figures.push({
    id: 'paper003-fig2',
    title: 'Paper 003 Fig. 2: scans restricted to C_R',
    caption: `Left: random scan (${left.count} points, real coefficients) of C_R^ττ ∈ [−25, 10] and the off-diagonal C_R^eμ, C_R^eτ, C_R^μτ ∈ [−20, 20] (C_R^ij = C_R^ji; no other diagonal entry), colour code of Fig. 1; hmv2024 inputs. As in the paper, red and blue points exist and R_K* stays above ${fmtNum(exactTau.value)} (exact minimum, at C_R^ττ = ${fmtNum(exactTau.x[0])}). Centre: the paper shows a projection made with an interactive tour of the six-dimensional C_R^ij space; emiss shows instead, for a random scan of the six C_R^ij ∈ [−15, 15], the largest diagonal |C_R^ii| against the size of the off-diagonal part — the red and blue points need max|C_R^ii| ≳ ${fmtNum(Math.min(...centrePts.filter((p) => p.cls === CLASS_LABEL.red || p.cls === CLASS_LABEL.blue).map((p) => p.diag)))} (only ${viableSmallDiag} of ${viable} viable points have max|C_R^ii| < 5), the paper's "at least one diagonal entry near 10". Right: grid (${steps}×${steps}) in C_R^ττ and C_R^μτ = C_R^τμ, all other C_R^ij = 0; the light red/blue regions use the new average 2 ≤ R_K ≤ 4 instead of the new 1σ range (the paper's hashed regions).`,
    spec: {
      hconcat: [
        rkLayers(toPts(left, leftCls, 1200), ['grey', 'sm3sigma', 'blue-avg', 'red-avg', 'blue', 'red'], 'left: C_R^ττ + off-diagonal C_R'),
        {
          title: 'centre: six C_R^ij — viable points need a large diagonal entry',
          width: 300,
          height: 330,
          data: { values: centreSorted },
          mark: { type: 'circle', size: 6, opacity: 0.7 },
          encoding: {
            x: { field: 'diag', type: 'quantitative', title: 'max_i |C_R^ii|' },
            y: { field: 'off', type: 'quantitative', title: '(Σ_{i≠j} |C_R^ij|²)^½' },
            color: { field: 'cls', type: 'nominal', title: null, legend: null, scale: colourScale(['grey', 'blue', 'red']) },
          },
        },
        {
          title: 'right: C_R^ττ and C_R^μτ = C_R^τμ only',
          width: 300,
          height: 330,
          data: { values: gridPts },
          mark: { type: 'square', size: 12, opacity: 0.9 },
          encoding: {
            x: { field: 'cmt', type: 'quantitative', title: 'C_R^μτ = C_R^τμ', scale: { domain: [-20, 20] } },
            y: { field: 'ctt', type: 'quantitative', title: 'C_R^ττ', scale: { domain: [-25, 10] } },
            color: { field: 'cls', type: 'nominal', title: null, legend: { orient: 'bottom', columns: 1, labelLimit: 300 }, scale: colourScale(rightClasses) },
          },
        },
      ],
    },
  });

  // ---------------- sterile neutrino (primed operators): R_K* ≥ 1.47 ----------------
  const spacePrimed = findSpace('LRp');
  const { qK: qKp, qV: qVp } = ratioForms(ps, spacePrimed);
  const exactPrimed = minimizeOnLevelSet(qVp, qKp, 3.6);
  const eta = evaluate(OBSERVABLES, 'eta_K*^nunu', ps, SM_POINT);
  const etaMc = monteCarlo((p) => evaluate(OBSERVABLES, 'eta_K*^nunu', p, SM_POINT), ps, { n: Math.min(ctx.mcSamples, 1000), seed: ctx.seed + 56 });
  rows.push(
    compare({
      paper: '003',
      ref: '§II, sterile neutrino',
      quantity: "lower bound on R_K* for 3.6 ≤ R_K ≤ 7 (right-handed-ν operators C_L'^ij, C_R'^ij)",
      paperValue: 1.47,
      emissValue: exactPrimed.value,
      emissUncertainty: 1.3 * etaMc.summary.std,
      absTol: Math.hypot(rounding(1.47, 3), 1.3 * etaMc.summary.std),
      how: `exact minimum on R_K = 3.6 over the 12 primed coefficients; it equals the closed form 1 + (1 − η)(R_K − 1)/2 = ${fmtNum(1 + ((1 - eta) * 2.6) / 2)} (reached at C_L'^ii = C_R'^ii, where R_K* − 1 = (1−η)/2 (R_K − 1)) with η = ${fmtNum(eta)}; the uncertainty is 1.3 σ_η (MC over the GKvD form factors). The primes are lost in the text extraction of the paper; the model (a Z′ coupled to light sterile neutrinos) has right-handed neutrinos, and the unprimed C_L, C_R reach R_K* = ${fmtNum(minimizeOnLevelSet(ratioForms(ps, findSpace('LR')).qV, ratioForms(ps, findSpace('LR')).qK, 3.6).value)} (below 1, through the SM interference), so the bound must refer to the primed ones`,
    }),
  );

  // ---------------- Fig. 3: map onto b → s ℓℓ′ ----------------
  const sel = Array.from({ length: right.count }, (_, i) => i).filter((i) => rightCls[i] === 'red' || rightCls[i] === 'blue');
  const col = (o: string) => right.extra[fig3Obs.indexOf(o)];
  const maxOf = (o: string) => Math.max(...sel.map((i) => col(o)[i]));
  const argMax = (o: string) => sel.reduce((b, i) => (col(o)[i] > col(o)[b] ? i : b), sel[0]);
  const smVal = (o: string) => evaluate(OBSERVABLES, o, ps, SM_POINT);
  // the alternative normalisation C9′ = −C10′ = 2 C_R (paper-001 slide) at the same points
  const doubled = (o: string) => {
    const def = OBSERVABLES.get(o);
    const f = def.prepare(ps, {});
    return Math.max(
      ...sel.map((i) => {
        const wc = pointCoefficients(findSpace('R-tautau-mutau'), right.params.subarray(2 * i, 2 * i + 2), 'CR=C9p=-C10p');
        for (const [k, v] of wc) if (k.startsWith('C9p') || k.startsWith('C10p')) wc.set(k, { re: 2 * v.re, im: 0 });
        return f({ wc });
      }),
    );
  };
  const fig3Rows: [string, string, number, string][] = [
    ['BR(B+->Kmutau)', 'B(B⁺ → K⁺ μ⁻ τ⁺) can reach', 1e-5, '"can reach values of 10⁻⁵"'],
    ['BR(Bs->taumu)', 'B(B_s → τ⁺ μ⁻) can reach', 1e-5, '"can reach values of 10⁻⁵"'],
    ['BR(B+->Ktautau)', 'B(B⁺ → K⁺ τ⁺ τ⁻) can reach', 3e-5, '"a few times 10⁻⁵" (taken as 3e-5)'],
    ['BR(Bs->tautau)', 'B(B_s → τ⁺ τ⁻) can reach', 3e-5, '"a few times 10⁻⁵" (taken as 3e-5)'],
  ];
  const fig3Table: string[] = [];
  for (const [o, q, pv, said] of fig3Rows) {
    const e = maxOf(o);
    const d = doubled(o);
    const i = argMax(o);
    rows.push(
      compare({
        paper: '003',
        ref: '§II, Fig. 3',
        quantity: q,
        paperValue: pv,
        emissValue: e,
        absTol: 0.5 * pv,
        how: `largest value over the red and blue points of Fig. 2 right (C9′ = −C10′ = C_R, eq. 16), at C_R^ττ = ${fmtNum(right.params[2 * i])}, C_R^μτ = ${fmtNum(right.params[2 * i + 1])}; the paper's ${said} is an order-of-magnitude statement, compared within a factor 2; SM: ${fmtNum(smVal(o))}`,
        reasonIfDiffers: `with eq. (16) (C9′ = C_R, derived in src/models/leptoquarks.ts and checked against the Doršner et al. matching) emiss's largest value is ${fmtNum(e)}. With C9′ = −C10′ = 2 C_R — the relation printed on the paper-001 slides ("C_R = ½ C9′") — the same points give ${fmtNum(d)}, ${
          Math.abs(d - pv) <= 0.5 * pv
            ? "which matches the quoted reach: the paper's Fig. 3 appears to use that normalisation"
            : `closer to, but still a factor ${fmtNum(pv / d)} below, the quoted reach (an order-of-magnitude statement; with the doubled normalisation the μτ modes match)`
        }`,
      }),
    );
    fig3Table.push(`<tr><td>${o}</td><td>${fmtNum(smVal(o))}</td><td>${fmtNum(e)}</td><td>${fmtNum(d)}</td><td>${PAPER003_LIMITS.find((l) => l.observable === o)?.limit ?? '—'}</td></tr>`);
  }
  extra.push(
    `<h3>Fig. 3: ranges over the red and blue points of Fig. 2 (right)</h3><table><thead><tr><th>observable</th><th>SM</th><th>max, C9′ = −C10′ = C_R (eq. 16)</th><th>max, C9′ = −C10′ = 2 C_R (slides)</th><th>limit (paper 003)</th></tr></thead><tbody>${fig3Table.join('')}</tbody></table>`,
  );
  // red drawn after blue; LFV points with C_R^μτ = 0 (BR = 0) are left out of the log plot
  const f3pts = [...thin(sel.filter((i) => rightCls[i] === 'blue'), 500), ...thin(sel.filter((i) => rightCls[i] === 'red'), 300)].map((i) => ({
    cls: CLASS_LABEL[rightCls[i]],
    ktt: col('BR(B+->Ktautau)')[i],
    stt: col('BR(Bs->tautau)')[i],
    kmt: col('BR(B+->Kmutau)')[i],
    smt: col('BR(Bs->taumu)')[i],
  }));
  const lim = (o: string) => PAPER003_LIMITS.find((l) => l.observable === o)!.limit;
  const rule = (field: 'x' | 'y', v: number, dashed: boolean) => ({
    data: { values: [{ v }] },
    mark: { type: 'rule', color: dashed ? '#555' : 'black', strokeWidth: dashed ? 1 : 1.5, ...(dashed ? { strokeDash: [5, 3] } : {}) },
    encoding: { [field]: { field: 'v', type: 'quantitative' } },
  });
  const logAxis = (field: string, title: string, domain: [number, number]) => ({ field, type: 'quantitative', title, scale: { type: 'log', domain, clamp: true }, axis: { format: '.0e' } });
  const panel = (title: string, xs: string, ys: string, xt: string, yt: string, dom: [number, number], lines: unknown[], legend: boolean) => ({
    title,
    width: 320,
    height: 300,
    layer: [
      {
        data: { values: f3pts.filter((p) => (p as Record<string, number | string>)[xs] as number > 0) },
        mark: { type: 'circle', size: 10, opacity: 0.8 },
        encoding: {
          x: logAxis(xs, xt, dom),
          y: logAxis(ys, yt, dom),
          color: { field: 'cls', type: 'nominal', title: null, legend: legend ? { orient: 'bottom', columns: 1, labelLimit: 300 } : null, scale: colourScale(['blue', 'red']) },
        },
      },
      ...lines,
    ],
  });
  figures.push({
    id: 'paper003-fig3',
    title: 'Paper 003 Fig. 3: the viable C_R^ττ, C_R^μτ region mapped onto b → s ℓℓ′ modes',
    caption: `Every red and blue grid point of Fig. 2 (right) with the charged-lepton coefficients of S̃1/2 or V1/2, C9′^ij = −C10′^ij = C_R^ij (eq. 16); log scales. Left: lepton-flavour-conserving τ modes, which depend on C_R^ττ only (a curve); black lines: SM, B(B⁺→K⁺ττ) = ${fmtNum(smVal('BR(B+->Ktautau)'))}, B(B_s→ττ) = ${fmtNum(smVal('BR(Bs->tautau)'))}; dashed: the limits 2.25e-3 and 6.8e-3 quoted in the paper. Right: μτ modes (SM 0; dashed: limits 2.8e-5 and 4.2e-5). B⁺ → K⁺μ⁻τ⁺ is flavio's BR(B+->Kmutau) (its CP image), B_s → τ⁺μ⁻ is BR(Bs->taumu). The paper's quoted reach (10⁻⁵ for the μτ modes, a few 10⁻⁵ for ττ) is about 4× the values here; the table above shows that C9′ = −C10′ = 2 C_R (the normalisation on the paper-001 slides) reproduces it.`,
    spec: {
      hconcat: [
        panel('τ⁺τ⁻', 'ktt', 'stt', 'B(B⁺ → K⁺ τ⁺ τ⁻)', 'B(B_s → τ⁺ τ⁻)', [1e-8, 1e-2], [rule('x', smVal('BR(B+->Ktautau)'), false), rule('y', smVal('BR(Bs->tautau)'), false), rule('x', lim('BR(B+->Ktautau)'), true), rule('y', lim('BR(Bs->tautau)'), true)], true),
        panel('μτ (lepton-flavour violating)', 'kmt', 'smt', 'B(B⁺ → K⁺ μ⁻ τ⁺)', 'B(B_s → τ⁺ μ⁻)', [1e-9, 1e-4], [rule('x', lim('BR(B+->Kmutau)'), true), rule('y', lim('BR(Bs->taumu)'), true)], false),
      ],
    },
  });

  // ---------------- S0 and R_D(*) ----------------
  ctx.progress('S0: R_K = R_K* vs r_D');
  // S0 with λ^{sτ} = 1, λ^{bτ} = x at m = 1 TeV: C_L^ττ ∝ x, C_VL^ττ from the exact matching (CKM kept)
  const s0 = (x: number) => leptoquarkCoefficients(ps, [{ id: 'S0', mass: 1000, lambda: couplingMatrix([{ quark: 1, lepton: 2, value: { re: 1, im: 0 } }, { quark: 2, lepton: 2, value: { re: x, im: 0 } }]) }]);
  const rkOf = (m: Map<string, Complex>) => evaluate(OBSERVABLES, 'R_K^nunu', ps, { wc: m });
  const rdOf = (m: Map<string, Complex>) => evaluate(OBSERVABLES, 'r_D', ps, { wc: m });
  const clOf = (m: Map<string, Complex>) => m.get('CL_bsnutaunutau')?.re ?? 0;
  const xPlus = brent((x) => rkOf(s0(x)) - 2.7, 0, 1); // C_L^ττ < 0 branch (enhances R_D)
  const xMinus = brent((x) => rkOf(s0(x)) - 2.7, -1, 0);
  const a2pi = alphaE(ps).np / (2 * Math.PI);
  const slide = (c: number) => (1 - a2pi * c) ** 2;
  const rdUp = rdOf(s0(xPlus));
  const rdDown = rdOf(s0(xMinus));
  rows.push(
    compare({
      paper: '003',
      ref: '§II, S0',
      quantity: 'S0 at R_K = R_K* = 2.7: R_D(*) enhancement r_D(*)',
      paperValue: 1.06,
      emissValue: rdUp,
      absTol: rounding(1.06, 3),
      how: `S0 with couplings λ^{sτ}, λ^{bτ} (m = 1 TeV) tuned to R_K = R_K* = 2.7: C_L^ττ = ${fmtNum(clOf(s0(xPlus)))}, exact matching with CKM (src/models/leptoquarks.ts); the slide formula |1 − (α/2π) C_L^33|² gives ${fmtNum(slide(clOf(s0(xPlus))))}`,
      reasonIfDiffers: `the enhancing branch (C_L^ττ < 0) gives only +${fmtNum(100 * (rdUp - 1))} %, with the paper's own formula as well (${fmtNum(100 * (slide(clOf(s0(xPlus))) - 1))} %); the other branch (C_L^ττ = ${fmtNum(clOf(s0(xMinus)))}) changes R_D by ${fmtNum(100 * (rdDown - 1))} % — close to the quoted "about 6 %" in size but a reduction. A 6 % enhancement at R_K = 2.7 would need α/π instead of α/2π in the formula. Either way S0 cannot explain r_D(*) ≈ 1.12–1.19, the paper's conclusion`,
    }),
  );
  const xr = brent((x) => rdOf(s0(x)) - 1.12, 0, 2);
  const rk112 = rkOf(s0(xr));
  rows.push(
    compare({
      paper: '003',
      ref: '§II, S0',
      quantity: 'S0 tuned to r_D(*) = 1.12: R_K = R_K* ≳',
      paperValue: 14,
      emissValue: rk112,
      absTol: rounding(14, 2),
      how: `couplings λ^{sτ} = 1, λ^{bτ} = ${fmtNum(xr)} (m = 1 TeV), C_L^ττ = ${fmtNum(clOf(s0(xr)))}`,
      reasonIfDiffers: `emiss needs C_L^ττ = ${fmtNum(clOf(s0(xr)))} for r_D = 1.12 (the slide formula needs ${fmtNum((1 - Math.sqrt(1.12)) / a2pi)}), hence R_K = ${fmtNum(rk112)}: the paper's "≳ 14" holds as a lower bound but its value is a factor ${fmtNum(rk112 / 14)} lower than what its formula implies (R_K = 14 corresponds to r_D = ${fmtNum(slide(brent((c) => evaluate(OBSERVABLES, 'R_K^nunu', ps, wcOf({ CL_bsnutaunutau: c })) - 14, -200, 0)))}). Note also that with λ^{bτ} ≫ λ^{sτ} the CKM-induced coupling V_cb λ^{bτ*} to c τ enhances R_D without any effect on b → sνν̄ (the slide formula drops it)`,
    }),
  );
  const s0Curve: { rk: number; rd: number; curve: string; branch: string; x: number }[] = [];
  for (let k = -60; k <= 60; k++) {
    const x = (k / 60) * 0.45;
    const m = s0(x);
    const branch = clOf(m) < 0 ? 'C_L^ττ < 0' : 'C_L^ττ > 0';
    s0Curve.push({ rk: rkOf(m), rd: rdOf(m), curve: 'exact (λ^{sτ} = 1, λ^{bτ} varied)', branch, x: Math.abs(x) });
    s0Curve.push({ rk: rkOf(m), rd: slide(clOf(m)), curve: 'slide formula |1 − (α/2π) C_L^33|²', branch, x: Math.abs(x) });
  }
  figures.push({
    id: 'lq-s0-rd',
    title: 'S0: R_K^νν = R_K*^νν against r_D = r_D*',
    caption: `S0 with λ^{sτ} = 1 and λ^{bτ} ∈ [−0.45, 0.45] at m = 1 TeV (hmv2024 inputs): exact tree-level matching (CKM kept) and the slide formula (dashed). The upper branch has C_L^ττ < 0 (λ^{bτ} > 0) and enhances R_D, the lower one reduces it. Dashed: R_K = 2.7 (the paper's S0 point) and the HFLAV r_D* = 1.12 ± 0.06 quoted in paper 003. r_D = 1.12 needs R_K ≈ ${fmtNum(rk112)}.`,
    spec: {
      width: 420,
      height: 300,
      layer: [
        {
          data: { values: s0Curve.filter((p) => p.rk <= 40) },
          mark: { type: 'line' },
          encoding: {
            x: { field: 'rk', type: 'quantitative', title: 'R_K^νν = R_K*^νν' },
            y: { field: 'rd', type: 'quantitative', title: 'r_D = r_D*', scale: { zero: false } },
            color: { field: 'curve', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 300 } },
            strokeDash: { field: 'curve', type: 'nominal', legend: null },
            detail: { field: 'branch' },
            order: { field: 'x', type: 'quantitative' },
          },
        },
        { data: { values: [{ v: 2.7 }] }, mark: { type: 'rule', strokeDash: [4, 3] }, encoding: { x: { field: 'v', type: 'quantitative' } } },
        { data: { values: [{ lo: 1.06, hi: 1.18 }] }, mark: { type: 'rect', color: '#ff7f0e', opacity: 0.15 }, encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } },
      ],
    },
  });

  // ---------------- paper 001 Table 3 ----------------
  ctx.progress('paper 001 Table 3');
  const fl = makeParameterSet('flavio');
  const t3: string[] = [];
  for (const row of TABLE3_LIMITS) {
    const b = lfvBound(fl, row);
    const mc = monteCarlo((p) => lfvBound(p, row).single, fl, { n: Math.min(ctx.mcSamples, 400), seed: ctx.seed + 57 });
    const rel = mc.summary.std / mc.central;
    const c10 = row.single.C10_bsemu === undefined ? Math.sqrt(row.limit / evaluate(OBSERVABLES, row.observable, fl, wcOf(Object.fromEntries(Object.entries(row.single).map(([k, v]) => [k.replace('C9_', 'C10_'), v]))))) : b.single;
    const kst = row.observable.includes('K*');
    const bs = row.id === 'Bs-emu';
    const reasonKst = `emiss's B → K* e μ rate per |C|² is ${fmtNum((row.paperSingle! / b.single) ** 2)}× the paper's (flavio v2.7, checked to 1e-8 in the tests, agrees with emiss); the B → K rows agree, so the difference is in the paper's B → K* calculation (form factors or rate formula), not identified`;
    const reasonBs = `B_s → ℓℓ′ gets (m_μ − m_e)(C9 − C9′) besides (m_μ + m_e)(C10 − C10′) (arXiv:1602.00881 eq. 5, flavio): with C9′ = −C10′ the rate doubles and the bound drops by √2. The paper's equal columns follow if the vector term is dropped`;
    for (const [col, pv, ev] of [
      ['one coefficient', row.paperSingle!, b.single],
      ["C9′ = −C10′ (or C9 = −C10)", row.paperPair!, b.pair],
    ] as const) {
      rows.push(
        compare({
          paper: '001',
          ref: 'Table 3',
          quantity: `${row.label} < ${row.limit}: bound on |C| (${col})`,
          paperValue: pv,
          emissValue: ev,
          emissUncertainty: rel * ev,
          absTol: Math.hypot(rounding(pv, 2), rel * ev),
          how: `|C| ≤ √(limit/BR(|C| = 1)), ${row.observable} with the flavio preset (${Object.keys(col === 'one coefficient' ? row.single : row.pair).join(', ')}); uncertainty from the form factors and inputs (MC), combined with the printed rounding`,
          reasonIfDiffers: kst ? reasonKst : bs ? reasonBs : 'form factors: flavio 2.7 uses GRvDV 2023 for B → K, the 2021 table BSZ 2015',
        }),
      );
    }
    t3.push(`<tr><td>${row.label}</td><td>${row.limit}</td><td>${fmtNum(b.single)} (C9) / ${fmtNum(c10)} (C10)</td><td>${fmtNum(b.pair)}</td><td>${row.paperSingle}</td><td>${row.paperPair}</td></tr>`);
  }
  extra.push(
    `<h3>Paper 001 Table 3: LFV limits as bounds on single coefficients</h3><p>flavio preset; "one coefficient" is C9 (and C10 shown), for B_s → e^±μ^∓ the symmetric C10^{eμ} = C10^{μe}. Row 1's label is garbled in the text extraction; its limit 5.4e-9 is LHCb's B_s → e^±μ^∓.</p><table><thead><tr><th>mode</th><th>limit</th><th>emiss: one |C|</th><th>emiss: C9′ = −C10′</th><th>paper: one</th><th>paper: pair</th></tr></thead><tbody>${t3.join('')}</tbody></table>`,
  );

  return {
    id: 'leptoquarks',
    title: 'Leptoquarks and correlated modes: Figs. 2 and 3 of paper 003, S0 and R_D(*), Table 3 of paper 001',
    intro: `<p>The leptoquarks S0, S̃1/2, S1, V1/2, V1 of paper 003 eq. (13) are matched at tree level onto b → sνν̄ (C_L for S0, S1, V1; C_R for S̃1/2, V1/2), b → sℓℓ′ (eqs. 15, 16) and, for S0, b → cτν̄ (src/models/leptoquarks.ts; try <code>emiss lq</code>). The charged-lepton rates B → K(*)ℓℓ′ and B_s → ℓℓ′ keep the lepton masses and agree with flavio v2.7 to 1e-8 for the LFV modes (test/bsll-flavio.test.ts). Scans run on all cores (<code>emiss scan-nunu</code>); the exact bounds on R_K* come from a Lagrange-multiplier minimisation rather than from the scans. Inputs: hmv2024 (paper 003's |V_tb V_ts*|, X_t, GKvD B → K* form factors); SM 3σ: σ(R_K) = ${fmtNum(sm.sigmaK)}, σ(R_K*) = ${fmtNum(sm.sigmaKs)}.</p>`,
    rows,
    figures,
    extraHtml: extra.join('\n'),
  };
}

/**
 * Paper 003 §III D: normalised q² distributions of B+ → K+ + invisible with dark pairs (eq. 22, Fig. 7) and the
 * same folded with the Belle II ITA signal efficiency in 2 GeV² bins (Fig. 8); the efficiency derived from the
 * published number densities; the dark masses that put most of the signal into 3 ≤ q² ≤ 7 GeV².
 */
import { makeParameterSet, type ParameterSet } from '../../params/parameter-set.js';
import { OBSERVABLES, SM_POINT } from '../../observables/index.js';
import { DARK_KIND_DEFS, type DarkKind } from '../../processes/dark-pairs/basis.js';
import { readItaSignalRegion } from '../../io/belle2-number-density.js';
import { efficiencyFromNumberDensity, numberDensityEdges, rebinEfficiency, totalEfficiency, type EfficiencyTable } from '../../models/dark-pairs/efficiency.js';
import { NP_WINDOWS } from '../../models/dark-pairs/bounds.js';
import { combinedShape, fig8Bins, foldedHistogram, npShape, smShape, type Shape } from '../../models/dark-pairs/q2-shape.js';
import { gaussLegendreOn } from '../../numerics/gauss-legendre.js';
import { histogramFigureSpec, shapeFigureSpec, type Curve } from '../dark-pair-figures.js';
import { compare, type ComparisonRow, type Figure, type ReportContext, type ReportSection } from '../types.js';
import { fmtNum } from '../html.js';

const label = (kind: DarkKind, op: string, m: number) => `${DARK_KIND_DEFS.find((d) => d.kind === kind)!.field} ${op}, m = ${(1000 * m).toFixed(0)} MeV`;

/** ε per fine q² bin (number densities ÷ emiss SM rate per bin). */
export function belle2ItaEfficiency(ps: ParameterSet): EfficiencyTable {
  const edges = numberDensityEdges();
  const def = OBSERVABLES.get('<BR>(B+->Knunu)');
  const br = edges.slice(0, -1).map((a, j) => def.prepare(ps, { q2min: a, q2max: edges[j + 1] })(SM_POINT));
  return efficiencyFromNumberDensity(readItaSignalRegion(), br);
}

/** Fraction of the efficiency-weighted NP signal with lo ≤ q² ≤ hi: Σ_j ε_j ∫_{bin j ∩ [lo,hi]} shape / Σ_j ε_j ∫_{bin j} shape. */
function fractionIn(shape: Shape, fine: EfficiencyTable, lo: number, hi: number): number {
  const r = gaussLegendreOn(0, 1, 4);
  const part = (a: number, b: number) => {
    let t = 0;
    for (let k = 0; k < 4; k++) t += r.weights[k] * (b - a) * shape(a + (b - a) * r.nodes[k]);
    return t;
  };
  let num = 0;
  let den = 0;
  for (let j = 0; j + 1 < fine.edges.length; j++) {
    const a = fine.edges[j];
    const b = fine.edges[j + 1];
    if (!(fine.eff[j] > 0)) continue;
    const inLo = Math.max(a, lo);
    const inHi = Math.min(b, hi);
    if (inHi > inLo) {
      const w = fine.eff[j] * part(inLo, inHi);
      num += w;
      den += w;
      if (a < inLo) den += fine.eff[j] * part(a, inLo);
      if (inHi < b) den += fine.eff[j] * part(inHi, b);
    } else {
      den += fine.eff[j] * part(a, b);
    }
  }
  return num / den;
}

export async function darkPairSpectraSection(ctx: ReportContext): Promise<ReportSection> {
  const ps = makeParameterSet('hmv2024');
  ctx.progress('dark pairs: Belle II ITA efficiency from the number densities');
  const fine = belle2ItaEfficiency(ps);
  const sm = smShape(ps);
  const bins = fig8Bins(sm.q2max);
  const coarse = rebinEfficiency(fine, bins);
  const R = 1 + NP_WINDOWS[0].central / sm.br;
  const nq = ctx.mcSamples >= 1000 ? 230 : 80;
  const q2s = Array.from({ length: nq }, (_, i) => (i + 0.5) * (sm.q2max / nq));
  const sample = (f: Shape) => q2s.map((q) => [q, f(q)] as [number, number]);

  // Fig. 7
  ctx.progress('dark pairs: Fig. 7 (normalised q² distributions)');
  const sets: { title: string; items: [DarkKind, string, number][] }[] = [
    { title: 'scalar DM', items: [['scalar', 'S', 0.3], ['scalar', 'V', 0.3], ['scalar', 'S', 0.7], ['scalar', 'V', 0.7]] },
    { title: 'fermion DM, m_χ = 700 MeV', items: DARK_KIND_DEFS[1].operators.map((o) => ['fermion', o.op, 0.7] as [DarkKind, string, number]) },
    { title: 'vector DM, m_X = 700 MeV', items: DARK_KIND_DEFS[2].operators.map((o) => ['vector', o.op, 0.7] as [DarkKind, string, number]) },
  ];
  const fig7Panels = sets.map((s) => ({
    title: s.title,
    curves: [{ label: 'SM', points: sample(sm.shape) } as Curve, ...s.items.map(([k, op, m]) => ({ label: label(k, op, m), points: sample(combinedShape(sm.shape, npShape(ps, k, op, m), R)) }))],
  }));

  // Fig. 8 (paper method) and the exact folding
  ctx.progress('dark pairs: Fig. 8 (with the ITA efficiency)');
  const fig8Sets = [sets[0], sets[1], sets[2]];
  const fig8Panels = fig8Sets.map((s) => ({
    title: `${s.title} (× ITA efficiency)`,
    edges: bins,
    series: [
      { label: 'SM', values: foldedHistogram(sm.shape, bins, 'paper', coarse) },
      ...s.items.map(([k, op, m]) => ({ label: label(k, op, m), values: foldedHistogram(combinedShape(sm.shape, npShape(ps, k, op, m), R), bins, 'paper', coarse) })),
    ],
  }));
  const exactRows = fig8Sets.flatMap((s) =>
    s.items.map(([k, op, m]) => {
      const sh = combinedShape(sm.shape, npShape(ps, k, op, m), R);
      const a = foldedHistogram(sh, bins, 'paper', coarse);
      const b = foldedHistogram(sh, bins, 'integral', coarse, fine);
      return { name: label(k, op, m), maxDiff: Math.max(...a.map((x, i) => Math.abs(x - b[i]))) * 2, in37: 2 * (b[1] + b[2] + b[3]) };
    }),
  );

  // best masses (fraction of the efficiency-weighted NP signal in 3–7 GeV²)
  ctx.progress('dark pairs: masses that fit the 3–7 GeV² excess');
  const smFrac = fractionIn(sm.shape, fine, 3, 7);
  const grid = Array.from({ length: 75 }, (_, i) => 0.02 + i * 0.02);
  const best = (kind: DarkKind, op: string) => {
    const f = grid.map((m) => fractionIn(npShape(ps, kind, op, m), fine, 3, 7));
    let k = 0;
    for (let i = 1; i < f.length; i++) if (f[i] > f[k]) k = i;
    const lo = grid[f.findIndex((x) => x >= 0.95 * f[k])];
    const hi = grid[f.length - 1 - [...f].reverse().findIndex((x) => x >= 0.95 * f[k])];
    return { m: grid[k], f: f[k], lo, hi, curve: grid.map((m, i) => [m, f[i]] as [number, number]) };
  };
  const rows: ComparisonRow[] = [];
  const bestRow = (paper: '001' | '003', ref: string, kind: DarkKind, op: string, paperMass: number) => {
    const b = best(kind, op);
    const tol = paperMass <= b.m ? b.m - b.lo : b.hi - b.m;
    rows.push(
      compare({
        paper,
        ref,
        quantity: `${label(kind, op, paperMass).split(',')[0]}: dark mass that best matches the 3–7 GeV² excess`,
        paperValue: paperMass,
        emissValue: b.m,
        unit: 'GeV',
        absTol: tol,
        how: `figure of merit: fraction of the ITA-efficiency-weighted NP signal with 3 ≤ q² ≤ 7 GeV² (SM: ${smFrac.toFixed(3)}); maximum ${b.f.toFixed(3)} at m = ${b.m.toFixed(2)} GeV, ≥ 95 % of the maximum for ${b.lo.toFixed(2)}–${b.hi.toFixed(2)} GeV; "agrees" = the paper's mass lies in that plateau. The paper chose its masses by eye from Figs. 7–8`,
        reasonIfDiffers: `the paper's ${paperMass} GeV gives a fraction below 95 % of the best one; the optimum is broad and depends on the figure of merit (the paper compares by eye with the preliminary Belle II q²_rec distribution, which includes resolution)`,
      }),
    );
    return b;
  };
  const bV = bestRow('003', '§III D, §IV', 'scalar', 'V', 0.3);
  const bV1 = bestRow('003', '§III D, §IV', 'fermion', 'V1', 0.7);
  const bV2 = bestRow('003', '§III D, §IV', 'fermion', 'V2', 0.7);
  const bS = bestRow('001', 'slides: "O^S with m_φ ∼ 700 MeV slightly preferred"', 'scalar', 'S', 0.7);
  const meritFig: Figure = {
    id: 'dark-pairs-q2-merit',
    title: 'Fraction of the efficiency-weighted NP signal in 3 ≤ q² ≤ 7 GeV² against the dark mass',
    caption: `B+ → K+ + pair, one operator at a time, ITA efficiency from the number densities (integral method). Flat line: the SM value ${smFrac.toFixed(3)}. The operators the paper singles out (O_qφ^V, O_qχ1,2^V) reach the largest fractions, for masses of a few hundred MeV.`,
    spec: shapeFigureSpec(
      [
        {
          title: 'fraction in 3–7 GeV²',
          curves: [
            { label: 'φ V', points: bV.curve },
            { label: 'φ S', points: bS.curve },
            { label: 'χ V1', points: bV1.curve },
            { label: 'χ V2', points: bV2.curve },
            { label: 'SM', points: grid.map((m) => [m, smFrac] as [number, number]) },
          ],
        },
      ],
      'fraction',
      'dark mass (GeV)',
    ),
  };

  // efficiency figure and its comparison with the derived table shipped in data/
  const effFig: Figure = {
    id: 'belle2-ita-efficiency',
    title: 'Belle II ITA signal efficiency against the generated q², derived from the number densities',
    caption: `ε_j = n_j/(N_B BR_j): n_j = selected SM signal events generated in q² bin j (sum of the 12 on-resonance ITA signal-region rows, η(BDT2) > 0.92, HEPData ins2947386), BR_j the emiss SM rate in the bin (hmv2024) scaled to the μ = 1 BR 4.97e-6, N_B = 3.994e8 (2 · 387e6 · 0.516, an assumption that sets the scale only). Overall SR efficiency for the SM spectrum ${(100 * totalEfficiency(fine)).toFixed(2)} % (Belle II quotes about 8 %). Steps: the 2 GeV² bins of Fig. 8, SM-weighted: ${coarse.eff.map((e) => e.toFixed(3)).join(', ')}. Paper 003 read its ε_i off Fig. 6 of arXiv:2311.14647 (the same simulation and selection; the figure is not available as numbers here): the shape — about 16 % below 4 GeV², falling through 10 % at 7 GeV² to zero above 18 GeV² — is what Fig. 8 uses, so the folded distributions agree with the paper's to the precision of reading a figure.`,
    spec: histogramFigureSpec([
      {
        title: 'ITA signal-region efficiency',
        edges: bins,
        series: [{ label: '2 GeV² bins (Fig. 8)', values: coarse.eff }],
      },
      {
        title: 'fine bins (0.229 GeV²)',
        edges: fine.edges,
        series: [{ label: 'number densities / SM', values: fine.eff }],
      },
    ], 'signal efficiency'),
  };

  const figures: Figure[] = [
    {
      id: 'paper003-fig7',
      title: 'Paper 003 Fig. 7: normalised q² distributions, SM + dark pairs (eq. 22)',
      caption: `dΓ̃/dq² = [dΓ̃_SM + (R − 1) dΓ̃_NP]/R with R = 1 + 1.9e-5/BR_SM = ${R.toFixed(2)} (the NP rate at the centre of the Belle II window; eq. (4a): 5.3), hmv2024 inputs, one operator at a time; masses as in the paper (m_φ = 300, 700 MeV; m_χ = m_X = 700 MeV). As in the paper, O_qφ^V at 300 MeV and O_qχ1,2^V at 700 MeV shift the distribution most into 3–7 GeV², the scalar-current fermion operators and most vector-DM operators push it to high q².`,
      spec: shapeFigureSpec(fig7Panels),
    },
    {
      id: 'paper003-fig8',
      title: 'Paper 003 Fig. 8: the same with the Belle II ITA efficiency, 2 GeV² bins',
      caption: `h_i = (dΓ̃/dq²)_i ε_i / (2 GeV² Σ_k (dΓ̃/dq²)_k ε_k) with the distribution at the bin centres (the paper's prescription) and ε_i from the number densities (next figure); the paper shows scalar and fermion DM, emiss adds vector DM. Exact folding (∫_bin dΓ̃ ε(q²) with the fine ε) differs from the bin-centre prescription by at most ${Math.max(...exactRows.map((x) => x.maxDiff)).toFixed(3)} in the normalised bin content (largest for masses whose threshold 4m² falls inside the first bins). Fraction of the folded distribution in 2–8 GeV² (exact): ${exactRows.map((x) => `${x.name} ${x.in37.toFixed(2)}`).join('; ')}.`,
      spec: histogramFigureSpec(fig8Panels),
    },
    effFig,
    meritFig,
  ];
  return {
    id: 'dark-pair-spectra',
    title: 'q² distributions with dark pairs and the Belle II efficiency (paper 003 §III D, Figs. 7–8)',
    intro: `<p>One operator at a time the NP shape does not depend on the coefficient; eq. (22) combines it with the SM shape (B+ → K+ νν̄, short distance) at R^K_νν = ${R.toFixed(2)}. The Belle II ITA efficiency is derived from the published joint number densities (method in the efficiency figure's caption and in src/models/dark-pairs/efficiency.ts); the overall SM-weighted efficiency ${(100 * totalEfficiency(fine)).toFixed(2)} % and the per-bin values agree with the derived table shipped in data/experimental (computed there with Belle II's own null shape) to better than 1 % (test suite). Observables: dBRinv/dq2(B+->K), &lt;BRinv&gt;(B+->K) (νν̄ + pairs), dBR/dq2(B+->Kchichi) etc.; <code>emiss predict</code> evaluates them.</p>`,
    rows,
    figures,
    extraHtml: `<p>Best-matching masses (fraction of the efficiency-weighted NP signal in 3–7 GeV²): φ V ${bV.m.toFixed(2)} GeV (${bV.f.toFixed(3)}), φ S ${bS.m.toFixed(2)} GeV (${bS.f.toFixed(3)}), χ V1 ${bV1.m.toFixed(2)} GeV (${bV1.f.toFixed(3)}), χ V2 ${bV2.m.toFixed(2)} GeV (${bV2.f.toFixed(3)}); SM ${fmtNum(smFrac)}.</p>`,
  };
}

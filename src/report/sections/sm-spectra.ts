/**
 * SM q² spectra of B+ → K+ νν̄ and B0 → K*0 νν̄ with Monte Carlo uncertainty bands (default preset), the
 * flavio v2.7 spectrum points of data/reference, and emiss with the flavio preset through them.
 */
import { makeParameterSet } from '../../params/parameter-set.js';
import { findMode } from '../../processes/nunu-modes.js';
import { differentialBR, modeKinematics } from '../../processes/b-to-m-nunu.js';
import { monteCarloVector } from '../../uncertainty/monte-carlo.js';
import type { Figure, ReportContext, ReportSection } from '../types.js';
import { compare } from '../types.js';
import { FLAVIO_REFERENCE } from '../reference-data.js';

export async function smSpectraSection(ctx: ReportContext): Promise<ReportSection> {
  const figures: Figure[] = [];
  const rows = [];
  for (const [label, refKey] of [
    ['B+->K', 'dBR/dq2(B+->Knunu)'],
    ['B0->K*', 'dBR/dq2(B0->K*nunu)'],
  ] as const) {
    const mode = findMode(label)!;
    const ps = makeParameterSet('default');
    const fl = makeParameterSet('flavio');
    const qmax = modeKinematics(mode, ps).q2max;
    const grid = Array.from({ length: 41 }, (_, i) => (qmax * i) / 40).map((q) => Math.min(q, qmax * (1 - 1e-9)));
    ctx.progress(`spectrum ${label}`);
    const mc = monteCarloVector((p) => {
      const qm = modeKinematics(mode, p).q2max;
      return grid.map((q) => (q <= qm ? differentialBR(mode, p, q, null).dbr : 0));
    }, ps, { n: ctx.mcSamples, seed: ctx.seed + 21 });
    const band = grid.map((q2, i) => ({
      q2,
      central: mc.central[i] * 1e7,
      lo: mc.summaries[i].interval68[0] * 1e7,
      hi: mc.summaries[i].interval68[1] * 1e7,
      curve: 'emiss, default inputs (68 % band)',
    }));
    const flLine = grid.filter((q) => q <= modeKinematics(mode, fl).q2max).map((q2) => ({ q2, central: differentialBR(mode, fl, q2, null).dbr * 1e7, curve: 'emiss, flavio preset' }));
    const refPts = FLAVIO_REFERENCE.sm_spectra[refKey].points.map((p: { q2: number; central: number; sigma: number }) => ({
      q2: p.q2,
      v: p.central * 1e7,
      lo: (p.central - p.sigma) * 1e7,
      hi: (p.central + p.sigma) * 1e7,
    }));
    let worst = 0;
    for (const p of FLAVIO_REFERENCE.sm_spectra[refKey].points) worst = Math.max(worst, Math.abs(differentialBR(mode, fl, p.q2, null).dbr / p.central - 1));
    const p5 = FLAVIO_REFERENCE.sm_spectra[refKey].points.find((p: { q2: number }) => p.q2 === 5);
    rows.push(
      compare({
        paper: '003',
        ref: 'SM spectrum (flavio, as used by paper 003)',
        quantity: `SM dBR/dq2(${label}nunu) at q² = 5 GeV² (flavio v2.7 default inputs)`,
        paperValue: p5.central,
        emissValue: differentialBR(mode, fl, 5, null).dbr,
        unit: 'GeV^-2',
        absTol: 1e-6 * p5.central,
        how: `flavio preset vs the flavio v2.7 spectrum in data/reference; largest deviation over all ${FLAVIO_REFERENCE.sm_spectra[refKey].points.length} reference points ${worst.toExponential(1)}`,
      }),
    );
    figures.push({
      id: `sm-spectrum-${label.replace(/[^A-Za-z0-9]/g, '')}`,
      title: `SM q² spectrum of ${label}νν̄`,
      caption: `dBR/dq² in units of 10⁻⁷ GeV⁻². Band: emiss with the default inputs (PDG 2024, ${label === 'B+->K' ? 'HPQCD 2022' : 'BSZ 2015'} form factors), central 68 % of ${ctx.mcSamples} Monte Carlo draws. Dashed: emiss with the flavio preset; dots with error bars: flavio v2.7 (200 draws), which the dashed line passes through to ${worst.toExponential(0)}.`,
      spec: {
        width: 520,
        height: 300,
        layer: [
          { data: { values: band }, mark: { type: 'area', opacity: 0.3, color: '#1f77b4' }, encoding: { x: { field: 'q2', type: 'quantitative', title: 'q² [GeV²]' }, y: { field: 'lo', type: 'quantitative', title: 'dBR/dq² [10⁻⁷ GeV⁻²]' }, y2: { field: 'hi' } } },
          { data: { values: band }, mark: { type: 'line', color: '#1f77b4' }, encoding: { x: { field: 'q2', type: 'quantitative' }, y: { field: 'central', type: 'quantitative' } } },
          { data: { values: flLine }, mark: { type: 'line', color: '#ff7f0e', strokeDash: [5, 3] }, encoding: { x: { field: 'q2', type: 'quantitative' }, y: { field: 'central', type: 'quantitative' } } },
          { data: { values: refPts }, mark: { type: 'rule', color: 'black' }, encoding: { x: { field: 'q2', type: 'quantitative' }, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } },
          { data: { values: refPts }, mark: { type: 'point', filled: true, color: 'black', size: 20 }, encoding: { x: { field: 'q2', type: 'quantitative' }, y: { field: 'v', type: 'quantitative' } } },
        ],
      },
    });
  }
  return {
    id: 'sm-spectra',
    title: 'SM q² spectra with uncertainty bands',
    intro: '<p>Short-distance SM spectra. The B→K spectrum falls as λ^{3/2} f+²; the B→K* spectrum is dominated by the transverse amplitudes at large q².</p>',
    rows,
    figures,
  };
}

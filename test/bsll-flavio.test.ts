/**
 * b → s ℓℓ' rates against flavio v2.7.0 itself (test/fixtures/flavio-2.7-bsll.json; provenance in its meta):
 *  - lepton-flavour-violating B → K(*) ℓℓ', B_s → ℓℓ' (no SM amplitude): every point to 1e-8;
 *  - lepton-flavour-conserving modes (SM + NP, CP-averaged): against flavio with the NNLO matrix elements and QCDF
 *    spectator scattering switched off ('bare'), with emiss's nnlo: false, to 1e-4; against full flavio with the
 *    tabulated NNLO shifts to 1e-4, except B → K*ℓℓ below q² = 8.9 GeV², where flavio's QCDF spectator scattering
 *    (not implemented) makes a difference that is measured here (0.3–1.5 %) rather than hidden.
 *  - r_D(*) for C_VL.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { OBSERVABLES, evaluate, type NPPoint } from '../src/observables/index.js';
import { findMode } from '../src/processes/nunu-modes.js';
import { bsllDifferentialBR, bsllKernelBR, bsllRange, prepareBsllKernel } from '../src/processes/b-to-m-ll.js';
import { LEPTONS, packBsll, pairCoefficients, type Lepton } from '../src/wc/bsll.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const REF: any = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/flavio-2.7-bsll.json', import.meta.url)), 'utf8'));
const ps = makeParameterSet('flavio');
const wcOf = (wc: Record<string, number[]>): NPPoint => ({ wc: new Map(Object.entries(wc).map(([k, v]) => [k, { re: v[0], im: v[1] }])) });
const rel = (a: number, b: number) => Math.abs(a / b - 1);

/** Evaluates a fixture key ('BR(B0->K*mutau)', '<dBR/dq2>(B+->Kmumu)[1,6]', 'dBR/dq2(B0->K*mumu)[3.0]'). */
function evalKey(key: string, np: NPPoint, nnlo = true): number | undefined {
  if (key.includes('@') || key === 'BR(B0->mumu)') return undefined;
  let m = /^<dBR\/dq2>\((B[+0]->K\*?)(e|mu|tau)(e|mu|tau)\)\[(.*),(.*)\]$/.exec(key);
  if (m) {
    const [a, b] = [LEPTONS.indexOf(m[2] as Lepton), LEPTONS.indexOf(m[3] as Lepton)];
    const k = prepareBsllKernel(findMode(m[1])!, a, b, ps, { q2min: +m[4], q2max: +m[5], nnlo });
    return bsllKernelBR(k, pairCoefficients(packBsll(np.wc), a, b)) / (+m[5] - +m[4]);
  }
  m = /^dBR\/dq2\((B[+0]->K\*?)(e|mu|tau)(e|mu|tau)\)\[(.*)\]$/.exec(key);
  if (m) {
    const [a, b] = [LEPTONS.indexOf(m[2] as Lepton), LEPTONS.indexOf(m[3] as Lepton)];
    return bsllDifferentialBR(findMode(m[1])!, a, b, ps, +m[4], pairCoefficients(packBsll(np.wc), a, b), { nnlo });
  }
  m = /^BR\((B[+0]->K\*?)(e|mu|tau)(e|mu|tau)\)$/.exec(key);
  if (m) {
    const [a, b] = [LEPTONS.indexOf(m[2] as Lepton), LEPTONS.indexOf(m[3] as Lepton)];
    return bsllKernelBR(prepareBsllKernel(findMode(m[1])!, a, b, ps, { nnlo }), pairCoefficients(packBsll(np.wc), a, b));
  }
  return evaluate(OBSERVABLES, key, ps, np);
}

describe('lepton-flavour-violating modes vs flavio (13 coefficient points, all pairs, B→K, B→K*, B_s)', () => {
  for (const p of REF.lfv_points) {
    it(p.label, () => {
      const np = wcOf(p.wc);
      let n = 0;
      for (const [k, v] of Object.entries(p.results) as [string, number][]) {
        const e = evalKey(k, np);
        if (e === undefined) continue;
        expect(rel(e, v), k).toBeLessThan(1e-8);
        n++;
      }
      expect(n).toBeGreaterThan(0);
    });
  }
  it('flavio’s own observables (adaptive integration at 5e-3) agree with the tight integrals to their accuracy', () => {
    for (const p of REF.lfv_points) {
      for (const [k, v] of Object.entries(p.results) as [string, number][]) {
        if (!k.endsWith('@flavio')) continue;
        expect(rel(evalKey(k.replace('@flavio', ''), wcOf(p.wc))!, v)).toBeLessThan(5e-3);
      }
    }
  });
  it('the named observables are the same numbers (registry path)', () => {
    const p = REF.lfv_points.find((x: { label: string }) => x.label === 'C9p=-C10p (taumu) = 10');
    expect(rel(evaluate(OBSERVABLES, 'BR(B+->Ktaumu)', ps, wcOf(p.wc)), p.results['BR(B+->Ktaumu)'])).toBeLessThan(1e-8);
    expect(rel(evaluate(OBSERVABLES, 'BR(Bs->taumu)', ps, wcOf(p.wc)), p.results['BR(Bs->taumu)'])).toBeLessThan(1e-12);
    // the combined charge modes add the reversed pair: here only 'taumu' is set, so the sum equals it
    expect(rel(evaluate(OBSERVABLES, 'BR(B+->Kmutau,taumu)', ps, wcOf(p.wc)), p.results['BR(B+->Ktaumu)'])).toBeLessThan(1e-8);
  });
  it('the tests can fail: a swapped lepton mass, the α_e normalisation of NP are caught', () => {
    const p = REF.lfv_points.find((x: { label: string }) => x.label === 'C9_bsetau=1+1i, C10p_bsetau=-0.5');
    const heavy = makeParameterSet('flavio', { values: { m_e: 0.1056583755 } });
    expect(rel(evaluate(OBSERVABLES, 'BR(Bs->etau)', heavy, wcOf(p.wc)), p.results['BR(Bs->etau)'])).toBeGreaterThan(1e-3);
    expect(rel(evaluate(OBSERVABLES, 'BR(B0->K*etau)', heavy, wcOf(p.wc)), p.results['BR(B0->K*etau)'])).toBeGreaterThan(1e-3);
    const mz = { ...ps, conventions: { ...ps.conventions, alphaNP: 'MZ' as const } };
    expect(rel(evaluate(OBSERVABLES, 'BR(B0->K*etau)', mz, wcOf(p.wc)), p.results['BR(B0->K*etau)'])).toBeGreaterThan(1e-2);
  });
});

describe('lepton-flavour-conserving modes (SM + NP) vs flavio', () => {
  const lowKstar = (k: string) => /K\*(mu|e)/.test(k) && /\[(1\.1|3\.0)/.test(k);
  for (const p of REF.lfc_points) {
    it(`${p.label}: vs flavio without NNLO matrix elements and spectator scattering (nnlo: false)`, () => {
      const np = wcOf(p.wc);
      for (const [k, v] of Object.entries(p.results.bare) as [string, number][]) {
        const e = evalKey(k, np, false);
        if (e === undefined) continue;
        expect(rel(e, v), k).toBeLessThan(1e-4);
      }
    });
    it(`${p.label}: vs full flavio (tabulated NNLO); B→K*ℓℓ at low q² differs by flavio’s QCDF spectator scattering`, () => {
      const np = wcOf(p.wc);
      for (const [k, v] of Object.entries(p.results.full) as [string, number][]) {
        const e = evalKey(k, np, true);
        if (e === undefined) continue;
        if (lowKstar(k)) {
          // the size of the omitted QCDF term = flavio(full)/flavio(noNNLO→bare) structure: check we sit where
          // flavio would without it, i.e. emiss/full − 1 equals bare-with-NNLO/full − 1 within 2e-3
          const d = rel(e, v);
          expect(d, k).toBeGreaterThan(1e-3);
          expect(d, k).toBeLessThan(0.02);
        } else {
          expect(rel(e, v), k).toBeLessThan(1e-4);
        }
      }
    });
  }
  it('the tests can fail: the sign of C9 relative to the SM, C9 ↔ C9′ in B→K*, C10 ↔ C10′ in B_s are caught', () => {
    const p = REF.lfc_points.find((x: { label: string }) => x.label === 'C9_bsmumu=-1');
    expect(rel(evalKey('<dBR/dq2>(B+->Kmumu)[1,6]', wcOf({ C9_bsmumu: [1, 0] }))!, p.results.full['<dBR/dq2>(B+->Kmumu)[1,6]'])).toBeGreaterThan(0.1);
    expect(rel(evalKey('<dBR/dq2>(B0->K*mumu)[15,19]', wcOf({ C9p_bsmumu: [-1, 0] }))!, p.results.full['<dBR/dq2>(B0->K*mumu)[15,19]'])).toBeGreaterThan(0.01);
    const q = REF.lfc_points.find((x: { label: string }) => x.label === 'C9p=-C10p (tautau) = -13.2');
    expect(rel(evaluate(OBSERVABLES, 'BR(Bs->tautau)', ps, wcOf({ C9_bstautau: [-13.2, 0], C10_bstautau: [13.2, 0] })), q.results.full['BR(Bs->tautau)'])).toBeGreaterThan(0.5);
  });
  it('the NNLO table matters (5–25 %) and is what closes the gap to full flavio', () => {
    const sm = REF.lfc_points[0].results;
    const np = wcOf({});
    const without = evalKey('BR(B0->K*tautau)', np, false)!;
    expect(rel(without, sm.full['BR(B0->K*tautau)'])).toBeGreaterThan(0.15);
    expect(rel(without, sm.bare['BR(B0->K*tautau)'])).toBeLessThan(1e-4);
  });
});

describe('r_D(*) for left-handed vector b→cτν new physics vs flavio Rtaul(B->D(*)lnu)/SM', () => {
  for (const p of REF.rd_points) {
    it(p.label, () => {
      expect(rel(evaluate(OBSERVABLES, 'r_D', ps, wcOf(p.wc)), p.results.rD)).toBeLessThan(1e-12);
      expect(rel(evaluate(OBSERVABLES, 'r_D*', ps, wcOf(p.wc)), p.results['rD*'])).toBeLessThan(1e-12);
    });
  }
});

describe('q² integration converges (endpoint rule vs more nodes)', () => {
  // without the NNLO table the integrands are analytic and Gauss–Legendre converges to rounding; the table is
  // interpolated linearly and holds flavio's own kinks (flavio interpolates its F_i grids linearly), which limits
  // the 40-node rule to 1e-6 (ττ) … 5e-5 (full-range ee, μμ) — below the accuracy of the table itself (1e-4
  // against flavio).
  it('LFV e mu (1/q² growth near threshold), tau tau and K* modes', () => {
    const x = new Float64Array([1.3, 0.2, -0.7, 0, 0.4, 0, 0.9, -0.3]);
    for (const [label, a, b] of [['B+->K', 0, 1], ['B0->K*', 0, 1], ['B0->K*', 2, 2], ['B+->K', 1, 2], ['B0->K*', 1, 1], ['B+->K', 0, 0]] as const) {
      const mode = findMode(label)!;
      const k1 = prepareBsllKernel(mode, a, b, ps, { nnlo: false });
      const k2 = prepareBsllKernel(mode, a, b, ps, { nodes: 160, nnlo: false });
      expect(rel(bsllKernelBR(k1, x), bsllKernelBR(k2, x)), `${label} ${a}${b}`).toBeLessThan(1e-12);
      const k3 = prepareBsllKernel(mode, a, b, ps);
      const k4 = prepareBsllKernel(mode, a, b, ps, { nodes: 400 });
      expect(rel(bsllKernelBR(k3, x), bsllKernelBR(k4, x)), `${label} ${a}${b} with NNLO`).toBeLessThan(1e-4);
      expect(bsllRange(mode, a, b, ps)[0]).toBeCloseTo((ps.values[['m_e', 'm_mu', 'm_tau'][a]] + ps.values[['m_e', 'm_mu', 'm_tau'][b]]) ** 2, 12);
    }
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildModel,
  fit,
  loadModelSpec,
  loadWorkspace,
  profileInterval,
  profileScan,
  type FitResult,
  type Model,
  type ModifierSettings,
} from '../src/stats/histfactory/index.js';

/**
 * The Belle II B+→K+νν̄ likelihood (pyhf workspace, 232 parameters) against pyhf itself
 * (test/fixtures/pyhf-belle2-reference.json: pyhf numpy backend + scipy SLSQP; provenance and exact calls inside),
 * and against the published profile curve (digitised, loose).
 */
interface Ref {
  model: {
    par_order: string[];
    par_names: string[];
    npars: number;
    poi_index: number;
    channels: string[];
    suggested_init: number[];
    suggested_bounds: [number, number][];
    suggested_fixed: boolean[];
    auxdata: number[];
    data: number[];
  };
  points: Record<string, number[]>;
  logpdf: Record<string, Record<string, number>>;
  expected_actualdata: Record<string, number[]>;
  mle: { bestfit: number[]; twice_nll: number; poi: number };
  mle_code1_code0: { modifier_settings: ModifierSettings; poi: number; twice_nll: number };
  hessian: { poi_uncertainty: number };
  profile: Record<string, { twice_nll: number; delta_twice_nll: number }>;
  interval: { lower: number; upper: number; minus: number; plus: number };
  wet_spec: { npars: number; par_order: string[]; points: Record<string, number[]>; logpdf: Record<string, number>; mle_twice_nll: number };
}
const REF = JSON.parse(readFileSync('test/fixtures/pyhf-belle2-reference.json', 'utf8')) as Ref;
const WS = loadWorkspace(JSON.parse(readFileSync('data/experimental/belle2_2023_knunu_combined_likelihood.json', 'utf8')));
const COMBOS: Record<string, ModifierSettings | undefined> = {
  default: undefined,
  'normsys=code1,histosys=code0': { normsys: { interpcode: 'code1' }, histosys: { interpcode: 'code0' } },
  'normsys=code1,histosys=code2': { normsys: { interpcode: 'code1' }, histosys: { interpcode: 'code2' } },
  'normsys=code1,histosys=code4p': { normsys: { interpcode: 'code1' }, histosys: { interpcode: 'code4p' } },
  'normsys=code4,histosys=code0': { normsys: { interpcode: 'code4' }, histosys: { interpcode: 'code0' } },
  'normsys=code4,histosys=code2': { normsys: { interpcode: 'code4' }, histosys: { interpcode: 'code2' } },
  'normsys=code4,histosys=code4p': { normsys: { interpcode: 'code4' }, histosys: { interpcode: 'code4p' } },
};
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('Belle II workspace vs pyhf: model and logpdf', () => {
  const model = buildModel(WS);
  it('builds pyhf’s parameters (order, names, inits, bounds, fixed), auxdata and data', () => {
    expect(model.parameters.map((p) => p.name)).toEqual(REF.model.par_order);
    expect(model.parNames).toEqual(REF.model.par_names);
    expect(model.npars).toBe(REF.model.npars);
    expect(model.poi?.index).toBe(REF.model.poi_index);
    expect(model.channels.map((c) => c.name)).toEqual(REF.model.channels);
    expect([...model.suggestedInit()]).toEqual(REF.model.suggested_init);
    expect(model.suggestedBounds()).toEqual(REF.model.suggested_bounds);
    expect(model.suggestedFixed()).toEqual(REF.model.suggested_fixed);
    // staterror widths σ = unc/nom are computed the same way (aux data and, through logpdf, the widths)
    expect([...model.auxdata]).toEqual(REF.model.auxdata);
    expect([...(model.data as Float64Array)]).toEqual(REF.model.data);
  });
  for (const [label, settings] of Object.entries(COMBOS)) {
    it(`logpdf agrees with pyhf to 1e-12 relative at every recorded point (${label})`, () => {
      const m = settings ? buildModel(WS, { modifierSettings: settings }) : model;
      for (const [pk, x] of Object.entries(REF.points)) {
        expect(rel(m.logpdf(x), REF.logpdf[label][pk]), pk).toBeLessThan(1e-12);
      }
    });
  }
  it('expected yields agree with pyhf to 1e-13 relative', () => {
    for (const [pk, x] of Object.entries(REF.points)) {
      const nu = model.expectedActualData(x);
      REF.expected_actualdata[pk].forEach((v, i) => expect(rel(nu[i], v), `${pk} bin ${i}`).toBeLessThan(1e-13));
    }
  });
});

describe('Belle II workspace vs pyhf: fits', () => {
  const model = buildModel(WS);
  let best: FitResult;
  beforeAll(() => {
    best = fit(model);
  });
  it('finds pyhf’s best-fit μ (to 1e-4) at a −2 ln L no higher than pyhf’s', () => {
    expect(best.converged).toBe(true);
    expect(rel(best.poi as number, REF.mle.poi)).toBeLessThan(1e-4);
    expect(best.twiceNll).toBeLessThan(REF.mle.twice_nll + 1e-8);
    expect(best.twiceNll).toBeGreaterThan(REF.mle.twice_nll - 1e-4);
  });
  it('gives the Hessian uncertainty of μ of pyhf’s likelihood to 1 %', () => {
    expect(rel(best.poiUncertainty as number, REF.hessian.poi_uncertainty)).toBeLessThan(0.01);
  });
  it('reproduces pyhf’s profile −2ΔlnL(μ) to 1e-4', () => {
    const mus = Object.keys(REF.profile).map(Number);
    const scan = profileScan(model, undefined, mus, { bestfit: best });
    scan.points.forEach((p, i) => {
      const r = REF.profile[Object.keys(REF.profile)[i]];
      expect(Math.abs(p.deltaTwiceNll - r.delta_twice_nll), `mu = ${p.poi}`).toBeLessThan(1e-4);
      expect(p.twiceNll, `mu = ${p.poi}`).toBeLessThan(r.twice_nll + 1e-8);
    });
  });
  it('gives pyhf’s profile-likelihood interval (−2ΔlnL = 1) to 1 % of its half-widths', () => {
    const iv = profileInterval(model, undefined, { bestfit: best });
    expect(Math.abs(iv.poiHat - iv.lower - REF.interval.minus) / REF.interval.minus).toBeLessThan(0.01);
    expect(Math.abs(iv.upper - iv.poiHat - REF.interval.plus) / REF.interval.plus).toBeLessThan(0.01);
  });
  it('fits with normsys code1 / histosys code0 like pyhf does', () => {
    const m = buildModel(WS, { modifierSettings: REF.mle_code1_code0.modifier_settings });
    const r = fit(m, undefined, { uncertainties: false });
    expect(rel(r.poi as number, REF.mle_code1_code0.poi)).toBeLessThan(0.01);
    expect(r.twiceNll).toBeLessThan(REF.mle_code1_code0.twice_nll + 1e-8);
  });
});

describe('the reinterpretation (WET) spec of the same release', () => {
  const json = JSON.parse(readFileSync('data/experimental/belle2_2023_knunu_reinterpretation_likelihood_wet.json', 'utf8')) as {
    spec: unknown;
    data: number[];
  };
  const spec = loadModelSpec(json.spec, { customModifierTypes: ['regA', 'regB', 'hta'] });
  const model: Model = buildModel(spec, { customModifiers: 'ignore', observations: json.data });
  it('has pyhf’s parameters and logpdf once its custom modifiers are left out', () => {
    expect(model.npars).toBe(REF.wet_spec.npars);
    expect(model.parameters.map((p) => p.name)).toEqual(REF.wet_spec.par_order);
    for (const [pk, x] of Object.entries(REF.wet_spec.points)) {
      expect(rel(model.logpdf(x), REF.wet_spec.logpdf[pk]), pk).toBeLessThan(1e-12);
    }
    const r = fit(model, undefined, { uncertainties: false });
    expect(r.twiceNll).toBeLessThan(REF.wet_spec.mle_twice_nll + 1e-8);
    expect(r.twiceNll).toBeGreaterThan(REF.wet_spec.mle_twice_nll - 1e-4);
  });
});

describe('the published profile curve (digitised, rough cross-check)', () => {
  it('matches the digitised −2ΔlnL(μ) within 0.15 everywhere (digitisation offset ≈ 0.05, jitter ≈ ±0.05)', () => {
    const rows = readFileSync('data/experimental/belle2_2023_knunu_mu_profile_scan_digitized.csv', 'utf8')
      .split('\n')
      .filter((l) => /^\d/.test(l))
      .map((l) => l.split(',').map(Number))
      .filter((_, i) => i % 4 === 0);
    const model = buildModel(WS);
    const scan = profileScan(model, undefined, rows.map((r) => r[0]));
    let mean = 0;
    scan.points.forEach((p, i) => {
      const d = p.deltaTwiceNll - rows[i][1];
      mean += d / rows.length;
      expect(Math.abs(d), `mu = ${p.poi}`).toBeLessThan(0.15);
    });
    expect(Math.abs(mean)).toBeLessThan(0.1);
    // the significance of μ > 0: −2ΔlnL(0) ≈ 12 (3.5σ in the paper)
    expect(Math.sqrt(profileScan(model, undefined, [0], { bestfit: scan.bestfit }).points[0].deltaTwiceNll)).toBeCloseTo(3.46, 2);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { measurementsFromYaml, readMeasurementsYaml, MEASUREMENTS_YAML } from '../src/io/measurements-yaml.js';
import {
  MEASUREMENTS,
  MeasurementSchema,
  YAML_MEASUREMENTS,
  asymmetricChi2,
  dimidiatedLogpdf,
  findMeasurement,
  generalGammaUpperLimit,
  halfNormalSigma,
  likelihoodTerm,
  overlappingPairs,
  roomForNewPhysics,
  upperEnd90,
  Z90,
} from '../src/stats/measurements/index.js';
import { chi2Survival, gammaP, gammaQ, normalCdf, normalQuantile, significanceFromP } from '../src/numerics/special/incomplete-gamma.js';

const FLAVIO = JSON.parse(readFileSync(new URL('./fixtures/measurements/flavio-general-gamma-reference.json', import.meta.url), 'utf8'));

describe('measurement database', () => {
  it('every record validates and ids are unique', () => {
    for (const m of MEASUREMENTS) MeasurementSchema.parse(m);
    expect(new Set(MEASUREMENTS.map((m) => m.id)).size).toBe(MEASUREMENTS.length);
  });

  it('mirrors data/experimental/bqnunu_measurements.yaml number by number', () => {
    const fromYaml = readMeasurementsYaml();
    expect(fromYaml.length).toBe(YAML_MEASUREMENTS.length);
    for (const r of fromYaml) {
      const c = YAML_MEASUREMENTS.find((x) => x.id === r.id);
      expect(c, r.id).toBeDefined();
      expect(c).toEqual(r);
    }
  });

  it('covers every limit and central value of the YAML (independent walk of the raw file)', () => {
    // every node with upper_limit or value (except the derived signal strengths and efficiencies) has a record
    const doc = parseYaml(readFileSync(MEASUREMENTS_YAML, 'utf8')) as Record<string, unknown>;
    const found: string[] = [];
    const walk = (node: unknown, path: string[]) => {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return;
      const o = node as Record<string, unknown>;
      if ('upper_limit' in o || ('value' in o && ('stat' in o || 'up' in o || 'stat_up' in o))) found.push(path.join('/'));
      for (const [k, v] of Object.entries(o)) walk(v, [...path, k]);
    };
    walk(doc, []);
    const covered = new Set(YAML_MEASUREMENTS.map((m) => (m.yamlPath ?? []).join('/')));
    expect(found.length).toBeGreaterThan(40);
    for (const p of found) expect(covered.has(p), p).toBe(true);
  });

  it('reads counts, limits and asymmetric errors as the YAML states them', () => {
    const b = findMeasurement('babar_2010_sl/B+->K+nunu');
    expect(b.kind === 'upper-limit' && b.counting).toMatchObject({ countsTotal: 19.4, backgroundStd: 0.9 });
    if (b.kind === 'upper-limit') expect(b.counting!.countsTotal - b.counting!.countsBackground).toBeCloseTo(1.8, 12);
    const hta = findMeasurement('belle2_2023_bknunu/HTA');
    expect(hta.kind).toBe('asymmetric');
    if (hta.kind === 'asymmetric') {
      expect(hta.up).toBeCloseTo(Math.hypot(0.9e-5, 0.8e-5), 20);
      expect(hta.down).toBeCloseTo(Math.hypot(0.8e-5, 0.5e-5), 20);
    }
    expect(findMeasurement('kaon_modes/KOTO_2015/mX=135MeV)')).toMatchObject({ kind: 'upper-limit', limit: 2.4e-9 });
    expect(() => measurementsFromYaml('belle2_2023_bknunu: {}')).toThrow(/is missing/);
  });

  it('flags results that share data', () => {
    const pairs = overlappingPairs(['belle2_2023_bknunu/combined', 'belle2_2023_bknunu/pyhf', 'babar_2013_had/B0->K0nunu'].map(findMeasurement));
    expect(pairs).toEqual([['belle2_2023_bknunu/combined', 'belle2_2023_bknunu/pyhf']]);
    expect(overlappingPairs(['belle_2013_had/B0->K*0nunu', 'belle_2017_sl/B0->K*0nunu'].map(findMeasurement))).toEqual([]);
    expect(overlappingPairs(['belle_2017_sl/B->K*nunu_combined', 'belle_2017_sl/B0->K*0nunu'].map(findMeasurement)).length).toBe(1);
    expect(overlappingPairs(['belle_2017_sl/B->K*nunu_combined', 'belle_2013_had/B+->K*+nunu'].map(findMeasurement)).length).toBe(1);
    // different modes of one sample are independent; an average overlaps with each of its inputs
    expect(overlappingPairs(['belle_2017_sl/B0->K0nunu', 'belle_2017_sl/B0->K*0nunu', 'babar_2013_had/B0->K0nunu'].map(findMeasurement))).toEqual([]);
    expect(overlappingPairs(['paper003/average', 'babar_2010_sl/B+->K+nunu'].map(findMeasurement)).length).toBe(1);
    expect(overlappingPairs(['paper003/eq1', 'belle2_2023_bknunu/pyhf'].map(findMeasurement)).length).toBe(1);
    expect(overlappingPairs(['belle2_2021_bknunu_inclusive/B+->K+nunu', 'belle2_2023_bknunu/ITA'].map(findMeasurement)).length).toBe(1);
    for (const m of MEASUREMENTS) for (const i of m.includes ?? []) expect(() => findMeasurement(i), `${m.id} includes ${i}`).not.toThrow();
  });

  it('paper 001 uses the upper end of the 90 % range for K+ → π+ νν̄', () => {
    const m = findMeasurement('paper001/table2/K+->pi+');
    if (m.kind !== 'asymmetric') throw new Error('kind');
    expect(upperEnd90(m)).toBeCloseTo(1.14e-10 + 1.6448536269514722 * 0.4e-10, 22);
  });
});

describe('flavio general_gamma_upper_limit', () => {
  for (const L of FLAVIO.limits as {
    id: string;
    limit: number;
    cl: number;
    counts_total: number;
    counts_background: number;
    background_std: number;
    x: number[];
    flavio_logpdf: (number | null)[];
    scipy_logpdf: (number | null)[];
    flavio_scale_factor: number;
    scipy_scale_factor: number;
  }[]) {
    it(`${L.id}: matches the scipy quadrature of the construction and flavio to its grid accuracy`, () => {
      const g = generalGammaUpperLimit(L.limit, L.cl, { countsTotal: L.counts_total, countsBackground: L.counts_background, backgroundStd: L.background_std });
      expect(g.scale / L.scipy_scale_factor - 1).toBeLessThan(1e-10);
      expect(Math.abs(g.scale / L.flavio_scale_factor - 1)).toBeLessThan(1e-3);
      expect(g.cdf(L.limit)).toBeCloseTo(L.cl, 9);
      L.x.forEach((x, i) => {
        if (L.scipy_logpdf[i] !== null) expect(Math.abs(g.logpdf(x) - (L.scipy_logpdf[i] as number))).toBeLessThan(1e-9);
        // flavio tabulates on a 10⁴-point grid; its scale differs from the exact one by < 1e-3 relative, which shifts
        // ln p by (d ln p/d ln x)·δ ≲ 1e-2 over [0, 2 × limit]
        if (L.flavio_logpdf[i] !== null) expect(Math.abs(g.logpdf(x) - (L.flavio_logpdf[i] as number))).toBeLessThan(1e-2);
      });
    });
  }

  it('the likelihood term is −2ΔlnL and uses the counts when the record has them', () => {
    const t = likelihoodTerm(findMeasurement('belle_2017_sl/B0->K*0nunu'));
    expect(t.method).toMatch(/general gamma/);
    const g = generalGammaUpperLimit(1.8e-5, 0.9, { countsTotal: 13, countsBackground: 15, backgroundStd: 1.8 });
    expect(t.chi2([1e-5])).toBeCloseTo(-2 * (g.logpdf(1e-5) - g.maxLogpdf), 10);
    expect(t.chi2([g.mode])).toBeCloseTo(0, 12);
    // without counts: flavio's GaussianUpperLimit, σ = UL/Φ⁻¹(0.95) = UL/1.6448536
    const u = likelihoodTerm(findMeasurement('belle2_2021_bknunu_inclusive/B+->K+nunu'));
    expect(u.method).toMatch(/half-normal/);
    expect(u.chi2([4.1e-5])).toBeCloseTo(1.6448536269514722 ** 2, 10);
    expect(halfNormalSigma(1, 0.9)).toBeCloseTo(1 / 1.6448536269514722, 14);
  });

  it('room-for-NP cut: paper 001 prescription UL − (SM − 1.645 σ)', () => {
    expect(roomForNewPhysics(1.8e-5, { value: 9.5e-6, sigma: 1e-6 }, 'ul-sm90')).toBeCloseTo(1.8e-5 - 9.5e-6 + Z90 * 1e-6, 20);
    const t = likelihoodTerm(findMeasurement('belle_2017_sl/B0->K*0nunu'), { limits: 'room-cut', sm: { value: 9.5e-6, sigma: 1e-6 } });
    expect(t.chi2([9.5e-6 + 1.0e-5])).toBe(0);
    expect(t.chi2([9.5e-6 + 1.1e-5])).toBe(Infinity);
  });
});

describe('asymmetric likelihoods', () => {
  it('all variants give 1 at x₀ + σ₊ and x₀ − σ₋; Barlow linear σ differs from the dimidiated Gaussian beyond', () => {
    for (const v of ['variable-width', 'variable-variance', 'dimidiated'] as const) {
      expect(asymmetricChi2(13 + 3.3, 13, 3.3, 3.0, v)).toBeCloseTo(1, 12);
      expect(asymmetricChi2(13 - 3.0, 13, 3.3, 3.0, v)).toBeCloseTo(1, 12);
      expect(asymmetricChi2(13, 13, 3.3, 3.0, v)).toBe(0);
    }
    // Barlow (arXiv:physics/0401042) linear σ at x₀ + 2σ₊: σ(x) = σ₁ + σ′·2σ₊ — written out independently
    const s1 = (2 * 3.3 * 3.0) / 6.3;
    const sp = 0.3 / 6.3;
    expect(asymmetricChi2(13 + 6.6, 13, 3.3, 3.0)).toBeCloseTo((6.6 / (s1 + sp * 6.6)) ** 2, 12);
    expect(asymmetricChi2(13 + 6.6, 13, 3.3, 3.0, 'dimidiated')).toBeCloseTo(4, 12);
    // flavio AsymmetricNormalDistribution: continuous at the mode, normalised
    expect(dimidiatedLogpdf(1, 1, 2, 0.5)).toBeCloseTo(Math.log(2 / (Math.sqrt(2 * Math.PI) * 2.5)), 14);
  });
});

describe('incomplete gamma and normal distribution functions (scipy 1.17.1 values)', () => {
  it('agree with scipy.special.gammainc/gammaincc, scipy.stats.norm and chi2', () => {
    // scipy.special.gammainc(a, x) and gammaincc, printed with repr()
    expect(gammaP(0.5, 0.3)).toBeCloseTo(0.5614219739190003, 14);
    expect(gammaQ(3.5, 10)).toBeCloseTo(0.005569683072945574, 15);
    expect(gammaP(229, 222.4)).toBeCloseTo(0.3378568766497463, 12);
    // scipy.stats.norm.cdf(-3) = 0.0013498980316300933, norm.ppf(0.95) = 1.6448536269514722
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300933, 16);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 12);
    // scipy.stats.chi2.sf(3.84, 1) = 0.05004352124870519, chi2.sf(11.2, 2) = 0.0036978637164829338
    expect(chi2Survival(3.84, 1)).toBeCloseTo(0.05004352124870519, 14);
    expect(chi2Survival(11.2, 2)).toBeCloseTo(0.0036978637164829338, 14);
    // scipy.stats.norm.sf(5) = 2.866515718791933e-07
    expect(significanceFromP(2.866515718791933e-7)).toBeCloseTo(5, 9);
  });
});

describe('emiss measurements', () => {
  it('lists, checks against the YAML and evaluates a term', async () => {
    const { cli } = await import('./helpers/cli.js');
    const c = await cli('measurements', '--check');
    expect(c.code, c.err).toBe(0);
    expect(c.out).toMatch(/46 records, identical/);
    const j = await cli('measurements', 'belle_2017_sl/B0->K*0nunu', '--at', '1e-5', '--json');
    const g = generalGammaUpperLimit(1.8e-5, 0.9, { countsTotal: 13, countsBackground: 15, backgroundStd: 1.8 });
    expect(JSON.parse(j.out).minus2_delta_lnL).toBeCloseTo(g.chi2(1e-5), 10);
    const l = await cli('measurements', '--observable', 'BRinv(KL->pi)', '--json');
    expect(JSON.parse(l.out).map((m: { id: string }) => m.id)).toEqual(['kaon_modes/KOTO_2021_data/B(KL->pi0nunu)', 'kaon_modes/KOTO_2016_2018/B(KL->pi0nunu)', 'kaon_modes/KOTO_2015/B(KL->pi0nunu)']);
    const bad = await cli('measurements', 'nonsense');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^emiss: unknown measurement 'nonsense'/);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cli } from './helpers/cli.js';
import { readBelle2Release } from '../src/io/belle2-release.js';
import { parseFitModelFile } from '../src/stats/fit/model-file.js';
import { buildProblem } from '../src/stats/fit/objective.js';
import { contourSegments } from '../src/stats/fit/contours.js';
import { nelderMead } from '../src/numerics/nelder-mead.js';
import { autocorrelationTime, ensembleSample } from '../src/numerics/ensemble-sampler.js';
import { makeRng } from '../src/numerics/random.js';

const PYHF = JSON.parse(readFileSync(new URL('./fixtures/pyhf-belle2-reference.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'emiss-fit-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('Nelder–Mead in a box', () => {
  it('finds the Rosenbrock minimum and a minimum on the boundary', () => {
    const rosen = (x: Float64Array) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
    const r = nelderMead(rosen, [-1.2, 1], { lower: [-2, -2], upper: [2, 2], ftol: 1e-14, xtol: 1e-10, maxEvaluations: 5000 });
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
    const b = nelderMead((x) => (x[0] - 3) ** 2 + (x[1] + 1) ** 2, [0, 0], { lower: [-1, -1], upper: [1, 1], ftol: 1e-14, xtol: 1e-10 });
    expect(b.x[0]).toBeCloseTo(1, 8);
    expect(b.x[1]).toBeCloseTo(-1, 8);
  });
});

describe('affine-invariant ensemble sampler (Goodman & Weare)', () => {
  it('samples a strongly correlated 2-D Gaussian with the right moments', () => {
    // mean (1, −2), σ = (1, 2), ρ = 0.9: the stretch move is affine invariant, so the correlation costs nothing
    const m = [1, -2];
    const s = [1, 2];
    const rho = 0.9;
    const logp = (x: Float64Array) => {
      const u = (x[0] - m[0]) / s[0];
      const v = (x[1] - m[1]) / s[1];
      return (-0.5 * (u * u - 2 * rho * u * v + v * v)) / (1 - rho * rho);
    };
    const rng = makeRng(42);
    const init = Array.from({ length: 32 }, () => [rng.normal() * 0.1, rng.normal() * 0.1]);
    const r = ensembleSample(logp, init, { steps: 1500, rng, burn: 300 });
    const n = r.samples.length;
    const mean = [0, 1].map((k) => r.samples.reduce((t, x) => t + x[k], 0) / n);
    const cov = (a: number, b: number) => r.samples.reduce((t, x) => t + (x[a] - mean[a]) * (x[b] - mean[b]), 0) / (n - 1);
    const tau = Math.max(autocorrelationTime(r.chain, 0), autocorrelationTime(r.chain, 1));
    const nEff = n / tau;
    expect(tau).toBeGreaterThan(1);
    expect(tau).toBeLessThan(100);
    // 5 σ of the Monte Carlo error
    expect(Math.abs(mean[0] - 1)).toBeLessThan(5 * 1 / Math.sqrt(nEff));
    expect(Math.abs(mean[1] + 2)).toBeLessThan(5 * 2 / Math.sqrt(nEff));
    expect(Math.abs(cov(0, 0) / 1 - 1)).toBeLessThan(5 * Math.sqrt(2 / nEff));
    expect(Math.abs(cov(1, 1) / 4 - 1)).toBeLessThan(5 * Math.sqrt(2 / nEff));
    expect(Math.abs(cov(0, 1) / Math.sqrt(cov(0, 0) * cov(1, 1)) - rho)).toBeLessThan(5 * (1 - rho * rho) / Math.sqrt(nEff));
    expect(r.acceptanceFraction).toBeGreaterThan(0.2);
    expect(r.acceptanceFraction).toBeLessThan(0.9);
  });
  it('respects a support boundary: Gamma(3, 1) has mean 3 and variance 3', () => {
    const logp = (x: Float64Array) => (x[0] > 0 ? 2 * Math.log(x[0]) - x[0] : -Infinity);
    const rng = makeRng(7);
    const init = Array.from({ length: 16 }, () => [2 + 0.5 * rng.uniform()]);
    const r = ensembleSample(logp, init, { steps: 3000, rng, burn: 500 });
    const xs = r.samples.map((x) => x[0]);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
    const nEff = xs.length / autocorrelationTime(r.chain, 0);
    expect(xs.every((x) => x > 0)).toBe(true);
    expect(Math.abs(mean - 3)).toBeLessThan(5 * Math.sqrt(3 / nEff));
    expect(Math.abs(v / 3 - 1)).toBeLessThan(5 * Math.sqrt(8 / nEff)); // var of the sample variance ≈ (κ4 + 2σ⁴)/n
  });
  it('refuses too few walkers', () => {
    expect(() => ensembleSample(() => 0, [[0], [1]], { steps: 1, rng: makeRng(1) })).toThrow(/even number of walkers/);
  });
});

describe('contours', () => {
  it('marching squares finds the unit circle of x² + y²', () => {
    const xs = Array.from({ length: 41 }, (_, i) => -2 + i / 10);
    const z = xs.map((y) => xs.map((x) => x * x + y * y));
    const segs = contourSegments(xs, xs, z, 1);
    expect(segs.length).toBeGreaterThan(40);
    for (const s of segs) {
      expect(Math.hypot(s.x1, s.y1)).toBeCloseTo(1, 2);
      expect(Math.hypot(s.x2, s.y2)).toBeCloseTo(1, 2);
    }
  });
});

describe('model files', () => {
  it('reuse the mediator, dark-pair and WCxf formats and validate the fit section', () => {
    expect(parseFitModelFile('model: alp\nparameters: {m_a: 2}\nfit:\n  float: {m_a: [0.1, 4]}\n').physics.kind).toBe('mediator');
    expect(parseFitModelFile('kind: scalar\nmass: 0.3\ncoefficients: {CV: 1e-8}\nfit:\n  float: {CV: [0, 1e-7]}\n').physics.kind).toBe('dark-pair');
    expect(parseFitModelFile('eft: WET\nbasis: flavio\nscale: 4.8\nvalues: {CL_bsnutaunutau: 1}\nfit:\n  float: {CL_bsnutaunutau: [-20, 20]}\n').physics.kind).toBe('wet');
    expect(() => parseFitModelFile('model: alp\nfit:\n  float: {m_z: [0, 1]}\n', 'f.yaml')).toThrow(/f.yaml: 'm_z' is not a parameter/);
    expect(() => parseFitModelFile('model: sm\nfit:\n  float: {mu: [2, 1]}\n', 'f.yaml')).toThrow(/max > min/);
    expect(() => parseFitModelFile('model: sm\nfit:\n  limits: nonsense\n', 'f.yaml')).toThrow(/fit.limits/);
  });
  it('refuse likelihood terms that share data', () => {
    const f = parseFitModelFile('model: sm\nfit:\n  float: {mu: [0, 10]}\n  likelihoods: [belle2, belle2_2023_bknunu/combined]\n', 'f.yaml');
    expect(() => buildProblem(f, readBelle2Release())).toThrow(/share data/);
  });
  it('measurement terms enter −2 ln L with the predictions of the model', () => {
    const f = parseFitModelFile('kind: fermion\nmass: 0.7\ncoefficients: {CV1: 1e-8}\nfit:\n  likelihoods: [belle_2017_sl/B0->K*0nunu, paper003/eq1]\n', 'f.yaml');
    const p = buildProblem(f, undefined);
    const r = p.evaluate({});
    expect(Object.keys(r.terms).sort()).toEqual(['belle_2017_sl/B0->K*0nunu', 'paper003/eq1']);
    // paper 003 eq. (1) is a Gaussian in BR(B+ → K+ + inv): its χ² is ((BR − 2.3e-5)/0.7e-5)²
    expect(r.terms['paper003/eq1']).toBeCloseTo(((r.brInvBK - 2.3e-5) / 0.7e-5) ** 2, 10);
  });
});

describe('emiss fit', () => {
  it('the SM template reproduces pyhf’s μ̂ and profile interval on the Belle II workspace', async () => {
    const f = file('sm.yaml', 'model: sm\nfit:\n  float: {mu: [0, 15]}\n');
    const r = await cli('fit', f, '--json', '--no-contours');
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.form_factor_nuisances).toBe('workspace');
    expect(Math.abs(j.best_fit.mu - PYHF.mle.poi)).toBeLessThan(2e-3);
    const i68 = j.intervals.find((x: { level: number }) => x.level === 1);
    expect(Math.abs(i68.lower - PYHF.interval.lower)).toBeLessThan(2e-3);
    expect(Math.abs(i68.upper - PYHF.interval.upper)).toBeLessThan(2e-3);
    // −2 ln L at the best fit: pyhf's twice_nll of the same workspace
    expect(Math.abs(j.twice_nll - PYHF.mle.twice_nll)).toBeLessThan(1e-3);
    // the −2ΔlnL curve of μ (0 … 15 in 21 steps) at μ = 0 and 3: pyhf's profile scan of the same workspace
    const curve = j.profiles[0];
    expect(curve.name).toBe('mu');
    for (const mu of [0, 3]) {
      const k = curve.values.findIndex((v: number) => Math.abs(v - mu) < 1e-9);
      expect(Math.abs(curve.delta[k] - PYHF.profile[mu.toFixed(1)].delta_twice_nll)).toBeLessThan(1e-4);
    }
    // Belle II: 2.7σ tension with the SM (arXiv:2311.14647 abstract); the profile likelihood gives √q(μ = 1)
    expect(j.significance.z).toBeCloseTo(2.7, 1);
  });
  it('the two-body B+ → K+ X fit lands inside the 1σ region of Gärtner et al. 2026', async () => {
    const f = file('tb.yaml', 'model: two-body\nparameters: {m_X: 2.1, br: 9e-6}\nfit:\n  float: {m_X: [0.1, 4.7], br: [0, 3.0e-5]}\n  prescan: 12\n');
    const r = await cli('fit', f, '--json', '--no-contours', '--no-intervals', '--profile-points', '0');
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    const g = parseYaml(readFileSync(new URL('../data/experimental/bkx_two_body_fits.yaml', import.meta.url), 'utf8')).gartner_2026;
    expect(j.best_fit.m_X).toBeGreaterThan(g.m_X_GeV.value - g.m_X_GeV.down);
    expect(j.best_fit.m_X).toBeLessThan(g.m_X_GeV.value + g.m_X_GeV.up);
    expect(j.best_fit.br).toBeGreaterThan(g.br_times_P_inv.value - g.br_times_P_inv.down);
    expect(j.best_fit.br).toBeLessThan(g.br_times_P_inv.value + g.br_times_P_inv.up);
    expect(j.significance.z).toBeGreaterThan(3);
  });
  it('reports bad model files in one line', async () => {
    const f = file('bad.yaml', 'model: nonsense\n');
    const r = await cli('fit', f);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^emiss: unknown model 'nonsense'/);
    expect(r.err.split('\n').filter(Boolean).length).toBe(1);
  });
});

describe('documented example model files', () => {
  it('parse and build', () => {
    const ex = new URL('../docs/examples/', import.meta.url);
    const release = readBelle2Release();
    for (const f of ['two-body.yaml', 'sm-mu.yaml', 'alp.yaml', 'dark-fermion.yaml', 'wet-tautau.yaml']) {
      const m = parseFitModelFile(readFileSync(new URL(f, ex), 'utf8'), f);
      expect(m.fit.float.length, f).toBeGreaterThan(0);
      if (f === 'sm-mu.yaml' || f === 'two-body.yaml') expect(Number.isFinite(buildProblem(m, release).evaluate({}).twiceNll)).toBe(true);
    }
  });
});

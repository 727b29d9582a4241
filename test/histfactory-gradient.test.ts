import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel, loadWorkspace, parameterScales, type Model } from '../src/stats/histfactory/index.js';
import { makeRng } from '../src/numerics/random.js';

const BELLE2 = loadWorkspace(JSON.parse(readFileSync('data/experimental/belle2_2023_knunu_combined_likelihood.json', 'utf8')));
const TOY = loadWorkspace(JSON.parse(readFileSync('test/fixtures/histfactory/toy-lumi-normsys-histosys.json', 'utf8')));
const TOY2 = loadWorkspace(JSON.parse(readFileSync('test/fixtures/histfactory/toy-staterror-shapesys.json', 'utf8')));

/** a random point: α ~ U(−2.5, 2.5) (away from 0 and ±1), γ = 1 ± 0.8σ, unconstrained × U(0.7, 1.3) */
function randomPoint(model: Model, seed: number): Float64Array {
  const rng = makeRng(seed);
  const x = model.suggestedInit();
  const s = parameterScales(model);
  for (const p of model.parameters) {
    for (let i = 0; i < p.n; i++) {
      const j = p.offset + i;
      if (p.constraint === 'normal' && p.inits[i] === 0) {
        let a = 0;
        while (Math.abs(a) < 0.05 || Math.abs(Math.abs(a) - 1) < 0.05) a = 5 * rng.uniform() - 2.5;
        x[j] = a;
      } else if (p.constraint !== 'none') x[j] = p.inits[i] + 0.8 * s[j] * (2 * rng.uniform() - 1);
      else x[j] = p.inits[i] * (0.7 + 0.6 * rng.uniform());
    }
  }
  return x;
}

function checkGradient(model: Model, x: Float64Array): number {
  const g = model.gradNll(x);
  const s = parameterScales(model);
  let worst = 0;
  const xp = Float64Array.from(x);
  for (let j = 0; j < model.npars; j++) {
    const h = 1e-4 * s[j]; // −ln L is a sum of terms ~1e4 with rounding noise ~1e−11: keep the noise / h small
    xp[j] = x[j] + h;
    const fp = model.nll(xp);
    xp[j] = x[j] - h;
    const fm = model.nll(xp);
    xp[j] = x[j];
    const fd = (fp - fm) / (2 * h);
    // compare in units of the parameter scale: d(nll)/d(x/s)
    worst = Math.max(worst, Math.abs((g[j] - fd) * s[j]) / Math.max(1, Math.abs(g[j] * s[j])));
  }
  return worst;
}

const COMBOS = [
  undefined,
  { normsys: { interpcode: 'code1' }, histosys: { interpcode: 'code0' } },
  { normsys: { interpcode: 'code4' }, histosys: { interpcode: 'code2' } },
  { normsys: { interpcode: 'code1' }, histosys: { interpcode: 'code4p' } },
] as const;

describe('analytic gradient of −ln L', () => {
  for (const settings of COMBOS) {
    const label = settings ? `${settings.normsys.interpcode}/${settings.histosys.interpcode}` : 'default';
    it(`matches central differences on the Belle II workspace (${label})`, () => {
      const model = buildModel(BELLE2, settings ? { modifierSettings: settings } : {});
      for (const seed of [1, 2]) expect(checkGradient(model, randomPoint(model, seed))).toBeLessThan(1e-6);
      // at the inits every α = 0, where code0/code1 have a kink (finite differences straddle it)
      if (model.interpcodes.normsys === 'code4' && model.interpcodes.histosys !== 'code0') {
        expect(checkGradient(model, model.suggestedInit().map((v, i) => (i === model.poi?.index ? 3 : v)))).toBeLessThan(1e-6);
      }
    });
    it(`matches central differences on the toy workspaces (${label})`, () => {
      for (const ws of [TOY, TOY2]) {
        const model = buildModel(ws, settings ? { modifierSettings: settings } : {});
        for (const seed of [3, 4, 5]) expect(checkGradient(model, randomPoint(model, seed))).toBeLessThan(1e-6);
      }
    });
  }
  it('handles a zero normfactor (product of the other factors)', () => {
    const model = buildModel(TOY);
    const x = randomPoint(model, 9);
    x[model.parameter('mu').offset] = 0;
    expect(checkGradient(model, x)).toBeLessThan(1e-6);
  });
});

describe('replacing sample yields', () => {
  const model = buildModel(BELLE2);
  const signal: [string, string][] = [
    ['A__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomSR_Y4S', 'signal'],
    ['B__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomCR_Y4S', 'signal'],
    ['sgn1_had', 'sgn_1_had'],
  ];
  const nominal = (c: string, s: string) => BELLE2.channels.find((x) => x.name === c)?.samples.find((x) => x.name === s)?.data as number[];

  it('gives the same model when the yields are unchanged', () => {
    const x = randomPoint(model, 7);
    const same = model.withSampleYields(signal[0][0], signal[0][1], nominal(...signal[0]));
    expect(same.logpdf(x)).toBe(model.logpdf(x));
    expect([...same.gradNll(x)]).toEqual([...model.gradNll(x)]);
  });
  it('doubling every signal sample with relative systematics equals μ → 2μ', () => {
    let m2 = model;
    for (const [c, s] of signal) m2 = m2.withSampleYields(c, s, nominal(c, s).map((v) => 2 * v), { systematics: 'relative' });
    const x = randomPoint(model, 8);
    const mu = model.poi?.index as number;
    const x2 = Float64Array.from(x);
    x2[mu] = 2 * x[mu];
    expect(m2.logpdf(x)).toBeCloseTo(model.logpdf(x2), 9);
    // with absolute systematics only the nominal part doubles: ν = (2 nom + Δ) μ
    let mAbs = model;
    for (const [c, s] of signal) mAbs = mAbs.withSampleYields(c, s, nominal(c, s).map((v) => 2 * v));
    const bySample = mAbs.expectedBySample(x).find((b) => b.sample === 'signal') as { yields: Float64Array };
    const ref = model.expectedBySample(x).find((b) => b.sample === 'signal') as { yields: Float64Array };
    const nom = nominal(...signal[0]);
    // channel-A signal factors: μ and its staterror γ_i
    const gamma = model.parameter('uncorr_siguncrt_signal_zoomSR_Y4S').offset;
    bySample.yields.forEach((v, i) => expect(v - ref.yields[i]).toBeCloseTo(nom[i] * x[mu] * x[gamma + i], 9));
  });
  it('rejects unknown samples and wrong lengths', () => {
    expect(() => model.withSampleYields('sgn1_had', 'signal', [1])).toThrow(/no sample 'signal' in channel 'sgn1_had'/);
    expect(() => model.withSampleYields(signal[2][0], signal[2][1], [1, 2])).toThrow(/has 6 bins, got 2 yields/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmissError } from '../src/core/errors.js';
import {
  buildModel,
  loadModelSpec,
  loadWorkspace,
  workspaceFromSpec,
  getMeasurement,
  type Workspace,
} from '../src/stats/histfactory/index.js';
import { interpretLikelihoodJson } from '../src/io/pyhf-json.js';
import { comparePython } from '../src/stats/histfactory/python-order.js';

const BELLE2 = 'data/experimental/belle2_2023_knunu_combined_likelihood.json';
const WET = 'data/experimental/belle2_2023_knunu_reinterpretation_likelihood_wet.json';
const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

function toy(): Record<string, unknown> {
  return {
    version: '1.0.0',
    channels: [
      {
        name: 'SR',
        samples: [
          { name: 'sig', data: [1, 2], modifiers: [{ name: 'mu', type: 'normfactor', data: null }] },
          { name: 'bkg', data: [10, 12], modifiers: [{ name: 'st', type: 'staterror', data: [1, 1.5] }] },
        ],
      },
    ],
    observations: [{ name: 'SR', data: [11, 15] }],
    measurements: [{ name: 'm', config: { poi: 'mu', parameters: [] } }],
  };
}

/** Expects an EmissError with a one-line message matching `re`. */
function expectBad(f: () => unknown, re: RegExp): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(EmissError);
  const msg = (err as Error).message;
  expect(msg).not.toContain('\n');
  expect(msg).toMatch(re);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of JSON fixtures
function mutate(f: (w: any) => void): Record<string, unknown> {
  const w = toy();
  f(w);
  return w;
}

describe('loading pyhf workspaces', () => {
  it('loads the Belle II workspace: 5 channels, 30 bins, 232 parameters, POI mu', () => {
    const ws = loadWorkspace(readJson(BELLE2));
    const model = buildModel(ws);
    expect(model.channels.map((c) => c.nbins)).toEqual([9, 3, 9, 3, 6]);
    expect(model.nmain).toBe(30);
    expect(model.npars).toBe(232);
    expect(model.naux).toBe(231);
    expect(model.poi).toEqual({ name: 'mu', index: 39 });
    const types = new Set(model.spec.channels.flatMap((c) => c.samples.flatMap((s) => s.modifiers.map((m) => m.type))));
    expect([...types].sort()).toEqual(['histosys', 'normfactor', 'normsys', 'staterror']);
    expect(getMeasurement(ws).config.poi).toBe('mu');
  });

  it('reads the reinterpretation file: its spec (with custom modifiers) and observed data', () => {
    const json = readJson(WET) as { spec: unknown; data: number[] };
    expectBad(() => loadModelSpec(json.spec), /modifiers\[\d+\]\.type: Invalid discriminator/);
    const spec = loadModelSpec(json.spec, { customModifierTypes: ['regA', 'regB', 'hta'] });
    expect(spec.channels).toHaveLength(5);
    expectBad(() => buildModel(spec), /type 'regA', which is not a HistFactory modifier/);
    const model = buildModel(spec, { customModifiers: 'ignore', observations: json.data });
    expect(model.customModifiers.map((c) => c.type).sort()).toEqual(['hta', 'regA', 'regB']);
    expect(model.poi).toBeNull();
    expect(model.npars).toBe(228);
    expect([...(model.observed as Float64Array)]).toEqual(json.data);
    const viaFile = interpretLikelihoodJson(json);
    expect(viaFile.kind).toBe('workspace');
    const ws = (viaFile as { workspace: Workspace }).workspace;
    expect(buildModel(ws, { customModifiers: 'ignore' }).logpdf(model.suggestedInit())).toBe(model.logpdf(model.suggestedInit()));
  });

  it('wraps a spec and flat data into a workspace (channels in sorted order)', () => {
    const spec = loadModelSpec({
      channels: [
        { name: 'b', samples: [{ name: 's', data: [1, 2], modifiers: [{ name: 'mu', type: 'normfactor', data: null }] }] },
        { name: 'a', samples: [{ name: 's', data: [3], modifiers: [] }] },
      ],
    });
    const ws = workspaceFromSpec(spec, [5, 6, 7], { poi: 'mu' });
    expect(ws.observations).toEqual([
      { name: 'a', data: [5] },
      { name: 'b', data: [6, 7] },
    ]);
    expectBad(() => workspaceFromSpec(spec, [1, 2]), /observed data has 2 bins, the model has 3/);
  });

  it('rejects bad files with one-line messages', () => {
    expectBad(() => loadWorkspace('nope'), /expected a JSON object, got string/);
    expectBad(() => loadWorkspace(mutate((w) => (w.version = '2.0.0'))), /version: Invalid input: expected "1.0.0"/);
    expectBad(() => loadWorkspace(mutate((w) => delete w.observations)), /observations: .*expected array/);
    expectBad(() => loadWorkspace(mutate((w) => (w.extra = 1))), /Unrecognized key: "extra"/);
    expectBad(() => loadWorkspace(mutate((w) => (w.channels[0].samples[0].modifiers[0].type = 'normfactr'))), /channels\[0\]\.samples\[0\]\.modifiers\[0\]\.type/);
    expectBad(() => loadWorkspace(mutate((w) => (w.channels[0].samples[1].modifiers[0].data = [1]))), /staterror modifier 'st' .* has data of length 1, the sample has 2 bins/);
    expectBad(() => loadWorkspace(mutate((w) => (w.channels[0].samples[1].data = [1, 2, 3]))), /sample 'bkg' has 3 bins, the channel has 2/);
    expectBad(() => loadWorkspace(mutate((w) => w.channels.push(w.channels[0]))), /duplicate channel 'SR'/);
    expectBad(() => loadWorkspace(mutate((w) => w.channels[0].samples.push(w.channels[0].samples[0]))), /duplicate sample 'sig'/);
    expectBad(
      () => loadWorkspace(mutate((w) => w.channels[0].samples[0].modifiers.push({ name: 'mu', type: 'normfactor', data: null }))),
      /duplicate normfactor modifier 'mu'/,
    );
    expectBad(() => loadWorkspace(mutate((w) => (w.observations[0].name = 'CR'))), /no observation for channel 'SR'/);
    expectBad(() => loadWorkspace(mutate((w) => (w.observations[0].data = [1]))), /observation 'SR' has 1 bins, the channel has 2/);
    expectBad(() => loadWorkspace(mutate((w) => (w.channels[0].samples[0].data = [1, 'x']))), /data\[1\]: Invalid input: expected number/);
    expectBad(() => loadWorkspace(mutate((w) => (w.measurements[0].config.parameters = [{ name: 'mu', bounds: [[0]] }]))), /bounds/);
  });

  it('rejects models pyhf cannot build', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of JSON fixtures
    const build = (f: (w: any) => void, opts = {}) => () => buildModel(loadWorkspace(mutate(f)), opts);
    expectBad(build((w) => (w.measurements[0].config.poi = 'nu')), /parameter of interest 'nu' is not a parameter/);
    expectBad(build((w) => (w.measurements[0].config.poi = 'st')), /'st' has 2 components and cannot be the parameter of interest/);
    expectBad(
      build((w) => w.channels[0].samples[0].modifiers.push({ name: 'lumi', type: 'lumi', data: null })),
      /parameter 'lumi' \(lumi\) needs 'inits'/,
    );
    expectBad(build((w) => (w.measurements[0].config.parameters = [{ name: 'mu', inits: [1, 2] }])), /2 values for 'inits' of parameter 'mu'/);
    expectBad(build((w) => (w.measurements[0].config.parameters = [{ name: 'mu', sigmas: [1] }])), /does not use the 'sigmas' attribute/);
    expectBad(
      build((w) => (w.measurements[0].config.parameters = [{ name: 'mu' }, { name: 'mu', inits: [2] }])),
      /multiple parameter configurations for 'mu'/,
    );
    expectBad(
      build((w) => w.channels[0].samples[1].modifiers.push({ name: 'mu', type: 'staterror', data: [1, 1] })),
      /parameter 'mu' is used by modifiers \(normfactor, staterror\) that disagree/,
    );
    expectBad(
      build((w) => {
        w.channels[0].samples[0].modifiers.push({ name: 'ss', type: 'shapesys', data: [1, 1] });
        w.channels[0].samples[1].modifiers.push({ name: 'ss', type: 'shapesys', data: [1, 1] });
      }),
      /shapesys modifier 'ss' is used more than once/,
    );
    expectBad(build((w) => w.channels[0].samples[0].modifiers.push({ name: 'n', type: 'normsys', data: { lo: -0.5, hi: 1.2 } })), /normsys factors must be positive/);
    expectBad(() => buildModel(loadWorkspace(toy()), { measurement: 'other' }), /no measurement 'other' in the workspace \(have: m\)/);
  });

  it('shares a parameter between a histosys and a normsys of the same name, like pyhf', () => {
    const ws = loadWorkspace(
      mutate((w) => {
        w.channels[0].samples[1].modifiers.push({ name: 'alpha', type: 'histosys', data: { lo_data: [9, 11], hi_data: [11, 13] } });
        w.channels[0].samples[0].modifiers.push({ name: 'alpha', type: 'normsys', data: { lo: 0.9, hi: 1.1 } });
      }),
    );
    const model = buildModel(ws);
    expect(model.parameters.map((p) => p.name)).toEqual(['alpha', 'mu', 'st']);
    expect(model.parameter('alpha').modifierTypes).toEqual(['histosys', 'normsys']);
  });

  it('orders strings by code point like Python', () => {
    expect(['b', 'B', 'a_1', 'a1', '\u{1F600}', '\uFFFF'].sort(comparePython)).toEqual(['B', 'a1', 'a_1', 'b', '\uFFFF', '\u{1F600}']);
  });
});

describe('parameter vectors and data', () => {
  const model = buildModel(loadWorkspace(toy()));
  it('maps names to vector slots and rejects unknown names', () => {
    const x = model.parameterVector({ mu: 2, st: [0.9, 1.1] });
    expect([...x]).toEqual([2, 0.9, 1.1]);
    expect([...model.parameterVector({ 'st[1]': 1.2 })]).toEqual([1, 1, 1.2]);
    expectBad(() => model.parameterVector({ nu: 1 }), /unknown parameter 'nu'/);
    expectBad(() => model.parameterVector({ st: 1 }), /'st' has 2 components; give an array of 2 numbers/);
    expectBad(() => model.parameterVector({ st: [1] }), /has 2 components, got 1 values/);
    expectBad(() => model.parameterVector({ 'st[2]': 1 }), /index 2 is out of range/);
    expect(model.namedValues(x)).toEqual({ mu: 2, st: [0.9, 1.1] });
    expect(model.parNames).toEqual(['mu', 'st[0]', 'st[1]']);
  });
  it('checks data and parameter lengths', () => {
    expectBad(() => model.logpdf([1, 1]), /parameter vector has 2 entries, the model has 3/);
    expectBad(() => model.logpdf([1, 1, 1], [1, 2, 3]), /data has 3 entries, the model needs 4 \(2 main \+ 2 auxiliary\)/);
    expectBad(() => model.logpdf([1, 1, NaN]), /parameters: entry 2 is not a finite number/);
    expectBad(() => model.logpdf([-20, 1, 1]), /expected yield -\d+(\.\d+)? in bin 0 of channel 'SR' is negative/);
    // n = 0 everywhere: ln L = −Σν + Gaussian normalisations with σ = unc/nom = 1/10, 1.5/12
    const norm = (s: number) => -Math.log(s * Math.sqrt(2 * Math.PI));
    expect(model.logpdf([0, 1, 1], [0, 0, 1, 1])).toBeCloseTo(-22 + norm(0.1) + norm(0.125), 12);
  });
});

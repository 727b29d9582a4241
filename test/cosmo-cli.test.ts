/**
 * emiss relic / emiss dd and the cosmology observables: one model file drives B physics and cosmology.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { evaluate, OBSERVABLES } from '../src/observables/index.js';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { darkPhotonRelic } from '../src/models/cosmo/dark-photon-cosmology.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-cosmo-'));

describe('emiss relic and emiss dd', () => {
  it('one ALP model file: relic (freeze-in) and predict give the same point; JSON output', async () => {
    const f = join(dir, 'alp.yaml');
    writeFileSync(f, 'model: alp\nparameters:\n  f_a: 1.6667e8\n  m_chi: 3.0e-3\n');
    const r = await cli('relic', '--model-file', f, '--preset', 'clms2025', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.mechanism).toBe('freeze-in');
    expect(j.omegaH2).toBeGreaterThan(0.05);
    expect(j.omegaH2).toBeLessThan(0.15);
    expect(j.parameters.m_chi).toBe(3e-3);
    const p = JSON.parse((await cli('predict', 'BRinv(B+->Ka)', 'Omegah2(alp)', '--model-file', f, '--preset', 'clms2025', '--json')).out);
    expect(p[0].value).toBeCloseTo(j.belle2['BRinv(B+->Ka)'], 15);
    expect(p[1].value / j.omegaH2).toBeCloseTo(1, 10);
  });
  it('dark photon: relic text output names the mechanism, eq. (48), the B-physics of the point', async () => {
    const r = await cli('relic', '--model', 'darkphoton', '--set', 'alpha_X=3e-4', '--set', 'm_DM=0.5');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mechanism: freeze-out/);
    expect(r.out).toMatch(/omegaH2_eq48 = /);
    expect(r.out).toMatch(/BRinv\(B\+->KX\) = /);
    const ps = makeParameterSet('default');
    const o = evaluate(OBSERVABLES, 'Omegah2(darkphoton)', ps, { wc: new Map(), dark: { alpha_X: 3e-4, m_DM: 0.5 } });
    expect(o / darkPhotonRelic({ alphaX: 3e-4, mDM: 0.5, mX: 2, mphi: 0.004 }).omegaH2).toBeCloseTo(1, 12);
  });
  it('dd: dark photon on xenon (∝ v²) and the VLQ nucleon cross section; targets and --v', async () => {
    const a = JSON.parse((await cli('dd', '--model', 'darkphoton', '--set', 'alpha_X=1e-2', '--set', 'm_DM=0.1', '--json')).out);
    const b = JSON.parse((await cli('dd', '--model', 'darkphoton', '--set', 'alpha_X=1e-2', '--set', 'm_DM=0.1', '--v', '440', '--json')).out);
    expect(b.values['sigma_N(Xe) [cm2]'] / a.values['sigma_N(Xe) [cm2]']).toBeCloseTo(4, 10);
    const v = await cli('dd', '--model', 'vlq', '--target', 'Ar');
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/sigma_phiN\(Ar\) per nucleon \[cm2\] = /);
    expect(v.out).toMatch(/BR\(Bs->phiphi\) = /);
  });
  it('VLQ relic through the CLI matches the observable; predict takes the vlq model', async () => {
    const r = JSON.parse((await cli('relic', '--model', 'vlq', '--set', 'm_phi=0.8', '--json')).out);
    expect(r.mechanism).toBe('freeze-out');
    const p = JSON.parse((await cli('predict', 'Omegah2(vlq)', 'BRvlq(B+->Kphiphi)', 'CS_ss(vlq)', '--model', 'vlq', '--set', 'm_phi=0.8', '--json')).out);
    expect(p[0].value / r.omegaH2).toBeCloseTo(1, 10);
    expect(p[1].value).toBeCloseTo(r.belle2['BRvlq(B+->Kphiphi)'], 15);
    expect(p[2].value).toBeGreaterThan(1e-4);
  });
  it('bad input: one-line errors, non-zero exit, no stack trace', async () => {
    const f = join(dir, 'pair.yaml');
    writeFileSync(f, 'kind: scalar\nnature: real\nmass: 0.5\ncoefficients:\n  CS: 1e-8\n');
    for (const args of [
      ['relic'],
      ['relic', '--model-file', f],
      ['relic', '--dark', 'm_phi=0.5'],
      ['relic', '--model', 'gammaD'],
      ['dd', '--model', 'darkphoton', '--target', 'Pb'],
      ['dd', '--model', 'darkphoton', '--v', '-3'],
      ['relic', '--model', 'alp', '--set', 'm_a=6'],
      ['relic', '--model', 'darkphoton', '--set', 'm_phi=0.6'],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err, args.join(' ')).toMatch(/^emiss: /);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err).not.toMatch(/at .*\.ts:/);
    }
  });
  it('--help on both commands', async () => {
    for (const c of ['relic', 'dd']) {
      const r = await cli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/--model/);
    }
  });
});

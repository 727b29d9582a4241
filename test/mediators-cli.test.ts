/**
 * The mediator models from the CLI (predict --model/--set/--model-file, list models), the library spectra,
 * and the report sections of papers 000 and 002.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { missingEnergySpectrum } from '../src/models/mediator-spectra.js';
import { spectrumTotal } from '../src/processes/mediators/two-body.js';
import { integrateAdaptive } from '../src/numerics/adaptive.js';
import { evaluate, OBSERVABLES } from '../src/observables/index.js';

describe('emiss predict with mediator models', () => {
  it('--model alp --set …: BR scales as (C^V/f_a)², JSON carries the model point', async () => {
    const a = JSON.parse((await cli('predict', 'BR(B+->Ka)', '--model', 'alp', '--set', 'f_a=1e8', '--preset', 'clms2025', '--json')).out);
    const b = JSON.parse((await cli('predict', 'BR(B+->Ka)', '--model', 'alp', '--set', 'f_a=2e8', '--set', 'CV_sb=3', '--preset', 'clms2025', '--json')).out);
    expect(b[0].value / a[0].value).toBeCloseTo(9 / 4, 12);
    expect(a[0].model.name).toBe('alp');
    expect(a[0].model.parameters.L_det).toBe(3.5);
    expect(b[0].model.given).toEqual({ f_a: 2e8, CV_sb: 3 });
  });
  it('a YAML model file, overridden by --set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emiss-model-'));
    const f = join(dir, 'x.yaml');
    writeFileSync(f, 'model: darkphoton\nparameters:\n  m_X: 2\n  eps: 5e-5\n  alpha_X: 1e-2\n');
    const r = await cli('predict', 'BRinv(B+->KX)', 'BR(X->psipsi)', '--model-file', f, '--set', 'm_DM=0.1', '--preset', 'clms2025', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows[0].model.parameters).toMatchObject({ m_X: 2, eps: 5e-5, alpha_X: 1e-2, m_DM: 0.1 });
    expect(rows[1].value).toBeGreaterThan(0.999);
  });
  it('without --model the observables use the model defaults; text output lists the point', async () => {
    const r = await cli('predict', 'BR(B0->K*gammaD)', 'Emiss(B0->K*gammaD)', '--model', 'gammaD', '--set', 'eq44_as_printed=1', '--set', 'T1=0.28', '--set', 'Lambda=1e8', '--preset', 'gmmr2024');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/model gammaD: Lambda=1\.0000e\+8/);
    expect(r.out).toMatch(/BR\(B0->K\*gammaD\) = 2\.42/);
  });
  const bad: [string, string[], RegExp][] = [
    ['unknown model', ['predict', 'BR(B+->Ka)', '--model', 'axion'], /unknown model 'axion'/],
    ['unknown parameter', ['predict', 'BR(B+->Ka)', '--model', 'alp', '--set', 'fa=1'], /has no parameter 'fa'/],
    ['bad value', ['predict', 'BR(B+->Ka)', '--model', 'alp', '--set', 'f_a=abc'], /cannot read --set f_a/],
    ['non-positive', ['predict', 'BR(B+->Ka)', '--model', 'alp', '--set', 'f_a=0'], /must be > 0/],
    ['switch', ['predict', 'BR(B+->KQQ)', '--model', 'gammaD', '--set', 'dipole=2'], /one of 0, 1/],
    ['integer', ['predict', 'BR(B+->KQQ)', '--model', 'gammaD', '--set', 'N_Q=2.5'], /integer/],
    ['--set without model', ['predict', 'BR(B+->Ka)', '--set', 'm_a=1'], /--set needs --model/],
    ['wrong model for observable', ['predict', 'BR(B+->KX)', '--model', 'alp'], /belongs to model 'darkphoton'/],
    ['ALP gluon width below 1 GeV', ['predict', 'ctau(a)', '--model', 'alp', '--set', 'm_a=0.5'], /need m_a ≥ 1 GeV/],
    ['SF + dipole', ['predict', 'BR(B+->KQQ)', '--model', 'gammaD', '--set', 'dipole=1'], /diverges at the Q Q̄ threshold/],
    ['missing model file', ['predict', 'BR(B+->Ka)', '--model-file', '/nonexistent.yaml'], /no such file/],
  ];
  for (const [label, argv, re] of bad) {
    it(`bad input: ${label}`, async () => {
      const r = await cli(...argv);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err).toMatch(re);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  }
  it('list models (text and JSON)', async () => {
    const r = await cli('list', 'models', '--json');
    const models = JSON.parse(r.out).mediators;
    expect(models.map((m: { name: string }) => m.name)).toEqual(['alp', 'darkphoton', 'gammaD', 'vlq']);
    const t = await cli('list', 'observables', '--category', 'dark photon');
    expect(t.out).toContain('BRinv(B+->KX)');
  });
});

describe('missing-energy spectra (library)', () => {
  const ps = makeParameterSet('clms2025');
  it('two-body modes are lines at q² = m², three-body continua integrate to their BR', () => {
    const a = missingEnergySpectrum('alp', 'B+->K', { m_a: 2.2 }, ps);
    expect(a.lines).toHaveLength(1);
    expect(a.lines[0].q2).toBeCloseTo(4.84, 12);
    expect(a.lines[0].br).toBeCloseTo(evaluate(OBSERVABLES, 'BRinv(B+->Ka)', ps, { wc: new Map(), dark: { m_a: 2.2 } }), 18);
    const g = missingEnergySpectrum('gammaD', 'B+->K', { alpha_D: 0.5, m_Q: 0.3 }, makeParameterSet('gmmr2024'));
    const c = g.continuum!;
    const integral = integrateAdaptive(c.dbr, c.q2min, c.q2max, { epsrel: 1e-7 }).value;
    expect(integral / c.br).toBeCloseTo(1, 5);
    const x = missingEnergySpectrum('darkphoton', 'B+->K', { alpha_X: 0.05, breit_wigner: 1 }, ps);
    const xi = integrateAdaptive(x.continuum!.dbr, x.continuum!.q2min, x.continuum!.q2max, { epsrel: 1e-8, breakpoints: [4], limit: 5000 }).value;
    expect(xi / spectrumTotal(x)).toBeCloseTo(1, 4);
    const v = missingEnergySpectrum('gammaD', 'B0->K*', {}, makeParameterSet('gmmr2024'));
    expect(v.lines[0].q2).toBe(0);
  });
});

describe('reproduce: papers 000 and 002 sections', () => {
  it('rows and figures of the mediator sections', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'emiss-med-')), 'report');
    const r = await cli('reproduce', '--quick', '--out', out, '--only', 'massless-dark-photon,alp-portal,dark-photon-portal');
    expect(r.code).toBe(0);
    const rows = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { ref: string; quantity: string; status: string; note: string; paper: string }[];
    for (const ref of ['eq. (3.9)', 'eq. (4.5)', 'eq. (4.6)', 'eq. (5.4)', 'eq. (5.5)', 'eq. (6.7)', 'eq. (6.8)']) expect(rows.some((x) => x.paper === '000' && x.ref === ref)).toBe(true);
    for (const ref of ['eq. (10)', 'eq. (17)', 'eq. (18)', 'eq. (19)', 'eq. (20)', 'eq. (46)']) expect(rows.some((x) => x.paper === '002' && x.ref === ref)).toBe(true);
    const find = (ref: string, q: string) => rows.find((x) => x.ref === ref && x.quantity.includes(q))!;
    expect(find('eq. (3.9)', 'BR').status).toBe('agrees');
    expect(find('eq. (4.5)', 'as printed').status).toBe('agrees');
    expect(find('eq. (4.4)', 'normalisation').status).toBe('differs');
    for (const x of rows) if (x.status === 'differs') expect(x.note).toMatch(/Differs: \S/);
    for (const f of ['paper000-fig1', 'paper000-fig2', 'paper000-fig3', 'paper002-fig3']) {
      expect(existsSync(join(out, 'figures', `${f}.svg`))).toBe(true);
      expect(readFileSync(join(out, 'figures', `${f}.svg`)).length).toBeLessThan(2e6);
    }
  });
});

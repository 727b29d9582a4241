import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { OBSERVABLES, evaluate } from '../src/observables/index.js';

const dir = mkdtempSync(join(tmpdir(), 'emiss-dm-'));

describe('emiss list models', () => {
  it('lists every kind, operator, coefficient name, unit and Λ_eff scaling', async () => {
    const r = await cli('list', 'models', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).darkPairs;
    expect(rows.map((x: { kind: string }) => x.kind)).toEqual(['scalar', 'fermion', 'vector']);
    expect(rows.flatMap((x: { operators: unknown[] }) => x.operators)).toHaveLength(16);
    const v1 = rows[1].operators.find((o: { op: string }) => o.op === 'V1');
    expect(v1).toMatchObject({ unit: 'GeV^-2', coefficients: { bs: 'CV1_bschi', bd: 'CV1_bdchi', sd: 'CV1_sdchi' }, lambdaEff: 'C = 1/Λ^2', vanishesForMajorana: true });
    expect(rows[2].operators.find((o: { op: string }) => o.op === 'V3').lambdaEff).toBe('C = m^1/Λ^3');
    const text = await cli('list', 'models');
    expect(text.out).toContain('CS_bsphi');
    const wc = JSON.parse((await cli('list', 'wc', '--json')).out);
    expect(wc.some((s: { sector: string }) => s.sector === 'sdX')).toBe(true);
  });
});

describe('emiss predict with dark pairs', () => {
  it('fermion DM, m_χ = 0.7 GeV, C_V1 = 1/Λ² in GeV⁻²: flags, Λ_eff and a model file agree', async () => {
    const lam = 8000;
    const a = JSON.parse((await cli('predict', 'BR(B+->Kchichi)', 'BRinv(B+->K)', '--dark', 'm_chi=0.7', '--wc', `CV1_bschi=${1 / lam ** 2}`, '--json')).out);
    const b = JSON.parse((await cli('predict', 'BR(B+->Kchichi)', 'BRinv(B+->K)', '--dark', 'm_chi=0.7', '--lambda-eff', `CV1_bschi=${lam}`, '--json')).out);
    const f = join(dir, 'model.yaml');
    writeFileSync(f, `kind: fermion\nnature: Dirac\nmass: 0.7\ncoefficients:\n  CV1: ${1 / lam ** 2}\n`);
    const c = JSON.parse((await cli('predict', 'BR(B+->Kchichi)', 'BRinv(B+->K)', '--model-file', f, '--json')).out);
    const j = join(dir, 'model.json');
    writeFileSync(j, JSON.stringify({ kind: 'chi', mass: 0.7, lambda_eff: { V1: lam } }));
    const d = JSON.parse((await cli('predict', 'BR(B+->Kchichi)', '--model-file', j, '--json')).out);
    for (const x of [b, c]) for (let i = 0; i < 2; i++) expect(x[i].value / a[i].value).toBeCloseTo(1, 12);
    expect(d[0].value / a[0].value).toBeCloseTo(1, 12);
    expect(a[0].dark).toEqual({ m_chi: 0.7 });
    // BRinv = SM νν̄ + pair
    const ps = makeParameterSet('default');
    expect(a[1].value - a[0].value).toBeCloseTo(evaluate(OBSERVABLES, 'BR(B+->Knunu)', ps, { wc: new Map() }), 18);
    // the pair takes a few 1e-5 at Λ = 8 TeV, as paper 003 Fig. 5
    expect(a[0].value).toBeGreaterThan(5e-6);
    expect(a[0].value).toBeLessThan(1e-4);
  });
  it('dark-pair coefficients in WCxf files need basis emiss', async () => {
    const y = join(dir, 'dm.yaml');
    writeFileSync(y, 'eft: WET\nbasis: emiss\nscale: 4.8\nvalues:\n  CV2_bschi: {Re: 1.0e-8, Im: 0}\n');
    const a = JSON.parse((await cli('predict', 'BR(B+->Kchichi)', '--wcxf', y, '--dark', 'm_chi=0.3', '--json')).out);
    const b = JSON.parse((await cli('predict', 'BR(B+->Kchichi)', '--wc', 'CV2_bschi=1e-8', '--dark', 'm_chi=0.3', '--json')).out);
    expect(a[0].value).toBe(b[0].value);
    writeFileSync(y, 'eft: WET\nbasis: flavio\nscale: 4.8\nvalues:\n  CV2_bschi: 1.0e-8\n');
    const r = await cli('predict', 'BR(B+->Kchichi)', '--wcxf', y, '--dark', 'm_chi=0.3');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/emiss extension; declare basis: emiss/);
  });
  it('differential and binned observables, b → d and s → d sectors', async () => {
    const r = await cli('predict', 'dBR/dq2(B+->KXX)', '--q2', '5', '--dark', 'm_X=0.4', '--lambda-eff', 'CV2_bsX=150', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0].value).toBeGreaterThan(0);
    const s = await cli('predict', 'BR(B+->piphiphi)', 'BR(K+->piphiphi)', 'BR(KL->piphiphi)', '--dark', 'm_phi=0.1', '--wc', 'CS_bdphi=1e-9', '--wc', 'CS_sdphi=1e-12+1e-12i', '--json');
    const rows = JSON.parse(s.out);
    expect(rows.every((x: { value: number }) => x.value > 0)).toBe(true);
    const bin = JSON.parse((await cli('predict', '<BR>(B+->Kphiphi)', '--q2min', '3', '--q2max', '7', '--dark', 'm_phi=0.3', '--wc', 'CV_bsphi=1e-8', '--json')).out);
    expect(bin[0].args).toEqual({ q2min: 3, q2max: 7 });
  });
  const bad: [string, string[], RegExp][] = [
    ['mass above threshold', ['predict', 'BR(B+->Kchichi)', '--dark', 'm_chi=2.5', '--wc', 'CV2_bschi=1e-8'], /at or above the threshold/],
    ['negative mass', ['predict', 'BR(B+->Kchichi)', '--dark', 'm_chi=-0.2', '--wc', 'CV2_bschi=1e-8'], /must not be negative/],
    ['unknown operator', ['predict', 'BR(B+->Kchichi)', '--dark', 'm_chi=0.2', '--wc', 'CV7_bschi=1e-8'], /unknown dark-pair operator in 'CV7_bschi'/],
    ['missing mass', ['predict', 'BR(B+->Kchichi)', '--wc', 'CV2_bschi=1e-8'], /needs the fermion dark-matter mass m_chi/],
    ['unknown dark name', ['predict', 'BR(B+->Kchichi)', '--dark', 'm_psi=1'], /unknown name 'm_psi'/],
    ['Λ_eff without mass', ['predict', 'BR(B+->Kchichi)', '--lambda-eff', 'CV1_bschi=1000'], /needs the mass/],
    ['vanishing operator for Majorana', ['predict', 'BR(B+->Kchichi)', '--dark', 'm_chi=0.5', '--dark', 'chi_majorana=1', '--wc', 'CT1_bschi=1e-8'], /vanishes for a Majorana/],
    ['region: unknown operator', ['region', '--kind', 'fermion', '--op', 'V9'], /unknown fermion-DM operator 'V9'/],
    ['region: mass above threshold', ['region', '--kind', 'scalar', '--masses', '1,2.5'], /above the B\+->K pair threshold/],
    ['region: negative mass', ['region', '--kind', 'scalar', '--masses', '-1:1:5'], /negative mass/],
    ['region: bad rule', ['region', '--kind', 'scalar', '--rule', 'magic'], /--rule must be one of/],
    ['region: unknown kind', ['region', '--kind', 'axion'], /unknown dark-matter kind 'axion'/],
    ['region: Majorana-vanishing operator', ['region', '--kind', 'fermion', '--op', 'V1', '--nature', 'Majorana'], /vanishes for a Majorana/],
  ];
  for (const [label, argv, re] of bad) {
    it(`bad input: ${label} → one line on stderr, non-zero exit`, async () => {
      const r = await cli(...argv);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err).toMatch(re);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    });
  }
});

describe('emiss region', () => {
  it('JSON, CSV and a plot; Majorana variant doubles the rate (Λ_eff window scales by 2^{1/(2p)})', async () => {
    const j = JSON.parse((await cli('region', '--kind', 'fermion', '--op', 'S1,V2', '--masses', '0:1:3', '--json')).out);
    expect(j.operators.map((o: { op: string }) => o.op)).toEqual(['S1', 'V2']);
    expect(j.bounds.map((b: { mode: string; bound: number }) => [b.mode, b.bound])).toEqual([
      ['B0->K', 2.3e-5],
      ['B+->K*', 3.1e-5],
      ['B0->K*', 1.0e-5],
    ]);
    const p0 = j.operators[0].points[0];
    expect(p0.allowed.belle2[0]).toBeGreaterThanOrEqual(p0.window.belle2[0]);
    const m = JSON.parse((await cli('region', '--kind', 'fermion', '--op', 'S1', '--masses', '0:1:3', '--nature', 'Majorana', '--json')).out);
    expect(m.operators[0].points[1].window.belle2[0] / j.operators[0].points[1].window.belle2[0]).toBeCloseTo(2 ** 0.25, 10);
    const csv = await cli('region', '--kind', 'vector', '--op', 'V3', '--masses', '0.1,0.5', '--csv');
    const lines = csv.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('lambda_min_B0->K*');
    const png = join(dir, 'fig.png');
    const r = await cli('region', '--kind', 'scalar', '--masses', '0:2:5', '--plot', png);
    expect(r.code).toBe(0);
    expect(r.out).toContain('figure written');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const svg = join(dir, 'fig.svg');
    expect((await cli('region', '--kind', 'chi', '--op', 'T1', '--masses', '0:2:4', '--rule', 'ul-sm90', '--sm', 'paper', '--plot', svg)).code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toContain('<svg');
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { cli } from './helpers/cli.js';
import { FLAVIO, relDiff } from './helpers/reference.js';

describe('emiss predict', () => {
  it('BR(B+->Knunu) --preset flavio --json matches flavio to 0.5 % (here 1e-6) and has the documented shape', async () => {
    const r = await cli('predict', 'BR(B+->Knunu)', '--preset', 'flavio', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ observable: 'BR(B+->Knunu)', args: {}, preset: 'flavio' });
    expect(relDiff(rows[0].value, FLAVIO.sm['BR(B+->Knunu)'].central)).toBeLessThan(1e-6);
  });
  it('several observables, complex and LFV coefficients, uncertainty with seed → reproducible', async () => {
    const args = ['predict', 'BR(B+->Knunu)', 'dBR/dq2(B0->K*nunu)', '--q2', '4', '--wc', 'CL_bsnutaunue=2.6+1.96i', '--wc', 'CR_bsnumunutau=-8.1', '--uncertainty', '300', '--seed', '7', '--json'];
    const a = JSON.parse((await cli(...args)).out);
    const b = JSON.parse((await cli(...args)).out);
    expect(a).toEqual(b);
    expect(a[1].args).toEqual({ q2: 4 });
    expect(a[0].uncertainty).toBeGreaterThan(0);
    expect(a[0].interval68[0]).toBeLessThan(a[0].value);
    expect(a[0].interval68[1]).toBeGreaterThan(a[0].value);
  });
  it('reads WCxf YAML and JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emiss-'));
    const y = join(dir, 'wc.yaml');
    writeFileSync(y, 'eft: WET\nbasis: flavio\nscale: 4.8\nvalues:\n  CR_bsnumunumu: {Re: 0, Im: 2}\n');
    const j = join(dir, 'wc.json');
    writeFileSync(j, JSON.stringify({ eft: 'WET', basis: 'flavio', scale: 4.8, values: { CR_bsnumunumu: { Im: 2 } } }));
    const ref = FLAVIO.np_benchmarks.find((x: { label: string }) => x.label === 'CR_bsnumunumu=2i').results['BR(B+->Knunu)'];
    for (const f of [y, j]) {
      const r = await cli('predict', 'BR(B+->Knunu)', '--wcxf', f, '--preset', 'flavio', '--json');
      expect(r.code).toBe(0);
      expect(relDiff(JSON.parse(r.out)[0].value, ref)).toBeLessThan(1e-5);
    }
  });
  const bad: [string, string[], RegExp][] = [
    ['unknown observable', ['predict', 'BR(B+->Knunux)'], /unknown observable 'BR\(B\+->Knunux\)' \(did you mean 'BR\(B\+->Knunu\)'\?\)/],
    ['unknown coefficient', ['predict', 'BR(B+->Knunu)', '--wc', 'CL_bsnuxnux=1'], /unknown Wilson coefficient/],
    ['bad value', ['predict', 'BR(B+->Knunu)', '--wc', 'CL_bsnuenue=1+'], /cannot read value of CL_bsnuenue/],
    ['q2 above threshold', ['predict', 'dBR/dq2(B+->Knunu)', '--q2', '25'], /outside the physical range/],
    ['missing q2', ['predict', 'dBR/dq2(B+->Knunu)'], /needs argument q2/],
    ['q2 to an observable without it', ['predict', 'BR(B+->Knunu)', '--q2', '3'], /none of the observables takes q2/],
    ['unknown preset', ['predict', 'BR(B+->Knunu)', '--preset', 'nope'], /unknown preset 'nope'/],
    ['unknown ff set', ['predict', 'BR(B+->Knunu)', '--ff', 'nope'], /unknown form-factor set 'nope'/],
    ['negative sample count', ['predict', 'BR(B+->Knunu)', '--uncertainty', '-3'], /positive integer/],
    ['missing wcxf file', ['predict', 'BR(B+->Knunu)', '--wcxf', '/nonexistent.yaml'], /no such file/],
    ['ff unknown transition', ['ff', 'hpqcd2022', 'B->D', '--q2', '1'], /unknown transition/],
    ['ff q2 out of range', ['ff', 'hpqcd2022', 'B->K', '--q2', '-1'], /outside/],
    ['list nonsense', ['list', 'bananas'], /cannot list 'bananas'/],
  ];
  for (const [label, argv, re] of bad) {
    it(`bad input: ${label} → one line on stderr, non-zero exit, nothing on stdout`, async () => {
      const r = await cli(...argv);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^emiss: /);
      expect(r.err).toMatch(re);
    });
  }
  it('malformed WCxf files give one-line errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emiss-'));
    const cases: [string, RegExp][] = [
      ['eft: WET\nbasis: flavio\nvalues: {CL_bsnuenue: 1}\n', /scale/],
      ['eft: SMEFT\nbasis: Warsaw\nscale: 1000\nvalues: {}\n', /eft 'SMEFT' is not supported/],
      ['eft: WET\nbasis: flavio\nscale: 4.8\nvalues: {CLp_bsnuenue: 1}\n', /emiss extension/],
      ['{ not: json', /not valid YAML\/JSON|not a WCxf/],
    ];
    for (const [text, re] of cases) {
      const f = join(dir, `w${Math.random()}.yaml`);
      writeFileSync(f, text);
      const r = await cli('predict', 'BR(B+->Knunu)', '--wcxf', f);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(re);
    }
  });
});

describe('emiss list / ff / params', () => {
  it('list observables --json has names, units and arguments', async () => {
    const r = await cli('list', 'observables', '--json');
    const rows = JSON.parse(r.out);
    const names = rows.map((x: { name: string }) => x.name);
    for (const n of ['BR(B+->Knunu)', 'BR(B0->Knunu)', 'BR(B+->K*nunu)', 'BR(B0->K*nunu)', 'BR(Bs->phinunu)', 'BR(B+->pinunu)', 'BR(B0->pinunu)', 'BR(B+->rhonunu)', 'BR(B0->rhonunu)', 'FL(B0->K*nunu)', '<FL>(B+->K*nunu)', 'R_K^nunu', 'R_K*^nunu', 'eta_K*^nunu', 'BR(K+->pinunu)', 'BR(KL->pinunu)', 'BRtree(B+->Knunu)', '<dBR/dq2>(B0->rhonunu)', '<BR>(B+->Knunu)'])
      expect(names).toContain(n);
  });
  it('list wc, ff, presets', async () => {
    expect(JSON.parse((await cli('list', 'wc', '--json')).out).flatMap((s: { names: string[] }) => s.names)).toContain('CRp_bsnutaunumu');
    expect(JSON.parse((await cli('list', 'ff', '--json')).out).map((s: { id: string }) => s.id)).toContain('hpqcd2022');
    expect(JSON.parse((await cli('list', 'presets', '--json')).out).map((s: { name: string }) => s.name)).toEqual(['default', 'flavio', 'hmv2024', 'gmmr2024', 'clms2025']);
  });
  it('ff prints every form factor of a set; params prints the inputs of a preset', async () => {
    const f = JSON.parse((await cli('ff', 'bsz2015', 'B->K*', '--q2', '4', '--preset', 'flavio', '--json')).out);
    expect(Object.keys(f.values)).toEqual(['V', 'A0', 'A1', 'A12', 'T1', 'T2', 'T23']);
    const row = FLAVIO.inputs['B->K* form factors'].values_central.find((x: { q2: number }) => x.q2 === 4);
    expect(relDiff(f.values.V, row.V)).toBeLessThan(1e-9);
    const p = JSON.parse((await cli('params', '--preset', 'hmv2024', '--json')).out);
    expect(p.parameters.find((x: { name: string }) => x.name === 'absVtbVts').value).toBe(0.0393);
    expect(p.derived['V_tb V_ts*'].re).toBe(-0.0393);
  });
  it('--help works on every command', async () => {
    for (const c of ['predict', 'list', 'ff', 'params']) {
      const r = await cli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Usage: emiss/);
    }
  });
});

describe('the documented entry point', () => {
  it('`npm run --silent emiss -- …` prints JSON and exits 0; bad input exits non-zero', () => {
    const cwd = new URL('..', import.meta.url).pathname;
    const out = execFileSync('npm', ['run', '--silent', 'emiss', '--', 'predict', 'BR(B+->Knunu)', '--json'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(JSON.parse(out)[0].observable).toBe('BR(B+->Knunu)');
    const bad = spawnSync('npm', ['run', '--silent', 'emiss', '--', 'predict', 'nonsense'], { cwd, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/emiss: unknown observable/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});

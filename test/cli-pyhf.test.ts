import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/main.js';

const WS = 'data/experimental/belle2_2023_knunu_combined_likelihood.json';
const WET = 'data/experimental/belle2_2023_knunu_reinterpretation_likelihood_wet.json';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    const code = await run(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('emiss pyhf', () => {
  it('inspect lists channels, bins, modifiers by type, parameter count and POI', async () => {
    const r = await cli('pyhf', 'inspect', WS);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/channels: 5, bins: 30/);
    expect(r.out).toMatch(/histosys\s+39 \/ 403/);
    expect(r.out).toMatch(/parameters: 232 in 82 sets/);
    expect(r.out).toMatch(/POI: mu/);
    const j = JSON.parse((await cli('pyhf', 'inspect', WS, '--json')).out);
    expect(j.parameters.count).toBe(232);
    expect(j.poi).toBe('mu');
    expect(j.modifiers.staterror).toEqual({ names: 30, uses: 30 });
    expect(j.channels.map((c: { bins: number }) => c.bins)).toEqual([9, 3, 9, 3, 6]);
  });

  it('inspect reads the reinterpretation file and reports its ignored custom modifiers', async () => {
    const j = JSON.parse((await cli('pyhf', 'inspect', WET, '--json')).out);
    expect(j.poi).toBeNull();
    expect(j.parameters.count).toBe(228);
    expect(j.ignored_custom_modifiers).toHaveLength(3);
  });

  it('logpdf prints pyhf’s logpdf (init point, and a --pars file or inline JSON)', async () => {
    const r = await cli('pyhf', 'logpdf', WS, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).logpdf).toBeCloseTo(-127.21182488857639, 9);
    const dir = mkdtempSync(join(tmpdir(), 'emiss-pyhf-'));
    const pars = join(dir, 'pars.json');
    writeFileSync(pars, JSON.stringify({ mu: 2, uncorr_bkguncrt_ccbar_zoomCR_Y4S: [1.1, 1, 0.9] }));
    const a = JSON.parse((await cli('pyhf', 'logpdf', WS, '--pars', pars, '--json')).out).logpdf;
    const b = JSON.parse((await cli('pyhf', 'logpdf', WS, '--pars', '{"mu": 2, "uncorr_bkguncrt_ccbar_zoomCR_Y4S": [1.1, 1, 0.9]}', '--json')).out).logpdf;
    expect(a).toBe(b);
    expect(a).not.toBeCloseTo(-127.21182488857639, 3);
  });

  it('fit prints best fit, POI, its uncertainty and twice_nll; --fix makes a conditional fit', async () => {
    const j = JSON.parse((await cli('pyhf', 'fit', WS, '--json')).out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['bestfit', 'poi', 'poi_uncertainty', 'twice_nll']));
    expect(j.poi).toBeCloseTo(4.599, 2);
    expect(j.poi_uncertainty).toBeCloseTo(1.334, 2);
    expect(j.bestfit.uncorr_bkguncrt_ccbar_zoomCR_Y4S).toHaveLength(3);
    const c = JSON.parse((await cli('pyhf', 'fit', WS, '--json', '--fix', 'mu=0')).out);
    expect(c.poi).toBe(0);
    expect(c.twice_nll - j.twice_nll).toBeCloseTo(11.9728, 3);
  });

  it('scan prints the profile at the requested POI values', async () => {
    const j = JSON.parse((await cli('pyhf', 'scan', WS, '--poi-range', '0:8:3', '--json')).out);
    expect(j.points.map((p: { poi: number }) => p.poi)).toEqual([0, 4, 8]);
    expect(j.points[0].delta_twice_nll).toBeCloseTo(11.9728, 3);
    expect(j.points[1].delta_twice_nll).toBeCloseTo(0.203, 3);
  });

  it('bad input gives one line `emiss: …` and a non-zero exit code', async () => {
    const cases: [string[], number, RegExp][] = [
      [['pyhf', 'logpdf', WS, '--pars', '{"muu": 1}'], 1, /^emiss: unknown parameter 'muu'/],
      [['pyhf', 'logpdf', WS, '--pars', '{"mu": [1, 2]}'], 1, /^emiss: parameter 'mu' has 1 components, got 2 values/],
      [['pyhf', 'logpdf', WS, '--pars', '{mu: 1}'], 2, /^emiss: --pars is not valid JSON/],
      [['pyhf', 'scan', WS, '--poi-range', '0:8'], 2, /^emiss: --poi-range expects a:b:n/],
      [['pyhf', 'scan', WS, '--poi-range', '0:20:3'], 1, /^emiss: scan value 20 is outside the bounds \[0, 10\] of mu/],
      [['pyhf', 'fit', WS, '--fix', 'mu'], 2, /^emiss: --fix expects NAME=VALUE/],
      [['pyhf', 'fit', WS, '--normsys-interp', 'code0'], 1, /^emiss: normsys interpolation must be one of code1, code4/],
      [['pyhf', 'inspect', 'no/such/file.json'], 1, /^emiss: cannot read no\/such\/file.json \(ENOENT\)/],
      [['pyhf', 'inspect', 'package.json'], 1, /^emiss: package.json is not a pyhf workspace or model spec/],
      [['pyhf', 'inspect'], 2, /^emiss: missing required argument 'workspace'/],
    ];
    for (const [argv, code, re] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.err, argv.join(' ')).toMatch(re);
      expect(r.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it('--help works for every subcommand', async () => {
    for (const sub of ['inspect', 'logpdf', 'fit', 'scan']) {
      const r = await cli('pyhf', sub, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`Usage: emiss pyhf ${sub}`));
    }
  });
});

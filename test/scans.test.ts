/**
 * Scans (src/stats/nunu-scan.ts, run-scan.ts), the exact R_K* bound (quadratic-bound.ts) and the LFV bounds.
 * Reference values: the registry observables (themselves checked against flavio), the leptoquark matching, the
 * closed form of the primed bound, and flavio's BR(B+->Kmutau) from the fixture.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { OBSERVABLES, SM_POINT, evaluate } from '../src/observables/index.js';
import {
  classifyPoint,
  findSpace,
  mergeChunks,
  pointCoefficients,
  runScanChunk,
  runScanSerial,
  scanChunks,
  type ScanSpec,
} from '../src/stats/nunu-scan.js';
import { evalQuadratic, minimizeOnLevelSet, quadraticFormOf } from '../src/stats/quadratic-bound.js';
import { lfvBound, TABLE3_LIMITS } from '../src/stats/lfv-bounds.js';
import { couplingMatrix, leptoquarkCoefficients } from '../src/models/leptoquarks.js';
import { makeRng } from '../src/numerics/random.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const spec: ScanSpec = { preset: 'hmv2024', space: 'R-tau', mode: 'random', n: 25000, ranges: [[-25, 10], [-20, 20], [-20, 20], [-20, 20]], seed: 9 };

describe('scans', () => {
  it('are reproducible and independent of how the chunks are run', () => {
    const a = runScanSerial(spec);
    const chunks = scanChunks(spec).reverse().map(([c, s, n]) => runScanChunk(spec, c, s, n));
    const b = mergeChunks(chunks);
    expect(Array.from(b.params)).toEqual(Array.from(a.params));
    expect(Array.from(b.rks)).toEqual(Array.from(a.rks));
    expect(a.count).toBe(25000);
    for (let i = 0; i < a.count * 4; i += 997) {
      const [lo, hi] = spec.ranges[i % 4];
      expect(a.params[i]).toBeGreaterThanOrEqual(lo);
      expect(a.params[i]).toBeLessThan(hi);
    }
  });
  it('R_K, R_K* at every point are the registry observables at the symmetric coefficients', () => {
    const r = runScanSerial({ ...spec, n: 200 });
    const ps = makeParameterSet('hmv2024');
    const space = findSpace('R-tau');
    for (let i = 0; i < r.count; i += 17) {
      const wc = pointCoefficients(space, r.params.subarray(4 * i, 4 * i + 4));
      expect(wc.get('CR_bsnumunutau')).toEqual(wc.get('CR_bsnutaunumu'));
      expect(evaluate(OBSERVABLES, 'R_K^nunu', ps, { wc }) / r.rk[i] - 1).toBeCloseTo(0, 12);
      expect(evaluate(OBSERVABLES, 'R_K*^nunu', ps, { wc }) / r.rks[i] - 1).toBeCloseTo(0, 12);
    }
  });
  it('a grid covers its corners; extra observables follow the leptoquark relation C9′ = −C10′ = C_R', () => {
    const g = runScanSerial({ preset: 'hmv2024', space: 'R-tautau-mutau', mode: 'grid', steps: 5, ranges: [[-20, 0], [-10, 10]], seed: 1, observables: ['BR(B+->Kmutau)', 'BR(Bs->tautau)'], charged: 'CR=C9p=-C10p' });
    expect(g.count).toBe(25);
    expect(Array.from(g.params.subarray(0, 2))).toEqual([-20, -10]);
    expect(Array.from(g.params.subarray(48, 50))).toEqual([0, 10]);
    // an S̃1/2 leptoquark with the same C_R gives the same predictions (independent path: the matching)
    const ps = makeParameterSet('hmv2024');
    const i = 7; // C_R^ττ = −10, C_R^μτ = −5
    const [ctt, cmt] = [g.params[2 * i], g.params[2 * i + 1]];
    expect([ctt, cmt]).toEqual([-10, -5]);
    // λ^{sτ}λ^{bτ*} and λ^{sμ}λ^{bτ*}, λ^{sτ}λ^{bμ*} from C_R^{lj} = −K λ^{2j}λ^{3l*}/(2m²): find the scale with one coupling
    const unit = leptoquarkCoefficients(ps, [{ id: 'St1/2', mass: 1000, lambda: couplingMatrix([{ quark: 1, lepton: 2, value: { re: 1, im: 0 } }, { quark: 2, lepton: 2, value: { re: 1, im: 0 } }]) }]).get('CR_bsnutaunutau')!;
    // rank-one structure: λ^{s·} = (0, a, b), λ^{b·} = (0, c, d) ⇒ C_R^{lj} ∝ λ^{sj} λ^{bl}; choose C^{ττ} and C^{μτ} = C^{τμ}, C^{μμ} = (C^{μτ})²/C^{ττ}
    const k = unit.re; // C_R per unit λλ (real here up to the tiny CKM phase)
    const lam = couplingMatrix([
      { quark: 1, lepton: 2, value: { re: 1, im: 0 } },
      { quark: 1, lepton: 1, value: { re: cmt / ctt, im: 0 } },
      { quark: 2, lepton: 2, value: { re: ctt / k, im: 0 } },
      { quark: 2, lepton: 1, value: { re: cmt / k, im: 0 } },
    ]);
    const wc = leptoquarkCoefficients(ps, [{ id: 'St1/2', mass: 1000, lambda: lam }]);
    expect(wc.get('C9p_bsmutau')!.re).toBeCloseTo(cmt, 6);
    // LFV mode depends only on the μτ entries: same value as the scan
    expect(evaluate(OBSERVABLES, 'BR(B+->Kmutau)', ps, { wc }) / g.extra[0][i] - 1).toBeLessThan(1e-4);
    expect(evaluate(OBSERVABLES, 'BR(Bs->tautau)', ps, { wc }) / g.extra[1][i] - 1).toBeLessThan(1e-4);
  });
  it('colour classes follow the paper’s boundaries', () => {
    expect(classifyPoint(3.6, 1.9)).toBe('red');
    expect(classifyPoint(7, 2.7)).toBe('blue');
    expect(classifyPoint(7.01, 1)).toBe('grey');
    expect(classifyPoint(3, 1.5)).toBe('red-avg');
    expect(classifyPoint(2, 2.7)).toBe('blue-avg');
    expect(classifyPoint(1.05, 0.98, { sigmaK: 0.07, sigmaKs: 0.13 })).toBe('sm3sigma');
    expect(classifyPoint(1.05, 0.98)).toBe('grey');
  });
});

describe('exact bound on R_K* (Lagrange multiplier) vs scans and a closed form', () => {
  const ps = makeParameterSet('hmv2024');
  it('the quadratic forms are exact', () => {
    const f = (x: Float64Array) => evaluate(OBSERVABLES, 'R_K*^nunu', ps, { wc: pointCoefficients(findSpace('R-tau'), x) });
    const q = quadraticFormOf(f, 4);
    const rng = makeRng(2);
    for (let t = 0; t < 10; t++) {
      const x = Float64Array.from({ length: 4 }, () => 30 * rng.uniform() - 15);
      expect(evalQuadratic(q, x) / f(x) - 1).toBeCloseTo(0, 10);
    }
  });
  it('no red point of a random scan lies below it, and the scan approaches it from above', () => {
    const space = findSpace('R-tau');
    const f = (name: string) => (x: Float64Array) => evaluate(OBSERVABLES, name, ps, { wc: pointCoefficients(space, x) });
    const m = minimizeOnLevelSet(quadraticFormOf(f('R_K*^nunu'), 4), quadraticFormOf(f('R_K^nunu'), 4), 3.6);
    expect(f('R_K^nunu')(m.x)).toBeCloseTo(3.6, 9);
    const r = runScanSerial(spec);
    let lowest = Infinity;
    for (let i = 0; i < r.count; i++) if (classifyPoint(r.rk[i], r.rks[i]) === 'red') lowest = Math.min(lowest, r.rks[i]);
    expect(lowest).toBeGreaterThanOrEqual(m.value - 1e-9);
    // the minimum has C_R^eμ = C_R^eτ = C_R^μτ = 0: a dense scan of the (C_R^ττ, C_R^μτ) plane gets close to it
    const r2 = runScanSerial({ ...spec, space: 'R-tautau-mutau', ranges: [[-25, 10], [-20, 20]] });
    let lowest2 = Infinity;
    for (let i = 0; i < r2.count; i++) if (classifyPoint(r2.rk[i], r2.rks[i]) === 'red') lowest2 = Math.min(lowest2, r2.rks[i]);
    expect(lowest2).toBeGreaterThanOrEqual(m.value - 1e-9);
    expect(lowest2 - m.value).toBeLessThan(0.02);
  });
  it('primed (right-handed ν) coefficients: R_K*,min = 1 + (1 − η)(R_K − 1)/2 (derived in the test below)', () => {
    // R_K − 1 = c Σ|L'+R'|², R_K* − 1 = c Σ(|L'|² + |R'|² − 2η L'R'); at fixed Σ|L'+R'|² the second is minimal for
    // L' = R' (where it equals (1 − η)/2 · (L'+R')²), because |L'|²+|R'|²−2ηL'R' − (1−η)/2 (L'+R')² = (1+η)/2 (L'−R')² ≥ 0.
    const space = findSpace('LRp');
    const f = (name: string) => (x: Float64Array) => evaluate(OBSERVABLES, name, ps, { wc: pointCoefficients(space, x) });
    const m = minimizeOnLevelSet(quadraticFormOf(f('R_K*^nunu'), 12), quadraticFormOf(f('R_K^nunu'), 12), 3.6);
    const eta = evaluate(OBSERVABLES, 'eta_K*^nunu', ps, SM_POINT);
    expect(m.value).toBeCloseTo(1 + ((1 - eta) * 2.6) / 2, 9);
  });
});

describe('paper 001 Table 3 bounds', () => {
  it('B+ → K+ μ τ: √(limit/BR) with flavio’s BR at C9 = 1 (fixture)', async () => {
    const { readFileSync: rf } = await import('node:fs');
    const ref = JSON.parse(rf(fileURLToPath(new URL('./fixtures/flavio-2.7-bsll.json', import.meta.url)), 'utf8'));
    const br = ref.lfv_points.find((p: { label: string }) => p.label === 'C9_bsmutau=1').results['BR(B+->Kmutau)'];
    const row = TABLE3_LIMITS.find((r) => r.id === 'K-mutau')!;
    expect(lfvBound(makeParameterSet('flavio'), row).single / Math.sqrt(2.8e-5 / br) - 1).toBeCloseTo(0, 7);
  });
  it('the pair C9′ = −C10′ roughly doubles every rate (bound / √2)', () => {
    const ps = makeParameterSet('flavio');
    for (const row of TABLE3_LIMITS) {
      const b = lfvBound(ps, row);
      expect(b.single / b.pair).toBeGreaterThan(1.38);
      expect(b.single / b.pair).toBeLessThan(1.44);
    }
  });
});

describe('worker threads (CLI subprocess under tsx)', () => {
  it('scan-nunu --threads 2 writes the same points as the single-thread path', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'emiss-scan-')), 'pts.csv');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'scan-nunu', '--space', 'R-tau', '--random', '25000', '--range', '-25,10', '--range', '-20,20', '--range', '-20,20', '--range', '-20,20', '--seed', '9', '--threads', '2', '--preset', 'hmv2024', '--sm-samples', '50', '--out', out, '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.threads).toBe(2);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('CR^tautau,CR^emu,CR^etau,CR^mutau,R_K,R_K*,class');
    const serial = runScanSerial(spec);
    expect(lines.length - 1).toBe(serial.count);
    for (let i = 0; i < serial.count; i += 1234) {
      const cols = lines[i + 1].split(',').map(Number);
      expect(cols[0]).toBeCloseTo(serial.params[4 * i], 6);
      expect(cols[5] / serial.rks[i] - 1).toBeCloseTo(0, 6);
    }
  }, 60000);
});

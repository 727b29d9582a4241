import { describe, expect, it } from 'vitest';
import { makeParameterSet } from '../src/params/parameter-set.js';
import { B_NUNU_MODES } from '../src/processes/nunu-modes.js';
import { prepareNuNuKernel, differentialBR, modeKinematics } from '../src/processes/b-to-m-nunu.js';
import { integrateAdaptive } from '../src/numerics/adaptive.js';

describe('fixed-order q² integration of the rate kernels', () => {
  const ps = makeParameterSet('default');
  for (const mode of B_NUNU_MODES) {
    it(`${mode.label}: 40-node endpoint rule equals adaptive Gauss–Kronrod (1e-10), bins add up`, () => {
      const k = prepareNuNuKernel(mode, ps);
      const q2max = modeKinematics(mode, ps).q2max;
      const ref = integrateAdaptive((q2) => differentialBR(mode, ps, q2, null).dbr, 0, q2max, { epsrel: 1e-12 }).value;
      const br = k.norm * 3 * k.cSM ** 2 * (k.iv + k.ia);
      expect(Math.abs(br / ref - 1)).toBeLessThan(1e-10);
      const cut = 0.37 * q2max;
      const a = prepareNuNuKernel(mode, ps, 0, cut);
      const b = prepareNuNuKernel(mode, ps, cut, q2max);
      expect((a.iv + a.ia + b.iv + b.ia) / (k.iv + k.ia) - 1).toBeCloseTo(0, 11);
    });
  }
  it('rejects unphysical bins with a clear error', () => {
    const mode = B_NUNU_MODES[0];
    expect(() => prepareNuNuKernel(mode, ps, 5, 3)).toThrow(/outside the physical range|empty/);
    expect(() => prepareNuNuKernel(mode, ps, 0, 30)).toThrow(/outside the physical range/);
    expect(() => prepareNuNuKernel(mode, ps, -1, 3)).toThrow(/outside/);
  });
});

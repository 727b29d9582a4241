/**
 * Missing-energy spectra of the mediator models for every B → M mode: a line (two-body decay to an invisible
 * particle, q² = m², E_miss = (m_B² − m_M² + q²)/2m_B in the B rest frame) or a continuum (three-body decays),
 * in units of BR. These are what a likelihood folds with the experimental q² response.
 *
 *   alp        B → K a, B → K* a: line at m_a² with BR_inv of eq. (11) (paper 002)
 *   darkphoton B → K(*) X: line at m_X² with Γ(B→K X) BR(X→ψψ) τ_B, or (breit_wigner = 1) the continuum of
 *              eq. (40)
 *   gammaD     B → K Q Q̄: continuum dBR/dq² (eqs. 3.6, 3.12, 3.14); B → K* γ_D, B_s → φ γ_D: line at q² = 0
 */
import { EmissError } from '../core/errors.js';
import { lifetimeInvGeV } from '../core/units.js';
import type { ParameterSet } from '../params/parameter-set.js';
import { alpInvisible } from '../processes/mediators/alp.js';
import {
  bToMDarkPhotonBR,
  bToMDarkPhotonBreitWigner,
  bToMDarkPhotonBreitWignerDensity,
  darkPhotonWidths,
} from '../processes/mediators/dark-photon.js';
import { bToKQQDensity, bToVGammaDBR, bsToPhiGammaDFromRatio, kqqBR, prepareKQQKernel } from '../processes/mediators/massless-dark-photon.js';
import { findMediatorMode, modeMasses } from '../processes/mediators/meson-modes.js';
import type { MissingEnergySpectrum } from '../processes/mediators/two-body.js';
import { alpCouplingsFrom, darkPhotonFrom, findModel, gammaDFrom, resolveModelPoint } from './mediators.js';

/** BR(B_s → φ γ_D) or BR(B → V γ_D) of the γ_D model (paper 000 eqs. 4.4, 6.3–6.7). */
export function gammaDTwoBodyBR(modeLabel: string, point: Readonly<Record<string, number>>, ps: ParameterSet): number {
  const g = gammaDFrom(point);
  const mode = findMediatorMode(modeLabel);
  if (mode.kind !== 'V') throw new EmissError(`B → M γ_D needs a vector meson (got ${modeLabel}; for B → K use the Q Q̄ continuum)`);
  if (mode.label === 'Bs->phi' && !g.phiFromT1) {
    const brK = bToVGammaDBR(findMediatorMode('B0->K*'), ps, g.Lambda, { T1: g.T1, norm: g.norm });
    return bsToPhiGammaDFromRatio(brK, g.RKphi, g.deltaWA);
  }
  return bToVGammaDBR(mode, ps, g.Lambda, { T1: mode.transition === 'B->K*' ? g.T1 : undefined, norm: g.norm });
}

export function missingEnergySpectrum(
  modelName: string,
  modeLabel: string,
  given: Readonly<Record<string, number>> | undefined,
  ps: ParameterSet,
): MissingEnergySpectrum {
  const model = findModel(modelName);
  const point = resolveModelPoint(model, given, ps);
  const mode = findMediatorMode(modeLabel);
  const { mB, mM, tauB } = modeMasses(mode, ps);
  const base = { mode: modeLabel, mB, mM };
  if (model.name === 'alp') {
    if (mode.label === 'Bs->phi') throw new EmissError('the ALP model has no B_s → φ a mode');
    const c = alpCouplingsFrom(point);
    const inv = alpInvisible(mode, ps, c, point.L_det);
    return { ...base, lines: [{ q2: c.ma * c.ma, br: inv.br, label: `${modeLabel} a` }] };
  }
  if (model.name === 'darkphoton') {
    if (mode.label === 'Bs->phi') throw new EmissError('the dark-photon model has no B_s → φ X mode');
    const { params, gbs, breitWigner } = darkPhotonFrom(point);
    const w = darkPhotonWidths(params, ps);
    if (!breitWigner) {
      return { ...base, lines: [{ q2: params.mX ** 2, br: (bToMDarkPhotonBR(mode, ps, gbs, params.mX) * w.psipsi) / w.total, label: `${modeLabel} X(→ψψ)` }] };
    }
    const tau = lifetimeInvGeV(tauB);
    return {
      ...base,
      lines: [],
      continuum: {
        q2min: 4 * params.mDM ** 2,
        q2max: (mB - mM) ** 2,
        br: tau * bToMDarkPhotonBreitWigner(mode, ps, gbs, params),
        dbr: (q2) => tau * bToMDarkPhotonBreitWignerDensity(mode, ps, gbs, params, q2),
      },
    };
  }
  const g = gammaDFrom(point);
  if (mode.kind === 'V') return { ...base, lines: [{ q2: 0, br: gammaDTwoBodyBR(modeLabel, point, ps), label: `${modeLabel} γ_D` }] };
  const k = prepareKQQKernel(mode, ps, g.mQ);
  const tau = lifetimeInvGeV(tauB);
  return {
    ...base,
    lines: [],
    continuum: {
      q2min: 4 * g.mQ * g.mQ,
      q2max: (mB - mM) ** 2,
      br: kqqBR(k, { Lambda: g.Lambda, alphaD: g.alphaD, NQ: g.NQ }, g.options),
      dbr: (q2) => tau * bToKQQDensity(mode, ps, q2, { Lambda: g.Lambda, alphaD: g.alphaD, mQ: g.mQ, NQ: g.NQ }, g.options),
    },
  };
}

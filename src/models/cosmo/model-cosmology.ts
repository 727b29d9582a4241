/**
 * One entry point per question for the mediator models of src/models/mediators.ts, so that the same model point
 * (NPPoint.dark, a model file {model, parameters} or --model/--set) answers "what does Belle II see" (the
 * observables of src/observables/) and "is the relic density right / what do direct searches see":
 *
 *   relicSummary(model, point, ps)   alp: freeze-in through a → χχ̄ (eqs. 27–30); darkphoton: freeze-out through
 *                                    ψψ → φφ (eq. 47) with eq. (48) alongside; vlq: freeze-out through φφ → mesons.
 *   directDetectionSummary(…)        darkphoton: eqs. (50)–(55); vlq: σ_φN (Migdal-effect searches); alp: the
 *                                    pseudoscalar coupling g_χ = m_χ C_χχ/f_a (no signal, paper 002 §II.C).
 *
 * Prepared thermal tables are cached by mass inside a `CosmologyCache` the caller owns (no module state).
 */
import { EmissError } from '../../core/errors.js';
import { abs } from '../../core/complex.js';
import { GEV_M2_TO_CM3_PER_S, OMEGA_CDM_H2 } from '../../cosmo/constants.js';
import type { ParameterSet } from '../../params/parameter-set.js';
import { alpCouplingsFrom, darkPhotonFrom } from '../mediators.js';
import { alpFreezeIn, prepareAlpCosmology, type PreparedAlpCosmology } from './alp-freeze-in.js';
import {
  alphaXEq48,
  alphaXForOmega,
  darkHiggsLifetime,
  darkPhotonElectronScattering,
  darkPhotonNucleonCouplings,
  darkPhotonRelic,
  darkPhotonScattering,
  darkPhotonSelfInteraction,
  DD_TARGETS,
  GEV_M3_TO_CM2_PER_G,
  kmPerS,
  nucleusCoupling,
  omegaEq48,
  psiPsiToPhiPhiB,
  toCm2,
} from './dark-photon-cosmology.js';
import { chiralB0, channelSigmaV, cssForOmega, prepareVlqAnnihilation, vlqRelic, type PreparedVlqAnnihilation } from '../vlq/annihilation.js';
import { entry, leftCoefficients } from '../vlq/matching.js';
import { vlqParamsFrom } from '../vlq/model.js';
import { vlqNucleonCrossSection } from '../vlq/nucleon-higgs.js';

/** Caller-owned cache of prepared thermal tables (one entry per model, keyed by mass and preset). */
export interface CosmologyCache {
  alp?: { key: string; prep: PreparedAlpCosmology };
  vlq?: { key: string; prep: PreparedVlqAnnihilation };
}

/** A detail that exists only if its root finding has a solution (e.g. no coupling reaches Ω h² = 0.12). */
function optional(name: string, f: () => number): Record<string, number> {
  try {
    return { [name]: f() };
  } catch (e) {
    if (e instanceof EmissError) return {};
    throw e;
  }
}

export interface RelicSummary {
  readonly model: string;
  readonly mechanism: 'freeze-in' | 'freeze-out';
  readonly omegaH2: number;
  /** DM mass [GeV] */
  readonly mDM: number;
  /** model-specific numbers (names say what they hold) */
  readonly details: Readonly<Record<string, number>>;
  readonly notes: readonly string[];
}

export function relicSummary(modelName: string, p: Readonly<Record<string, number>>, ps: ParameterSet, cache: CosmologyCache = {}): RelicSummary {
  if (modelName === 'alp') {
    const c = alpCouplingsFrom(p);
    const key = `${ps.preset}|${c.ma}`;
    if (cache.alp?.key !== key) cache.alp = { key, prep: prepareAlpCosmology(ps, c.ma) };
    const r = alpFreezeIn(cache.alp.prep, c, ps);
    return {
      model: 'alp',
      mechanism: 'freeze-in',
      omegaH2: r.omegaH2,
      mDM: c.mchi,
      details: {
        Ytilde_chi: r.yieldChi,
        'Gamma(a->chichi)': r.widths.chichi,
        'Gamma(a->SM)': r.widths.visible,
        'Gamma(b->sa)': r.widths.bToSa,
        g_chi: (c.mchi * c.Cchi) / c.fa,
        steps: r.network.stats.accepted,
      },
      notes: ['paper 002 eqs. (27)–(28) solved from Y_a = Ỹ_χ = 0 at T = 100 m_b; Ω h² from eq. (30)'],
    };
  }
  if (modelName === 'darkphoton') {
    const { params } = darkPhotonFrom(p);
    const pt = { alphaX: params.alphaX, mDM: params.mDM, mX: params.mX, mphi: p.m_phi };
    const r = darkPhotonRelic(pt);
    const b = psiPsiToPhiPhiB(pt);
    return {
      model: 'darkphoton',
      mechanism: 'freeze-out',
      omegaH2: r.omegaH2,
      mDM: params.mDM,
      details: {
        x_f: r.xFreezeOut,
        'sigmav(x_f) [cm3/s]': (b / r.xFreezeOut) * GEV_M2_TO_CM3_PER_S,
        'b of eq. 47 [cm3/s]': b * GEV_M2_TO_CM3_PER_S,
        omegaH2_eq48: omegaEq48(params.mDM, params.alphaX),
        ...optional('alpha_X for 0.12 (full)', () => alphaXForOmega(params.mDM, params.mX, p.m_phi, OMEGA_CDM_H2)),
        'alpha_X for 0.12 (eq. 48)': alphaXEq48(params.mDM),
        'tau_phi [s]': darkHiggsLifetime(p.m_phi, p.sin_theta, ps),
      },
      notes: ['ψψ → φφ of eq. (47) (p-wave, verified against the explicit Majorana amplitude); eq. (48) is the paper’s approximation'],
    };
  }
  if (modelName === 'vlq') {
    const vp = vlqParamsFrom(p);
    const B0 = p.B0 > 0 ? p.B0 : chiralB0(ps);
    const key = `${ps.preset}|${vp.mphi}|${B0}`;
    if (cache.vlq?.key !== key) cache.vlq = { key, prep: prepareVlqAnnihilation(ps, vp.mphi, B0) };
    const left = leftCoefficients(vp, ps);
    const c = { uu: 0, dd: entry(left.CS, 'd', 'd').re, ss: entry(left.CS, 's', 's').re };
    const r = vlqRelic(cache.vlq.prep, c);
    const ch = channelSigmaV(cache.vlq.prep, c, r.xFreezeOut);
    const R = c.ss !== 0 ? c.dd / c.ss : 0;
    return {
      model: 'vlq',
      mechanism: 'freeze-out',
      omegaH2: r.omegaH2,
      mDM: vp.mphi,
      details: {
        x_f: r.xFreezeOut,
        'C^S_ss [1/TeV]': c.ss * 1e3,
        'C^S_dd [1/TeV]': c.dd * 1e3,
        'sigmav(x_f) [cm3/s]': Object.values(ch).reduce((a, b) => a + b, 0) * GEV_M2_TO_CM3_PER_S,
        ...Object.fromEntries(Object.entries(ch).map(([k, v]) => [`sigmav(phiphi->${k}, x_f) [cm3/s]`, v * GEV_M2_TO_CM3_PER_S])),
        ...optional('C^S_ss for 0.12 at this R_d/s [1/TeV]', () => cssForOmega(cache.vlq!.prep, R) * 1e3),
        B0,
      },
      notes: ['φφ → ππ, KK, ηη, π⁰η at leading order in ChPT, Gondolo–Gelmini averaged (closed channels through the thermal tail)'],
    };
  }
  throw new EmissError(`the relic density is implemented for the models alp, darkphoton and vlq (got '${modelName}'); a dark-pair EFT point fixes only b → s couplings and does not determine it`);
}

export interface DirectDetectionSummary {
  readonly model: string;
  readonly target: string;
  /** v [km/s] */
  readonly v: number;
  readonly values: Readonly<Record<string, number>>;
  readonly notes: readonly string[];
}

export function directDetectionSummary(
  modelName: string,
  p: Readonly<Record<string, number>>,
  ps: ParameterSet,
  target = 'Xe',
  vKmS = 220,
): DirectDetectionSummary {
  const t = DD_TARGETS[target];
  if (!t) throw new EmissError(`unknown target '${target}' (known: ${Object.keys(DD_TARGETS).join(', ')})`);
  if (!(vKmS > 0)) throw new EmissError(`DM velocity must be positive (got ${vKmS} km/s)`);
  const v = kmPerS(vKmS);
  if (modelName === 'darkphoton') {
    const { params } = darkPhotonFrom(p);
    const c = darkPhotonNucleonCouplings(params.eps, params.epsZ, ps);
    const bN = nucleusCoupling(c, t.Z, t.A);
    return {
      model: 'darkphoton',
      target,
      v: vKmS,
      values: {
        [`sigma_N(${target}) [cm2]`]: toCm2(darkPhotonScattering(params.alphaX, bN, v, t.mass(ps), params.mDM, params.mX)),
        'sigma_e [cm2]': toCm2(darkPhotonElectronScattering(params.alphaX, params.eps, v, params.mDM, params.mX, ps)),
        'sigma_SI/m_DM at 1000 km/s [cm2/g]': darkPhotonSelfInteraction(params.alphaX, params.mDM, params.mX, kmPerS(1000)) * GEV_M3_TO_CM2_PER_G,
        b_N: bN,
      },
      notes: ['eq. (52) with b_N of eq. (51) (ε_Z = ε tan θ_W included); eq. (55) for self-interactions'],
    };
  }
  if (modelName === 'vlq') {
    const vp = vlqParamsFrom(p);
    const left = leftCoefficients(vp, ps);
    const css = entry(left.CS, 's', 's').re;
    const R = css !== 0 ? entry(left.CS, 'd', 'd').re / css : 0;
    return {
      model: 'vlq',
      target,
      v: vKmS,
      values: {
        [`sigma_phiN(${target}) per nucleon [cm2]`]: toCm2(vlqNucleonCrossSection(ps, vp.mphi, css, R, t.Z, t.A)),
        'sigma_phip [cm2]': toCm2(vlqNucleonCrossSection(ps, vp.mphi, css, R, 1, 1)),
        'sigma_phin [cm2]': toCm2(vlqNucleonCrossSection(ps, vp.mphi, css, R, 0, 1)),
        R_ds: R,
        '|C^P_sb| [1/TeV]': abs(entry(left.CP, 's', 'b')) * 1e3,
      },
      notes: ['paper 001 σ_φN (velocity independent): what Migdal-effect searches (XENON1T, PandaX-4T) bound for sub-GeV φ'],
    };
  }
  if (modelName === 'alp') {
    const c = alpCouplingsFrom(p);
    return {
      model: 'alp',
      target,
      v: vKmS,
      values: { g_chi: (c.mchi * c.Cchi) / c.fa },
      notes: ['paper 002 §II.C: g_χ ∼ 1e-12–1e-10 — no observable direct- or indirect-detection signal'],
    };
  }
  throw new EmissError(`direct detection is implemented for the models darkphoton, vlq and alp (got '${modelName}')`);
}

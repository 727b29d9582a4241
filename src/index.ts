/**
 * emiss library API. Everything here is pure (no I/O) and runs in Node and the browser.
 *
 * ```ts
 * import { makeParameterSet, OBSERVABLES, evaluate, SM_POINT } from 'emiss';
 * const ps = makeParameterSet('flavio');
 * evaluate(OBSERVABLES, 'BR(B+->Knunu)', ps, SM_POINT);                       // 4.706e-6
 * const np = { wc: new Map([['CR_bsnutaunutau', { re: -13.2, im: 0 }]]) };
 * const br = OBSERVABLES.get('BR(B+->Knunu)').prepare(ps, {});              // q²-integrals done once
 * br(np);                                                                    // ~0.5 µs per call
 * ```
 */
export { EmissError } from './core/errors.js';
export type { Complex } from './core/complex.js';
export { parseComplex } from './core/parse-complex.js';
export { kallen } from './core/kinematics.js';

export type { ParameterSet, ParameterSetOptions } from './params/parameter-set.js';
export { makeParameterSet, withValues, withFormFactorCoefficients, ckm, alphaE, param } from './params/parameter-set.js';
export { PRESETS, presetNames, type Preset, type Conventions } from './params/presets.js';
export type { ParameterDef, ParameterTable } from './params/types.js';

export type { FormFactorSet, Transition } from './hadronic/types.js';
export { FORM_FACTOR_SETS, findFormFactorSet } from './hadronic/sets/index.js';

export { B_NUNU_MODES, findMode, type BNuNuMode } from './processes/nunu-modes.js';
export { prepareNuNuKernel, kernelBR, kernelFL, differentialBR, nunuDensities, type NuNuKernel } from './processes/b-to-m-nunu.js';

export { nunuName, nunuNames, packNuNu, parseNuNuName } from './wc/nunu.js';
export { WC_SECTORS, isKnownWilsonCoefficient } from './wc/registry.js';
export { parseWcxf, formatWcxf } from './wc/wcxf.js';

export { OBSERVABLES, evaluate, resolveArgs, makeRegistry, SM_POINT } from './observables/index.js';
export type { ObservableDef, NPPoint, ArgSpec, Registry } from './observables/index.js';

export { monteCarlo, monteCarloVector, errorBudget } from './uncertainty/monte-carlo.js';

// mediator models (paper 000: massless dark photon; paper 002: ALP and massive dark photon)
export { MEDIATOR_MODELS, findModel, resolveModelPoint, alpCouplingsFrom, darkPhotonFrom, gammaDFrom, type MediatorModel } from './models/mediators.js';
export { missingEnergySpectrum, gammaDTwoBodyBR } from './models/mediator-spectra.js';
export { type MissingEnergySpectrum, spectrumTotal, missingEnergy, betaGamma } from './processes/mediators/two-body.js';
export { alpWidths, alpEffectiveCouplings, alpDecayLength, alpInvisible, alpEscapeProbability, bToMAlpBR, bToMAlpWidth, type AlpCouplings } from './processes/mediators/alp.js';
export { alpLoopB } from './processes/mediators/alp-loop.js';
export {
  darkPhotonWidths,
  darkPhotonDecayLength,
  darkPhotonFermionCouplings,
  darkPhotonToDMWidth,
  gbsEq41,
  bToMVectorWidth,
  bToMDarkPhotonBR,
  bToMDarkPhotonBreitWigner,
  bToMDarkPhotonBreitWignerDensity,
  type DarkPhotonParams,
} from './processes/mediators/dark-photon.js';
export {
  bToKQQDensity,
  prepareKQQKernel,
  kqqBR,
  bToVGammaDBR,
  sommerfeldFactor,
  sommerfeldBeta12,
  dipoleCorrection,
  cKstarPhi,
  bsToPhiGammaDFromRatio,
} from './processes/mediators/massless-dark-photon.js';
export { rRatio } from './processes/mediators/r-ratio.js';
export { MEDIATOR_MODES, findMediatorMode } from './processes/mediators/meson-modes.js';
export { alphaS, alphaSAt, quarkMass } from './params/qcd-running.js';
export { uncertaintySources } from './uncertainty/sources.js';

// leptoquarks and charged-lepton modes (paper 003 §II, paper 001 Table 3)
export { LEPTOQUARKS, findLeptoquark, leptoquarkCoefficients, couplingMatrix, matchingNormalisation, type LeptoquarkPoint, type LeptoquarkId } from './models/leptoquarks.js';
export { bsllName, bsllNames, packBsll, parseBsllName, pairCoefficients } from './wc/bsll.js';
export { prepareBsllKernel, bsllKernelBR, bsllDifferentialBR, bsllRange, type BsllKernel } from './processes/b-to-m-ll.js';
export { prepareBsLL, bsLLBR } from './processes/bs-to-ll.js';
export { rDRatio } from './processes/rd-ratio.js';
// runScan (worker threads, Node only) is imported from 'emiss/dist/stats/run-scan.js' by the CLI
export { SCAN_SPACES, findSpace, runScanSerial, runScanChunk, classifyPoint, pointCoefficients, type ScanSpec, type ScanChunk, type PointClass } from './stats/nunu-scan.js';
export { minimizeOnLevelSet, quadraticFormOf } from './stats/quadratic-bound.js';
export { TABLE3_LIMITS, lfvBound } from './stats/lfv-bounds.js';

export { makeRng } from './numerics/random.js';
export { integrateAdaptive } from './numerics/adaptive.js';
export { gaussLegendre, gaussLegendreOn, endpointRuleOn } from './numerics/gauss-legendre.js';

// cosmology of the mediator models (paper 002 §II.B–C, §III.B–C; paper 001 VLQ scalar DM)
export { relicSummary, directDetectionSummary, type RelicSummary, type DirectDetectionSummary, type CosmologyCache } from './models/cosmo/model-cosmology.js';
export { prepareAlpCosmology, alpFreezeIn, freezeInYieldPerWidth, chiCouplingForOmega, minimumChiCoupling, thermalisationRates, type PreparedAlpCosmology } from './models/cosmo/alp-freeze-in.js';
export { psiPsiToPhiPhiB, darkPhotonRelic, alphaXForOmega, omegaEq48, darkHiggsLifetime, darkHiggsMinimumMass, darkPhotonScattering, darkPhotonSelfInteraction } from './models/cosmo/dark-photon-cosmology.js';
export { thermalRelicCrossSection } from './models/cosmo/thermal-relic.js';
export { VLQ_MODEL, vlqParamsFrom } from './models/vlq/model.js';
export { leftCoefficients, smeftCoefficients, darkPairCoefficients, type VlqParams, type VlqLeft } from './models/vlq/matching.js';
export { prepareVlqAnnihilation, vlqRelic, cssForOmega, totalSigmaV, etaFunction } from './models/vlq/annihilation.js';
export { vlqBToPseudoscalarBR, vlqBToVectorBR, vlqBsToPhiPhiBR } from './models/vlq/b-decays.js';
export { vlqNucleonCrossSection, vlqHiggsGluonRatio } from './models/vlq/nucleon-higgs.js';
export * as cosmo from './cosmo/index.js';
// measurements, the Belle II likelihood reweighted to any model, fits (docs/measurements.md, docs/belle2-reweighting.md,
// docs/fits-and-scans.md); the release data are read by emiss/dist/io/belle2-release.js (Node)
export { MEASUREMENTS, findMeasurement, measurementsOf, likelihoodTerm, generalGammaUpperLimit, asymmetricChi2, roomForNewPhysics, overlappingPairs, type Measurement, type LikelihoodTerm } from './stats/measurements/index.js';
export { buildBelle2Likelihood, type Belle2Likelihood, type FFTreatment } from './stats/belle2/likelihood.js';
export { nullSpectrum, nullBinned } from './stats/belle2/null-prediction.js';
export { binSpectrum } from './stats/belle2/binned-spectrum.js';
export { signalYields, reweightingWeights } from './stats/belle2/reweight.js';
export { generatedEdges, generatedBin, type Belle2Release } from './stats/belle2/release.js';
export { parseFitModelFile, type FitModelFile } from './stats/fit/model-file.js';
export { buildProblem, type FitProblem } from './stats/fit/objective.js';
export { runFit, minimize, type FitReport } from './stats/fit/fit.js';
export { runMcmc } from './stats/fit/mcmc.js';
export { ensembleSample } from './numerics/ensemble-sampler.js';
export { nelderMead } from './numerics/nelder-mead.js';

/**
 * HistFactory likelihoods from pyhf JSON (workspaces and model specs), validated against pyhf itself
 * (test/fixtures/pyhf-belle2-reference.json, test/fixtures/histfactory/pyhf-toy-reference.json).
 *
 *   const ws = loadWorkspace(json);                 // schema + consistency checks, EmissError on bad input
 *   const model = buildModel(ws, { poi, modifierSettings });
 *   model.logpdf(pars, data)                        // pyhf's Model.logpdf; data = observations + auxdata
 *   model.nll(pars), model.gradNll(pars)            // −ln L and its analytic gradient (observed data)
 *   const r = fit(model, undefined, { fixed: { mu: 1 } });
 *   profileScan(model, undefined, [0, 1, 2]); profileInterval(model, undefined);
 *   model.withSampleYields(channel, sample, yields) // swap a sample's nominal yields (e.g. a reweighted signal)
 */
export { loadWorkspace, loadModelSpec, workspaceFromSpec, getMeasurement, isWorkspace } from './workspace.js';
export type { Workspace, LoadOptions } from './workspace.js';
export type {
  ModelSpec,
  WorkspaceSpec,
  Channel,
  Sample,
  Modifier,
  CustomModifier,
  Measurement,
  Observation,
  ParameterConfig,
} from './schema.js';
export { HISTFACTORY_MODIFIER_TYPES } from './schema.js';
export { buildModel } from './model.js';
export type {
  Model,
  ModelParameter,
  BuildOptions,
  ModifierSettings,
  ParameterValues,
  DataLike,
  SampleYieldOptions,
  ChannelInfo,
  CustomModifierUse,
} from './model.js';
export type { PreparedData } from './likelihood.js';
export { fit, parameterScales, kinkParameters } from './fit.js';
export type { FitOptions, FitResult } from './fit.js';
export { profileScan, profileInterval } from './profile.js';
export type { ProfileScanResult, ProfilePoint, ProfileInterval, ProfileOptions } from './profile.js';
export { summarizeModel } from './inspect.js';
export type { ModelSummary } from './inspect.js';
export { parseInterpCode, additiveShift, multiplicativeTerm, multiplicativeFactor } from './interpolation.js';
export type { InterpCode, AdditiveCode, MultiplicativeCode } from './interpolation.js';

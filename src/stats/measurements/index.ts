/**
 * The measurement database and its likelihood terms (README in docs/measurements.md):
 *
 *   MEASUREMENTS, findMeasurement(id), measurementsOf(observable)   records with source and provenance
 *   likelihoodTerm(m, {asymmetric, limits, sm, roomRule})            −2ΔlnL of a prediction
 *   generalGammaUpperLimit(limit, cl, counts)                       flavio's counting likelihood
 *   roomForNewPhysics(limit, sm, rule)                              the papers' simple cut
 * The YAML file is read by src/io/measurements-yaml.ts.
 */
export * from './types.js';
export { MEASUREMENTS, PAPER_MEASUREMENTS, BINNED_MEASUREMENTS, findMeasurement, findUpperLimit, measurementsOf, upperEnd90, overlappingPairs, Z90 } from './catalogue.js';
export { YAML_MEASUREMENTS } from './catalogue-yaml.js';
export { YAML_MAP, yamlEntryId } from './yaml-map.js';
export type { YamlMapEntry } from './yaml-map.js';
export { asymmetricChi2, dimidiatedLogpdf, ASYMMETRIC_VARIANTS } from './asymmetric.js';
export type { AsymmetricVariant } from './asymmetric.js';
export { generalGammaUpperLimit } from './general-gamma.js';
export type { GeneralGammaLimit } from './general-gamma.js';
export { likelihoodTerm, halfNormalSigma, LIMIT_TREATMENTS } from './terms.js';
export type { LikelihoodTerm, LimitTreatment, TermOptions } from './terms.js';
export { roomForNewPhysics, ROOM_RULES } from './room.js';
export type { RoomRule } from './room.js';

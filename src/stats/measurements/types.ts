/**
 * The measurement database: every measurement and limit emiss confronts models with, as declarative records.
 *
 * A record says what was measured (`quantity`, as published, and `observable`, the emiss observable that predicts
 * it), the numbers, and where they come from (`paper`, `source`, `provenance` — the tags of
 * data/experimental/README.md plus 'paper' for numbers read from one of the four papers). `datasets` lists the
 * data samples a result uses and `includes` the results it combines or is derived from. Two results are not
 * independent when they measure the same observable in a shared data sample, or when one includes the other (or
 * both include a third); fits refuse to multiply such terms (catalogue.ts `overlappingPairs`).
 *
 * Kinds:
 *   gaussian            value ± sigma (stat and syst combined in quadrature)
 *   asymmetric          value +up −down (each side combined in quadrature); likelihood variant chosen at use
 *   upper-limit         limit at confidence level cl, optionally with the counts of a counting experiment
 *                       (flavio's general_gamma_upper_limit encoding: total and background counts, background σ)
 *   multivariate        several observables with a covariance (correlations where known)
 *   histfactory         a full binned likelihood (the Belle II pyhf workspace), evaluated by src/stats/belle2
 */
import { z } from 'zod';

export const PROVENANCES = ['verified_primary', 'verified_secondary', 'recalled', 'derived', 'paper'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** flavio's general_gamma_upper_limit inputs (flavio/data/measurements.yml), counts of the unscaled experiment. */
export const CountingSchema = z
  .object({
    countsTotal: z.number().min(0),
    countsBackground: z.number().min(0),
    backgroundStd: z.number().min(0),
    /** how the counts were obtained ('flavio measurements.yml', 'derived from …') */
    source: z.string().min(1),
  })
  .strict();
export type Counting = z.infer<typeof CountingSchema>;

const base = {
  /** unique id: the YAML path 'experiment/result' for entries of bqnunu_measurements.yaml, 'paperNNN/…' otherwise */
  id: z.string().min(1),
  experiment: z.string().min(1),
  /** the published quantity, e.g. 'BR(B0->K0 nu nubar)' */
  quantity: z.string().min(1),
  /** the emiss observable that predicts it (registry name), or a name emiss does not (yet) compute */
  observable: z.string().min(1),
  paper: z.string().min(1),
  source: z.string().min(1),
  provenance: z.enum(PROVENANCES),
  datasets: z.array(z.string().min(1)).min(1),
  /** ids of results this one combines or is derived from (they are not independent of it) */
  includes: z.array(z.string().min(1)).optional(),
  /** key path in data/experimental/bqnunu_measurements.yaml, e.g. ['belle_2017_sl', 'results', 'B0->K0nunu'] */
  yamlPath: z.array(z.string()).optional(),
  note: z.string().optional(),
};

export const MeasurementSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('gaussian'), value: z.number(), sigma: z.number().positive() }).strict(),
  z.object({ ...base, kind: z.literal('asymmetric'), value: z.number(), up: z.number().positive(), down: z.number().positive() }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('upper-limit'),
      limit: z.number().positive(),
      cl: z.number().gt(0).lt(1),
      counting: CountingSchema.optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('multivariate'),
      observables: z.array(z.string().min(1)).min(2),
      values: z.array(z.number()),
      covariance: z.array(z.array(z.number())),
    })
    .strict(),
  z.object({ ...base, kind: z.literal('histfactory'), file: z.string().min(1) }).strict(),
]);
export type Measurement = z.infer<typeof MeasurementSchema>;
export type MeasurementKind = Measurement['kind'];
export type GaussianMeasurement = Extract<Measurement, { kind: 'gaussian' }>;
export type AsymmetricMeasurement = Extract<Measurement, { kind: 'asymmetric' }>;
export type UpperLimitMeasurement = Extract<Measurement, { kind: 'upper-limit' }>;
export type MultivariateMeasurement = Extract<Measurement, { kind: 'multivariate' }>;

/** Quadrature sum of independent errors. */
export function quadrature(...e: readonly (number | undefined)[]): number {
  return Math.sqrt(e.reduce<number>((t, x) => t + (x ?? 0) ** 2, 0));
}

import { z } from 'zod';

/**
 * zod schemas mirroring pyhf's JSON schemas, version 1.0.0 (`src/pyhf/schemas/1.0.0/{defs,workspace,model,
 * measurement}.json` in scikit-hep/pyhf): the same objects, required keys, `additionalProperties: false`,
 * `minItems: 1` arrays and `const` values. One deliberate difference: pyhf's `parameter.bounds` items are
 * declared as arrays of numbers whose `minItems/maxItems: 2` sit on the wrong level (so pyhf accepts any
 * length and fails later); here every bound must be a [low, high] pair.
 *
 * Modifier types that are not part of the HistFactory set (e.g. the `regA`, `regB`, `hta` kinematic-reweighting
 * modifiers of the Belle II reinterpretation spec) are rejected unless listed in `customModifierTypes`; a custom
 * modifier then has a free-form `data` and is carried through untouched.
 */

const finiteNumber = z.number();
const numberArray = z.array(finiteNumber).min(1);

export const histosysModifierSchema = z
  .object({
    name: z.string(),
    type: z.literal('histosys'),
    data: z.object({ lo_data: numberArray, hi_data: numberArray }).strict(),
  })
  .strict();
export const lumiModifierSchema = z
  .object({ name: z.literal('lumi'), type: z.literal('lumi'), data: z.null() })
  .strict();
export const normfactorModifierSchema = z
  .object({ name: z.string(), type: z.literal('normfactor'), data: z.null() })
  .strict();
export const normsysModifierSchema = z
  .object({
    name: z.string(),
    type: z.literal('normsys'),
    data: z.object({ lo: finiteNumber, hi: finiteNumber }).strict(),
  })
  .strict();
export const shapefactorModifierSchema = z
  .object({ name: z.string(), type: z.literal('shapefactor'), data: z.null() })
  .strict();
export const shapesysModifierSchema = z
  .object({ name: z.string(), type: z.literal('shapesys'), data: numberArray })
  .strict();
export const staterrorModifierSchema = z
  .object({ name: z.string(), type: z.literal('staterror'), data: numberArray })
  .strict();

export type HistosysModifier = z.infer<typeof histosysModifierSchema>;
export type LumiModifier = z.infer<typeof lumiModifierSchema>;
export type NormfactorModifier = z.infer<typeof normfactorModifierSchema>;
export type NormsysModifier = z.infer<typeof normsysModifierSchema>;
export type ShapefactorModifier = z.infer<typeof shapefactorModifierSchema>;
export type ShapesysModifier = z.infer<typeof shapesysModifierSchema>;
export type StaterrorModifier = z.infer<typeof staterrorModifierSchema>;

/** A modifier whose type is not in the HistFactory set, accepted only when asked for. */
export interface CustomModifier {
  readonly name: string;
  readonly type: string;
  readonly data: unknown;
}

export type HistFactoryModifier =
  | HistosysModifier
  | LumiModifier
  | NormfactorModifier
  | NormsysModifier
  | ShapefactorModifier
  | ShapesysModifier
  | StaterrorModifier;

export type Modifier = HistFactoryModifier | CustomModifier;

/** The seven modifier types of pyhf's HistFactory set, in pyhf's `histfactory_set` order. */
export const HISTFACTORY_MODIFIER_TYPES = [
  'histosys',
  'lumi',
  'normfactor',
  'normsys',
  'shapefactor',
  'shapesys',
  'staterror',
] as const;
export type HistFactoryModifierType = (typeof HISTFACTORY_MODIFIER_TYPES)[number];

export function isHistFactoryModifier(m: Modifier): m is HistFactoryModifier {
  return (HISTFACTORY_MODIFIER_TYPES as readonly string[]).includes(m.type);
}

export const parameterConfigSchema = z
  .object({
    name: z.string(),
    inits: numberArray.optional(),
    bounds: z.array(z.tuple([finiteNumber, finiteNumber])).min(1).optional(),
    auxdata: numberArray.optional(),
    factors: numberArray.optional(),
    sigmas: numberArray.optional(),
    fixed: z.boolean().optional(),
  })
  .strict();
export type ParameterConfig = z.infer<typeof parameterConfigSchema>;

export const measurementSchema = z
  .object({
    name: z.string(),
    config: z
      .object({ poi: z.string(), parameters: z.array(parameterConfigSchema) })
      .strict(),
  })
  .strict();
export type Measurement = z.infer<typeof measurementSchema>;

export const observationSchema = z.object({ name: z.string(), data: numberArray }).strict();
export type Observation = z.infer<typeof observationSchema>;

export interface Sample {
  readonly name: string;
  readonly data: readonly number[];
  readonly modifiers: readonly Modifier[];
}
export interface Channel {
  readonly name: string;
  readonly samples: readonly Sample[];
}
/** pyhf `defs.json#/definitions/model`: what `pyhf.Model(spec)` takes. */
export interface ModelSpec {
  readonly channels: readonly Channel[];
  readonly parameters?: readonly ParameterConfig[];
}
/** pyhf `defs.json#/definitions/workspace`. */
export interface WorkspaceSpec {
  readonly channels: readonly Channel[];
  readonly measurements: readonly Measurement[];
  readonly observations: readonly Observation[];
  readonly version: '1.0.0';
}

function modifierSchema(customTypes: readonly string[]) {
  const custom = customTypes.map((t) =>
    z.object({ name: z.string(), type: z.literal(t), data: z.unknown() }).strict(),
  );
  return z.discriminatedUnion('type', [
    histosysModifierSchema,
    lumiModifierSchema,
    normfactorModifierSchema,
    normsysModifierSchema,
    shapefactorModifierSchema,
    shapesysModifierSchema,
    staterrorModifierSchema,
    ...custom,
  ]);
}

function channelSchema(customTypes: readonly string[]) {
  const sample = z
    .object({ name: z.string(), data: numberArray, modifiers: z.array(modifierSchema(customTypes)) })
    .strict();
  return z.object({ name: z.string(), samples: z.array(sample).min(1) }).strict();
}

/** Schema of a model spec (`{channels, parameters?}`), optionally accepting custom modifier types. */
export function modelSpecSchema(customTypes: readonly string[] = []) {
  return z
    .object({
      channels: z.array(channelSchema(customTypes)).min(1),
      parameters: z.array(parameterConfigSchema).optional(),
    })
    .strict();
}

/** Schema of a workspace (`{channels, measurements, observations, version}`). */
export function workspaceSchema(customTypes: readonly string[] = []) {
  return z
    .object({
      channels: z.array(channelSchema(customTypes)).min(1),
      measurements: z.array(measurementSchema).min(1),
      observations: z.array(observationSchema).min(1),
      version: z.literal('1.0.0'),
    })
    .strict();
}

/** One line describing the first schema problem (and how many more there are). */
export function describeSchemaError(what: string, error: z.ZodError): string {
  const issues = error.issues;
  const first = issues[0];
  const path = first.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `invalid ${what}: ${path ? `${path}: ` : ''}${first.message}${more}`;
}

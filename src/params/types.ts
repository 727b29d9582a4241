/**
 * Parameter definitions. A parameter has a central value, an optional Gaussian uncertainty, a unit and a
 * source. `provenance` says how sure we are of the transcription: 'verified' (checked against the cited
 * source or a file quoting it), 'recalled' (transcribed from memory of the cited source, to be checked),
 * 'derived' (computed from other inputs, method in `note`).
 */
export type Provenance = 'verified' | 'recalled' | 'derived';

export interface ParameterDef {
  readonly name: string;
  readonly value: number;
  /** one standard deviation (symmetric Gaussian); omitted or 0 = fixed */
  readonly sigma?: number;
  readonly unit: string;
  readonly description: string;
  readonly source: string;
  readonly provenance: Provenance;
  readonly note?: string;
}

/** A table of parameter definitions keyed by name. */
export type ParameterTable = Readonly<Record<string, ParameterDef>>;

/** Builds a frozen table from a list, rejecting duplicate names. */
export function makeTable(defs: readonly ParameterDef[]): ParameterTable {
  const t: Record<string, ParameterDef> = {};
  for (const d of defs) {
    if (t[d.name]) throw new Error(`duplicate parameter ${d.name}`);
    t[d.name] = Object.freeze({ ...d });
  }
  return Object.freeze(t);
}

/** Overrides some entries of a table (value, sigma, source) and returns a new frozen table. */
export function overrideTable(
  base: ParameterTable,
  overrides: Readonly<Record<string, Partial<Omit<ParameterDef, 'name'>>>>,
): ParameterTable {
  const t: Record<string, ParameterDef> = { ...base };
  for (const [name, o] of Object.entries(overrides)) {
    const b = t[name];
    if (!b) throw new Error(`override of unknown parameter ${name}`);
    t[name] = Object.freeze({ ...b, ...o, name });
  }
  return Object.freeze(t);
}

/** Adds new parameters to a table (names must not exist yet). */
export function extendTable(base: ParameterTable, defs: readonly ParameterDef[]): ParameterTable {
  const t: Record<string, ParameterDef> = { ...base };
  for (const d of defs) {
    if (t[d.name]) throw new Error(`parameter ${d.name} already defined`);
    t[d.name] = Object.freeze({ ...d });
  }
  return Object.freeze(t);
}

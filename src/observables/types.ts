import type { Complex } from '../core/complex.js';
import type { ParameterSet } from '../params/parameter-set.js';

/**
 * A new-physics point: Wilson coefficients by name (complex; absent = 0) and, for models with light invisible
 * states, their masses and couplings (`dark`, GeV units). The SM is the empty point.
 */
export interface NPPoint {
  readonly wc: ReadonlyMap<string, Complex>;
  readonly dark?: Readonly<Record<string, number>>;
}

export const SM_POINT: NPPoint = Object.freeze({ wc: new Map<string, Complex>() });

export interface ArgSpec {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  /** default value (may depend on the parameters, e.g. the kinematic endpoint); absent = required */
  readonly default?: (ps: ParameterSet) => number;
}

/**
 * An observable: a name users know (flavio's where flavio has one), LaTeX, unit, arguments, and a pure
 * function of (parameters, arguments) → (new-physics point → value). `prepare` does all the work that does not
 * depend on the new-physics point (form factors, q²-integrals), so scans evaluate the returned closure only.
 */
export interface ObservableDef {
  readonly name: string;
  readonly tex: string;
  readonly unit: string;
  readonly description: string;
  readonly category: string;
  readonly args: readonly ArgSpec[];
  /** Wilson-coefficient name patterns this observable reads (documentation and `emiss list`) */
  readonly reads?: readonly string[];
  prepare(ps: ParameterSet, args: Readonly<Record<string, number>>): (np: NPPoint) => number;
}

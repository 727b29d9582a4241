import { makeRegistry } from './registry.js';
import { NUNU_OBSERVABLES } from './nunu-observables.js';
import { MEDIATOR_OBSERVABLES } from './mediator-observables.js';
import { DARK_PAIR_OBSERVABLES } from './dark-pair-observables.js';
import { BSLL_OBSERVABLES } from './bsll-observables.js';
import { COSMO_OBSERVABLES } from './cosmo-observables.js';

/**
 * The registry of every observable emiss knows. Capabilities add their list here (one line each).
 */
export const OBSERVABLES = makeRegistry([...NUNU_OBSERVABLES, ...MEDIATOR_OBSERVABLES, ...DARK_PAIR_OBSERVABLES, ...BSLL_OBSERVABLES, ...COSMO_OBSERVABLES]);

export { evaluate, resolveArgs, makeRegistry } from './registry.js';
export type { Registry } from './registry.js';
export type { ObservableDef, NPPoint, ArgSpec } from './types.js';
export { SM_POINT } from './types.js';

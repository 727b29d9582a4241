/**
 * The bound on BR(mode + pair) for each constraining mode under a BoundRule (bounds.ts), with the SM prediction
 * taken from the paper's Table 2 or from emiss (central value at the preset's inputs, σ from a Monte Carlo over
 * all inputs and form-factor covariances, as the SM section of the report).
 */
import { EmissError } from '../../core/errors.js';
import type { ParameterSet } from '../../params/parameter-set.js';
import { OBSERVABLES, SM_POINT } from '../../observables/index.js';
import { monteCarlo } from '../../uncertainty/monte-carlo.js';
import { boundsFor, roomForNP, type BoundRule, type ModeBound } from './bounds.js';

export interface ResolvedBound {
  readonly mode: string;
  readonly bound: number;
  readonly ul90: number;
  readonly ulSource: string;
  readonly sm: number;
  readonly smSigma: number;
  readonly smSource: 'paper' | 'emiss';
  readonly rule: BoundRule;
}

export interface RoomOptions {
  /** Monte Carlo draws for the emiss SM uncertainty (default 2000) */
  readonly samples?: number;
  readonly seed?: number;
}

export function resolveBounds(ps: ParameterSet, modes: readonly string[], rule: BoundRule, opt: RoomOptions = {}): ResolvedBound[] {
  if (rule.subtraction === 'printed' && rule.limits !== 'table2') {
    throw new EmissError("the printed room-for-NP numbers belong to the limits of paper 001 Table 2; use limits 'table2' or a computed rule (ul-sm90, ul-sm, ul)");
  }
  const table = boundsFor(rule.limits);
  return modes.map((mode) => {
    const b: ModeBound | undefined = table.find((x) => x.mode === mode);
    if (!b) throw new EmissError(`no experimental limit for '${mode}' (modes with limits: ${table.map((x) => x.mode).join(', ')})`);
    let sm = { value: b.smPaper, sigma: b.smPaperSigma };
    if (rule.sm === 'emiss' && rule.subtraction !== 'printed' && rule.subtraction !== 'ul') {
      const def = OBSERVABLES.get(b.smObservable);
      const mc = monteCarlo((p) => def.prepare(p, {})(SM_POINT), ps, { n: opt.samples ?? 2000, seed: opt.seed ?? 1 });
      sm = { value: mc.central, sigma: mc.summary.std };
    }
    const bound = roomForNP(b, rule, sm);
    if (!(bound > 0)) throw new EmissError(`the room for new physics in ${mode} is not positive (${bound}) under rule ${rule.subtraction}/${rule.sm}`);
    return { mode, bound, ul90: b.ul90, ulSource: b.ulSource, sm: sm.value, smSigma: sm.sigma, smSource: rule.sm, rule };
  });
}

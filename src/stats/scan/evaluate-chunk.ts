/**
 * Evaluates one chunk of a scan with a built fit problem. Each chunk starts its nuisance-parameter fits from the
 * model's initial values (not from whatever the thread computed before), so a chunk's rows do not depend on the
 * thread, the machine or the order in which chunks run — a resumed or sharded scan gives the same numbers.
 */
import { EmissError } from '../../core/errors.js';
import { minimize } from '../fit/fit.js';
import type { FitProblem } from '../fit/objective.js';
import { chunkPoints, type ScanRow, type ScanSpec } from './scan-spec.js';

export function evaluateChunk(problem: FitProblem, spec: ScanSpec, chunk: number, start: number, count: number): ScanRow[] {
  problem.resetWarmStart();
  const points = chunkPoints(spec, problem.floating, chunk, start, count);
  // floating parameters that are neither scanned nor profiled stay at the model file's values
  const held: Record<string, number> = {};
  for (const f of problem.floating) if (!spec.profile.includes(f.name)) held[f.name] = problem.defaults[f.name];
  return points.map((p, i) => {
    try {
      const fixed = { ...held, ...p };
      const r = spec.profile.length ? minimize(problem, fixed, { prescan: 5 }) : problem.evaluate(fixed);
      return {
        index: start + i,
        values: Object.fromEntries([...Object.entries(p), ...spec.profile.map((n) => [n, r.values[n]] as [string, number])]),
        twiceNll: r.twiceNll,
        belle2: r.belle2 ?? null,
        terms: r.terms,
        brInvBK: r.brInvBK,
        converged: r.converged,
      };
    } catch (e) {
      if (!(e instanceof EmissError)) throw e;
      return { index: start + i, values: p, twiceNll: NaN, belle2: null, terms: {}, brInvBK: NaN, converged: false, error: e.message };
    }
  });
}

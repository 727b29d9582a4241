import { covarianceRoot } from '../numerics/linalg.js';
import type { Rng } from '../numerics/random.js';
import type { Transition } from '../hadronic/types.js';
import type { ParameterSet } from '../params/parameter-set.js';
import { withFormFactorCoefficients, withValues } from '../params/parameter-set.js';

/**
 * Sources of parametric uncertainty of a parameter set: every scalar input with σ > 0 (independent
 * Gaussians) and, per transition, the form-factor coefficient vector (multivariate Gaussian with the set's
 * covariance). An error budget varies one source at a time; a full draw varies all.
 */
export interface UncertaintySource {
  readonly label: string;
  readonly kind: 'scalar' | 'form factors';
  /** parameter names (scalar) or coefficient names (form factors) */
  readonly names: readonly string[];
  /** writes this source's draw into the accumulators */
  drawInto(values: Record<string, number>, ff: Partial<Record<Transition, Float64Array>>, rng: Rng): void;
}

export function uncertaintySources(ps: ParameterSet): UncertaintySource[] {
  const out: UncertaintySource[] = [];
  for (const [name, def] of Object.entries(ps.table)) {
    const s = def.sigma ?? 0;
    if (!(s > 0)) continue;
    const c = ps.values[name];
    out.push({
      label: name,
      kind: 'scalar',
      names: [name],
      drawInto: (values, _ff, rng) => {
        values[name] = c + s * rng.normal();
      },
    });
  }
  for (const [tr, choice] of Object.entries(ps.ff) as [Transition, ParameterSet['ff'][Transition]][]) {
    const L = covarianceRoot(choice.set.covariance);
    const n = choice.set.central.length;
    const central = choice.coeffs;
    out.push({
      label: `${tr} form factors (${choice.set.id})`,
      kind: 'form factors',
      names: choice.set.coefficientNames,
      drawInto: (_values, ff, rng) => {
        const z = new Float64Array(n);
        for (let i = 0; i < n; i++) z[i] = rng.normal();
        const c = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          let s = central[i];
          const row = L[i];
          for (let k = 0; k < n; k++) s += row[k] * z[k];
          c[i] = s;
        }
        ff[tr] = c;
      },
    });
  }
  return out;
}

/** Draws a parameter point: every given source once, in a fixed order (reproducible for a given seed). */
export function drawParameterSet(ps: ParameterSet, sources: readonly UncertaintySource[], rng: Rng): ParameterSet {
  const values: Record<string, number> = {};
  const ff: Partial<Record<Transition, Float64Array>> = {};
  for (const s of sources) s.drawInto(values, ff, rng);
  let p = Object.keys(values).length ? withValues(ps, values) : ps;
  if (Object.keys(ff).length) p = withFormFactorCoefficients(p, ff);
  return p;
}

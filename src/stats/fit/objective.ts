/**
 * The likelihood of a model file as a function of its floating parameters:
 *
 *   −2 ln L(p) = −2 ln L_BelleII(p, θ̂̂(p)) + Σ_terms χ²_term(p)
 *
 * The Belle II part is the reweighted workspace (src/stats/belle2) with all nuisance parameters profiled at every
 * point (bounded quasi-Newton on the analytic gradient, warm-started from the previous point); the terms are the
 * measurement-database likelihoods (src/stats/measurements/terms.ts) of the other measurements the model file
 * lists. Results that share data are refused unless the file allows it.
 *
 * A problem object keeps the last nuisance vector for warm starts: it is mutable, one per thread.
 */
import { EmissError } from '../../core/errors.js';
import { makeParameterSet, withFormFactorCoefficients, type ParameterSet } from '../../params/parameter-set.js';
import type { Transition } from '../../hadronic/types.js';
import { FORM_FACTOR_SETS } from '../../hadronic/sets/index.js';
import { monteCarlo } from '../../uncertainty/monte-carlo.js';
import { fit as hfFit, type Model } from '../histfactory/index.js';
import { buildBelle2Likelihood, type Belle2Likelihood, type FFTreatment } from '../belle2/likelihood.js';
import { formFactorDirections } from '../belle2/ff-nuisances.js';
import type { Belle2Release } from '../belle2/release.js';
import { findMeasurement, overlappingPairs, BINNED_MEASUREMENTS } from '../measurements/catalogue.js';
import { likelihoodTerm, type LikelihoodTerm } from '../measurements/terms.js';
import type { Measurement } from '../measurements/types.js';
import { canonicalName, physicsDefaults, preparePhysics, type PhysicsCache, type PreparedPhysics, type Values } from './physics.js';
import type { FitModelFile, FloatSpec } from './model-file.js';

export interface PointResult {
  readonly values: Values;
  /** −2 ln L total */
  readonly twiceNll: number;
  /** −2 ln L of the Belle II likelihood at the profiled nuisances (absent if not in the likelihood) */
  readonly belle2?: number;
  readonly terms: Readonly<Record<string, number>>;
  /** BR(B+ → K+ + invisible) of the model in [0, 22.885] GeV² */
  readonly brInvBK: number;
  readonly converged: boolean;
}

export interface FitProblem {
  readonly file: FitModelFile;
  readonly ps: ParameterSet;
  /** floating parameters (canonical names) */
  readonly floating: readonly FloatSpec[];
  /** all parameter values of the file (canonical names) */
  readonly defaults: Values;
  readonly belle2?: Belle2Likelihood;
  readonly terms: readonly { readonly term: LikelihoodTerm; readonly measurement: Measurement }[];
  readonly ff: FFTreatment;
  evaluate(values: Values): PointResult;
  /** the Belle II likelihood model at the given values (for goodness of fit and pulls) */
  belle2Model(values: Values): Model | undefined;
  /** last profiled nuisance vector of the Belle II model */
  lastNuisances(): Float64Array | undefined;
  /** forget the warm start (the next Belle II fit starts from the model's initial values) */
  resetWarmStart(): void;
}

/** Parameter set of a model file: preset and form-factor choices. */
export function parameterSetOf(file: FitModelFile): ParameterSet {
  const formFactors: Partial<Record<Transition, string>> = {};
  for (const spec of file.fit.formfactors) {
    const eq = spec.indexOf('=');
    if (eq > 0) formFactors[spec.slice(0, eq) as Transition] = spec.slice(eq + 1);
    else {
      const matches = FORM_FACTOR_SETS.filter((s) => s.id === spec);
      if (!matches.length) throw new EmissError(`${file.fileName}: unknown form-factor set '${spec}'`);
      for (const m of matches) formFactors[m.transition] = m.id;
    }
  }
  return makeParameterSet(file.fit.preset, { formFactors });
}

export interface ProblemOptions {
  /** override of the file's ff setting */
  readonly ff?: FFTreatment;
  /** Monte Carlo draws for the SM uncertainty of room-for-NP cuts (default 400) */
  readonly smSamples?: number;
  /** prepared spectra shared between problems with the same inputs (physics.ts) */
  readonly cache?: PhysicsCache;
}

export function buildProblem(file: FitModelFile, release: Belle2Release | undefined, opts: ProblemOptions = {}): FitProblem {
  const ps = parameterSetOf(file);
  const phys = file.physics;
  const defaults: Record<string, number> = {};
  for (const [k, v] of Object.entries(physicsDefaults(phys))) defaults[canonicalName(phys, k)] = v;
  const floating = file.fit.float.map((f) => ({ ...f, name: canonicalName(phys, f.name) }));
  for (const f of floating) if (!(f.name in defaults)) defaults[f.name] = f.init ?? (f.log ? Math.sqrt(f.min * f.max) : 0.5 * (f.min + f.max));

  const wantsBelle2 = file.fit.likelihoods.includes('belle2');
  const measurements = file.fit.likelihoods.filter((x) => x !== 'belle2').map(findMeasurement);
  const all = [...measurements, ...(wantsBelle2 ? BINNED_MEASUREMENTS.filter((m) => m.id === 'belle2_2023_bknunu/pyhf') : [])];
  const overlaps = overlappingPairs(all);
  if (overlaps.length && !file.fit.allowOverlap) {
    throw new EmissError(`${file.fileName}: ${overlaps.map(([a, b]) => `${a} and ${b}`).join('; ')} share data; keep one of each pair (or set fit.allow_overlap: true)`);
  }
  const central = preparePhysics(phys, ps, opts.cache);

  // measurement terms
  const terms = measurements.map((m) => {
    if (m.kind === 'histfactory') throw new EmissError(`${file.fileName}: '${m.id}' is a binned likelihood; write 'belle2'`);
    let sm: { value: number; sigma: number } | undefined;
    if (file.fit.limits === 'room-cut' && m.kind === 'upper-limit') {
      const smValues = { ...defaults, ...(file.fit.null ?? {}) };
      const mc = monteCarlo((p) => preparePhysics(phys, p).observable(m.observable)(smValues), ps, { n: opts.smSamples ?? 400, seed: 7 });
      sm = { value: mc.central, sigma: mc.summary.std };
    }
    return {
      measurement: m,
      term: likelihoodTerm(m, { asymmetric: file.fit.asymmetric, limits: file.fit.limits, ...(sm ? { sm } : {}) }),
      predict: central.observable(m.observable),
    };
  });

  // Belle II part
  const defaultFF: FFTreatment = phys.kind === 'sm' || (phys.kind === 'two-body' && phys.smShape === 'belle2') ? 'workspace' : 'redist';
  const ff = opts.ff ?? file.fit.ff ?? defaultFF;
  let belle2: Belle2Likelihood | undefined;
  let shifted: { up: PreparedPhysics; down: PreparedPhysics }[] = [];
  if (wantsBelle2) {
    if (!release) throw new EmissError('the Belle II likelihood needs the release data');
    if (ff === 'redist') {
      const choice = ps.ff['B->K'];
      if (!choice) throw new EmissError(`preset '${ps.preset}' has no B → K form factors`);
      const dirs = formFactorDirections(choice.set.covariance);
      shifted = dirs.shifts.map((d) => ({
        up: preparePhysics(phys, withFormFactorCoefficients(ps, { 'B->K': choice.coeffs.map((c, i) => c + d[i]) }), opts.cache),
        down: preparePhysics(phys, withFormFactorCoefficients(ps, { 'B->K': choice.coeffs.map((c, i) => c - d[i]) }), opts.cache),
      }));
      belle2 = buildBelle2Likelihood(release, { ff, nFF: dirs.shifts.length });
    } else {
      belle2 = buildBelle2Likelihood(release, { ff });
    }
  }

  let lastPars: Float64Array | undefined;
  const modelAt = (values: Values): { model: Model; brInv: number } | undefined => {
    if (!belle2) return undefined;
    const br = central.spectrum(values);
    const model = belle2.modelFor({
      br,
      ...(shifted.length ? { ffUp: shifted.map((s) => s.up.spectrum(values)), ffDown: shifted.map((s) => s.down.spectrum(values)) } : {}),
    });
    let t = 0;
    for (let j = 1; j < br.length; j++) t += br[j];
    return { model, brInv: t };
  };
  const brInvOf = central.observable('BRinv(B+->K)');

  return {
    file,
    ps,
    floating,
    defaults,
    ...(belle2 ? { belle2 } : {}),
    terms: terms.map((t) => ({ term: t.term, measurement: t.measurement })),
    ff,
    belle2Model: (values) => modelAt({ ...defaults, ...values })?.model,
    lastNuisances: () => lastPars,
    resetWarmStart: () => {
      lastPars = undefined;
    },
    evaluate(values) {
      const v = { ...defaults, ...values };
      for (const [k, x] of Object.entries(v)) if (!Number.isFinite(x)) throw new EmissError(`parameter ${k} is not a finite number (${x})`);
      let total = 0;
      let converged = true;
      let b2: number | undefined;
      let brInv: number;
      const m = modelAt(v);
      if (m && belle2) {
        // gtol 1e-4 (in units of the parameter widths): −2 ln L within 2e-8 of the refined minimum, ~40 % fewer steps
        const r = hfFit(m.model, undefined, { fixed: belle2.fixed, init: lastPars, uncertainties: false, refine: false, gtol: 1e-4 });
        lastPars = r.pars;
        b2 = r.twiceNll;
        total += r.twiceNll;
        converged = r.converged;
        brInv = m.brInv;
      } else {
        brInv = brInvOf(v);
      }
      const termValues: Record<string, number> = {};
      for (const t of terms) {
        const c = t.term.chi2([t.predict(v)]);
        termValues[t.measurement.id] = c;
        total += c;
      }
      return { values: v, twiceNll: total, ...(b2 !== undefined ? { belle2: b2 } : {}), terms: termValues, brInvBK: brInv, converged };
    },
  };
}

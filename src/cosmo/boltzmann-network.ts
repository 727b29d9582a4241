import { EmissError } from '../core/errors.js';
import { solveRodas4 } from '../numerics/ode/rodas4.js';
import type { OdeStats } from '../numerics/ode/types.js';
import { besselK01Into } from '../numerics/special/bessel-k.js';
import { M_PLANCK_REDUCED } from './constants.js';
import { omegaH2FromYield } from './relic-density.js';
import { standardModelHistory, type ThermalHistory } from './thermal-history.js';

/**
 * Coupled Boltzmann equations for the yields of several out-of-equilibrium species exchanging particles with a
 * thermal bath — freeze-in, freeze-out and everything in between. Paper 002 eqs. 27–28 (ALP mediator a and
 * dark matter χ) are one instance; the caller supplies the species and the reactions with their thermally
 * averaged rates as functions of x, this module supplies detailed balance, the integration and Ω h².
 *
 * Equations (x = m_ref/T, Maxwell–Boltzmann equilibrium, zero chemical potentials):
 *
 *   dY_k/d ln x = (1 + δ)/H · Σ_R (ν_k^final(R) − ν_k^initial(R)) C_R,
 *   C_R = (γ_R/s) [ Π_{i ∈ initial} Y_i/Y_i^eq − Π_{f ∈ final} Y_f/Y_f^eq ],
 *   γ_R/s = S_R · s^{n−1} ⟨rate_R⟩ Π_{i ∈ initial} Y_i^eq,
 *
 * where n = 1 (decay: ⟨rate⟩ = ⟨Γ⟩ = Γ K1/K2, paper 002 eq. 24, in GeV) or n = 2 (scattering or annihilation:
 * ⟨rate⟩ = ⟨σv⟩, eq. 25, in GeV⁻²), ν counts how often a species appears in a state, bath particles have
 * Y/Y^eq = 1, Y^eq is eq. 29, s the entropy density, H = π √(g_* / 90) T²/M̄_Pl and δ = (1/3) d ln g_*s/d ln T
 * (paper 002 writes its equations without δ and with g_*s in H; options `includeDofDerivative: false` and
 * `hubbleDof: 'entropy'` reproduce that literally). S_R is the symmetry factor, 1/2 by default when the two
 * initial particles are the same species (so χχ → bath gives the standard dY/dt = −s⟨σv⟩(Y² − Y_eq²)).
 *
 * Checks against eqs. 27–28: b → s a is {initial: [bath b], final: [bath s, a]} and gives
 * Y_b^eq⟨Γ⟩(1 − Y_a/Y_a^eq); a → χχ̄ with χ standing for Ỹ_χ = Y_χ + Y_χ̄ (g counting both) is
 * {initial: [a], final: [χ, χ]} and gives −Y_a^eq⟨Γ⟩[Y_a/Y_a^eq − (Ỹ/Ỹ^eq)²] for a and twice the opposite for Ỹ;
 * bg → ba is {initial: [bath b, bath g], final: [bath b, a]} with s Y_b^eq Y_g^eq ⟨σv⟩(1 − Y_a/Y_a^eq).
 * For a species χ ≠ χ̄ tracked through Ỹ, χχ̄ → bath is {initial: [χ, χ], symmetryFactor: 1/4}
 * (n_χ n_χ̄ = ñ²/4, and each reaction removes two units of Ỹ).
 *
 * Numerics: the backward terms are formed as ⟨rate⟩ Π_f Y_f · exp(Σ_i ln Y_i^eq − Σ_f ln Y_f^eq) with ln Y^eq from
 * the scaled Bessel functions, so nothing overflows at x = 10⁴; no division by an underflowed Y^eq. Integration
 * in t = ln x with RODAS (numerics/ode/rodas4.ts), analytic Jacobian, steps ≤ 0.1 in ln x, errors relative to
 * each yield, negative yields rejected. A species that starts in equilibrium is integrated as the deviation
 * D = Y − Y^eq (so tracking a fast-equilibrating mediator costs few steps); a species that starts away from
 * equilibrium (freeze-in from zero) as Y itself; `variable` overrides the choice.
 */

/** A particle of the thermal bath (always in equilibrium): only its mass and degrees of freedom matter. */
export interface BathParticle {
  readonly bath: string;
  readonly mass: number;
  readonly g: number;
}

/** Reference to a particle in a reaction: the name of an evolved species or a bath particle. */
export type ParticleRef = string | BathParticle;

export interface EvolvedSpecies {
  readonly name: string;
  /** mass [GeV] (0 allowed) */
  readonly mass: number;
  /** internal degrees of freedom (count particle and antiparticle if the yield counts both) */
  readonly g: number;
  /** yield at xStart: a number, or 'equilibrium' (default) */
  readonly initial?: number | 'equilibrium';
  /** integration variable: 'deviation' (Y − Y^eq) or 'yield'; default deviation iff initial is 'equilibrium' */
  readonly variable?: 'deviation' | 'yield';
  /** absolute error tolerance on Y (default 0: purely relative) */
  readonly atol?: number;
}

export interface Reaction {
  readonly name?: string;
  /** one (decay) or two (scattering) particles */
  readonly initial: readonly ParticleRef[];
  /** any number of particles (≥ 1) */
  readonly final: readonly ParticleRef[];
  /** ⟨Γ⟩ [GeV] (one initial particle) or ⟨σ v_Møl⟩ [GeV⁻²] (two), as a function of x = m_ref/T and T [GeV] */
  readonly rate: (x: number, T: number) => number;
  /** multiplies γ_R; default 1/2 for two identical initial particles, else 1 */
  readonly symmetryFactor?: number;
}

export interface BoltzmannNetworkInput {
  /** reference mass defining x = m_ref/T [GeV] */
  readonly referenceMass: number;
  readonly species: readonly EvolvedSpecies[];
  readonly reactions: readonly Reaction[];
  readonly history?: ThermalHistory;
  readonly xStart: number;
  readonly xEnd: number;
  /** relative tolerance (default 1e-6) */
  readonly rtol?: number;
  /** largest step in ln x (default 0.1) */
  readonly maxStepLnX?: number;
  /** include (1 + δ), δ = (1/3) d ln g_*s/d ln T (default true) */
  readonly includeDofDerivative?: boolean;
  /** degrees of freedom in H: 'energy' (g_*, default) or 'entropy' (g_*s, as paper 002 eq. 26 is written) */
  readonly hubbleDof?: 'energy' | 'entropy';
  /** x values at which to record the yields (ascending, inside [xStart, xEnd]) */
  readonly xEval?: readonly number[];
}

export interface BoltzmannNetworkResult {
  /** species names in input order */
  readonly names: readonly string[];
  /** Y_k(xEnd) */
  readonly finalYields: Readonly<Record<string, number>>;
  /** m_k Y_k(xEnd) s₀/(ρ_c/h²) for every species (meaningful for the stable ones) */
  readonly omegaH2: Readonly<Record<string, number>>;
  readonly xEval: Float64Array;
  /** yields at xEval, per species */
  readonly yields: Readonly<Record<string, Float64Array>>;
  /** equilibrium yields at xEval, per species */
  readonly equilibriumYields: Readonly<Record<string, Float64Array>>;
  readonly stats: OdeStats;
}

interface CompiledReaction {
  /** indices into the particle table (evolved species first, then bath particles) for the initial state */
  readonly init: Int32Array;
  /** evolved-species indices in the initial and final states (with repetition) */
  readonly initDyn: Int32Array;
  readonly finalDyn: Int32Array;
  readonly nInit: number;
  readonly symmetry: number;
  readonly rate: (x: number, T: number) => number;
  /** net change ν^final − ν^initial per evolved species */
  readonly nu: Float64Array;
}

function particleKey(p: BathParticle): string {
  return `${p.bath}|${p.mass}|${p.g}`;
}

/** Solves the network from xStart to xEnd. */
export function solveBoltzmannNetwork(input: BoltzmannNetworkInput): BoltzmannNetworkResult {
  const { referenceMass: mRef, species, reactions, xStart, xEnd } = input;
  if (!(mRef > 0) || !Number.isFinite(mRef)) throw new EmissError(`Boltzmann network: referenceMass must be positive (got ${mRef})`);
  if (!(xStart > 0 && xEnd > xStart && Number.isFinite(xEnd))) throw new EmissError(`Boltzmann network: need 0 < xStart < xEnd (got ${xStart}, ${xEnd})`);
  const nSp = species.length;
  if (nSp < 1) throw new EmissError('Boltzmann network: at least one evolved species is needed');
  const history = input.history ?? standardModelHistory;
  const rtol = input.rtol ?? 1e-6;
  const withDelta = input.includeDofDerivative !== false;
  const hubbleEntropy = input.hubbleDof === 'entropy';

  // particle table: evolved species 0..nSp−1, then distinct bath particles
  const index = new Map<string, number>();
  const masses: number[] = [];
  const gs: number[] = [];
  species.forEach((sp, i) => {
    if (index.has(sp.name)) throw new EmissError(`Boltzmann network: duplicate species name '${sp.name}'`);
    if (!(sp.mass >= 0) || !Number.isFinite(sp.mass)) throw new EmissError(`species '${sp.name}': mass must be finite and ≥ 0 (got ${sp.mass})`);
    if (!(sp.g > 0)) throw new EmissError(`species '${sp.name}': g must be positive (got ${sp.g})`);
    if (typeof sp.initial === 'number' && !(sp.initial >= 0)) throw new EmissError(`species '${sp.name}': initial yield must be ≥ 0 (got ${sp.initial})`);
    index.set(sp.name, i);
    masses.push(sp.mass);
    gs.push(sp.g);
  });
  const bathIndex = new Map<string, number>();
  const resolve = (p: ParticleRef, where: string): number => {
    if (typeof p === 'string') {
      const i = index.get(p);
      if (i === undefined) throw new EmissError(`${where}: unknown species '${p}' (evolved species: ${[...index.keys()].join(', ')})`);
      return i;
    }
    if (!(p.mass >= 0) || !(p.g > 0)) throw new EmissError(`${where}: bath particle '${p.bath}' needs mass ≥ 0 and g > 0`);
    const key = particleKey(p);
    let i = bathIndex.get(key);
    if (i === undefined) {
      i = masses.length;
      bathIndex.set(key, i);
      masses.push(p.mass);
      gs.push(p.g);
    }
    return i;
  };
  const compiled: CompiledReaction[] = reactions.map((R, r) => {
    const where = `reaction ${R.name ?? r}`;
    if (R.initial.length < 1 || R.initial.length > 2) throw new EmissError(`${where}: needs one or two initial particles (got ${R.initial.length})`);
    if (R.final.length < 1) throw new EmissError(`${where}: needs at least one final particle`);
    const init = Int32Array.from(R.initial.map((p) => resolve(p, where)));
    const fin = R.final.map((p) => resolve(p, where));
    const initDyn = Int32Array.from([...init].filter((i) => i < nSp));
    const finalDyn = Int32Array.from(fin.filter((i) => i < nSp));
    if (initDyn.length === 0 && finalDyn.length === 0) throw new EmissError(`${where}: involves no evolved species`);
    const nu = new Float64Array(nSp);
    for (const i of initDyn) nu[i] -= 1;
    for (const i of finalDyn) nu[i] += 1;
    const identical = init.length === 2 && init[0] === init[1];
    const symmetry = R.symmetryFactor ?? (identical ? 0.5 : 1);
    if (!(symmetry > 0)) throw new EmissError(`${where}: symmetryFactor must be positive (got ${symmetry})`);
    return { init, initDyn, finalDyn, nInit: init.length, symmetry, rate: R.rate, nu };
  });
  const nPart = masses.length;
  const massArr = Float64Array.from(masses);
  const gArr = Float64Array.from(gs);
  const isDev = species.map((sp) =>
    sp.variable ? sp.variable === 'deviation' : sp.initial === undefined || sp.initial === 'equilibrium',
  );
  const atolArr = Float64Array.from(species.map((sp) => sp.atol ?? 0));

  // ---- per-x state, recomputed by `prepare` (closure-owned buffers, no allocation per call)
  const lnYeq = new Float64Array(nPart);
  const yeq = new Float64Array(nSp);
  const dlnYeq = new Float64Array(nSp); // d ln Y^eq/d ln x of evolved species
  const kb = new Float64Array(2);
  const dof = new Float64Array(3);
  const cf = new Float64Array(compiled.length); // forward coefficient (times Π initDyn Y)
  const cb = new Float64Array(compiled.length); // backward coefficient (times Π finalDyn Y)
  let pref = 0; // (1+δ)/H
  let lastX = NaN;
  const Y = new Float64Array(nSp);

  const prepare = (x: number): void => {
    if (x === lastX) return;
    const T = mRef / x;
    history.evaluate(T, dof);
    const gStar = dof[0];
    const gStarS = dof[1];
    const delta = withDelta ? dof[2] / 3 : 0;
    const s = ((2 * Math.PI * Math.PI) / 45) * gStarS * T * T * T;
    const H = (Math.PI * Math.sqrt((hubbleEntropy ? gStarS : gStar) / 90) * T * T) / M_PLANCK_REDUCED;
    pref = (1 + delta) / H;
    const lnC = Math.log(45 / (4 * Math.PI ** 4 * gStarS));
    for (let i = 0; i < nPart; i++) {
      const xi = massArr[i] / T;
      let x2k2 = 2;
      let k1OverK2 = 0;
      if (xi > 0) {
        besselK01Into(xi, true, kb);
        x2k2 = xi * xi * kb[0] + 2 * xi * kb[1];
        k1OverK2 = (xi * kb[1]) / (xi * kb[0] + 2 * kb[1]);
      }
      lnYeq[i] = lnC + Math.log(gArr[i] * x2k2) - xi;
      if (i < nSp) {
        yeq[i] = Math.exp(lnYeq[i]);
        dlnYeq[i] = -xi * k1OverK2 + dof[2];
      }
    }
    for (let r = 0; r < compiled.length; r++) {
      const R = compiled[r];
      const rate = R.rate(x, T);
      if (!(rate >= 0) || !Number.isFinite(rate)) throw new EmissError(`Boltzmann network: rate of reaction ${r} is ${rate} at x = ${x}`);
      let c = R.symmetry * rate * (R.nInit === 2 ? s : 1);
      // forward: c · Π_{bath initial} Y^eq · Π_{dyn initial} Y
      let lnInitEq = 0;
      let lnBathInitEq = 0;
      for (let k = 0; k < R.init.length; k++) {
        const i = R.init[k];
        lnInitEq += lnYeq[i];
        if (i >= nSp) lnBathInitEq += lnYeq[i];
      }
      let lnFinalEq = 0;
      for (let k = 0; k < R.finalDyn.length; k++) lnFinalEq += lnYeq[R.finalDyn[k]];
      cf[r] = c * Math.exp(lnBathInitEq);
      c *= Math.exp(lnInitEq - lnFinalEq);
      cb[r] = c;
    }
    lastX = x;
  };

  const toYields = (x: number, v: Float64Array): void => {
    prepare(x);
    for (let i = 0; i < nSp; i++) Y[i] = isDev[i] ? v[i] + yeq[i] : v[i];
  };

  const prod = (list: Int32Array, skip: number): number => {
    let p = 1;
    for (let k = 0; k < list.length; k++) if (k !== skip) p *= Y[list[k]];
    return p;
  };

  const rhs = (t: number, v: Float64Array, f: Float64Array) => {
    const x = Math.exp(t);
    toYields(x, v);
    for (let i = 0; i < nSp; i++) f[i] = 0;
    for (let r = 0; r < compiled.length; r++) {
      const R = compiled[r];
      const C = cf[r] * prod(R.initDyn, -1) - cb[r] * prod(R.finalDyn, -1);
      for (let i = 0; i < nSp; i++) if (R.nu[i] !== 0) f[i] += R.nu[i] * C;
    }
    for (let i = 0; i < nSp; i++) {
      f[i] *= pref;
      if (isDev[i]) f[i] -= yeq[i] * dlnYeq[i];
    }
  };

  const jacobian = (t: number, v: Float64Array, J: Float64Array) => {
    const x = Math.exp(t);
    toYields(x, v);
    J.fill(0);
    for (let r = 0; r < compiled.length; r++) {
      const R = compiled[r];
      // ∂C/∂Y_k for every occurrence of k
      for (let p = 0; p < R.initDyn.length; p++) {
        const k = R.initDyn[p];
        const d = cf[r] * prod(R.initDyn, p);
        for (let i = 0; i < nSp; i++) if (R.nu[i] !== 0) J[i * nSp + k] += R.nu[i] * d;
      }
      for (let p = 0; p < R.finalDyn.length; p++) {
        const k = R.finalDyn[p];
        const d = -cb[r] * prod(R.finalDyn, p);
        for (let i = 0; i < nSp; i++) if (R.nu[i] !== 0) J[i * nSp + k] += R.nu[i] * d;
      }
    }
    for (let i = 0; i < nSp * nSp; i++) J[i] *= pref;
  };

  const errorScale = (t: number, v: Float64Array, vNew: Float64Array, sk: Float64Array) => {
    prepare(Math.exp(t));
    for (let i = 0; i < nSp; i++) {
      const a = isDev[i] ? Math.max(Math.abs(v[i]), Math.abs(vNew[i])) + yeq[i] : Math.max(Math.abs(v[i]), Math.abs(vNew[i]));
      sk[i] = rtol * a + atolArr[i] + 1e-300;
    }
  };
  const validate = (t: number, vNew: Float64Array) => {
    prepare(Math.exp(t));
    for (let i = 0; i < nSp; i++) if ((isDev[i] ? vNew[i] + yeq[i] : vNew[i]) < 0) return false;
    return true;
  };

  // initial values
  prepare(xStart);
  const v0 = new Float64Array(nSp);
  species.forEach((sp, i) => {
    const y = sp.initial === undefined || sp.initial === 'equilibrium' ? yeq[i] : sp.initial;
    v0[i] = isDev[i] ? y - yeq[i] : y;
  });

  const xEval = input.xEval ?? [];
  const sol = solveRodas4({ rhs, jacobian }, Math.log(xStart), Math.log(xEnd), v0, {
    rtol,
    atol: 0,
    h0: 1e-4,
    hMax: input.maxStepLnX ?? 0.1,
    errorScale,
    validate,
    tEval: xEval.map((x) => Math.log(x)),
  });

  const names = species.map((s) => s.name);
  const finalYields: Record<string, number> = {};
  const omega: Record<string, number> = {};
  toYields(xEnd, sol.y);
  names.forEach((nm, i) => {
    finalYields[nm] = Y[i];
    omega[nm] = species[i].mass > 0 ? omegaH2FromYield(species[i].mass, Math.max(Y[i], 0)) : 0;
  });
  const yields: Record<string, Float64Array> = {};
  const eqYields: Record<string, Float64Array> = {};
  names.forEach((nm) => {
    yields[nm] = new Float64Array(xEval.length);
    eqYields[nm] = new Float64Array(xEval.length);
  });
  for (let k = 0; k < xEval.length; k++) {
    toYields(xEval[k], sol.yEval[k]);
    names.forEach((nm, i) => {
      yields[nm][k] = Y[i];
      eqYields[nm][k] = yeq[i];
    });
  }
  return {
    names,
    finalYields,
    omegaH2: omega,
    xEval: Float64Array.from(xEval),
    yields,
    equilibriumYields: eqYields,
    stats: sol.stats,
  };
}

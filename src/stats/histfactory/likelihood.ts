import { lgamma } from '../../numerics/special/lgamma.js';
import type { CompiledModel } from './compile.js';

/**
 * The HistFactory log-likelihood with pyhf's meaning (`Model.logpdf(pars, data)`):
 *
 *   ln L = Σ_b [ n_b ln ν_b − ν_b − ln Γ(n_b + 1) ]                          (continuous Poisson, xlogy(0, ν) = 0)
 *        + Σ_{Gaussian i} [ −ln(σ_i √(2π)) − (a_i − θ_i)² / (2σ_i²) ]
 *        + Σ_{Poisson i}  [ a_i ln(θ_i τ_i) − θ_i τ_i − ln Γ(a_i + 1) ]
 *
 * with data = (n_1 … n_B, a_1 … a_naux): main observations in pyhf's bin order followed by the auxiliary data.
 * The analytic gradient ∂ ln L/∂θ follows the same loops backwards (chain rule through ν_b).
 *
 * Kernels here do no validation (the Model checks inputs); a negative expected yield gives NaN and a zero one
 * with n > 0 gives −∞, as in pyhf.
 */

/** Data with its parameter-independent terms precomputed. */
export interface PreparedData {
  readonly kind: 'prepared';
  readonly main: Float64Array;
  readonly aux: Float64Array;
  /** −Σ ln Γ(n_b + 1) − Σ_Poisson ln Γ(a_i + 1) */
  readonly constant: number;
}

export function prepareDataArrays(cm: CompiledModel, main: Float64Array, aux: Float64Array): PreparedData {
  let c = 0;
  for (let b = 0; b < main.length; b++) c -= lgamma(main[b] + 1);
  for (let i = 0; i < cm.pAux.length; i++) c -= lgamma(aux[cm.pAux[i]] + 1);
  return { kind: 'prepared', main, aux, constant: c };
}

/** Work arrays of one evaluation (allocated per model, reused across calls; see model.ts). */
export interface Scratch {
  readonly base: Float64Array;
  readonly F: Float64Array;
  readonly nu: Float64Array;
  readonly w: Float64Array;
  readonly nsv: Float64Array;
  readonly nsd: Float64Array;
  readonly dc2: Float64Array;
}

export function createScratch(cm: CompiledModel): Scratch {
  return {
    base: new Float64Array(cm.K),
    F: new Float64Array(cm.K),
    nu: new Float64Array(cm.nbins),
    w: new Float64Array(cm.nbins),
    nsv: new Float64Array(cm.nsPar.length),
    nsd: new Float64Array(cm.nsPar.length),
    dc2: new Float64Array(cm.addPar.length),
  };
}

/**
 * Fills base (nominal + additive shifts), F (multiplicative factors per sample-bin) and ν per bin.
 * The interpolation formulas are those of interpolation.ts (additiveCoefficients, multiplicativeFactor), inlined
 * for speed; test/histfactory-interpolation.test.ts checks that both agree.
 */
function forward(cm: CompiledModel, pars: ArrayLike<number>, sc: Scratch): void {
  const K = cm.K;
  const { base, F, nu, nsv, nsd, dc2 } = sc;
  base.set(cm.nominal);
  const { addPar, addCode, addStart, addK, addSA } = cm;
  const P = addPar.length;
  for (let j = 0; j < P; j++) {
    const a = pars[addPar[j]];
    let c1 = a;
    let c2: number;
    let d2: number;
    const code = addCode[j];
    if (code === 2) {
      // code4p
      if (a > 1) {
        c2 = 8 * a;
        d2 = 8;
      } else if (a < -1) {
        c2 = -8 * a;
        d2 = -8;
      } else {
        const a2 = a * a;
        c2 = a2 * (15 + a2 * (-10 + 3 * a2));
        d2 = a * (30 + a2 * (-40 + 18 * a2));
      }
    } else if (code === 0) {
      // code0
      if (a > 0) {
        c2 = 8 * a;
        d2 = 8;
      } else {
        c2 = -8 * a;
        d2 = -8;
      }
    } else {
      // code2 (pyhf)
      if (a > 1) {
        c1 = a - 1;
        c2 = 16 * (a - 1);
        d2 = 16;
      } else if (a >= -1) {
        c2 = 8 * a * a;
        d2 = 16 * a;
      } else {
        c1 = a + 1;
        c2 = -16 * (a + 1);
        d2 = -16;
      }
    }
    dc2[j] = d2;
    for (let e = addStart[j], end = addStart[j + 1]; e < end; e++) base[addK[e]] += c1 * addSA[2 * e] + c2 * addSA[2 * e + 1];
  }
  const { nsPar, nsCode, nsLo, nsHi, nsLogLo, nsLogHi, nsPoly } = cm;
  for (let t = 0, T = nsPar.length; t < T; t++) {
    const a = pars[nsPar[t]];
    if (nsCode[t] === 1 && a < 1 && a > -1) {
      const o = 6 * t;
      const p0 = nsPoly[o];
      const p1 = nsPoly[o + 1];
      const p2 = nsPoly[o + 2];
      const p3 = nsPoly[o + 3];
      const p4 = nsPoly[o + 4];
      const p5 = nsPoly[o + 5];
      nsv[t] = 1 + a * (p0 + a * (p1 + a * (p2 + a * (p3 + a * (p4 + a * p5)))));
      nsd[t] = p0 + a * (2 * p1 + a * (3 * p2 + a * (4 * p3 + a * (5 * p4 + a * 6 * p5))));
    } else if (nsCode[t] === 1 ? a >= 1 : a > 0) {
      const f = Math.pow(nsHi[t], a);
      nsv[t] = f;
      nsd[t] = f * nsLogHi[t];
    } else {
      const f = Math.pow(nsLo[t], -a);
      nsv[t] = f;
      nsd[t] = f === 0 ? 0 : -f * nsLogLo[t];
    }
  }
  const { fStart, fKind, fRef, kBin } = cm;
  nu.fill(0);
  for (let k = 0; k < K; k++) {
    let prod = 1;
    for (let f = fStart[k], end = fStart[k + 1]; f < end; f++) prod *= fKind[f] === 0 ? pars[fRef[f]] : nsv[fRef[f]];
    F[k] = prod;
    nu[kBin[k]] += base[k] * prod;
  }
}

/** Expected main data ν_b (pyhf `expected_actualdata`). */
export function expectedMain(cm: CompiledModel, pars: ArrayLike<number>): Float64Array {
  const sc = createScratch(cm);
  forward(cm, pars, sc);
  return sc.nu;
}

/** Expected yields per sample-bin (pyhf `expected_data(…, return_by_sample=True)`, sample-bins of blocks). */
export function expectedSampleBins(cm: CompiledModel, pars: ArrayLike<number>): Float64Array {
  const sc = createScratch(cm);
  forward(cm, pars, sc);
  const out = new Float64Array(cm.K);
  for (let k = 0; k < cm.K; k++) out[k] = sc.base[k] * sc.F[k];
  return out;
}

/** Expected auxiliary data: θ for Gaussian constraints, θ τ for Poisson ones (pyhf `expected_auxdata`). */
export function expectedAux(cm: CompiledModel, pars: ArrayLike<number>): Float64Array {
  const out = new Float64Array(cm.naux);
  for (let i = 0; i < cm.gPar.length; i++) out[cm.gAux[i]] = pars[cm.gPar[i]];
  for (let i = 0; i < cm.pPar.length; i++) out[cm.pAux[i]] = pars[cm.pPar[i]] * cm.pTau[i];
  return out;
}

/**
 * ln L(pars | data). If `grad` is given (length npars) it receives ∂ ln L/∂θ (overwritten).
 * `sc` is a work area from createScratch (its contents are overwritten).
 */
export function logpdfKernel(
  cm: CompiledModel,
  pars: ArrayLike<number>,
  data: PreparedData,
  grad: Float64Array | null,
  sc: Scratch = createScratch(cm),
): number {
  const K = cm.K;
  const B = cm.nbins;
  forward(cm, pars, sc);
  const { base, F, nu, w, nsv, nsd, dc2 } = sc;
  const main = data.main;
  const aux = data.aux;
  let logL = data.constant + cm.gLogNorm;
  for (let b = 0; b < B; b++) {
    const n = main[b];
    const l = nu[b];
    if (n === 0) {
      logL -= l;
      w[b] = -1;
    } else {
      logL += n * Math.log(l) - l;
      w[b] = n / l - 1;
    }
  }
  const { gPar, gAux, gInvVar, pPar, pAux, pTau } = cm;
  if (grad) grad.fill(0);
  for (let i = 0, G = gPar.length; i < G; i++) {
    const d = aux[gAux[i]] - pars[gPar[i]];
    const dv = d * gInvVar[i];
    logL -= 0.5 * d * dv;
    if (grad) grad[gPar[i]] += dv;
  }
  for (let i = 0, Q = pPar.length; i < Q; i++) {
    const th = pars[pPar[i]];
    const lam = th * pTau[i];
    const a = aux[pAux[i]];
    if (a === 0) {
      logL -= lam;
      if (grad) grad[pPar[i]] -= pTau[i];
    } else {
      logL += a * Math.log(lam) - lam;
      if (grad) grad[pPar[i]] += a / th - pTau[i];
    }
  }
  if (!grad) return logL;

  const { kBin, addPar, addStart, addK, addSA, fStart, fKind, fRef, fPar } = cm;
  // wF_k = ∂ ln L/∂ν_b(k) · F_k (stored in F, no longer needed)
  for (let k = 0; k < K; k++) F[k] *= w[kBin[k]];
  // additive terms: ∂ν_k/∂α = F_k (dc₁ S + dc₂ A), dc₁ = 1 for every code
  for (let j = 0, P = addPar.length; j < P; j++) {
    const d2 = dc2[j];
    let s = 0;
    for (let e = addStart[j], end = addStart[j + 1]; e < end; e++) s += F[addK[e]] * (addSA[2 * e] + d2 * addSA[2 * e + 1]);
    grad[addPar[j]] += s;
  }
  // multiplicative factors: ∂ν_k/∂θ = base_k · Π_{other factors} · f'(θ)
  for (let k = 0; k < K; k++) {
    const f0 = fStart[k];
    const f1 = fStart[k + 1];
    if (f0 === f1) continue;
    const wk = w[kBin[k]] * base[k];
    if (wk === 0) continue;
    for (let f = f0; f < f1; f++) {
      let others = 1;
      for (let g = f0; g < f1; g++) if (g !== f) others *= fKind[g] === 0 ? pars[fRef[g]] : nsv[fRef[g]];
      grad[fPar[f]] += wk * others * (fKind[f] === 0 ? 1 : nsd[fRef[f]]);
    }
  }
  return logL;
}

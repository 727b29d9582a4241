import { EmissError } from '../../core/errors.js';
import type { SpecLayout } from './layout.js';
import type { ParameterTable } from './parameters.js';
import {
  additiveBinTerms,
  multiplicativeTerm,
  type AdditiveCode,
  type MultiplicativeCode,
  type MultiplicativeTerm,
} from './interpolation.js';
import { isHistFactoryModifier, type NormsysModifier, type HistosysModifier } from './schema.js';

/**
 * The parameter-independent part of a HistFactory model, flattened into typed arrays so that one likelihood
 * evaluation is a handful of tight loops (see likelihood.ts).
 *
 * Expected yield of sample-bin k (one bin of one sample in one channel; absent (channel, sample) pairs are
 * skipped, which is exact because every pyhf modifier leaves a zero nominal at zero):
 *   ν_k = (nom_k + Σ_{histosys h} Δ_h(α_h)) · Π_{factors f on k} f(θ)
 * and ν_b = Σ_{k in bin b} ν_k, summed over samples in pyhf's (sorted) sample order.
 * - additive terms (histosys) are grouped by parameter: for parameter j, elements addStart[j] … addStart[j+1]−1
 *   each add c₁(α) S_e + c₂(α) A_e to sample-bin addK[e] (S_e, A_e interleaved in addSA) (interpolation.ts);
 * - multiplicative factors are stored per sample-bin (CSR: fStart[k] … fStart[k+1]−1), each either a parameter
 *   value (normfactor, lumi, staterror, shapesys, shapefactor: fKind 0, fRef = parameter index) or a normsys
 *   interpolation term (fKind 1, fRef = term index; term t reads parameter nsParam[t]);
 * - constraints: Gaussian (parameter gPar, aux gAux, 1/σ², −ln(σ√2π)) and Poisson (parameter pPar, aux pAux, τ).
 */
export interface CompiledModel {
  readonly nbins: number;
  /** number of sample-bins */
  readonly K: number;
  readonly npars: number;
  readonly naux: number;
  /** global bin of each sample-bin */
  readonly kBin: Int32Array;
  /** nominal yield of each sample-bin */
  readonly nominal: Float64Array;
  /** (channel, sample) blocks: sample-bins k0 … k0+n−1 are bins binOffset … binOffset+n−1 */
  readonly blocks: readonly SampleBlock[];

  readonly addPar: Int32Array;
  /** 0 = code0, 1 = code2, 2 = code4p */
  readonly addCode: Uint8Array;
  readonly addStart: Int32Array;
  readonly addK: Int32Array;
  /** interleaved (S_e, A_e) pairs: addSA[2e] = S_e, addSA[2e+1] = A_e */
  readonly addSA: Float64Array;

  readonly nsPar: Int32Array;
  readonly nsTerms: readonly MultiplicativeTerm[];
  /** flattened normsys terms: 0 = code1, 1 = code4; lo, hi, ln lo, ln hi; 6 code4 coefficients per term */
  readonly nsCode: Uint8Array;
  readonly nsLo: Float64Array;
  readonly nsHi: Float64Array;
  readonly nsLogLo: Float64Array;
  readonly nsLogHi: Float64Array;
  readonly nsPoly: Float64Array;

  readonly fStart: Int32Array;
  readonly fKind: Uint8Array;
  readonly fRef: Int32Array;
  /** parameter whose derivative a factor contributes to */
  readonly fPar: Int32Array;

  readonly gPar: Int32Array;
  readonly gAux: Int32Array;
  readonly gSigma: Float64Array;
  readonly gInvVar: Float64Array;
  /** Σ −ln(σ √(2π)) over the Gaussian constraints */
  readonly gLogNorm: number;
  readonly pPar: Int32Array;
  readonly pAux: Int32Array;
  readonly pTau: Float64Array;
}

export interface SampleBlock {
  readonly channel: string;
  readonly sample: string;
  readonly k0: number;
  readonly n: number;
  readonly binOffset: number;
}

export interface InterpCodes {
  readonly histosys: AdditiveCode;
  readonly normsys: MultiplicativeCode;
}

const ADD_CODE_ID: Record<AdditiveCode, number> = { code0: 0, code2: 1, code4p: 2 };
export const ADD_CODE_NAMES: readonly AdditiveCode[] = ['code0', 'code2', 'code4p'];

export function compileModel(layout: SpecLayout, params: ParameterTable, codes: InterpCodes): CompiledModel {
  const blocks: SampleBlock[] = [];
  let K = 0;
  layout.channels.forEach((c, ci) => {
    for (const s of layout.samples) {
      const sample = layout.sample(c, s);
      if (!sample) continue;
      blocks.push({ channel: c, sample: s, k0: K, n: sample.data.length, binOffset: layout.channelOffsets[ci] });
      K += sample.data.length;
    }
  });
  const kBin = new Int32Array(K);
  const nominal = new Float64Array(K);
  for (const bl of blocks) {
    const d = (layout.sample(bl.channel, bl.sample) as { data: readonly number[] }).data;
    for (let i = 0; i < bl.n; i++) {
      kBin[bl.k0 + i] = bl.binOffset + i;
      nominal[bl.k0 + i] = d[i];
    }
  }
  const parIndex = (name: string): number => {
    const p = params.byName.get(name);
    if (!p) throw new Error(`internal: no parameter ${name}`);
    return p.offset;
  };

  // additive (histosys), grouped by parameter in parameter order
  const addByPar = new Map<number, { k: number; S: number; A: number }[]>();
  // multiplicative factors per sample-bin
  const factors: { kind: number; ref: number; par: number }[][] = Array.from({ length: K }, () => []);
  const nsPar: number[] = [];
  const nsTerms: MultiplicativeTerm[] = [];

  for (const bl of blocks) {
    const sample = layout.sample(bl.channel, bl.sample) as { data: readonly number[]; modifiers: readonly { name: string; type: string; data: unknown }[] };
    // pyhf applies modifiers in sorted (name, type) order within each type; the product/sum is order independent
    for (const m of sample.modifiers) {
      if (!isHistFactoryModifier(m as never)) continue;
      const where = `channel '${bl.channel}' sample '${bl.sample}' modifier '${m.name}'`;
      switch (m.type) {
        case 'histosys': {
          const d = (m as HistosysModifier).data;
          const p = parIndex(m.name);
          const list = addByPar.get(p) ?? [];
          for (let i = 0; i < bl.n; i++) {
            const [S, A] = additiveBinTerms(d.lo_data[i], sample.data[i], d.hi_data[i]);
            if (S === 0 && A === 0) continue;
            list.push({ k: bl.k0 + i, S, A });
          }
          addByPar.set(p, list);
          break;
        }
        case 'normsys': {
          const d = (m as NormsysModifier).data;
          const p = parIndex(m.name);
          const t = nsTerms.length;
          nsTerms.push(multiplicativeTerm(codes.normsys, d.lo, d.hi, where));
          nsPar.push(p);
          for (let i = 0; i < bl.n; i++) factors[bl.k0 + i].push({ kind: 1, ref: t, par: p });
          break;
        }
        case 'normfactor':
        case 'lumi': {
          const p = parIndex(m.name);
          for (let i = 0; i < bl.n; i++) factors[bl.k0 + i].push({ kind: 0, ref: p, par: p });
          break;
        }
        case 'shapesys': {
          const ps = params.byName.get(m.name);
          if (!ps) throw new Error(`internal: no parameter ${m.name}`);
          for (let i = 0; i < bl.n; i++) factors[bl.k0 + i].push({ kind: 0, ref: ps.offset + i, par: ps.offset + i });
          break;
        }
        case 'shapefactor': {
          const ps = params.byName.get(m.name);
          if (!ps) throw new Error(`internal: no parameter ${m.name}`);
          if (bl.n > ps.n) {
            throw new EmissError(
              `shapefactor '${m.name}' has ${ps.n} parameters (bins of the first channel using it) but channel '${bl.channel}' has ${bl.n} bins; pyhf would silently reuse parameter 0`,
            );
          }
          for (let i = 0; i < bl.n; i++) factors[bl.k0 + i].push({ kind: 0, ref: ps.offset + i, par: ps.offset + i });
          break;
        }
        case 'staterror': {
          const ps = params.byName.get(m.name);
          const bins = params.staterrorBins.get(m.name);
          if (!ps || !bins) throw new Error(`internal: no parameter ${m.name}`);
          for (let i = 0; i < bl.n; i++) {
            const j = bins.indexOf(bl.binOffset + i);
            if (j < 0) throw new Error(`internal: staterror ${m.name} does not cover bin ${bl.binOffset + i}`);
            factors[bl.k0 + i].push({ kind: 0, ref: ps.offset + j, par: ps.offset + j });
          }
          break;
        }
      }
    }
  }

  const addPars = [...addByPar.keys()].sort((a, b) => a - b);
  const addPar = Int32Array.from(addPars);
  const addCode = new Uint8Array(addPars.length).fill(ADD_CODE_ID[codes.histosys]);
  const addStart = new Int32Array(addPars.length + 1);
  let E = 0;
  addPars.forEach((p, j) => {
    addStart[j] = E;
    E += (addByPar.get(p) as unknown[]).length;
  });
  addStart[addPars.length] = E;
  const addK = new Int32Array(E);
  const addSA = new Float64Array(2 * E);
  addPars.forEach((p, j) => {
    (addByPar.get(p) as { k: number; S: number; A: number }[]).forEach((el, i) => {
      const e = addStart[j] + i;
      addK[e] = el.k;
      addSA[2 * e] = el.S;
      addSA[2 * e + 1] = el.A;
    });
  });

  const fStart = new Int32Array(K + 1);
  let F = 0;
  for (let k = 0; k < K; k++) {
    fStart[k] = F;
    F += factors[k].length;
  }
  fStart[K] = F;
  const fKind = new Uint8Array(F);
  const fRef = new Int32Array(F);
  const fPar = new Int32Array(F);
  for (let k = 0; k < K; k++) {
    factors[k].forEach((f, i) => {
      fKind[fStart[k] + i] = f.kind;
      fRef[fStart[k] + i] = f.ref;
      fPar[fStart[k] + i] = f.par;
    });
  }

  // constraints, auxdata in parameter order
  const gPar: number[] = [];
  const gAux: number[] = [];
  const gSigma: number[] = [];
  const pPar: number[] = [];
  const pAux: number[] = [];
  const pTau: number[] = [];
  let aux = 0;
  let gLogNorm = 0;
  const root2pi = Math.sqrt(2 * Math.PI);
  for (const ps of params.sets) {
    if (ps.constraint === 'normal') {
      for (let i = 0; i < ps.n; i++) {
        const s = (ps.sigmas as readonly number[])[i];
        gPar.push(ps.offset + i);
        gAux.push(aux + i);
        gSigma.push(s);
        gLogNorm += -Math.log(s * root2pi);
      }
      aux += ps.n;
    } else if (ps.constraint === 'poisson') {
      for (let i = 0; i < ps.n; i++) {
        pPar.push(ps.offset + i);
        pAux.push(aux + i);
        pTau.push((ps.factors as readonly number[])[i]);
      }
      aux += ps.n;
    }
  }
  const gSigmaArr = Float64Array.from(gSigma);
  return {
    nbins: layout.nbins,
    K,
    npars: params.npars,
    naux: aux,
    kBin,
    nominal,
    blocks,
    addPar,
    addCode,
    addStart,
    addK,
    addSA,
    nsPar: Int32Array.from(nsPar),
    nsTerms,
    nsCode: Uint8Array.from(nsTerms.map((t) => (t.code === 'code1' ? 0 : 1))),
    nsLo: Float64Array.from(nsTerms.map((t) => t.lo)),
    nsHi: Float64Array.from(nsTerms.map((t) => t.hi)),
    nsLogLo: Float64Array.from(nsTerms.map((t) => t.logLo)),
    nsLogHi: Float64Array.from(nsTerms.map((t) => t.logHi)),
    nsPoly: Float64Array.from(nsTerms.flatMap((t) => [...t.poly])),
    fStart,
    fKind,
    fRef,
    fPar,
    gPar: Int32Array.from(gPar),
    gAux: Int32Array.from(gAux),
    gSigma: gSigmaArr,
    gInvVar: gSigmaArr.map((s) => 1 / (s * s)),
    gLogNorm,
    pPar: Int32Array.from(pPar),
    pAux: Int32Array.from(pAux),
    pTau: Float64Array.from(pTau),
  };
}

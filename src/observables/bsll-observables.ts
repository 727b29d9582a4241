/**
 * Observables with charged leptons (flavio names where flavio has one; {a}{b} ∈ e, mu, tau):
 *
 *   BR(B+->K{a}{b}), BR(B0->K{a}{b}), BR(B+->K*{a}{b}), BR(B0->K*{a}{b})   a ≠ b: B̄ → K̄ ℓ_a⁺ ℓ_b⁻ (flavio), total
 *   BR(B+->Ktautau), BR(B0->Ktautau), BR(B+->K*tautau), BR(B0->K*tautau)   total, SM + NP, CP-averaged
 *                                                   (flavio has the B→K ones; the K* totals are an emiss extension)
 *   BR(B+->K{a}{b},{b}{a}) …                       a < b: sum of both charge combinations (flavio, also for K*)
 *   dBR/dq2(B+->K{a}{b}) q2, <dBR/dq2>(B+->K{a}{b}) q2min q2max   every pair; for ee, μμ these are short-distance
 *                                                   only (no charmonium resonances), as flavio's
 *   BR(Bs->{a}{b})                                  a = b time-integrated, a ≠ b instantaneous (flavio)
 *   BR(Bs->{a}{b},{b}{a})                           a < b (flavio)
 *   r_D, r_D*                                       R_D(*)/R_D(*)^SM for C_VL_bctaunu{e,mu,tau} (emiss names)
 *
 * Coefficients: C9, C10, C9p, C10p_bs{a}{b} (src/wc/bsll.ts), CVL_bctaunu{j} (src/wc/bclnu.ts).
 */
import type { Complex } from '../core/complex.js';
import { findMode } from '../processes/nunu-modes.js';
import { bsllDifferentialBR, bsllKernelBR, bsllRange, prepareBsllKernel } from '../processes/b-to-m-ll.js';
import { bsLLBR, prepareBsLL } from '../processes/bs-to-ll.js';
import { rDRatio } from '../processes/rd-ratio.js';
import { LEPTONS, packBsll, pairCoefficients, BSLL_PACKED_LENGTH } from '../wc/bsll.js';
import { packBclnu } from '../wc/bclnu.js';
import type { ArgSpec, NPPoint, ObservableDef } from './types.js';
import type { ParameterSet } from '../params/parameter-set.js';

const TEX_L = ['e', '\\mu', '\\tau'] as const;
const LL_MODES = ['B+->K', 'B0->K', 'B+->K*', 'B0->K*'] as const;
const MODE_TEX: Record<(typeof LL_MODES)[number], string> = {
  'B+->K': 'B^-\\to K^-',
  'B0->K': '\\bar B^0\\to \\bar K^0',
  'B+->K*': 'B^-\\to K^{*-}',
  'B0->K*': '\\bar B^0\\to \\bar K^{*0}',
};

/** Packs the pair (a, b) of an NP point into 8 reals; null when the point has no coefficient at all. */
function pairPacker(a: number, b: number): (np: NPPoint) => Float64Array | null {
  const packed = new Float64Array(BSLL_PACKED_LENGTH);
  const x = new Float64Array(8);
  return (np) => {
    if (np.wc.size === 0) return null;
    packBsll(np.wc, packed);
    return pairCoefficients(packed, a, b, x);
  };
}

function pairTex(a: number, b: number): string {
  return `${TEX_L[a]}^+${TEX_L[b]}^-`;
}

function reads(a: number, b: number): string[] {
  return [`C{9,10,9p,10p}_bs${LEPTONS[a]}${LEPTONS[b]}`];
}

function modePairObservables(label: (typeof LL_MODES)[number], a: number, b: number): ObservableDef[] {
  const mode = findMode(label)!;
  const pair = `${LEPTONS[a]}${LEPTONS[b]}`;
  const n = `${label}${pair}`;
  const proc = `${MODE_TEX[label]}\\,${pairTex(a, b)}`;
  const cat = a === b ? 'b->s l l' : 'b->s l l (LFV)';
  const range: ArgSpec[] = [
    { name: 'q2min', unit: 'GeV^2', description: 'lower bin edge (default (m_a + m_b)²)', default: (ps: ParameterSet) => bsllRange(mode, a, b, ps)[0] },
    { name: 'q2max', unit: 'GeV^2', description: 'upper bin edge (default (m_B − m_M)²)', default: (ps: ParameterSet) => bsllRange(mode, a, b, ps)[1] },
  ];
  const defs: ObservableDef[] = [
    {
      name: `dBR/dq2(${n})`,
      tex: `\\frac{d\\text{BR}}{dq^2}(${proc})`,
      unit: 'GeV^-2',
      description: `Differential branching ratio of ${n}${a === b ? ' (short-distance, CP-averaged)' : ''}`,
      category: cat,
      args: [{ name: 'q2', unit: 'GeV^2', description: 'dilepton invariant mass squared q²' }],
      reads: reads(a, b),
      prepare(ps, args) {
        const pack = pairPacker(a, b);
        bsllDifferentialBR(mode, a, b, ps, args.q2, null); // validates the range now
        return (np) => bsllDifferentialBR(mode, a, b, ps, args.q2, pack(np));
      },
    },
    {
      name: `<dBR/dq2>(${n})`,
      tex: `\\langle\\frac{d\\text{BR}}{dq^2}\\rangle(${proc})`,
      unit: 'GeV^-2',
      description: `Binned differential branching ratio of ${n} (bin average${a === b ? '; short-distance, CP-averaged' : ''})`,
      category: cat,
      args: range,
      reads: reads(a, b),
      prepare(ps, args) {
        const k = prepareBsllKernel(mode, a, b, ps, { q2min: args.q2min, q2max: args.q2max });
        const pack = pairPacker(a, b);
        const w = args.q2max - args.q2min;
        return (np) => bsllKernelBR(k, pack(np)) / w;
      },
    },
  ];
  if (a !== b || a === 2) {
    defs.push({
      name: `BR(${n})`,
      tex: `\\text{BR}(${proc})`,
      unit: '1',
      description:
        a === b
          ? `Total branching ratio of ${n}, SM + NP, CP-averaged, short-distance (flavio definition${mode.kind === 'V' ? '; an emiss extension for K*' : ''})`
          : `Total branching ratio of ${MODE_TEX[label].replace(/\\\\/g, '')} ${LEPTONS[a]}+ ${LEPTONS[b]}- (lepton-flavour violating; flavio definition)`,
      category: cat,
      args: [],
      reads: reads(a, b),
      prepare(ps) {
        const k = prepareBsllKernel(mode, a, b, ps);
        const pack = pairPacker(a, b);
        return (np) => bsllKernelBR(k, pack(np));
      },
    });
  }
  if (a < b) {
    const rev = `${LEPTONS[b]}${LEPTONS[a]}`;
    defs.push({
      name: `BR(${n},${rev})`,
      tex: `\\text{BR}(${MODE_TEX[label]}\\,${TEX_L[a]}^\\pm${TEX_L[b]}^\\mp)`,
      unit: '1',
      description: `BR(${n}) + BR(${label}${rev}): both charge combinations`,
      category: cat,
      args: [],
      reads: [...reads(a, b), ...reads(b, a)],
      prepare(ps) {
        const k1 = prepareBsllKernel(mode, a, b, ps);
        const k2 = prepareBsllKernel(mode, b, a, ps);
        const p1 = pairPacker(a, b);
        const p2 = pairPacker(b, a);
        return (np) => bsllKernelBR(k1, p1(np)) + bsllKernelBR(k2, p2(np));
      },
    });
  }
  return defs;
}

function bsObservables(a: number, b: number): ObservableDef[] {
  const pair = `${LEPTONS[a]}${LEPTONS[b]}`;
  const defs: ObservableDef[] = [
    {
      name: `BR(Bs->${pair})`,
      tex: `\\text{BR}(\\bar B_s\\to ${pairTex(a, b)})`,
      unit: '1',
      description: a === b ? `Time-integrated branching ratio of Bs -> ${pair} (SM + NP)` : `Branching ratio of Bs -> ${LEPTONS[a]}+ ${LEPTONS[b]}- (lepton-flavour violating)`,
      category: a === b ? 'b->s l l' : 'b->s l l (LFV)',
      args: [],
      reads: reads(a, b),
      prepare(ps) {
        const k = prepareBsLL(a, b, ps);
        const pack = pairPacker(a, b);
        return (np) => bsLLBR(k, pack(np));
      },
    },
  ];
  if (a < b) {
    const rev = `${LEPTONS[b]}${LEPTONS[a]}`;
    defs.push({
      name: `BR(Bs->${pair},${rev})`,
      tex: `\\text{BR}(\\bar B_s\\to ${TEX_L[a]}^\\pm${TEX_L[b]}^\\mp)`,
      unit: '1',
      description: `BR(Bs->${pair}) + BR(Bs->${rev})`,
      category: 'b->s l l (LFV)',
      args: [],
      reads: [...reads(a, b), ...reads(b, a)],
      prepare(ps) {
        const k1 = prepareBsLL(a, b, ps);
        const k2 = prepareBsLL(b, a, ps);
        const p1 = pairPacker(a, b);
        const p2 = pairPacker(b, a);
        return (np) => bsLLBR(k1, p1(np)) + bsLLBR(k2, p2(np));
      },
    });
  }
  return defs;
}

function rdObservable(name: string, meson: string): ObservableDef {
  return {
    name,
    tex: `r_{${meson}}`,
    unit: '1',
    description: `R_${meson}/R_${meson}^SM for left-handed vector b → c τ ν̄ new physics (CVL_bctaunu{e,mu,tau}); r_D = r_D* for this structure`,
    category: 'b->c tau nu',
    args: [],
    reads: ['CVL_bctaunu{e,mu,tau}'],
    prepare(ps) {
      const scratch = new Float64Array(6);
      return (np) => rDRatio(ps, np.wc.size ? packBclnu(np.wc as ReadonlyMap<string, Complex>, scratch) : null);
    },
  };
}

const PAIRS: [number, number][] = [];
for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) PAIRS.push([a, b]);

export const BSLL_OBSERVABLES: readonly ObservableDef[] = Object.freeze([
  ...LL_MODES.flatMap((m) => PAIRS.flatMap(([a, b]) => modePairObservables(m, a, b))),
  ...PAIRS.flatMap(([a, b]) => bsObservables(a, b)),
  rdObservable('r_D', 'D'),
  rdObservable('r_D*', 'D^*'),
]);

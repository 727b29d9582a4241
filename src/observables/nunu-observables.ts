/**
 * Observables of B → M ν ν̄, K → π ν ν̄ and the τ tree-level background (flavio names where flavio has one).
 *
 *   BR(B+->Knunu)                 total branching ratio, short-distance only (as flavio)
 *   dBR/dq2(B+->Knunu)  q2        differential branching ratio [GeV⁻²]
 *   <dBR/dq2>(B+->Knunu) q2min q2max   bin average [GeV⁻²]
 *   <BR>(B+->Knunu) q2min q2max   branching ratio in a q² bin (emiss; flavio has no binned BR)
 *   FL, <FL>                      longitudinal K*, ρ, φ polarisation (vector modes)
 *   Rnunu(B+->K)                  BR/BR_SM at the same inputs, any mode; R_K^nunu, R_K*^nunu for B+→K+, B0→K*0
 *   eta_K*^nunu                   paper 003 eq. (11)
 *   BR(K+->pinunu), BR(KL->pinunu)
 *   BRtree(B+->Knunu)             B+ → τ+(→K+ν̄)ν, tree level (never added to BR(B+->Knunu))
 *   BRwithtree(B+->Knunu)         short-distance + tree (the convention of Belle II's SM reference)
 */
import { modeKinematics, prepareNuNuKernel, kernelBR, kernelFL, differentialBR } from '../processes/b-to-m-nunu.js';
import { B_NUNU_MODES, findMode, type BNuNuMode } from '../processes/nunu-modes.js';
import { prepareKPiNuNu, kPiNuNuBR } from '../processes/k-to-pi-nunu.js';
import { tauTreeBR } from '../processes/tau-tree.js';
import { packNuNu, NUNU_PACKED_LENGTH } from '../wc/nunu.js';
import type { ArgSpec, NPPoint, ObservableDef } from './types.js';
import type { ParameterSet } from '../params/parameter-set.js';

const Q2: ArgSpec = { name: 'q2', unit: 'GeV^2', description: 'dineutrino invariant mass squared q²' };
const binArgs = (mode: BNuNuMode): ArgSpec[] => [
  { name: 'q2min', unit: 'GeV^2', description: 'lower bin edge (default 0)', default: () => 0 },
  {
    name: 'q2max',
    unit: 'GeV^2',
    description: 'upper bin edge (default (m_B − m_M)²)',
    default: (ps: ParameterSet) => modeKinematics(mode, ps).q2max,
  },
];

/** A closure that packs the mode's sector coefficients of an NP point into a reused scratch array. */
function packer(sector: BNuNuMode['sector']): (np: NPPoint) => Float64Array | null {
  const scratch = new Float64Array(NUNU_PACKED_LENGTH);
  return (np) => (np.wc.size === 0 ? null : packNuNu(np.wc, sector, scratch));
}

function modeObservables(mode: BNuNuMode): ObservableDef[] {
  const proc = `${mode.tex}\\nu\\bar\\nu`;
  const n = `${mode.label}nunu`;
  const reads = [`C{L,R,Lp,Rp}_${mode.sector}nu*nu*`];
  const cat = `${mode.sector === 'bs' ? 'b->s' : 'b->d'} nu nubar`;
  const defs: ObservableDef[] = [
    {
      name: `BR(${n})`,
      tex: `\\text{BR}(${proc})`,
      unit: '1',
      description: `Branching ratio of ${mode.label}nunu, short-distance (no tree-level tau contribution), summed over neutrino flavours`,
      category: cat,
      args: [],
      reads,
      prepare(ps) {
        const k = prepareNuNuKernel(mode, ps);
        const pack = packer(mode.sector);
        return (np) => kernelBR(k, pack(np));
      },
    },
    {
      name: `dBR/dq2(${n})`,
      tex: `\\frac{d\\text{BR}}{dq^2}(${proc})`,
      unit: 'GeV^-2',
      description: `Differential branching ratio of ${mode.label}nunu`,
      category: cat,
      args: [Q2],
      reads,
      prepare(ps, args) {
        const pack = packer(mode.sector);
        const q2 = args.q2;
        differentialBR(mode, ps, q2, null); // validates the range now
        return (np) => differentialBR(mode, ps, q2, pack(np)).dbr;
      },
    },
    {
      name: `<dBR/dq2>(${n})`,
      tex: `\\langle\\frac{d\\text{BR}}{dq^2}\\rangle(${proc})`,
      unit: 'GeV^-2',
      description: `Binned differential branching ratio of ${mode.label}nunu (average over the bin)`,
      category: cat,
      args: binArgs(mode),
      reads,
      prepare(ps, args) {
        const k = prepareNuNuKernel(mode, ps, args.q2min, args.q2max);
        const pack = packer(mode.sector);
        const w = args.q2max - args.q2min;
        return (np) => kernelBR(k, pack(np)) / w;
      },
    },
    {
      name: `<BR>(${n})`,
      tex: `\\text{BR}(${proc})|_{[q^2_{\\min},q^2_{\\max}]}`,
      unit: '1',
      description: `Branching ratio of ${mode.label}nunu in a q² bin`,
      category: cat,
      args: binArgs(mode),
      reads,
      prepare(ps, args) {
        const k = prepareNuNuKernel(mode, ps, args.q2min, args.q2max);
        const pack = packer(mode.sector);
        return (np) => kernelBR(k, pack(np));
      },
    },
    {
      name: `Rnunu(${mode.label})`,
      tex: `R^{\\nu\\nu}(${mode.tex})`,
      unit: '1',
      description: `BR(${n}) divided by its SM value at the same inputs`,
      category: cat,
      args: [],
      reads,
      prepare(ps) {
        const k = prepareNuNuKernel(mode, ps);
        const pack = packer(mode.sector);
        const sm = kernelBR(k, null);
        return (np) => kernelBR(k, pack(np)) / sm;
      },
    },
  ];
  if (mode.kind === 'V') {
    defs.push(
      {
        name: `FL(${n})`,
        tex: `F_L(${proc})`,
        unit: '1',
        description: `Longitudinal polarisation fraction of ${mode.label}nunu at q²`,
        category: cat,
        args: [Q2],
        reads,
        prepare(ps, args) {
          const pack = packer(mode.sector);
          differentialBR(mode, ps, args.q2, null);
          return (np) => differentialBR(mode, ps, args.q2, pack(np)).fl;
        },
      },
      {
        name: `<FL>(${n})`,
        tex: `\\langle F_L\\rangle(${proc})`,
        unit: '1',
        description: `Longitudinal polarisation fraction of ${mode.label}nunu in a q² bin (default: whole range)`,
        category: cat,
        args: binArgs(mode),
        reads,
        prepare(ps, args) {
          const k = prepareNuNuKernel(mode, ps, args.q2min, args.q2max);
          const pack = packer(mode.sector);
          return (np) => kernelFL(k, pack(np));
        },
      },
    );
  }
  return defs;
}

function ratioAlias(name: string, label: string, tex: string): ObservableDef {
  const mode = findMode(label)!;
  const base = modeObservables(mode).find((d) => d.name === `Rnunu(${label})`)!;
  return { ...base, name, tex, description: `${base.description} (paper 003 eq. 3)` };
}

const ETA: ObservableDef = {
  name: 'eta_K*^nunu',
  tex: '\\eta',
  unit: '1',
  description: 'η = F−/F+ of paper 003 eq. (11): (I_A − I_V)/(I_A + I_V) for B0→K*0νν̄, the weight of Re(C_L C_R*) in R_K*',
  category: 'b->s nu nubar',
  args: [],
  prepare(ps) {
    const k = prepareNuNuKernel(findMode('B0->K*')!, ps);
    const eta = (k.ia - k.iv) / (k.ia + k.iv);
    return () => eta;
  },
};

const KAON: ObservableDef[] = [
  {
    name: 'BR(K+->pinunu)',
    tex: '\\text{BR}(K^+\\to\\pi^+\\nu\\bar\\nu)',
    unit: '1',
    description: 'Branching ratio of K+ → π+ νν̄ (top + charm, Buras et al. 2015)',
    category: 's->d nu nubar',
    args: [],
    reads: ['C{L,R,Lp,Rp}_sdnu*nu*'],
    prepare(ps) {
      const k = prepareKPiNuNu(ps);
      const pack = packer('sd');
      return (np) => kPiNuNuBR(k, pack(np))[0];
    },
  },
  {
    name: 'BR(KL->pinunu)',
    tex: '\\text{BR}(K_L\\to\\pi^0\\nu\\bar\\nu)',
    unit: '1',
    description: 'Branching ratio of K_L → π0 νν̄ (CP-violating top contribution, Buras et al. 2015)',
    category: 's->d nu nubar',
    args: [],
    reads: ['C{L,R,Lp,Rp}_sdnu*nu*'],
    prepare(ps) {
      const k = prepareKPiNuNu(ps);
      const pack = packer('sd');
      return (np) => kPiNuNuBR(k, pack(np))[1];
    },
  },
];

const TAU: ObservableDef[] = [
  {
    name: 'BRtree(B+->Knunu)',
    tex: '\\text{BR}(B^+\\to\\tau^+(\\to K^+\\bar\\nu)\\nu)',
    unit: '1',
    description: 'Tree-level B+ → τ+ν, τ+ → K+ν̄ contribution to the K+ + νν̄ final state (narrow width; not in BR(B+->Knunu))',
    category: 'b->s nu nubar',
    args: [],
    prepare(ps) {
      const v = tauTreeBR(ps);
      return () => v;
    },
  },
  {
    name: 'BRwithtree(B+->Knunu)',
    tex: '\\text{BR}(B^+\\to K^+\\nu\\bar\\nu)_{\\rm SD+tree}',
    unit: '1',
    description: 'Short-distance BR(B+->Knunu) plus the tree-level τ contribution (Belle II SM-reference convention)',
    category: 'b->s nu nubar',
    args: [],
    reads: ['C{L,R,Lp,Rp}_bsnu*nu*'],
    prepare(ps) {
      const k = prepareNuNuKernel(findMode('B+->K')!, ps);
      const tree = tauTreeBR(ps);
      const pack = packer('bs');
      return (np) => kernelBR(k, pack(np)) + tree;
    },
  },
];

export const NUNU_OBSERVABLES: readonly ObservableDef[] = Object.freeze([
  ...B_NUNU_MODES.flatMap(modeObservables),
  ratioAlias('R_K^nunu', 'B+->K', 'R_K^{\\nu\\nu}'),
  ratioAlias('R_K*^nunu', 'B0->K*', 'R_{K^*}^{\\nu\\nu}'),
  ETA,
  ...KAON,
  ...TAU,
]);

/**
 * Observables of M → M' + (light dark pair) and of the total invisible rate (docs/dark-pairs.md):
 *
 *   BR(B+->Kchichi)              branching ratio into a χ pair (fermion DM), all six operators and interferences
 *   BR(B+->Kphiphi), BR(B+->KXX) the same for scalar (φ) and vector (X) dark matter
 *   dBR/dq2(B+->Kchichi)  q2     differential [GeV⁻²], q² = pair invariant mass squared
 *   <BR>(B+->Kchichi)  q2min q2max   in a q² bin
 *   BRinv(B+->K)                 total invisible: SM νν̄ + NP νν̄ (all b→qνν̄ coefficients) + every dark pair
 *   dBRinv/dq2(B+->K), <BRinv>(B+->K)   the same, differential / binned (B modes)
 * for every mode of src/processes/dark-pairs/modes.ts: B+->K, B0->K, B+->K*, B0->K*, Bs->phi, B+->pi, B0->pi,
 * B+->rho, B0->rho (coefficients C…_bs…, C…_bd…) and K+->pi, KL->pi (C…_sd…).
 *
 * Coefficients: NPPoint.wc, names C{op}_{sector}{field} (src/wc/dark-pairs.ts), complex, GeV⁻¹ or GeV⁻².
 * Dark-sector masses and nature: NPPoint.dark = { m_phi, m_chi, m_X [GeV], phi_real, chi_majorana, X_real [0|1] }.
 * The q² integrals depend on the mass only: each prepared closure keeps the matrices of the last mass it saw, so
 * coefficient scans at fixed mass cost one quadratic form per evaluation.
 */
import { EmissError } from '../core/errors.js';
import { darkKindDef, DARK_KINDS, type DarkKind } from '../processes/dark-pairs/basis.js';
import { DARK_MODES, type DarkMode } from '../processes/dark-pairs/modes.js';
import { N_OPS, type CMatrix } from '../processes/dark-pairs/densities.js';
import { darkBR, differentialDark, integrateDark, pairThreshold, prepareDarkMode, type DarkModeContext } from '../processes/dark-pairs/kernel.js';
import { differentialBR, kernelBR, prepareNuNuKernel } from '../processes/b-to-m-nunu.js';
import { findMode } from '../processes/nunu-modes.js';
import { kPiNuNuBR, prepareKPiNuNu } from '../processes/k-to-pi-nunu.js';
import { packNuNu, NUNU_PACKED_LENGTH } from '../wc/nunu.js';
import { darkCoefficientNames, packDark } from '../wc/dark-pairs.js';
import type { ParameterSet } from '../params/parameter-set.js';
import type { ArgSpec, NPPoint, ObservableDef } from './types.js';

/** Mass and nature of a kind's dark particle from an NP point (EmissError if missing or invalid). */
export function darkStateOf(np: NPPoint, kind: DarkKind, what: string): { m: number; selfConjugate: boolean } {
  const def = darkKindDef(kind);
  const m = np.dark?.[def.massKey];
  if (m === undefined) throw new EmissError(`${what} needs the ${kind} dark-matter mass ${def.massKey} in NPPoint.dark (CLI: --dark ${def.massKey}=VALUE in GeV)`);
  if (!Number.isFinite(m) || m < 0) throw new EmissError(`${def.massKey} must be a non-negative number of GeV (got ${m})`);
  const flag = np.dark?.[def.selfConjugateKey] ?? 0;
  if (flag !== 0 && flag !== 1) throw new EmissError(`${def.selfConjugateKey} must be 0 (${def.natures[0]}) or 1 (${def.natures[1]}), got ${flag}`);
  return { m, selfConjugate: flag === 1 };
}

/**
 * A closure evaluating the dark-pair BR of one kind in one mode over [q2lo, q2hi] (or dBR/dq² at q2 when
 * `q2` is given), with a one-entry cache keyed by the mass.
 */
function darkEvaluator(ctx: DarkModeContext, kind: DarkKind, name: string, range: { lo: number; hi?: number; q2?: number }): (np: NPPoint) => number {
  const c = new Float64Array(2 * N_OPS[kind]);
  const scratch = new Float64Array(2 * N_OPS[kind]);
  let cachedM = NaN;
  let cached: CMatrix | undefined;
  const def = darkKindDef(kind);
  return (np) => {
    if (!packDark(np.wc, kind, ctx.mode.sector, c)) return 0;
    const { m, selfConjugate } = darkStateOf(np, kind, name);
    const thr = pairThreshold(ctx);
    if (m >= thr) {
      throw new EmissError(`${def.massKey} = ${m} GeV is at or above the threshold of ${ctx.mode.label} + ${def.field} pair: (m_${ctx.mode.parent} − m_${ctx.mode.meson})/2 = ${thr.toFixed(4)} GeV`);
    }
    if (m !== cachedM || !cached) {
      cached = range.q2 !== undefined ? differentialDark(ctx, kind, m, range.q2) : integrateDark(ctx, m, [kind], range.lo, range.hi)[kind]!;
      cachedM = m;
    }
    return darkBR(ctx, kind, cached, c, selfConjugate, scratch);
  };
}

const Q2: ArgSpec = { name: 'q2', unit: 'GeV^2', description: 'invariant mass squared q² of the invisible pair' };
function binArgs(mode: DarkMode): ArgSpec[] {
  return [
    { name: 'q2min', unit: 'GeV^2', description: 'lower bin edge (default 0)', default: () => 0 },
    {
      name: 'q2max',
      unit: 'GeV^2',
      description: `upper bin edge (default (m_${mode.parent} − m_${mode.meson})²)`,
      default: (ps: ParameterSet) => prepareDarkMode(mode, ps).q2max,
    },
  ];
}

function checkQ2(ctx: DarkModeContext, q2: number, what: string): void {
  if (!(q2 >= 0 && q2 <= ctx.q2max)) throw new EmissError(`q² = ${q2} GeV² is outside the physical range [0, ${ctx.q2max.toFixed(4)}] of ${what}`);
}
function checkBin(ctx: DarkModeContext, lo: number, hi: number, what: string): void {
  if (!(lo >= 0) || !(hi > lo) || !(lo < ctx.q2max) || !(hi <= ctx.q2max * (1 + 5e-3))) {
    throw new EmissError(`q² range [${lo}, ${hi}] is outside the physical range [0, ${ctx.q2max.toFixed(4)}] GeV² of ${what} or empty`);
  }
}

const catOf = (mode: DarkMode) => `${mode.sector === 'bs' ? 'b->s' : mode.sector === 'bd' ? 'b->d' : 's->d'} dark pairs`;

function pairObservables(mode: DarkMode, kind: DarkKind): ObservableDef[] {
  const def = darkKindDef(kind);
  const f = def.field;
  const n = `${mode.label}${f}${f}`;
  const proc = `${mode.tex}\\,${def.tex}\\bar{${def.tex}}`;
  const reads = darkCoefficientNames(kind, mode.sector);
  const cat = catOf(mode);
  const kindText = `${kind} dark matter (${def.natures.join(' or ')}, mass NPPoint.dark.${def.massKey}, ${def.selfConjugateKey} = 1 for ${def.natures[1]})`;
  return [
    {
      name: `BR(${n})`,
      tex: `\\text{BR}(${proc})`,
      unit: '1',
      description: `Branching ratio of ${mode.label} + ${f}${f}, ${kindText}`,
      category: cat,
      args: [],
      reads,
      prepare(ps) {
        return darkEvaluator(prepareDarkMode(mode, ps), kind, `BR(${n})`, { lo: 0 });
      },
    },
    {
      name: `dBR/dq2(${n})`,
      tex: `\\frac{d\\text{BR}}{dq^2}(${proc})`,
      unit: 'GeV^-2',
      description: `Differential branching ratio of ${mode.label} + ${f}${f} in the pair invariant mass squared, ${kindText}`,
      category: cat,
      args: [Q2],
      reads,
      prepare(ps, args) {
        const ctx = prepareDarkMode(mode, ps);
        checkQ2(ctx, args.q2, `${n}`);
        return darkEvaluator(ctx, kind, `dBR/dq2(${n})`, { lo: 0, q2: args.q2 });
      },
    },
    {
      name: `<BR>(${n})`,
      tex: `\\text{BR}(${proc})|_{[q^2_{\\min},q^2_{\\max}]}`,
      unit: '1',
      description: `Branching ratio of ${mode.label} + ${f}${f} in a q² bin, ${kindText}`,
      category: cat,
      args: binArgs(mode),
      reads,
      prepare(ps, args) {
        const ctx = prepareDarkMode(mode, ps);
        checkBin(ctx, args.q2min, args.q2max, n);
        return darkEvaluator(ctx, kind, `<BR>(${n})`, { lo: args.q2min, hi: args.q2max });
      },
    },
  ];
}

/** νν̄ part of the invisible rate of a mode (SM + NP coefficients), as a closure, for the whole range or a bin/point. */
function nunuPart(mode: DarkMode, ps: ParameterSet, range: { lo: number; hi?: number; q2?: number }): (np: NPPoint) => number {
  const scratch = new Float64Array(NUNU_PACKED_LENGTH);
  const pack = (np: NPPoint) => (np.wc.size === 0 ? null : packNuNu(np.wc, mode.sector, scratch));
  if (mode.ff === 'K->pi') {
    const k = prepareKPiNuNu(ps);
    const i = mode.label === 'K+->pi' ? 0 : 1;
    return (np) => kPiNuNuBR(k, pack(np))[i];
  }
  const m = findMode(mode.label)!;
  if (range.q2 !== undefined) {
    const q2 = range.q2;
    return (np) => differentialBR(m, ps, q2, pack(np)).dbr;
  }
  const k = prepareNuNuKernel(m, ps, range.lo, range.hi);
  return (np) => kernelBR(k, pack(np));
}

function invisibleObservables(mode: DarkMode): ObservableDef[] {
  const reads = [`C{L,R,Lp,Rp}_${mode.sector}nu*nu*`, ...DARK_KINDS.flatMap((k) => darkCoefficientNames(k, mode.sector))];
  const cat = 'invisible final states';
  const sum = (ps: ParameterSet, range: { lo: number; hi?: number; q2?: number }, name: string) => {
    const ctx = prepareDarkMode(mode, ps);
    const nu = nunuPart(mode, ps, range);
    const dark = DARK_KINDS.map((k) => darkEvaluator(ctx, k, name, range));
    return (np: NPPoint) => nu(np) + dark[0](np) + dark[1](np) + dark[2](np);
  };
  const defs: ObservableDef[] = [
    {
      name: `BRinv(${mode.label})`,
      tex: `\\text{BR}(${mode.tex} + \\text{inv})`,
      unit: '1',
      description: `Total invisible branching ratio of ${mode.label}: SM + NP νν̄ (short distance) plus scalar, fermion and vector dark pairs (masses in NPPoint.dark)`,
      category: cat,
      args: [],
      reads,
      prepare: (ps) => sum(ps, { lo: 0 }, `BRinv(${mode.label})`),
    },
  ];
  if (mode.ff !== 'K->pi') {
    defs.push(
      {
        name: `dBRinv/dq2(${mode.label})`,
        tex: `\\frac{d\\text{BR}}{dq^2}(${mode.tex} + \\text{inv})`,
        unit: 'GeV^-2',
        description: `Differential invisible branching ratio of ${mode.label} in q² (missing invariant mass squared): νν̄ (SM + NP) plus dark pairs`,
        category: cat,
        args: [Q2],
        reads,
        prepare(ps, args) {
          checkQ2(prepareDarkMode(mode, ps), args.q2, `BRinv(${mode.label})`);
          return sum(ps, { lo: 0, q2: args.q2 }, `dBRinv/dq2(${mode.label})`);
        },
      },
      {
        name: `<BRinv>(${mode.label})`,
        tex: `\\text{BR}(${mode.tex} + \\text{inv})|_{[q^2_{\\min},q^2_{\\max}]}`,
        unit: '1',
        description: `Invisible branching ratio of ${mode.label} in a q² bin: νν̄ (SM + NP) plus dark pairs`,
        category: cat,
        args: binArgs(mode),
        reads,
        prepare(ps, args) {
          checkBin(prepareDarkMode(mode, ps), args.q2min, args.q2max, `BRinv(${mode.label})`);
          return sum(ps, { lo: args.q2min, hi: args.q2max }, `<BRinv>(${mode.label})`);
        },
      },
    );
  }
  return defs;
}

export const DARK_PAIR_OBSERVABLES: readonly ObservableDef[] = Object.freeze([
  ...DARK_MODES.flatMap((mode) => DARK_KINDS.flatMap((kind) => pairObservables(mode, kind))),
  ...DARK_MODES.flatMap(invisibleObservables),
]);

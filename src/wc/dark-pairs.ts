/**
 * Wilson-coefficient names of the quark–dark-pair operators (src/processes/dark-pairs/basis.ts), flavio style:
 *
 *   C{op}_{sector}{field}    e.g. CS_bsphi, CV_bsphi, CV1_bschi, CT2_bdchi, CV3_sdX
 *
 * op ∈ the operator names of the kind (scalar φ: S, V; fermion χ: S1, S2, V1, V2, T1, T2; vector X: S, T1, T2,
 * V2 … V6), sector ∈ bs (b → s: B → K, K*, φ), bd (b → d: B → π, ρ), sd (s → d: K → π), field ∈ phi, chi, X.
 * Values are complex, in GeV⁻¹ (dimension-5 operators) or GeV⁻² (dimension 6), with L = Σ C O + h.c.
 */
import type { Complex } from '../core/complex.js';
import { EmissError } from '../core/errors.js';
import {
  DARK_KIND_DEFS,
  DARK_KINDS,
  FLAVOUR_SECTORS,
  coefficientUnit,
  darkKindDef,
  type DarkKind,
  type FlavourSector,
} from '../processes/dark-pairs/basis.js';

/** Coefficient name, flavio style: C{op}_{sector}{field}, e.g. CV1_bschi, CS_bdphi, CV3_sdX. */
export function darkCoefficientName(kind: DarkKind, opName: string, sector: FlavourSector): string {
  return `C${opName}_${sector}${darkKindDef(kind).field}`;
}

export interface ParsedDarkName {
  readonly kind: DarkKind;
  readonly op: string;
  readonly index: number;
  readonly sector: FlavourSector;
}

const NAME_RE = /^C([A-Z][0-9]?)_(bs|bd|sd)(phi|chi|X)$/;

export function parseDarkCoefficientName(name: string): ParsedDarkName | undefined {
  const m = NAME_RE.exec(name);
  if (!m) return undefined;
  const def = DARK_KIND_DEFS.find((k) => k.field === m[3]);
  if (!def) return undefined;
  const index = def.operators.findIndex((o) => o.op === m[1]);
  if (index < 0) return undefined;
  return { kind: def.kind, op: m[1], index, sector: m[2] as FlavourSector };
}

/** Every coefficient name of a kind and flavour sector, in operator order. */
export function darkCoefficientNames(kind: DarkKind, sector: FlavourSector): string[] {
  return darkKindDef(kind).operators.map((o) => darkCoefficientName(kind, o.op, sector));
}

/** Unit of a named coefficient (GeV^-1 or GeV^-2). */
export function darkCoefficientUnit(name: string): string {
  const p = parseDarkCoefficientName(name);
  if (!p) throw new EmissError(`'${name}' is not a dark-pair coefficient`);
  return coefficientUnit(darkKindDef(p.kind).operators[p.index]);
}

/**
 * Packs the coefficients of one kind and sector into interleaved (re, im) pairs in operator order, reusing
 * `out`. Returns true if any is non-zero.
 */
export function packDark(wc: ReadonlyMap<string, Complex>, kind: DarkKind, sector: FlavourSector, out: Float64Array): boolean {
  out.fill(0);
  let any = false;
  for (const [name, c] of wc) {
    const p = parseDarkCoefficientName(name);
    if (!p || p.kind !== kind || p.sector !== sector) continue;
    out[2 * p.index] += c.re;
    out[2 * p.index + 1] += c.im;
    if (c.re !== 0 || c.im !== 0) any = true;
  }
  return any;
}

export interface DarkWcSector {
  readonly sector: string;
  readonly description: string;
  readonly basis: string;
  readonly names: readonly string[];
  readonly unit: string;
}

/** One registry entry per (kind, flavour sector), for src/wc/registry.ts. */
export const DARK_WC_SECTORS: readonly DarkWcSector[] = Object.freeze(
  DARK_KINDS.flatMap((kind) =>
    FLAVOUR_SECTORS.map((sector) => {
      const def = darkKindDef(kind);
      const names = darkCoefficientNames(kind, sector);
      const units = def.operators.map((o) => `${darkCoefficientName(kind, o.op, sector)} ${coefficientUnit(o)}`).join(', ');
      const q = sector === 'bs' ? 'b → s' : sector === 'bd' ? 'b → d' : 's → d';
      return {
        sector: `${sector}${def.field}`,
        description: `${q} + ${def.field}${def.field} pair (${kind} dark matter, ${def.natures.join('/')}); L = Σ C O + h.c., operators of paper 003 eq. (${kind === 'scalar' ? 18 : kind === 'fermion' ? 19 : 20}); mass in NPPoint.dark.${def.massKey}`,
        basis: 'emiss dark-pair LEFT basis (He, Ma, Valencia, JHEP 03 (2023) 037)',
        names,
        unit: units,
      };
    }),
  ),
);

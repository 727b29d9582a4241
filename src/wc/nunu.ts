import { EmissError } from '../core/errors.js';
import type { Complex } from '../core/complex.js';

/**
 * Wilson coefficients of d_i → d_j ν ν̄ (flavio / WCxf WET basis `flavio`, sectors sbnunu, dbnunu, sdnunu),
 * extended by emiss with right-handed-neutrino operators (paper 003 eq. 8b):
 *
 *   H = −(4G_F/√2) λ_t (e²/16π²) Σ_{a,b} Σ_X C_X^{ab} O_X^{ab} + h.c.,  λ_t = V_tb V_ts* (bs), V_tb V_td* (bd), V_ts* V_td (sd)
 *   O_L^{ab}  = (q̄_L γ_μ b_L)(ν̄_b γ^μ (1−γ5) ν_a)     name CL_bsnu{a}nu{b}     (WCxf)
 *   O_R^{ab}  = (q̄_R γ_μ b_R)(ν̄_b γ^μ (1−γ5) ν_a)     name CR_bsnu{a}nu{b}     (WCxf)
 *   O_L'^{ab} = (q̄_L γ_μ b_L)(ν̄_b γ^μ (1+γ5) ν_a)     name CLp_bsnu{a}nu{b}    (emiss extension)
 *   O_R'^{ab} = (q̄_R γ_μ b_R)(ν̄_b γ^μ (1+γ5) ν_a)     name CRp_bsnu{a}nu{b}    (emiss extension)
 * with a, b ∈ {e, mu, tau}. Coefficients hold new physics only (the SM C_L = −X_t/s_W² is added on the
 * diagonal by the rate code). No WCxf basis has the primed operators; the "p" suffix follows flavio's naming of
 * chirality-flipped operators (C9p) and paper 003's primes. The index order (which of a, b is ν̄) never enters
 * a rate, because all nine flavour pairs are summed incoherently.
 */
export const NU_FLAVOURS = ['e', 'mu', 'tau'] as const;
export type NuFlavour = (typeof NU_FLAVOURS)[number];
export const NUNU_STRUCTURES = ['CL', 'CR', 'CLp', 'CRp'] as const;
export type NuNuStructure = (typeof NUNU_STRUCTURES)[number];
export type NuNuSector = 'bs' | 'bd' | 'sd';
export const NUNU_SECTORS: readonly NuNuSector[] = ['bs', 'bd', 'sd'];

/** Index of coefficient (structure s, flavours a, b) in a packed array of 36 complex = 72 reals. */
export function nunuIndex(s: number, a: number, b: number): number {
  return 2 * (9 * s + 3 * a + b);
}
export const NUNU_PACKED_LENGTH = 72;

export function nunuName(structure: NuNuStructure, sector: NuNuSector, a: NuFlavour, b: NuFlavour): string {
  return `${structure}_${sector}nu${a}nu${b}`;
}

const NAME_RE = /^(CL|CR|CLp|CRp)_(bs|bd|sd)nu(e|mu|tau)nu(e|mu|tau)$/;

export interface ParsedNuNuName {
  readonly structure: NuNuStructure;
  readonly sector: NuNuSector;
  readonly a: number;
  readonly b: number;
}

export function parseNuNuName(name: string): ParsedNuNuName | undefined {
  const m = NAME_RE.exec(name);
  if (!m) return undefined;
  return {
    structure: m[1] as NuNuStructure,
    sector: m[2] as NuNuSector,
    a: NU_FLAVOURS.indexOf(m[3] as NuFlavour),
    b: NU_FLAVOURS.indexOf(m[4] as NuFlavour),
  };
}

/** Every coefficient name of a sector (36 names: 4 structures × 9 flavour pairs). */
export function nunuNames(sector: NuNuSector): string[] {
  const out: string[] = [];
  for (const s of NUNU_STRUCTURES) for (const a of NU_FLAVOURS) for (const b of NU_FLAVOURS) out.push(nunuName(s, sector, a, b));
  return out;
}

/** Packs the sector's coefficients of a named map into the 72-real layout used by the rate kernels. */
export function packNuNu(wc: ReadonlyMap<string, Complex>, sector: NuNuSector, out: Float64Array = new Float64Array(NUNU_PACKED_LENGTH)): Float64Array {
  out.fill(0);
  for (const [name, c] of wc) {
    const p = parseNuNuName(name);
    if (!p || p.sector !== sector) continue;
    const i = nunuIndex(NUNU_STRUCTURES.indexOf(p.structure), p.a, p.b);
    out[i] += c.re;
    out[i + 1] += c.im;
  }
  return out;
}

export function assertKnownNuNuName(name: string): void {
  if (!parseNuNuName(name)) throw new EmissError(`unknown Wilson coefficient '${name}'`);
}

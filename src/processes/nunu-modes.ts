import type { Transition } from '../hadronic/types.js';
import type { NuNuSector } from '../wc/nunu.js';

/**
 * The B → M ν ν̄ modes. `isospin` is the factor in the rate from the flavour wave function of the final meson
 * (π0, ρ0 = (uū − dd̄)/√2 → 1/2), with isospin-symmetric form factors for charged and neutral modes (as flavio).
 */
export interface BNuNuMode {
  /** flavio-style label, e.g. 'B+->K' (observable names append 'nunu') */
  readonly label: string;
  readonly B: string;
  readonly M: string;
  readonly transition: Transition;
  readonly kind: 'P' | 'V';
  readonly sector: NuNuSector;
  readonly isospin: number;
  readonly tex: string;
}

export const B_NUNU_MODES: readonly BNuNuMode[] = Object.freeze([
  { label: 'B+->K', B: 'B+', M: 'K+', transition: 'B->K', kind: 'P', sector: 'bs', isospin: 1, tex: 'B^+\\to K^+' },
  { label: 'B0->K', B: 'B0', M: 'K0', transition: 'B->K', kind: 'P', sector: 'bs', isospin: 1, tex: 'B^0\\to K^0' },
  { label: 'B+->K*', B: 'B+', M: 'K*+', transition: 'B->K*', kind: 'V', sector: 'bs', isospin: 1, tex: 'B^+\\to K^{*+}' },
  { label: 'B0->K*', B: 'B0', M: 'K*0', transition: 'B->K*', kind: 'V', sector: 'bs', isospin: 1, tex: 'B^0\\to K^{*0}' },
  { label: 'Bs->phi', B: 'Bs', M: 'phi', transition: 'Bs->phi', kind: 'V', sector: 'bs', isospin: 1, tex: 'B_s\\to \\phi' },
  { label: 'B+->pi', B: 'B+', M: 'pi+', transition: 'B->pi', kind: 'P', sector: 'bd', isospin: 1, tex: 'B^+\\to \\pi^+' },
  { label: 'B0->pi', B: 'B0', M: 'pi0', transition: 'B->pi', kind: 'P', sector: 'bd', isospin: 0.5, tex: 'B^0\\to \\pi^0' },
  { label: 'B+->rho', B: 'B+', M: 'rho+', transition: 'B->rho', kind: 'V', sector: 'bd', isospin: 1, tex: 'B^+\\to \\rho^+' },
  { label: 'B0->rho', B: 'B0', M: 'rho0', transition: 'B->rho', kind: 'V', sector: 'bd', isospin: 0.5, tex: 'B^0\\to \\rho^0' },
] satisfies BNuNuMode[]);

export function findMode(label: string): BNuNuMode | undefined {
  return B_NUNU_MODES.find((m) => m.label === label);
}

/**
 * The decay modes with a dark pair: the B → M modes of src/processes/nunu-modes.ts (b → s: K, K*, φ; b → d: π, ρ)
 * and K → π (s → d) with the K → π form factors of src/hadronic/k-to-pi.ts.
 *
 * `isospin`: factor in the rate from the flavour wave function (π0, ρ0 = (uū − dd̄)/√2 → 1/2).
 * K_L → π0: K_L = (K0 + K̄0)/√2 (CP|K0⟩ = −|K̄0⟩, ε_K neglected) and π0 give |A|² = |C̃ F(K+ → π+)|² with
 * C̃_i = (C_i + κ_i C_i*)/2 (κ_i the CP sign of basis.ts): the rate is the K+ → π+ formula with C → C̃, the
 * K_L and π0 masses and the K_L lifetime (`cpProjection`).
 */
import { B_NUNU_MODES } from '../nunu-modes.js';
import type { FlavourSector } from './basis.js';

export interface DarkMode {
  /** flavio-style label; observables append the pair (e.g. 'B+->Kchichi') */
  readonly label: string;
  readonly parent: string;
  readonly meson: string;
  readonly kind: 'P' | 'V';
  readonly sector: FlavourSector;
  /** form factors: a B transition of ps.ff, or 'K->pi' (parameters) */
  readonly ff: 'B->K' | 'B->K*' | 'Bs->phi' | 'B->pi' | 'B->rho' | 'K->pi';
  readonly isospin: number;
  /** K_L: rate with the CP-projected coefficients C̃ = (C + κ C*)/2 */
  readonly cpProjection: boolean;
  readonly tex: string;
}

export const DARK_MODES: readonly DarkMode[] = Object.freeze([
  ...B_NUNU_MODES.map(
    (m): DarkMode => ({
      label: m.label,
      parent: m.B,
      meson: m.M,
      kind: m.kind,
      sector: m.sector,
      ff: m.transition,
      isospin: m.isospin,
      cpProjection: false,
      tex: m.tex,
    }),
  ),
  { label: 'K+->pi', parent: 'K+', meson: 'pi+', kind: 'P', sector: 'sd', ff: 'K->pi', isospin: 1, cpProjection: false, tex: 'K^+\\to \\pi^+' },
  { label: 'KL->pi', parent: 'KL', meson: 'pi0', kind: 'P', sector: 'sd', ff: 'K->pi', isospin: 1, cpProjection: true, tex: 'K_L\\to \\pi^0' },
] satisfies DarkMode[]);

export function findDarkMode(label: string): DarkMode | undefined {
  return DARK_MODES.find((m) => m.label === label);
}

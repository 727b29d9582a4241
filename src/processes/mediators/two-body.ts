/**
 * Two-body kinematics of B → M X shared by the mediator models, and the missing-energy spectrum type that the
 * likelihood work consumes.
 *
 * In the B rest frame the invisible system X (mass m_X, or invariant mass √q²) has
 *   |p| = √λ(m_B², m_M², q²) / (2 m_B),   E_miss = E_X = (m_B² − m_M² + q²) / (2 m_B),
 * and a particle of mass m_X flies with βγ = |p|/m_X (used for the decay-length escape probability).
 */
import { EmissError } from '../../core/errors.js';
import { lambdaBM } from '../../core/kinematics.js';

export function twoBodyMomentum(mB: number, mM: number, mX: number): number {
  return Math.sqrt(lambdaBM(mB, mM, mX * mX)) / (2 * mB);
}

/** Missing energy in the B rest frame for an invisible system of invariant mass squared q². */
export function missingEnergy(mB: number, mM: number, q2: number): number {
  return (mB * mB - mM * mM + q2) / (2 * mB);
}

/** βγ = |p|/m of the mediator in the B rest frame (m > 0). */
export function betaGamma(mB: number, mM: number, mX: number): number {
  if (!(mX > 0)) throw new EmissError(`βγ needs a massive mediator (m = ${mX})`);
  return twoBodyMomentum(mB, mM, mX) / mX;
}

/**
 * The missing-energy (q² = invariant mass² of everything invisible) distribution of one decay mode, as a sum
 * of lines (two-body decays to an invisible particle: δ(q² − m²)) and a continuum (three-body decays), in units
 * of the branching ratio. `dbr(q2)` is dBR/dq² in GeV⁻² on [q2min, q2max]; E_miss = (m_B² − m_M² + q²)/(2m_B).
 */
export interface MissingEnergySpectrum {
  readonly mode: string;
  readonly mB: number;
  readonly mM: number;
  readonly lines: readonly { readonly q2: number; readonly br: number; readonly label: string }[];
  readonly continuum?: {
    readonly q2min: number;
    readonly q2max: number;
    readonly br: number;
    readonly dbr: (q2: number) => number;
  };
}

/** Total branching ratio of a spectrum (lines plus continuum). */
export function spectrumTotal(s: MissingEnergySpectrum): number {
  return s.lines.reduce((t, l) => t + l.br, 0) + (s.continuum?.br ?? 0);
}

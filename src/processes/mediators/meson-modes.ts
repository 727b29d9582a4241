/**
 * B → M + (mediator) modes of the mediator models and the form factors they need at one q².
 */
import { EmissError } from '../../core/errors.js';
import type { Transition } from '../../hadronic/types.js';
import { param, resolveMass, type ParameterSet } from '../../params/parameter-set.js';

export interface MediatorMode {
  /** label used in observable names: 'B+->K', 'B0->K*', 'Bs->phi' … */
  readonly label: string;
  readonly B: 'B+' | 'B0' | 'Bs';
  readonly M: string;
  readonly transition: Transition;
  readonly kind: 'P' | 'V';
  readonly tex: string;
}

export const MEDIATOR_MODES: readonly MediatorMode[] = Object.freeze([
  { label: 'B+->K', B: 'B+', M: 'K+', transition: 'B->K', kind: 'P', tex: 'B^+\\to K^+' },
  { label: 'B0->K', B: 'B0', M: 'K0', transition: 'B->K', kind: 'P', tex: 'B^0\\to K^0' },
  { label: 'B+->K*', B: 'B+', M: 'K*+', transition: 'B->K*', kind: 'V', tex: 'B^+\\to K^{*+}' },
  { label: 'B0->K*', B: 'B0', M: 'K*0', transition: 'B->K*', kind: 'V', tex: 'B^0\\to K^{*0}' },
  { label: 'Bs->phi', B: 'Bs', M: 'phi', transition: 'Bs->phi', kind: 'V', tex: 'B_s\\to\\phi' },
] satisfies MediatorMode[]);

export function findMediatorMode(label: string): MediatorMode {
  const m = MEDIATOR_MODES.find((x) => x.label === label);
  if (!m) throw new EmissError(`unknown mode '${label}' (known: ${MEDIATOR_MODES.map((x) => x.label).join(', ')})`);
  return m;
}

export function modeMasses(mode: MediatorMode, ps: ParameterSet): { mB: number; mM: number; tauB: number } {
  return { mB: param(ps, `m_${mode.B}`), mM: param(ps, `m_${mode.M}`), tauB: param(ps, `tau_${mode.B}`) };
}

/** Form factors of the mode's transition at q² (P_FF_NAMES or V_FF_NAMES order) into `out`. */
export function formFactorsAt(mode: MediatorMode, ps: ParameterSet, q2: number, out = new Float64Array(7)): Float64Array {
  const c = ps.ff[mode.transition];
  if (!c) throw new EmissError(`no form factors for ${mode.transition} in preset '${ps.preset}'`);
  return c.set.evaluate(q2, c.coeffs, resolveMass(ps, c.set.zMasses.mB), resolveMass(ps, c.set.zMasses.mM), out);
}

/**
 * A2 from A1 and A12 (BSZ 2015 definition, see src/hadronic/types.ts):
 * A12 = [(m_B+m_V)²(m_B²−m_V²−q²)A1 − λ A2] / (16 m_B m_V² (m_B+m_V)).
 */
export function a2FromA12(mB: number, mV: number, q2: number, A1: number, A12: number): number {
  const lam = mB ** 4 + mV ** 4 + q2 * q2 - 2 * (mB * mB * mV * mV + mV * mV * q2 + q2 * mB * mB);
  if (!(lam > 0)) throw new EmissError(`A2 is undefined at the kinematic endpoint q² = ${q2}`);
  return ((mB + mV) ** 2 * (mB * mB - mV * mV - q2) * A1 - 16 * mB * mV * mV * (mB + mV) * A12) / lam;
}

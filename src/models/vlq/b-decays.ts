/**
 * B decays of the VLQ scalar-DM model (paper 001: He, Ma, Schmidt, Valencia, Volkas) from the LEFT couplings
 * L = ½ C^{S,ij}(d̄_i d_j)φ² + ½ C^{P,ij}(d̄_i iγ5 d_j)φ² + h.c.-consistent (src/models/vlq/matching.ts), real φ:
 *
 * - B → P φφ (P = K, π) through the scalar current only (⟨P|q̄γ5b|B⟩ = 0): emiss's dark-pair machinery with
 *   CS_bsphi = C^{S,sb}/2 (CS_bdphi = C^{S,db}/2) and phi_real = 1 (src/processes/dark-pairs/: dΓ/dq² =
 *   2 · √λβ/(256π³m_B³) |C_S|² Sc², Sc = (m_B² − m_P²) f0/(m_b − m_q) at μ = m_b(m_b); the 2 is the real-field factor).
 * - B → K* φφ through the pseudoscalar current only (⟨V|q̄b|B⟩ = 0). With
 *   q_μ⟨V(k,η)|q̄γ^μγ5 b|B(p)⟩ = 2i m_V (η*·q) A0(q²) and the axial Ward identity
 *   ⟨V|q̄ iγ5 b|B⟩ = 2 m_V (η*·q) A0/(m_b + m_q) (up to a phase), Σ_η |η*·q|² = λ/(4m_V²):
 *     dΓ/dq² = 2 · √λβ/(256π³ m_B³) |C^{P,qb}/2|² λ A0²(q²)/(m_b + m_q)²,   λ = λ(m_B², m_V², q²).
 *   Same phase-space normalisation, μ = m_b(m_b) masses (m_q run to m_b) and form factors as the dark-pair code.
 * - B_s → φφ (paper 001): with ⟨0|b̄ iγ5 s|B_s⟩ = f_Bs m_Bs²/(m_b + m_s) (up to a phase), the amplitude is
 *   ½ C^P · 2 · f m²/(m_b + m_s) and, with 1/2 for identical particles,
 *     BR(B_s → φφ) = |C^{P,sb}|² τ_Bs m_Bs f_Bs² (m_Bs/(m_b + m_s))² √(1 − 4m_φ²/m_Bs²)/(32π),
 *   the formula printed in paper 001 (the square root is garbled there).
 */
import { EmissError } from '../../core/errors.js';
import { abs2, type Complex } from '../../core/complex.js';
import { lifetimeInvGeV } from '../../core/units.js';
import { IA0 } from '../../hadronic/types.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';
import { quarkMassDifferences } from '../../params/quark-masses.js';
import { findDarkMode } from '../../processes/dark-pairs/modes.js';
import { darkBR, integrateDark, pairThreshold, prepareDarkMode, thresholdRule } from '../../processes/dark-pairs/kernel.js';
import { findMediatorMode, formFactorsAt, modeMasses } from '../../processes/mediators/meson-modes.js';
import { entry, type VlqLeft } from './matching.js';

/** BR(B → P φφ) for P modes of the dark-pair machinery ('B+->K', 'B0->K', 'B+->pi', …) with CS = C^S/2, real φ. */
export function vlqBToPseudoscalarBR(modeLabel: string, ps: ParameterSet, left: VlqLeft, mphi: number): number {
  const mode = findDarkMode(modeLabel);
  if (!mode || mode.kind !== 'P' || mode.sector === 'sd') throw new EmissError(`'${modeLabel}' is not a B → pseudoscalar dark-pair mode`);
  const ctx = prepareDarkMode(mode, ps);
  if (mphi >= pairThreshold(ctx)) return 0;
  const C = entry(left.CS, mode.sector === 'bs' ? 's' : 'd', 'b');
  const c = new Float64Array(4);
  c[0] = C.re / 2;
  c[1] = C.im / 2;
  const B = integrateDark(ctx, mphi, ['scalar'])['scalar']!;
  return darkBR(ctx, 'scalar', B, c, true);
}

/** dBR/dq² (B → V φφ) per |C_P|² (C_P the coefficient of (q̄ iγ5 b)φ², here C^P/2), complex-field normalisation. */
function pseudoscalarVectorDensity(mB: number, mV: number, A0: number, q2: number, m: number, mSum: number): number {
  const lam = Math.max(0, mB ** 4 + mV ** 4 + q2 * q2 - 2 * (mB * mB * mV * mV + mB * mB * q2 + mV * mV * q2));
  const b2 = 1 - (4 * m * m) / q2;
  if (!(b2 > 0) || !(lam > 0)) return 0;
  return ((Math.sqrt(lam) * Math.sqrt(b2)) / (256 * Math.PI ** 3 * mB ** 3)) * ((lam * A0 * A0) / (mSum * mSum));
}

/** BR(B → K* φφ) through C^{P,sb} (see header). Modes: 'B+->K*', 'B0->K*'. */
export function vlqBToVectorBR(modeLabel: 'B+->K*' | 'B0->K*', ps: ParameterSet, left: VlqLeft, mphi: number): number {
  const mode = findMediatorMode(modeLabel);
  const { mB, mM, tauB } = modeMasses(mode, ps);
  const q2max = (mB - mM) ** 2;
  if (!(4 * mphi * mphi < q2max)) return 0;
  const qm = quarkMassDifferences(ps);
  const mSum = qm.muB + qm.ms_muB; // m_b(μ_b) + m_s(μ_b)
  const CP: Complex = entry(left.CP, 's', 'b');
  const cEff2 = abs2(CP) / 4;
  const rule = thresholdRule(4 * mphi * mphi, q2max, mphi);
  const ff = new Float64Array(7);
  let sum = 0;
  for (let i = 0; i < rule.x.length; i++) {
    formFactorsAt(mode, ps, rule.x[i], ff);
    sum += rule.w[i] * pseudoscalarVectorDensity(mB, mM, ff[IA0], rule.x[i], mphi, mSum);
  }
  return 2 * cEff2 * sum * lifetimeInvGeV(tauB);
}

/** BR(B_s → φφ) (paper 001). */
export function vlqBsToPhiPhiBR(ps: ParameterSet, left: VlqLeft, mphi: number): number {
  const m = param(ps, 'm_Bs');
  if (!(2 * mphi < m)) return 0;
  const f = param(ps, 'f_Bs');
  const qm = quarkMassDifferences(ps);
  const mSum = qm.muB + qm.ms_muB;
  const beta = Math.sqrt(1 - (4 * mphi * mphi) / (m * m));
  return (abs2(entry(left.CP, 's', 'b')) * lifetimeInvGeV(param(ps, 'tau_Bs')) * m * f * f * (m / mSum) ** 2 * beta) / (32 * Math.PI);
}

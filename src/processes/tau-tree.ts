/**
 * Tree-level B+ → τ+ ν, τ+ → K+ ν̄: the long-distance background to B+ → K+ ν ν̄ (Kamenik & Smith,
 * PLB 680 (2009) 471, arXiv:0908.1174). In the narrow-width approximation
 *   BR = BR(B+→τ+ν) · BR(τ+→K+ν̄)
 *      = τ_B τ_τ G_F⁴ |V_ub V_us|² f_B² f_K² m_τ (m_B² − m_τ²)² (m_τ² − m_K²)² / (128 π² m_B³).
 * It is a separate observable and never added to BR(B+->Knunu) silently: flavio and papers 000, 003
 * quote the short-distance rate only; Belle II's SM reference 5.58e-6 (arXiv:2311.14647 eq. 1) includes it.
 */
import { lifetimeInvGeV } from '../core/units.js';
import { ckm, param, type ParameterSet } from '../params/parameter-set.js';

export function tauTreeBR(ps: ParameterSet): number {
  const c = ckm(ps);
  const GF = param(ps, 'GF');
  const mB = param(ps, 'm_B+');
  const mT = param(ps, 'm_tau');
  const mK = param(ps, 'm_K+');
  const fB = param(ps, 'f_B+');
  const fK = param(ps, 'f_K+');
  const tB = lifetimeInvGeV(param(ps, 'tau_B+'));
  const tT = lifetimeInvGeV(param(ps, 'tau_tau'));
  return (
    (tB * tT * GF ** 4 * (c.Vub * c.Vus) ** 2 * fB ** 2 * fK ** 2 * mT * (mB * mB - mT * mT) ** 2 * (mT * mT - mK * mK) ** 2) /
    (128 * Math.PI ** 2 * mB ** 3)
  );
}

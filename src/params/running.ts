/**
 * One-loop QED running of α_e with a fixed number of active fermions (flavio running.run_alpha_e):
 * α(μ) = α(μ0) / [1 + α(μ0) β0 ln(μ/μ0)/(2π)], β0 = −(4/3) Σ Q_f² N_c,f.
 * Between m_b and M_Z: 2 up-type, 3 down-type quarks and 3 charged leptons.
 */
export function runAlphaE(alphaIn: number, scaleIn: number, scaleOut: number, nU = 2, nD = 3, nE = 3): number {
  if (scaleIn === scaleOut) return alphaIn;
  const beta0 = (-4 / 3) * ((4 * nU) / 3 + nD / 3 + nE);
  return alphaIn / (1 + (alphaIn * beta0 * Math.log(scaleOut / scaleIn)) / (2 * Math.PI));
}

/** M_Z as fixed in flavio's running (the scale of the α_e(M_Z) input). */
export const MZ_RUNNING = 91.1876;
/** Renormalisation scale of b → s νν̄ Wilson coefficients (flavio config 'bpll'/'bvll'). */
export const MU_B = 4.8;

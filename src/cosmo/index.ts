/**
 * Thermal cosmology for dark-matter relics (paper 002 §II.B–C, §III.B–C): constants and units, the Standard-Model
 * thermal history g_*(T), g_*s(T), H(T), s(T) (eq. 26), equilibrium yields (eq. 29), thermal averages ⟨Γ⟩ and
 * ⟨σv⟩ (eqs. 24–25), relic density from a yield (eq. 30), the freeze-out solver (setting of eqs. 47–48) and the
 * generic coupled Boltzmann network (eqs. 27–28). Each module's header states its equations and conventions.
 */
export * from './constants.js';
export { SAIKAWA_SHIRAI_SOURCE, SAIKAWA_SHIRAI_TABLE } from './dof-saikawa-shirai.js';
export * from './thermal-history.js';
export * from './equilibrium.js';
export * from './thermal-average.js';
export * from './relic-density.js';
export * from './freeze-out.js';
export * from './boltzmann-network.js';

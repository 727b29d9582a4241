/**
 * ALP production by b quarks in the early universe (paper 002 §II.B, eqs. 21–23): the decay b → s a and the
 * 2 → 2 scatterings b g → b a, b b̄ → a g and their photon analogues, as functions of √s (natural units: GeV,
 * cross sections in GeV⁻²). Pure functions; the thermal averages and the Boltzmann network are in
 * src/models/cosmo/alp-freeze-in.ts.
 *
 * Couplings (paper 002 eqs. 3, 7; metric (+,−,−,−), γ5 = iγ⁰γ¹γ²γ³):
 *   L = (∂_μ a/2f_a) f̄_i γ^μ (C^V_ij + C^A_ij γ5) f_j.
 * For on-shell external fermions the flavour-diagonal axial coupling is equivalent to the pseudoscalar Yukawa
 *   L = −i g_a a b̄ γ5 b,   g_a = C^A_bb m_b / f_a
 * (integration by parts and the Dirac equation; the anomaly term a G G̃ this generates is the loop-level piece
 * already counted in C_G^eff and irrelevant for these tree-level rates).
 *
 * b → s a (eq. 21), m_s = 0, x_a = m_a²/m_b²:
 *   Γ = m_b³ (|C^V_sb|² + |C^A_sb|²) (1 − x_a)² / (64π f_a²).
 * The amplitude is (1/2f_a) ū_s p̸_a (C^V + C^Aγ5) u_b = (m_b/2f_a) ū_s (C^V − C^Aγ5) u_b, Σ|M|² =
 * (m_b²/4f_a²)·4 p_s·p_b (|C^V|² + |C^A|²), p_s·p_b = (m_b² − m_a²)/2; with |p_a| = (m_b² − m_a²)/2m_b this
 * gives (1 − x_a)². Paper 002 eq. (21) prints (1 − x_a)³ — the same as the lepton-flavour-violating
 * ℓ_i → ℓ_j a width of Bauer et al. JHEP 09 (2022) 056 has (1 − x_a)²; the test derives it with explicit spinor
 * traces. `printedExponent` reproduces eq. (21) literally. (The rate only sets how early the ALP thermalises;
 * the relic density does not depend on it once the ALP is in equilibrium.)
 *
 * b b̄ → a g (eq. 22) and b g → b a (eq. 23), x_a = m_a²/s, x_b = m_b²/s, λ_ba = λ(1, x_a, x_b):
 *   σ(b b̄ → a g) = (4α_s/9)(|C^A_bb|²/f_a²) x_b/((1 − 4x_b)(1 − x_a))
 *                   × [(1 + x_a² − 4x_a x_b) artanh√(1 − 4x_b) − x_a √(1 − 4x_b)],
 *   σ(b g → b a)  = (α_s/48)(|C^A_bb|²/f_a²) x_b/(1 − x_b)³ [λ_ba^{1/2}(7x_a + 2x_a x_b − x_a x_b² − (3 − x_b)(1 − x_b)²)
 *                   + 4(λ_ba + x_a²) arcoth((1 + x_b − x_a)/λ_ba^{1/2})];
 * spins and colours averaged (colour factors Σ|T^a|²/9 = 4/9 and /24 = 1/6). Photon analogues: 4α_s/9 → Q_b²α/3
 * and α_s/6 → Q_b²α (i.e. α_s/48 → Q_b²α/8), Q_b = −1/3. Both printed formulas are confirmed exactly by the
 * test's explicit Dirac-trace computation (t- and u-channel b exchange, s- and u-channel for b g → b a).
 *
 * Each cross section is σ for one definite initial state (b g, b b̄): the b̄ g → b̄ a rate is equal and is added by
 * the caller through the degrees of freedom of the b bath (src/models/cosmo/alp-freeze-in.ts).
 */
import { EmissError } from '../../core/errors.js';

/** Q_b, the b-quark electric charge. */
export const B_QUARK_CHARGE = -1 / 3;

function checkMasses(mb: number, ma: number): void {
  if (!(mb > 0) || !Number.isFinite(mb)) throw new EmissError(`b-quark mass must be positive (got ${mb})`);
  if (!(ma >= 0) || !Number.isFinite(ma)) throw new EmissError(`ALP mass must be ≥ 0 (got ${ma})`);
}

/**
 * Γ(b → s a) [GeV] per unit (|C^V_sb|² + |C^A_sb|²)/f_a² [GeV⁻²], i.e. m_b³(1 − x_a)^n/(64π), n = 2 (derived) or
 * 3 (as printed in eq. 21). Zero above threshold.
 */
export function bToSAlpWidthUnit(mb: number, ma: number, printedExponent = false): number {
  checkMasses(mb, ma);
  if (ma >= mb) return 0;
  const r = 1 - (ma * ma) / (mb * mb);
  return (mb ** 3 * r ** (printedExponent ? 3 : 2)) / (64 * Math.PI);
}

/** Γ(b → s a) [GeV] of eq. (21) (derived exponent unless `printedExponent`). */
export function bToSAlpWidth(mb: number, ma: number, CVsb: number, CAsb: number, fa: number, printedExponent = false): number {
  if (!(fa > 0)) throw new EmissError(`f_a must be positive (got ${fa})`);
  return (bToSAlpWidthUnit(mb, ma, printedExponent) * (CVsb * CVsb + CAsb * CAsb)) / (fa * fa);
}

/**
 * The bracket of eq. (22) without the coupling prefactor: x_b/((1 − 4x_b)(1 − x_a)) [(1 + x_a² − 4x_a x_b)
 * artanh√(1 − 4x_b) − x_a√(1 − 4x_b)]. Zero below threshold (s ≤ 4m_b² or s ≤ m_a²).
 */
export function bbToAlpShape(s: number, mb: number, ma: number): number {
  checkMasses(mb, ma);
  if (!(s > 4 * mb * mb) || !(s > ma * ma)) return 0;
  const xa = (ma * ma) / s;
  const xb = (mb * mb) / s;
  const w = 1 - 4 * xb;
  const r = Math.sqrt(w);
  // artanh(r) = ½ ln((1 + r)/(1 − r)) = ½ ln((1 + r)²/(4x_b)), accurate for r → 1
  const at = 0.5 * Math.log(((1 + r) * (1 + r)) / (4 * xb));
  return (xb / (w * (1 - xa))) * ((1 + xa * xa - 4 * xa * xb) * at - xa * r);
}

/**
 * The bracket of eq. (23) without the coupling prefactor: x_b/(1 − x_b)³ [λ^{1/2}(7x_a + 2x_a x_b − x_a x_b² −
 * (3 − x_b)(1 − x_b)²) + 4(λ + x_a²) arcoth((1 + x_b − x_a)/λ^{1/2})]. Zero below threshold (√s ≤ m_b + m_a).
 */
export function bgToBAlpShape(s: number, mb: number, ma: number): number {
  checkMasses(mb, ma);
  if (!(Math.sqrt(s) > mb + ma)) return 0;
  const xa = (ma * ma) / s;
  const xb = (mb * mb) / s;
  // λ(1, x_a, x_b) as a product of its factors (no cancellation at threshold)
  const sa = Math.sqrt(xa);
  const sb = Math.sqrt(xb);
  const lam = (1 - (sa + sb) ** 2) * (1 - (sa - sb) ** 2);
  if (!(lam > 0)) return 0;
  const sl = Math.sqrt(lam);
  // arcoth z = ½ ln((z + 1)/(z − 1)), z > 1
  const acoth = 0.5 * Math.log((1 + xb - xa + sl) / (1 + xb - xa - sl));
  const om = 1 - xb;
  return (xb / om ** 3) * (sl * (7 * xa + 2 * xa * xb - xa * xb * xb - (3 - xb) * om * om) + 4 * (lam + xa * xa) * acoth);
}

/** σ(b b̄ → a g) [GeV⁻²] (eq. 22) for α_s and g_a-equivalent coupling |C^A_bb|/f_a [GeV⁻¹]. */
export function sigmaBBbarToAlpGluon(s: number, mb: number, ma: number, alphaS: number, CbbOverFa: number): number {
  return ((4 * alphaS) / 9) * CbbOverFa * CbbOverFa * bbToAlpShape(s, mb, ma);
}

/** σ(b b̄ → a γ) [GeV⁻²]: eq. (22) with 4α_s/9 → Q_b² α/3. */
export function sigmaBBbarToAlpPhoton(s: number, mb: number, ma: number, alpha: number, CbbOverFa: number): number {
  return ((B_QUARK_CHARGE ** 2 * alpha) / 3) * CbbOverFa * CbbOverFa * bbToAlpShape(s, mb, ma);
}

/** σ(b g → b a) [GeV⁻²] (eq. 23). */
export function sigmaBGluonToBAlp(s: number, mb: number, ma: number, alphaS: number, CbbOverFa: number): number {
  return (alphaS / 48) * CbbOverFa * CbbOverFa * bgToBAlpShape(s, mb, ma);
}

/** σ(b γ → b a) [GeV⁻²]: eq. (23) with α_s/6 → Q_b² α. */
export function sigmaBPhotonToBAlp(s: number, mb: number, ma: number, alpha: number, CbbOverFa: number): number {
  return ((B_QUARK_CHARGE ** 2 * alpha) / 8) * CbbOverFa * CbbOverFa * bgToBAlpShape(s, mb, ma);
}

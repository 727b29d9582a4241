/**
 * Likelihoods for a result quoted as x₀ +σ₊ −σ₋. Which function continues the two half-widths is a choice; emiss
 * offers three and says which one a likelihood uses:
 *
 *   variable-width     (default) R. Barlow, "Asymmetric errors", PHYSTAT 2003, arXiv:physics/0401042, §3.3
 *                      ("linear σ"): −2 ln L = ((x − x₀)/σ(x))², σ(x) = σ₁ + σ′ (x − x₀),
 *                      σ₁ = 2σ₊σ₋/(σ₊ + σ₋), σ′ = (σ₊ − σ₋)/(σ₊ + σ₋). Passes through 1 at x₀ + σ₊ and x₀ − σ₋,
 *                      smooth at x₀. Where σ(x) ≤ 0 (far on the narrow side) the likelihood is taken as 0.
 *   variable-variance  Barlow's "linear variance": −2 ln L = (x − x₀)²/V(x), V(x) = σ₊σ₋ + (σ₊ − σ₋)(x − x₀).
 *   dimidiated         two half-Gaussians glued at x₀ with a continuous PDF: flavio's AsymmetricNormalDistribution
 *                      (flavio/statistics/probability.py); −2ΔlnL = ((x − x₀)/σ±)² on either side.
 * All three give −2ΔlnL = 1 at x₀ + σ₊ and at x₀ − σ₋, and differ beyond.
 */
import { EmissError } from '../../core/errors.js';

export const ASYMMETRIC_VARIANTS = ['variable-width', 'variable-variance', 'dimidiated'] as const;
export type AsymmetricVariant = (typeof ASYMMETRIC_VARIANTS)[number];

/** −2 ln [L(x)/L(x₀)] of an asymmetric result. */
export function asymmetricChi2(x: number, x0: number, up: number, down: number, variant: AsymmetricVariant = 'variable-width'): number {
  if (!(up > 0 && down > 0)) throw new EmissError(`asymmetric errors must be positive (got +${up} −${down})`);
  const d = x - x0;
  switch (variant) {
    case 'dimidiated': {
      const s = d >= 0 ? up : down;
      return (d / s) ** 2;
    }
    case 'variable-width': {
      const s1 = (2 * up * down) / (up + down);
      const sp = (up - down) / (up + down);
      const s = s1 + sp * d;
      return s > 0 ? (d / s) ** 2 : Infinity;
    }
    case 'variable-variance': {
      const v = up * down + (up - down) * d;
      return v > 0 ? (d * d) / v : Infinity;
    }
    default:
      throw new EmissError(`unknown asymmetric-likelihood variant '${variant as string}' (known: ${ASYMMETRIC_VARIANTS.join(', ')})`);
  }
}

/** flavio's normalised log-density of the dimidiated Gaussian (for comparison with flavio's logpdf). */
export function dimidiatedLogpdf(x: number, x0: number, up: number, down: number): number {
  // flavio: r = 2 p_right/(p_left + p_right) on the left, with p = 1/(σ√2π) the peak heights; equivalently the
  // density is 2/(√(2π)(σ₊ + σ₋)) exp(−d²/2σ±²)
  const s = x >= x0 ? up : down;
  return Math.log(2 / (Math.sqrt(2 * Math.PI) * (up + down))) - 0.5 * ((x - x0) / s) ** 2;
}

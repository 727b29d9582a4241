/**
 * Gauss–Legendre nodes and weights on [−1, 1], computed by Newton iteration on P_n
 * (accurate to ~1e-15 for n ≤ 500). Results are memoised per n in a frozen table: the memo is a pure
 * function cache (same n, same answer), not shared mutable state.
 */
export interface QuadratureRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

const memo = new Map<number, QuadratureRule>();

export function gaussLegendre(n: number): QuadratureRule {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Gauss–Legendre order must be a positive integer, got ${n}`);
  const hit = memo.get(n);
  if (hit) return hit;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const m = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      const pn = n === 1 ? x : p1;
      const pnm1 = n === 1 ? 1 : p0;
      dp = (n * (x * pn - pnm1)) / (x * x - 1);
      const dx = pn / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    // recompute derivative at converged x
    let p0 = 1;
    let p1 = x;
    for (let k = 2; k <= n; k++) {
      const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
      p0 = p1;
      p1 = p2;
    }
    const pn = n === 1 ? x : p1;
    const pnm1 = n === 1 ? 1 : p0;
    dp = (n * (x * pn - pnm1)) / (x * x - 1);
    const w = 2 / ((1 - x * x) * dp * dp);
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = w;
    weights[n - 1 - i] = w;
  }
  if (n % 2 === 1) nodes[(n - 1) >> 1] = 0;
  const rule = Object.freeze({ nodes, weights });
  memo.set(n, rule);
  return rule;
}

/** Nodes and weights of an n-point Gauss–Legendre rule mapped to [a, b]. */
export function gaussLegendreOn(a: number, b: number, n: number): QuadratureRule {
  const { nodes, weights } = gaussLegendre(n);
  const h = 0.5 * (b - a);
  const c = 0.5 * (b + a);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = c + h * nodes[i];
    w[i] = h * weights[i];
  }
  return { nodes: x, weights: w };
}

/**
 * Rule on [a, b] for integrands with square-root (or half-integer power) behaviour at both ends, as in every
 * phase-space integral (λ^{3/2} at q²_max, β = √(1−4m²/q²) at threshold).
 * Substitution q = a + (b−a) sin²(θ/2), θ ∈ [0, π]: (q−a)^{1/2} and (b−q)^{1/2} become sin(θ/2), cos(θ/2),
 * so half-integer powers turn analytic and Gauss–Legendre converges exponentially.
 */
export function endpointRuleOn(a: number, b: number, n: number): QuadratureRule {
  const { nodes, weights } = gaussLegendre(n);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const L = b - a;
  for (let i = 0; i < n; i++) {
    const theta = 0.5 * Math.PI * (nodes[i] + 1);
    const s = Math.sin(0.5 * theta);
    const c = Math.cos(0.5 * theta);
    x[i] = a + L * s * s;
    // dq/dθ = L sin(θ/2) cos(θ/2); dθ = (π/2) dnode
    w[i] = weights[i] * 0.5 * Math.PI * L * s * c;
  }
  return { nodes: x, weights: w };
}

/** Σ w_i f(x_i) for a prepared rule. */
export function applyRule(rule: QuadratureRule, f: (x: number) => number): number {
  let s = 0;
  const { nodes, weights } = rule;
  for (let i = 0; i < nodes.length; i++) s += weights[i] * f(nodes[i]);
  return s;
}

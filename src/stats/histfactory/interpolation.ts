import { EmissError } from '../../core/errors.js';

/**
 * HistFactory interpolation codes as pyhf implements them (`src/pyhf/interpolators/code{0,1,2,4,4p}.py`;
 * definitions from CERN-OPEN-2012-016). α is the nuisance parameter, "up"/"down" the ±1σ variations.
 *
 * Additive codes (histosys; pyhf allows code0, code2, code4p) give a shift Δ(α) of the sample's yield per bin.
 * With δ⁺ = up − nom, δ⁻ = nom − down, S = (δ⁺ + δ⁻)/2 and A = (δ⁺ − δ⁻)/16 every additive code is linear in
 * (S, A):  Δ(α) = c₁(α) S + c₂(α) A, so the α-dependence is evaluated once per parameter:
 *   code0  (piecewise linear):  Δ = α δ⁺ (α > 0), α δ⁻ (α ≤ 0)
 *   code2  (quadratic inside, linear outside, as pyhf codes it):
 *          a = (up + down)/2 − nom = 8A, b = (up − down)/2 = S;
 *          Δ = (b + 2a)(α − 1) (α > 1), a α² + b α (|α| ≤ 1), (b − 2a)(α + 1) (α < −1).
 *          NB: pyhf omits the "+ δ⁺" / "− δ⁻" offsets ROOT's PiecewiseInterpolation adds outside |α| ≤ 1 (and uses
 *          the opposite sign below −1), so pyhf's code2 is discontinuous at |α| = 1. We reproduce pyhf.
 *   code4p (6th-order polynomial inside, linear outside):
 *          Δ = α δ⁺ (α > 1), α δ⁻ (α < −1), α (S + α A (15 + α² (−10 + 3 α²))) (|α| ≤ 1).
 *
 * Multiplicative codes (normsys; pyhf allows code1, code4) give a factor f(α) with hi = up/nom, lo = down/nom:
 *   code1 (exponential):  f = hi^α (α > 0), lo^(−α) (α ≤ 0)
 *   code4 (6th-order polynomial for |α| < α₀ = 1, exponential outside):
 *          f = hi^α (α ≥ 1), lo^(−α) (α ≤ −1), 1 + Σ_{i=1}^{6} a_i α^i otherwise, with a = A⁻¹ b fixed by matching
 *          value, first and second derivative at α = ±1 (pyhf's matrix A⁻¹ at α₀ = 1, which is what pyhf uses).
 */

export type AdditiveCode = 'code0' | 'code2' | 'code4p';
export type MultiplicativeCode = 'code1' | 'code4';
export type InterpCode = AdditiveCode | MultiplicativeCode;

export const ADDITIVE_CODES: readonly AdditiveCode[] = ['code0', 'code2', 'code4p'];
export const MULTIPLICATIVE_CODES: readonly MultiplicativeCode[] = ['code1', 'code4'];

/** Parses '0', 0, 'code0', '4p', … into pyhf's code name. */
export function parseInterpCode(x: string | number): InterpCode {
  const s = String(x).trim().replace(/^code/, '');
  const name = `code${s}`;
  if ((['code0', 'code1', 'code2', 'code4', 'code4p'] as string[]).includes(name)) return name as InterpCode;
  throw new EmissError(`unknown interpolation code '${x}' (pyhf has code0, code1, code2, code4, code4p)`);
}

/**
 * Writes [c₁, c₂, dc₁/dα, dc₂/dα] of an additive code at α into out[0..3].
 */
export function additiveCoefficients(code: AdditiveCode, alpha: number, out: Float64Array): void {
  const a = alpha;
  switch (code) {
    case 'code0':
      if (a > 0) {
        out[0] = a;
        out[1] = 8 * a;
        out[2] = 1;
        out[3] = 8;
      } else {
        out[0] = a;
        out[1] = -8 * a;
        out[2] = 1;
        out[3] = -8;
      }
      return;
    case 'code2':
      if (a > 1) {
        out[0] = a - 1;
        out[1] = 16 * (a - 1);
        out[2] = 1;
        out[3] = 16;
      } else if (a >= -1) {
        out[0] = a;
        out[1] = 8 * a * a;
        out[2] = 1;
        out[3] = 16 * a;
      } else {
        out[0] = a + 1;
        out[1] = -16 * (a + 1);
        out[2] = 1;
        out[3] = -16;
      }
      return;
    case 'code4p':
      if (a > 1) {
        out[0] = a;
        out[1] = 8 * a;
        out[2] = 1;
        out[3] = 8;
      } else if (a < -1) {
        out[0] = a;
        out[1] = -8 * a;
        out[2] = 1;
        out[3] = -8;
      } else {
        const a2 = a * a;
        out[0] = a;
        out[1] = a2 * (15 + a2 * (-10 + 3 * a2));
        out[2] = 1;
        out[3] = a * (30 + a2 * (-40 + 18 * a2));
      }
      return;
  }
}

/** S = (δ⁺ + δ⁻)/2 and A = (δ⁺ − δ⁻)/16 of one bin (see the file comment). */
export function additiveBinTerms(down: number, nom: number, up: number): [number, number] {
  const du = up - nom;
  const dd = nom - down;
  return [0.5 * (du + dd), 0.0625 * (du - dd)];
}

/** Δ(α) of one bin for an additive code (reference implementation; the model uses the split form). */
export function additiveShift(code: AdditiveCode, alpha: number, down: number, nom: number, up: number): number {
  const c = new Float64Array(4);
  additiveCoefficients(code, alpha, c);
  const [S, A] = additiveBinTerms(down, nom, up);
  return c[0] * S + c[1] * A;
}

/**
 * Precomputed data of one multiplicative (normsys) term: lo, hi, their logarithms and, for code4, the six
 * polynomial coefficients.
 */
export interface MultiplicativeTerm {
  readonly code: MultiplicativeCode;
  readonly lo: number;
  readonly hi: number;
  readonly logLo: number;
  readonly logHi: number;
  /** a₁ … a₆ (code4 only) */
  readonly poly: Float64Array;
}

// pyhf's A⁻¹ at α₀ = 1 (interpolators/code4.py)
const A_INV: readonly (readonly number[])[] = [
  [15 / 16, -15 / 16, -7 / 16, -7 / 16, 1 / 16, -1 / 16],
  [3 / 2, 3 / 2, -9 / 16, 9 / 16, 1 / 16, 1 / 16],
  [-5 / 8, 5 / 8, 5 / 8, 5 / 8, -1 / 8, 1 / 8],
  [-3 / 2, -3 / 2, 7 / 8, -7 / 8, -1 / 8, -1 / 8],
  [3 / 16, -3 / 16, -3 / 16, -3 / 16, 1 / 16, -1 / 16],
  [1 / 2, 1 / 2, -5 / 16, 5 / 16, 1 / 16, 1 / 16],
];

/** Prepares a multiplicative term; lo and hi are the down/up factors relative to nominal. */
export function multiplicativeTerm(code: MultiplicativeCode, lo: number, hi: number, what: string): MultiplicativeTerm {
  if (code === 'code4' ? !(lo > 0 && hi > 0) : !(lo >= 0 && hi >= 0)) {
    throw new EmissError(
      `${what}: normsys factors must be ${code === 'code4' ? 'positive' : 'non-negative'} for ${code} (lo = ${lo}, hi = ${hi})`,
    );
  }
  const logLo = Math.log(lo);
  const logHi = Math.log(hi);
  const poly = new Float64Array(6);
  if (code === 'code4') {
    const b = [hi - 1, lo - 1, logHi * hi, -logLo * lo, logHi * logHi * hi, logLo * logLo * lo];
    for (let r = 0; r < 6; r++) {
      let s = 0;
      for (let c = 0; c < 6; c++) s += A_INV[r][c] * b[c];
      poly[r] = s;
    }
  }
  return { code, lo, hi, logLo, logHi, poly };
}

/**
 * Factor f(α) and df/dα of a multiplicative term, written to out[0], out[1].
 */
export function multiplicativeFactor(t: MultiplicativeTerm, alpha: number, out: Float64Array): void {
  const a = alpha;
  if (t.code === 'code1') {
    if (a > 0) {
      const f = Math.pow(t.hi, a);
      out[0] = f;
      out[1] = f * t.logHi;
    } else {
      const f = Math.pow(t.lo, -a);
      out[0] = f;
      out[1] = f === 0 ? 0 : -f * t.logLo;
    }
    return;
  }
  if (a >= 1) {
    const f = Math.pow(t.hi, a);
    out[0] = f;
    out[1] = f * t.logHi;
  } else if (a > -1) {
    const p = t.poly;
    out[0] = 1 + a * (p[0] + a * (p[1] + a * (p[2] + a * (p[3] + a * (p[4] + a * p[5])))));
    out[1] = p[0] + a * (2 * p[1] + a * (3 * p[2] + a * (4 * p[3] + a * (5 * p[4] + a * 6 * p[5]))));
  } else {
    const f = Math.pow(t.lo, -a);
    out[0] = f;
    out[1] = -f * t.logLo;
  }
}

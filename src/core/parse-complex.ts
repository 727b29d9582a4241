import { EmissError } from './errors.js';
import type { Complex } from './complex.js';

const NUM = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const RE_ONLY = new RegExp(`^(${NUM})$`);
const IM_ONLY = new RegExp(`^(${NUM}|[+-]?)[ij]$`);
const BOTH = new RegExp(`^(${NUM})([+-](?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-])[ij]$`);

/**
 * Parses `2.5`, `-1e-3`, `1.2+0.4i`, `1.2-0.4j`, `3i`, `-i`, `(1,2)`. Whitespace is ignored.
 * Throws EmissError with `what` in the message on anything else (never returns NaN).
 */
export function parseComplex(text: string, what = 'value'): Complex {
  const s = text.replace(/\s+/g, '');
  let m = RE_ONLY.exec(s);
  if (m) return { re: Number(m[1]), im: 0 };
  m = IM_ONLY.exec(s);
  if (m) {
    const t = m[1];
    return { re: 0, im: t === '' || t === '+' ? 1 : t === '-' ? -1 : Number(t) };
  }
  m = BOTH.exec(s);
  if (m) {
    const t = m[2];
    return { re: Number(m[1]), im: t === '+' ? 1 : t === '-' ? -1 : Number(t) };
  }
  const pair = /^\(([^,]+),([^,]+)\)$/.exec(s);
  if (pair && RE_ONLY.test(pair[1]) && RE_ONLY.test(pair[2])) return { re: Number(pair[1]), im: Number(pair[2]) };
  throw new EmissError(`cannot read ${what} '${text}': expected a real or complex number like 2.5, -1e-3, 1.2+0.4i`);
}

/** Parses a real number strictly (no trailing garbage, finite). */
export function parseReal(text: string, what = 'value'): number {
  const s = text.trim();
  if (!RE_ONLY.test(s)) throw new EmissError(`cannot read ${what} '${text}': expected a number`);
  const x = Number(s);
  if (!Number.isFinite(x)) throw new EmissError(`${what} '${text}' is not finite`);
  return x;
}

/**
 * Minimal immutable complex numbers. Hot loops use (re, im) pairs in typed arrays instead.
 */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

export const ZERO: Complex = Object.freeze({ re: 0, im: 0 });

export function complex(re: number, im = 0): Complex {
  return { re, im };
}
export function add(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}
export function sub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}
export function mul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}
export function scale(a: Complex, s: number): Complex {
  return { re: a.re * s, im: a.im * s };
}
export function conj(a: Complex): Complex {
  return { re: a.re, im: -a.im };
}
export function abs2(a: Complex): number {
  return a.re * a.re + a.im * a.im;
}
export function abs(a: Complex): number {
  return Math.hypot(a.re, a.im);
}
export function div(a: Complex, b: Complex): Complex {
  const d = b.re * b.re + b.im * b.im;
  return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d };
}
export function expi(phi: number): Complex {
  return { re: Math.cos(phi), im: Math.sin(phi) };
}
export function isZero(a: Complex): boolean {
  return a.re === 0 && a.im === 0;
}

/** Formats like the CLI accepts them back: `1.2+0.4i`, `-3`, `2i`. */
export function formatComplex(a: Complex, digits = 6): string {
  const f = (x: number) => Number(x.toPrecision(digits)).toString();
  if (a.im === 0) return f(a.re);
  if (a.re === 0) return `${f(a.im)}i`;
  return `${f(a.re)}${a.im < 0 ? '-' : '+'}${f(Math.abs(a.im))}i`;
}

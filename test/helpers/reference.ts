import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** flavio v2.7.0 reference numbers (data/reference/flavio-2.7.json, copied from ../shared/reference). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FLAVIO: any = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/reference/flavio-2.7.json', import.meta.url)), 'utf8'));

export function relDiff(a: number, b: number): number {
  return Math.abs(a / b - 1);
}

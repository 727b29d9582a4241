import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** flavio v2.7 reference numbers (data/reference/flavio-2.7.json), read once for the report. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FLAVIO_REFERENCE: any = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/reference/flavio-2.7.json', import.meta.url)), 'utf8'));

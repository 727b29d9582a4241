/**
 * Reads the Belle II joint number densities shipped in data/experimental/ (rows = fit bins, 101 columns = generated
 * q² bins with the sentinel [−1, 0) first; see data/experimental/README.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmissError } from '../core/errors.js';

export type NumberDensityChannel = 'ita_regA' | 'ita_regB' | 'hta';

export function readBelle2NumberDensity(channel: NumberDensityChannel): number[][] {
  const path = fileURLToPath(new URL(`../../data/experimental/belle2_2023_knunu_number_density_${channel}.csv`, import.meta.url));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new EmissError(`cannot read the Belle II number density '${path}'`);
  }
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) =>
      l
        .split(',')
        .filter((x) => x.trim() !== '')
        .map((x) => {
          const v = Number(x);
          if (!Number.isFinite(v)) throw new EmissError(`bad number '${x}' in ${path}`);
          return v;
        }),
    );
}

/** The 12 on-resonance ITA signal-region rows (η(BDT2) > 0.92): regions A and B. */
export function readItaSignalRegion(): number[][] {
  return [...readBelle2NumberDensity('ita_regA'), ...readBelle2NumberDensity('ita_regB')];
}

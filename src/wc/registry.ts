import { EmissError } from '../core/errors.js';
import { NUNU_SECTORS, nunuNames, parseNuNuName } from './nunu.js';
import { DARK_WC_SECTORS } from './dark-pairs.js';
import { BSLL_SECTOR, BCLNU_SECTOR } from './charged-lepton-sectors.js';

/**
 * Every Wilson-coefficient name emiss understands, grouped by sector, with a description. Model capabilities
 * add their sectors here (one entry each).
 */
export interface WcSector {
  readonly sector: string;
  readonly description: string;
  readonly basis: string;
  readonly names: readonly string[];
  /** unit of the coefficients ('1' for the dimensionless WET normalisation, 'GeV^-2' etc. for DM operators) */
  readonly unit: string;
}

export const WC_SECTORS: readonly WcSector[] = Object.freeze([
  ...NUNU_SECTORS.map((s) => ({
    sector: `${s}nunu`,
    description: `${s[0]} → ${s[1]} ν ν̄ (WCxf WET 'flavio' basis CL, CR; emiss extension CLp, CRp with right-handed neutrinos); normalised to (4G_F/√2) λ_t e²/(16π²)`,
    basis: 'WET/flavio (+ emiss primed operators)',
    names: nunuNames(s),
    unit: '1',
  })),
  ...DARK_WC_SECTORS,
  BSLL_SECTOR,
  BCLNU_SECTOR,
]);

const ALL = new Set(WC_SECTORS.flatMap((s) => s.names));

export function isKnownWilsonCoefficient(name: string): boolean {
  return ALL.has(name);
}

export function assertKnownWilsonCoefficient(name: string): void {
  if (ALL.has(name)) return;
  // helpful messages for common mistakes
  const p = /^(C[LR]p?)_(bs|bd|sd)(.*)$/.exec(name);
  if (p && !parseNuNuName(name)) {
    throw new EmissError(`unknown Wilson coefficient '${name}': neutrino flavours are written nue, numu, nutau (e.g. ${p[1]}_${p[2]}nunumunumu... → ${p[1]}_${p[2]}numunumu)`);
  }
  const d = /^C([A-Z]\w*)_(bs|bd|sd)(phi|chi|X)$/.exec(name);
  if (d) {
    const s = WC_SECTORS.find((x) => x.sector === `${d[2]}${d[3]}`);
    throw new EmissError(`unknown dark-pair operator in '${name}' (${d[3]} operators: ${s ? s.names.map((n) => n.split('_')[0].slice(1)).join(', ') : '?'}; see 'emiss list models')`);
  }
  throw new EmissError(`unknown Wilson coefficient '${name}' (see 'emiss list wc')`);
}

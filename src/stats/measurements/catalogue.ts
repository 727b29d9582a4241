/**
 * The measurement database: the YAML records (catalogue-yaml.ts), the inputs the papers use that the YAML does not
 * hold, and the Belle II binned likelihoods. Look-ups by id and observable; `upperEnd90` for the "upper end of the
 * 90 % range" that paper 001 uses for measured kaon modes.
 */
import { EmissError } from '../../core/errors.js';
import { YAML_MEASUREMENTS } from './catalogue-yaml.js';
import type { AsymmetricMeasurement, GaussianMeasurement, Measurement, UpperLimitMeasurement } from './types.js';

const B2 = ['belle2-ita-2019-2022', 'belle2-hta-2019-2022'];
const OLD_BK = ['babar-had', 'babar-sl', 'belle-had', 'belle-sl'];
const P003 = 'He, Ma, Valencia, PRD 109 (2024) 075019, arXiv:2309.12741 (paper 003)';
const P001 = 'He, Ma, Valencia, JHEP 03 (2023) 037, Table 2 (paper 001)';

/** Numbers the papers use that are not in the YAML (each with the equation or table it is read from). */
export const PAPER_MEASUREMENTS: readonly Measurement[] = Object.freeze([
  {
    id: 'paper003/eq1',
    kind: 'gaussian',
    experiment: 'Belle II',
    quantity: 'BR(B+->K+ nu nubar)',
    observable: 'BRinv(B+->K)',
    value: 2.3e-5,
    sigma: 0.7e-5,
    paper: P003,
    source: 'paper 003 eq. (1): (2.3 ± 0.7)e-5, the Belle II 2023 combination (+0.7 −0.6 combined in the original) symmetrised',
    provenance: 'paper',
    datasets: B2,
    includes: ['belle2_2023_bknunu/combined'],
  },
  {
    id: 'paper003/eq4a',
    kind: 'gaussian',
    experiment: 'Belle II',
    quantity: 'R_K^nunu = BR(B+->K+ nu nubar)/BR_SM',
    observable: 'R_K^nunu',
    value: 5.3,
    sigma: 1.7,
    paper: P003,
    source: 'paper 003 eq. (4a), "new 1σ range" (eq. (1) over the SM 4.4e-6)',
    provenance: 'paper',
    datasets: B2,
    includes: ['paper003/eq1'],
  },
  {
    id: 'paper003/average',
    kind: 'gaussian',
    experiment: 'average',
    quantity: 'BR(B+->K+ nu nubar), average',
    observable: 'BRinv(B+->K)',
    value: 1.3e-5,
    sigma: 0.4e-5,
    paper: P003,
    source: 'paper 003 below eq. (1): new average (1.3 ± 0.4)e-5 (Fig. 23 of arXiv:2311.14647)',
    provenance: 'paper',
    datasets: [...B2, ...OLD_BK],
    includes: ['belle2_2023_bknunu/combined', 'belle2_2021_bknunu_inclusive/B+->K+nunu:value', ...['babar_2013_had/B+->K+nunu', 'babar_2010_sl/B+->K+nunu', 'belle_2013_had/B+->K+nunu', 'belle_2017_sl/B+->K+nunu']],
  },
  {
    id: 'paper003/eq4b',
    kind: 'gaussian',
    experiment: 'average',
    quantity: 'R_K^nunu, average',
    observable: 'R_K^nunu',
    value: 3.0,
    sigma: 1.0,
    paper: P003,
    source: 'paper 003 eq. (4b) (new average over the SM)',
    provenance: 'paper',
    datasets: [...B2, ...OLD_BK],
    includes: ['paper003/average'],
  },
  {
    id: 'paper003/average2021',
    kind: 'gaussian',
    experiment: 'average',
    quantity: 'BR(B+->K+ nu nubar), 2021 average',
    observable: 'BRinv(B+->K)',
    value: 1.1e-5,
    sigma: 0.4e-5,
    paper: P003,
    source: 'paper 003 below eq. (1): B(B+ → K+νν̄)^2021_exp = (1.1 ± 0.4)e-5 (ref. [2], Belle II 2021 with the earlier results)',
    provenance: 'paper',
    datasets: ['belle2-ita-2019-2022', ...OLD_BK],
    includes: ['belle2_2021_bknunu_inclusive/B+->K+nunu:value', ...['babar_2013_had/B+->K+nunu', 'babar_2010_sl/B+->K+nunu', 'belle_2013_had/B+->K+nunu', 'belle_2017_sl/B+->K+nunu']],
  },
  {
    id: 'paper003/eq5-loose',
    kind: 'upper-limit',
    experiment: 'Belle',
    quantity: 'R_K*^nunu (charged and neutral combined)',
    observable: 'R_K*^nunu',
    limit: 2.7,
    cl: 0.9,
    paper: P003,
    source: 'paper 003 eq. (5): R_K* ≤ 2.7, the Belle combined limit (Grygier et al. 2017) as a ratio',
    provenance: 'paper',
    datasets: ['belle-had', 'belle-sl'],
    includes: ['belle_2017_sl/B->K*nunu_combined'],
  },
  {
    id: 'paper003/eq5-tight',
    kind: 'upper-limit',
    experiment: 'Belle',
    quantity: 'R_K*^nunu from the neutral mode',
    observable: 'R_K*^nunu',
    limit: 1.9,
    cl: 0.9,
    paper: P003,
    source: 'paper 003 eq. (5) with eq. (6): BR(B0 → K*0νν̄) ≤ 1.8e-5 (belle_2017_sl/B0->K*0nunu) over the SM',
    provenance: 'paper',
    datasets: ['belle-sl'],
    includes: ['belle_2017_sl/B0->K*0nunu'],
  },
  {
    id: 'paper001/table2/B+->K+',
    kind: 'upper-limit',
    experiment: 'PDG',
    quantity: 'BR(B+->K+ nu nubar)',
    observable: 'BRinv(B+->K)',
    limit: 1.6e-5,
    cl: 0.9,
    paper: P001,
    source: 'paper 001 Table 2, experimental bound for B+ → K+ + missing energy, ref. [23] (PDG)',
    provenance: 'paper',
    datasets: OLD_BK,
    includes: ['babar_2013_had/B+->K+nunu', 'babar_2010_sl/B+->K+nunu', 'belle_2013_had/B+->K+nunu', 'belle_2017_sl/B+->K+nunu'],
  },
  {
    id: 'paper001/table2/K+->pi+',
    kind: 'asymmetric',
    experiment: 'PDG (E949 + NA62)',
    quantity: 'BR(K+->pi+ nu nubar)',
    observable: 'BRinv(K+->pi)',
    value: 1.14e-10,
    up: 0.4e-10,
    down: 0.33e-10,
    paper: P001,
    source: 'paper 001 Table 2: (1.14 +0.40 −0.33)e-10, ref. [23] (PDG average of BNL E787/E949 and NA62)',
    provenance: 'paper',
    datasets: ['e949', 'na62-2016-2018'],
    includes: ['kaon_modes/E949_2009/B(K+->pi+nunu)', 'kaon_modes/NA62_2016_2018/B(K+->pi+nunu)'],
  },
] satisfies Measurement[]);

/** The binned likelihoods (evaluated by src/stats/belle2, not as a single-number term). */
export const BINNED_MEASUREMENTS: readonly Measurement[] = Object.freeze([
  {
    id: 'belle2_2023_bknunu/pyhf',
    kind: 'histfactory',
    experiment: 'Belle II',
    quantity: 'B+->K+ nu nubar: 30 fit bins (ITA on/off resonance, HTA)',
    observable: 'dBRinv/dq2(B+->K)',
    file: 'data/experimental/belle2_2023_knunu_combined_likelihood.json',
    paper: 'Belle II, PRD 109, 112006 (2024), arXiv:2311.14647; likelihood release arXiv:2507.12393, HEPData ins2947386',
    source: 'data/experimental/README.md: exact copy of scripts/data/combined_likelihood.json of lorenzennio/knunu-reinterpretation-mini (065bce07)',
    provenance: 'verified_secondary',
    datasets: B2,
    includes: ['belle2_2023_bknunu/ITA', 'belle2_2023_bknunu/HTA', 'belle2_2023_bknunu/combined'],
    note: 'reweighted to any model with the number densities (src/stats/belle2)',
  },
] satisfies Measurement[]);

export const MEASUREMENTS: readonly Measurement[] = Object.freeze([...YAML_MEASUREMENTS, ...PAPER_MEASUREMENTS, ...BINNED_MEASUREMENTS]);

export function findMeasurement(id: string): Measurement {
  const m = MEASUREMENTS.find((x) => x.id === id);
  if (!m) throw new EmissError(`unknown measurement '${id}' (see 'emiss measurements')`);
  return m;
}

export function findUpperLimit(id: string): UpperLimitMeasurement {
  const m = findMeasurement(id);
  if (m.kind !== 'upper-limit') throw new EmissError(`measurement '${id}' is not an upper limit`);
  return m;
}

export function measurementsOf(observable: string): Measurement[] {
  return MEASUREMENTS.filter((m) => m.observable === observable);
}

/** The 90 % CL z value (two-sided 90 % range ↔ one-sided 95 %, as paper 001 uses it: 1.645). */
export const Z90 = 1.6448536269514722;

/** Upper end of the 90 % range of a measured value, value + 1.645 σ₊ (paper 001 Table 2 for K+ → π+ νν̄). */
export function upperEnd90(m: GaussianMeasurement | AsymmetricMeasurement): number {
  return m.value + Z90 * (m.kind === 'gaussian' ? m.sigma : m.up);
}

/** A result with everything it includes, transitively. */
function closure(id: string, seen = new Set<string>()): Set<string> {
  if (seen.has(id)) return seen;
  seen.add(id);
  const m = MEASUREMENTS.find((x) => x.id === id);
  for (const i of m?.includes ?? []) closure(i, seen);
  return seen;
}

/**
 * Pairs of results that are not independent: the same observable measured in a shared data sample, or one
 * including the other, or both including a third (e.g. an average and one of its inputs).
 */
export function overlappingPairs(ms: readonly Measurement[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < ms.length; i++) {
    const ci = closure(ms[i].id);
    for (let j = i + 1; j < ms.length; j++) {
      const sameSample = ms[i].observable === ms[j].observable && ms[i].datasets.some((d) => ms[j].datasets.includes(d));
      const cj = closure(ms[j].id);
      if (sameSample || [...ci].some((x) => cj.has(x))) out.push([ms[i].id, ms[j].id]);
    }
  }
  return out;
}

/**
 * Windows and bounds for new invisible particles in M → M' + invisible (paper 003 §III, paper 001 Table 2).
 *
 * NP window (paper 003 eq. 17): the part of BR(B+ → K+ + inv) that new physics must supply,
 *   BR_NP = BR_exp − BR_SM = (1.9 ± 0.7)·10⁻⁵ (Belle II 2023) or (1.0 ± 0.4)·10⁻⁵ (new average);
 * the "1σ range" [central − σ, central + σ] is what paper 003 Figs. 4–6 shade (pink, purple).
 *
 * Room for new physics in the other modes (paper 001 Table 2, "new physics bound"): the 90 % CL upper limit minus
 * the lower end of the 90 % SM range, BR_NP ≤ UL − (SM − 1.645 σ_SM) (the SM adds incoherently). The rule is
 * configurable (`BoundRule`): the numbers printed by the paper, the paper's prescription with the paper's or
 * emiss's SM prediction, UL − SM central, or the bare UL.
 */
import { EmissError } from '../../core/errors.js';
import { findMeasurement, upperEnd90, Z90 } from '../../stats/measurements/catalogue.js';
import { roomForNewPhysics } from '../../stats/measurements/room.js';

export interface NPWindow {
  readonly id: string;
  readonly label: string;
  readonly central: number;
  readonly sigma: number;
  readonly source: string;
}

export const NP_WINDOWS: readonly NPWindow[] = Object.freeze([
  {
    id: 'belle2',
    label: 'Belle II 2023 (1σ)',
    central: 1.9e-5,
    sigma: 0.7e-5,
    source: 'paper 003 eq. (17): BR(B+→K+νν̄)_exp = (2.3 ± 0.7)e-5 (Belle II, arXiv:2311.14647) minus BR_SM = 4.4e-6',
  },
  {
    id: 'average',
    label: 'new average (1σ)',
    central: 1.0e-5,
    sigma: 0.4e-5,
    source: 'paper 003 text below eq. (17): new average (1.3 ± 0.4)e-5 (Fig. 23 of arXiv:2311.14647) minus BR_SM',
  },
] satisfies NPWindow[]);

export function windowRange(w: NPWindow): [number, number] {
  return [w.central - w.sigma, w.central + w.sigma];
}

/** A mode's experimental input and the paper's SM and room-for-NP numbers. */
export interface ModeBound {
  /** mode label of src/processes/dark-pairs/modes.ts */
  readonly mode: string;
  /** SM observable name (emiss) */
  readonly smObservable: string;
  /** the record of the measurement database (src/stats/measurements) the limit comes from */
  readonly measurementId: string;
  /** 90 % CL upper limit on BR(mode + invisible) (for K+ → π+: upper end of the 90 % range of the measurement) */
  readonly ul90: number;
  readonly ulSource: string;
  /** key in data/experimental/bqnunu_measurements.yaml ('experiment/result'), if the limit is there */
  readonly dataKey?: string;
  /** SM prediction and 1σ as printed in paper 001 Table 2 */
  readonly smPaper: number;
  readonly smPaperSigma: number;
  /** the "new physics bound" printed in paper 001 Table 2 (and, for B0→K0, B+→K*+, B0→K*0, in paper 003/001 text) */
  readonly npPrinted: number;
}

/**
 * The limit of a mode from the measurement database: a 90 % CL upper limit, or (for a measured mode, as paper 001
 * does for K+ → π+ νν̄) the upper end of the 90 % range of the measurement.
 */
function limitFrom(id: string, ulSource?: string): Pick<ModeBound, 'measurementId' | 'ul90' | 'ulSource' | 'dataKey'> {
  const m = findMeasurement(id);
  let ul90: number;
  if (m.kind === 'upper-limit') {
    if (m.cl !== 0.9) throw new EmissError(`internal: ${id} is a ${m.cl} CL limit, the room for NP uses 90 % CL limits`);
    ul90 = m.limit;
  } else if (m.kind === 'gaussian' || m.kind === 'asymmetric') {
    ul90 = upperEnd90(m);
  } else {
    throw new EmissError(`internal: ${id} is not a limit or a measured value`);
  }
  const path = m.yamlPath?.filter((x) => x !== 'results').slice(0, 2);
  return { measurementId: id, ul90, ulSource: ulSource ?? `${m.experiment}: ${m.paper}`, ...(path ? { dataKey: path.join('/') } : {}) };
}

const T2 = 'paper 001 Table 2 (He, Ma, Valencia, JHEP 03 (2023) 037)';

/** Paper 001 Table 2 inputs (limits as used there, from the measurement database). */
export const TABLE2_BOUNDS: readonly ModeBound[] = Object.freeze([
  { mode: 'B+->K', smObservable: 'BR(B+->Knunu)', ...limitFrom('paper001/table2/B+->K+', `${T2}, ref. [23] (PDG)`), smPaper: 4.4e-6, smPaperSigma: 0.6e-6, npPrinted: 1.3e-5 },
  { mode: 'B0->K', smObservable: 'BR(B0->Knunu)', ...limitFrom('belle_2017_sl/B0->K0nunu', 'Belle 2017 (Grygier et al., arXiv:1702.03224)'), smPaper: 4.1e-6, smPaperSigma: 0.6e-6, npPrinted: 2.3e-5 },
  { mode: 'B+->K*', smObservable: 'BR(B+->K*nunu)', ...limitFrom('belle_2013_had/B+->K*+nunu', 'Belle 2013 (Lutz et al., arXiv:1303.3719)'), smPaper: 1.0e-5, smPaperSigma: 0.1e-5, npPrinted: 3.1e-5 },
  { mode: 'B0->K*', smObservable: 'BR(B0->K*nunu)', ...limitFrom('belle_2017_sl/B0->K*0nunu', 'Belle 2017 (arXiv:1702.03224); paper 003 eq. (6)'), smPaper: 9.5e-6, smPaperSigma: 1.0e-6, npPrinted: 1.0e-5 },
  { mode: 'B+->pi', smObservable: 'BR(B+->pinunu)', ...limitFrom('belle_2017_sl/B+->pi+nunu', 'Belle 2017 (arXiv:1702.03224)'), smPaper: 2.39e-7, smPaperSigma: 0.29e-7, npPrinted: 1.4e-5 },
  { mode: 'B0->pi', smObservable: 'BR(B0->pinunu)', ...limitFrom('belle_2017_sl/B0->pi0nunu', 'Belle 2017 (arXiv:1702.03224)'), smPaper: 1.2e-7, smPaperSigma: 0.145e-7, npPrinted: 8.9e-6 },
  { mode: 'B+->rho', smObservable: 'BR(B+->rhonunu)', ...limitFrom('belle_2017_sl/B+->rho+nunu', 'Belle 2017 (arXiv:1702.03224)'), smPaper: 4.5e-7, smPaperSigma: 1.0e-7, npPrinted: 3.0e-5 },
  { mode: 'B0->rho', smObservable: 'BR(B0->rhonunu)', ...limitFrom('belle_2017_sl/B0->rho0nunu', 'Belle 2017 (arXiv:1702.03224)'), smPaper: 2.0e-7, smPaperSigma: 0.4e-7, npPrinted: 4.0e-5 },
  {
    mode: 'K+->pi',
    smObservable: 'BR(K+->pinunu)',
    ...limitFrom('paper001/table2/K+->pi+', `${T2}: upper end of the 90 % range of the PDG value (1.14 +0.40 −0.33)e-10 (E949 + NA62)`),
    smPaper: 8.1e-11,
    smPaperSigma: 0.4e-11,
    npPrinted: 1.1e-10,
  },
  { mode: 'KL->pi', smObservable: 'BR(KL->pinunu)', ...limitFrom('kaon_modes/KOTO_2016_2018/B(KL->pi0nunu)', 'KOTO 2016–2018 (arXiv:2012.07571)'), smPaper: 2.8e-11, smPaperSigma: 0.2e-11, npPrinted: 4.9e-9 },
] satisfies ModeBound[]);

/** Newer kaon inputs (data/experimental/bqnunu_measurements.yaml), for the 'latest' limit set. */
export const LATEST_KAON_BOUNDS: readonly ModeBound[] = Object.freeze([
  {
    ...TABLE2_BOUNDS.find((b) => b.mode === 'K+->pi')!,
    ...limitFrom('kaon_modes/NA62_2016_2022/B(K+->pi+nunu)', 'NA62 2016–2022 (arXiv:2412.12015): (13.0 +3.3 −3.0)e-11, upper end of the 90 % range'),
  },
  { ...TABLE2_BOUNDS.find((b) => b.mode === 'KL->pi')!, ...limitFrom('kaon_modes/KOTO_2021_data/B(KL->pi0nunu)', 'KOTO 2021 data (arXiv:2411.11237)') },
] satisfies ModeBound[]);

export type LimitSet = 'table2' | 'latest';

export function boundsFor(set: LimitSet): readonly ModeBound[] {
  if (set === 'table2') return TABLE2_BOUNDS;
  return TABLE2_BOUNDS.map((b) => LATEST_KAON_BOUNDS.find((l) => l.mode === b.mode) ?? b);
}

/**
 * How the room for new physics is obtained from a limit:
 *   printed      the number printed in paper 001 Table 2 (default, to reproduce paper 003 Figs. 4–6)
 *   ul-sm90      UL − (SM − 1.645 σ_SM)   (the paper's prescription)
 *   ul-sm        UL − SM central
 *   ul           UL (no subtraction)
 * The SM (for ul-sm90, ul-sm) is the paper's Table 2 value ('paper') or emiss's prediction with its Monte Carlo
 * uncertainty ('emiss').
 */
export type Subtraction = 'printed' | 'ul-sm90' | 'ul-sm' | 'ul';
export interface BoundRule {
  readonly subtraction: Subtraction;
  readonly sm: 'paper' | 'emiss';
  readonly limits: LimitSet;
}
export const PAPER_RULE: BoundRule = Object.freeze({ subtraction: 'printed', sm: 'paper', limits: 'table2' });

export { Z90 };

/** Room for NP in one mode under a rule, given the SM central value and 1σ to use. */
export function roomForNP(b: ModeBound, rule: BoundRule, sm: { value: number; sigma: number }): number {
  return rule.subtraction === 'printed' ? b.npPrinted : roomForNewPhysics(b.ul90, sm, rule.subtraction);
}

import type { Transition } from '../hadronic/types.js';
import { extendTable, overrideTable, type ParameterTable } from './types.js';
import { PDG2024_PARAMETERS } from './pdg2024.js';
import { FLAVIO27_PARAMETERS } from './flavio27.js';

/**
 * Conventions that differ between references and change numbers:
 * - alphaNP: the α_e multiplying new-physics b→qνν̄ coefficients in H_eff. 'mu_b': α_e(4.8 GeV) run from
 *   α_e(M_Z) (flavio and the WCxf WET basis, coefficients defined at μ = 4.8 GeV); the SM term always uses
 *   α_e(M_Z) with s_W²(M_Z) (Buchalla–Buras normalisation of X_t). 'MZ': NP uses α_e(M_Z) too, as in the
 *   analytic R_K formula of paper 003 eq. (10) (coefficients 2/(3 C_L^SM) and 1/(3 |C_L^SM|²)).
 * - ckm: 'tree' builds V from |V_us|, |V_ub|, |V_cb|, γ (flavio "Tree"); 'direct' takes |V_tb V_ts*| (and
 *   |V_tb V_td*| if given) from the parameters absVtbVts / absVtbVtd, as papers that quote them do.
 */
export interface Conventions {
  readonly alphaNP: 'mu_b' | 'MZ';
  readonly ckm: 'tree' | 'direct';
}

export interface Preset {
  readonly name: string;
  readonly description: string;
  readonly source: string;
  readonly parameters: ParameterTable;
  readonly formFactors: Readonly<Record<Transition, string>>;
  readonly conventions: Conventions;
}

const DEFAULT_FF: Record<Transition, string> = {
  'B->K': 'hpqcd2022',
  'B->K*': 'bsz2015',
  'Bs->phi': 'bsz2015',
  'B->rho': 'bsz2015',
  'B->pi': 'lmvd2021',
};

export const PRESETS: readonly Preset[] = Object.freeze([
  {
    name: 'default',
    description: 'PDG 2024 inputs; B→K HPQCD 2022; B→K*, B_s→φ, B→ρ BSZ 2015; B→π LMVD 2021; WCxf/flavio α_e convention',
    source: 'PDG 2024 and the form-factor papers cited per set',
    parameters: PDG2024_PARAMETERS,
    formFactors: DEFAULT_FF,
    conventions: { alphaNP: 'mu_b', ckm: 'tree' },
  },
  {
    name: 'flavio',
    description: "flavio v2.7.0 default inputs and form factors (B→K GRvDV 2023, B→K*/B→ρ/B_s→φ BSZ 2015, B→π LMVD 2021), to compare like for like",
    source: 'data/reference/flavio-2.7.json (inputs, flavio_config)',
    parameters: FLAVIO27_PARAMETERS,
    formFactors: { ...DEFAULT_FF, 'B->K': 'grvdv2023' },
    conventions: { alphaNP: 'mu_b', ckm: 'tree' },
  },
  {
    name: 'hmv2024',
    description: 'He, Ma, Valencia 2024 (paper 003): |V_tb V_ts*| = 0.0393(10), X_t = 1.469(17); B→K HPQCD 2022 [46], B→K* GKvD 2018 LCSR+lattice [21] (reproduces η = 0.63)',
    source: 'paper 003 footnote 1, eq. (9), refs. [21], [46]',
    parameters: extendTable(
      overrideTable(PDG2024_PARAMETERS, {
        Xt: { value: 1.469, sigma: 0.017, source: 'paper 003 eq. (9)', provenance: 'verified' },
      }),
      [
        {
          name: 'absVtbVts',
          value: 0.0393,
          sigma: 0.001,
          unit: '1',
          description: '|V_tb V_ts*|',
          source: 'paper 003 footnote 1',
          provenance: 'verified',
        },
      ],
    ),
    formFactors: { ...DEFAULT_FF, 'B->K*': 'gkvd2018-lattice' },
    conventions: { alphaNP: 'MZ', ckm: 'direct' },
  },
  {
    name: 'gmmr2024',
    description: 'Gabrielli, Marzola, Mürsepp, Raidal 2024 (paper 000): α_EW⁻¹ = 127.925, sin²θ_W = 0.23126, |V_tb V_ts*| = 0.0401, X_t = 1.469; B→K KMPW 2010',
    source: 'paper 000 text below eq. (3.10), ref. [49]',
    parameters: extendTable(
      overrideTable(PDG2024_PARAMETERS, {
        alpha_e: { value: 1 / 127.925, sigma: 0, source: 'paper 000 below eq. (3.10)', provenance: 'verified' },
        s2w: { value: 0.23126, sigma: 0, source: 'paper 000 below eq. (3.10)', provenance: 'verified' },
        Xt: { value: 1.469, sigma: 0.017, source: 'paper 000 below eq. (3.10) (error from paper 003 eq. 9)', provenance: 'verified' },
      }),
      [
        {
          name: 'absVtbVts',
          value: 0.0401,
          sigma: 0,
          unit: '1',
          description: '|V_tb V_ts*|',
          source: 'paper 000 below eq. (3.10)',
          provenance: 'verified',
        },
      ],
    ),
    formFactors: { ...DEFAULT_FF, 'B->K': 'kmpw2010' },
    conventions: { alphaNP: 'MZ', ckm: 'direct' },
  },
  {
    name: 'clms2025',
    description: 'Calibbi, Li, Mukherjee, Schmidt 2025 (paper 002): PDG 2024 inputs with GRvDV 2023 form factors for B→K and B→K* [41]',
    source: 'paper 002 ref. [41] (arXiv:2305.06301)',
    parameters: PDG2024_PARAMETERS,
    formFactors: { ...DEFAULT_FF, 'B->K': 'grvdv2023', 'B->K*': 'grvdv2023', 'Bs->phi': 'grvdv2023' },
    conventions: { alphaNP: 'mu_b', ckm: 'tree' },
  },
] satisfies Preset[]);

export function presetNames(): string[] {
  return PRESETS.map((p) => p.name);
}

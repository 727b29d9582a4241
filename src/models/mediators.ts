/**
 * The mediator models as named parameter schemas: the ALP portal and the massive dark photon of paper 002 and
 * the massless dark photon of paper 000. A model point is a plain record of numbers (NPPoint.dark); this file
 * fills defaults, validates, and converts the record into the typed inputs of src/processes/mediators/.
 *
 * Switches are numbers (0/1 or small integers) so a model point stays a Record<string, number>.
 */
import { EmissError } from '../core/errors.js';
import type { ParameterSet } from '../params/parameter-set.js';
import { QUARKS } from '../params/qcd-running.js';
import { LEPTONS, type AlpCouplings } from '../processes/mediators/alp.js';
import { epsZFromEps, gbsEq41, type DarkPhotonParams } from '../processes/mediators/dark-photon.js';
import { t1AtZero, type DarkDipoleOptions, type DipoleNormalisation } from '../processes/mediators/massless-dark-photon.js';
import { findMediatorMode } from '../processes/mediators/meson-modes.js';
import { VLQ_MODEL } from './vlq/model.js';

export interface ModelParamDef {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  /** a number, or a function of the parameters resolved so far (definition order) and the parameter set */
  readonly default: number | ((p: Readonly<Record<string, number>>, ps: ParameterSet) => number);
  /** text shown by `emiss list models` for a computed default */
  readonly defaultText?: string;
  readonly min?: number;
  /** exclusive lower bound */
  readonly above?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly choices?: readonly number[];
}

export interface MediatorModel {
  readonly name: string;
  readonly title: string;
  readonly source: string;
  readonly params: readonly ModelParamDef[];
}

const num = (
  name: string,
  def: ModelParamDef['default'],
  unit: string,
  description: string,
  extra: Partial<ModelParamDef> = {},
): ModelParamDef => ({ name, default: def, unit, description, ...extra });
const sw = (name: string, def: number, description: string): ModelParamDef => ({ name, default: def, unit: '1', description, choices: [0, 1] });

export const ALP_MODEL: MediatorModel = {
  name: 'alp',
  title: 'axion-like particle a with couplings to quarks, leptons, photons, gluons and Dirac DM χ',
  source: 'paper 002 §II.A, eqs. (3)–(15); defaults = benchmark eq. (16) with m_χ = 1 MeV',
  params: [
    num('m_a', 2, 'GeV', 'ALP mass', { above: 0 }),
    num('f_a', 1e8, 'GeV', 'ALP decay constant', { above: 0 }),
    num('CV_sb', 1, '1', 'vector coupling C^V_sb (B → K a)'),
    num('CA_sb', 1, '1', 'axial-vector coupling C^A_sb (B → K* a)'),
    num('C_q', 1, '1', 'universal axial coupling C^A_qq to all quarks (default of C_uu … C_tt)'),
    ...QUARKS.map((q) => num(`C_${q}${q}`, (p: Readonly<Record<string, number>>) => p.C_q, '1', `axial coupling C^A_${q}${q}`, { defaultText: 'C_q' })),
    num('C_l', 0, '1', 'universal axial coupling to charged leptons (paper 002 neglects leptonic decays: 0)'),
    ...LEPTONS.map((l) => num(`C_${l}${l}`, (p: Readonly<Record<string, number>>) => p.C_l, '1', `axial coupling C^A_${l}${l}`, { defaultText: 'C_l' })),
    num('C_chi', 1, '1', 'axial coupling C^A_χχ to the DM fermion'),
    num('m_chi', 1e-3, 'GeV', 'DM mass', { min: 0 }),
    sw('chi_majorana', 0, '1: Majorana DM (Γ(a→χχ) × 2, paper 002 footnote 5), 0: Dirac'),
    num('C_gamma_UV', 0, '1', 'UV photon coupling C_γ^UV'),
    num('C_G_UV', 0, '1', 'UV gluon coupling C_G^UV'),
    num('L_det', 3.5, 'm', 'detector size for the escape probability (Belle II, paper 002 ref. [44])', { min: 0 }),
  ],
};

export const DARK_PHOTON_MODEL: MediatorModel = {
  name: 'darkphoton',
  title: 'massive dark photon X (kinetic mixing ε, Z-like mixing ε_Z) decaying to Majorana DM ψ',
  source: 'paper 002 §III.A, eqs. (34), (38)–(45); defaults = the benchmark below eq. (39)',
  params: [
    num('m_X', 2, 'GeV', 'dark-photon mass', { above: 0, max: 10.52 }),
    num('eps', 10 ** -4.3, '1', 'kinetic mixing ε'),
    num('eps_Z', (p, ps) => epsZFromEps(p.eps, ps), '1', 'Z-like mixing ε_Z', { defaultText: 'ε tan θ_W' }),
    num('alpha_X', 1e-7, '1', 'dark fine-structure constant α_X', { min: 0 }),
    num('m_DM', 0.5, 'GeV', 'Majorana DM mass', { min: 0 }),
    num('g_bs', (p, ps) => gbsEq41(ps, p.eps_Z), '1', '|g_bs^X|, coefficient of s̄γ^μP_L b X_μ', { defaultText: 'eq. (41) with α(0)' }),
    sw('breit_wigner', 0, '1: BR(B → K(*) + inv) from the off-shell form eq. (40); 0: narrow width Γ(B→K X) BR(X→ψψ)'),
    num('m_phi', 0.004, 'GeV', 'dark-Higgs mass m_φ (relic density eq. 47, lifetime eq. 49; paper: 4 MeV ≤ m_φ < m_DM)', { above: 0 }),
    num('sin_theta', 1.3e-4, '1', 'dark-Higgs–Higgs mixing sin θ (eq. 49; NA62 bound 1.3e-4)'),
  ],
};

export const MASSLESS_DARK_PHOTON_MODEL: MediatorModel = {
  name: 'gammaD',
  title: 'massless dark photon γ_D with a b→s dark magnetic dipole and N_Q dark fermions Q',
  source: 'paper 000 eqs. (2.1)–(6.8); defaults: Λ at the bound eq. (4.6), α_D = 1, m_Q = 0.5 GeV, N_Q = 3',
  params: [
    num('Lambda', 9.56e7, 'GeV', 'dipole scale Λ (9.56e7 GeV = 9.56e4 TeV)', { above: 0 }),
    num('alpha_D', 1, '1', 'dark fine-structure constant α_D', { min: 0 }),
    num('m_Q', 0.5, 'GeV', 'dark-fermion mass (all generations)', { min: 0 }),
    num('N_Q', 3, '1', 'number of dark-fermion generations', { integer: true, min: 1 }),
    sw('sommerfeld', 1, 'Sommerfeld–Fermi factor eq. (3.12) on (1) / off (0)'),
    sw('sf_paper_velocity', 0, '1: β12 of eq. (3.13) as printed (m_Q⁴, no factor 4); 0: relative velocity'),
    sw('dipole', 0, 'dark magnetic-dipole correction eqs. (3.14)–(3.16) on (1) / off (0)'),
    num('T1', (_p, ps) => t1AtZero(findMediatorMode('B0->K*'), ps), '1', 'T1^{B→K*}(0)', { defaultText: "the preset's B→K* form factors" }),
    sw('eq44_as_printed', 0, '1: Γ(B→K*γ_D) of eq. (4.4) as printed (32π); 0: from the Lagrangian (2.1) (8π)'),
    num('R_Kstarphi', 1.23, '1', 'R_K*φ = BR(B0→K*γ)/BR(Bs→φγ), LHCb (paper 000 eq. 6.3)', { above: 0 }),
    num('delta_WA', 0.02, '1', 'weak-annihilation correction δ_WA of eq. (6.4)'),
    sw('phi_from_T1', 0, '1: BR(Bs→φγ_D) from the preset T1^{Bs→φ}(0); 0: via R_K*φ (eqs. 6.3–6.6)'),
  ],
};

export const MEDIATOR_MODELS: readonly MediatorModel[] = Object.freeze([ALP_MODEL, DARK_PHOTON_MODEL, MASSLESS_DARK_PHOTON_MODEL, VLQ_MODEL]);

export function findModel(name: string): MediatorModel {
  const m = MEDIATOR_MODELS.find((x) => x.name === name);
  if (!m) throw new EmissError(`unknown model '${name}' (known: ${MEDIATOR_MODELS.map((x) => x.name).join(', ')})`);
  return m;
}

/**
 * Fills defaults and validates a model point. Keys of `given` that are not parameters of the model are
 * rejected if `strict` (the CLI), ignored otherwise (an NPPoint may carry several models' parameters).
 */
export function resolveModelPoint(
  model: MediatorModel,
  given: Readonly<Record<string, number>> | undefined,
  ps: ParameterSet,
  strict = false,
): Record<string, number> {
  const g = given ?? {};
  if (strict) {
    for (const k of Object.keys(g)) {
      if (!model.params.some((p) => p.name === k)) {
        throw new EmissError(`model '${model.name}' has no parameter '${k}' (parameters: ${model.params.map((p) => p.name).join(', ')})`);
      }
    }
  }
  const out: Record<string, number> = {};
  for (const d of model.params) {
    const v = g[d.name] ?? (typeof d.default === 'function' ? d.default(out, ps) : d.default);
    const what = `parameter ${d.name} of model '${model.name}'`;
    if (!Number.isFinite(v)) throw new EmissError(`${what} must be a finite number (got ${v})`);
    if (d.min !== undefined && v < d.min) throw new EmissError(`${what} must be ≥ ${d.min} (got ${v})`);
    if (d.above !== undefined && !(v > d.above)) throw new EmissError(`${what} must be > ${d.above} (got ${v})`);
    if (d.max !== undefined && v > d.max) throw new EmissError(`${what} must be ≤ ${d.max} (got ${v})`);
    if (d.integer && !Number.isInteger(v)) throw new EmissError(`${what} must be an integer (got ${v})`);
    if (d.choices && !d.choices.includes(v)) throw new EmissError(`${what} must be one of ${d.choices.join(', ')} (got ${v})`);
    out[d.name] = v;
  }
  return out;
}

export function alpCouplingsFrom(p: Readonly<Record<string, number>>): AlpCouplings {
  return {
    ma: p.m_a,
    fa: p.f_a,
    CVsb: p.CV_sb,
    CAsb: p.CA_sb,
    Cqq: { u: p.C_uu, d: p.C_dd, s: p.C_ss, c: p.C_cc, b: p.C_bb, t: p.C_tt },
    Cll: { e: p.C_ee, mu: p.C_mumu, tau: p.C_tautau },
    Cchi: p.C_chi,
    mchi: p.m_chi,
    chiMajorana: p.chi_majorana === 1,
    CgammaUV: p.C_gamma_UV,
    CGUV: p.C_G_UV,
  };
}

export function darkPhotonFrom(p: Readonly<Record<string, number>>): { params: DarkPhotonParams; gbs: number; breitWigner: boolean } {
  return {
    params: { mX: p.m_X, eps: p.eps, epsZ: p.eps_Z, alphaX: p.alpha_X, mDM: p.m_DM },
    gbs: p.g_bs,
    breitWigner: p.breit_wigner === 1,
  };
}

export interface GammaDPoint {
  readonly Lambda: number;
  readonly alphaD: number;
  readonly mQ: number;
  readonly NQ: number;
  readonly options: DarkDipoleOptions;
  readonly T1: number;
  readonly norm: DipoleNormalisation;
  readonly RKphi: number;
  readonly deltaWA: number;
  readonly phiFromT1: boolean;
}

export function gammaDFrom(p: Readonly<Record<string, number>>): GammaDPoint {
  return {
    Lambda: p.Lambda,
    alphaD: p.alpha_D,
    mQ: p.m_Q,
    NQ: p.N_Q,
    options: { sommerfeld: p.sommerfeld === 1, velocity: p.sf_paper_velocity === 1 ? 'paper' : 'relative', dipole: p.dipole === 1 },
    T1: p.T1,
    norm: p.eq44_as_printed === 1 ? 'paper' : 'lagrangian',
    RKphi: p.R_Kstarphi,
    deltaWA: p.delta_WA,
    phiFromT1: p.phi_from_T1 === 1,
  };
}

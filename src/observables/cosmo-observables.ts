/**
 * Cosmology and dark-matter-search observables of the mediator models, and the B-physics observables of the VLQ
 * scalar-DM model. Model parameters come from NPPoint.dark exactly as for the mediator observables
 * (src/observables/mediator-observables.ts), so one model point answers B physics and cosmology alike:
 *
 *   ALP (paper 002 §II.B)          Omegah2(alp)                       freeze-in relic density, eqs. (27)–(30)
 *   dark photon (paper 002 §III)   Omegah2(darkphoton)                freeze-out with eq. (47)
 *                                  Omegah2eq48(darkphoton)            the approximation eq. (48)
 *                                  tau(darkHiggs)                     eq. (49)
 *                                  sigmaN(darkphoton)  [Z, A, v]      eq. (52) [cm²]
 *                                  sigmae(darkphoton)  [v]            eq. (52) with b_N → −εe [cm²]
 *                                  sigmaSI/m(darkphoton) [v]          eq. (55) [cm²/g]
 *   VLQ scalar DM (paper 001)      Omegah2(vlq), sigmav(vlq) [x], sigmaN(vlq) [Z, A] (per nucleon),
 *                                  CS_ss(vlq), CS_dd(vlq), CS_sb(vlq), CP_sb(vlq) (moduli, GeV⁻¹),
 *                                  BRvlq(B+->Kphiphi), BRvlq(B0->Kphiphi), BRvlq(B+->K*phiphi), BRvlq(B0->K*phiphi),
 *                                  BR(Bs->phiphi), Rhgg(vlq) = Γ(h→gg)/Γ_SM
 * The relic densities tabulate thermal averages once per mass; each prepared closure keeps the tables of the last
 * mass it saw (a parameter scan at fixed mass costs one Boltzmann solve per point: ms).
 */
import { abs } from '../core/complex.js';
import { GEV_M2_TO_CM3_PER_S } from '../cosmo/constants.js';
import { ALP_MODEL, DARK_PHOTON_MODEL, darkPhotonFrom, resolveModelPoint, type MediatorModel } from '../models/mediators.js';
import {
  darkHiggsLifetime,
  darkPhotonElectronScattering,
  darkPhotonNucleonCouplings,
  darkPhotonScattering,
  darkPhotonSelfInteraction,
  GEV_M3_TO_CM2_PER_G,
  kmPerS,
  nucleusCoupling,
  omegaEq48,
  ATOMIC_MASS_UNIT_GEV,
  toCm2,
} from '../models/cosmo/dark-photon-cosmology.js';
import { relicSummary, type CosmologyCache } from '../models/cosmo/model-cosmology.js';
import { chiralB0, prepareVlqAnnihilation, totalSigmaV, type PreparedVlqAnnihilation } from '../models/vlq/annihilation.js';
import { vlqBsToPhiPhiBR, vlqBToPseudoscalarBR, vlqBToVectorBR } from '../models/vlq/b-decays.js';
import { entry, leftCoefficients } from '../models/vlq/matching.js';
import { VLQ_MODEL, vlqParamsFrom } from '../models/vlq/model.js';
import { vlqHiggsGluonRatio, vlqNucleonCrossSection } from '../models/vlq/nucleon-higgs.js';
import { param, type ParameterSet } from '../params/parameter-set.js';
import type { ArgSpec, NPPoint, ObservableDef } from './types.js';

const point = (model: MediatorModel, ps: ParameterSet, np: NPPoint) => resolveModelPoint(model, np.dark, ps);
const reads = (m: MediatorModel) => [`model ${m.name}: ${m.params.map((p) => p.name).join(', ')}`];

function def(model: MediatorModel, category: string, name: string, tex: string, unit: string, description: string, prepare: ObservableDef['prepare'], args: ArgSpec[] = []): ObservableDef {
  return { name, tex, unit, description, category, args, reads: reads(model), prepare };
}

const Z_ARG: ArgSpec = { name: 'Z', unit: '1', description: 'target proton number (default 54, xenon)', default: () => 54 };
const A_ARG: ArgSpec = { name: 'A', unit: '1', description: 'target mass number (default 131, xenon)', default: () => 131 };
const V_ARG = (d: number): ArgSpec => ({ name: 'v', unit: 'km/s', description: `DM velocity (default ${d} km/s)`, default: () => d });

/** Nucleus mass for (Z, A): xenon-131 → 131.293 u etc. are not needed at the precision of eq. (52); A u is used. */
const nucleusMass = (ps: ParameterSet, Z: number, A: number) => (A === 1 ? (Z === 1 ? param(ps, 'm_p') : param(ps, 'm_n')) : A * ATOMIC_MASS_UNIT_GEV);

function alpCosmology(): ObservableDef[] {
  const M = ALP_MODEL;
  return [
    def(M, 'ALP cosmology', 'Omegah2(alp)', '\\Omega_\\chi h^2', '1', 'DM relic density from ALP freeze-in (paper 002 eqs. 27–30; b → s a, b g → b a, b b̄ → a g(γ), a ↔ SM, a → χχ̄)', (ps) => {
      const cache: CosmologyCache = {};
      return (np) => relicSummary('alp', point(M, ps, np), ps, cache).omegaH2;
    }),
  ];
}

function darkPhotonCosmology(): ObservableDef[] {
  const M = DARK_PHOTON_MODEL;
  const cat = 'dark-photon cosmology';
  return [
    def(M, cat, 'Omegah2(darkphoton)', '\\Omega_\\psi h^2', '1', 'relic density of ψ from freeze-out through ψψ → φφ, eq. (47) (full Boltzmann solution)', (ps) => (np) =>
      relicSummary('darkphoton', point(M, ps, np), ps).omegaH2,
    ),
    def(M, cat, 'Omegah2eq48(darkphoton)', '\\Omega_\\psi h^2|_{(48)}', '1', 'the approximation eq. (48): 0.1 (0.5 GeV/m_DM)² (0.002/α_X)²', (ps) => (np) => {
      const { params } = darkPhotonFrom(point(M, ps, np));
      return omegaEq48(params.mDM, params.alphaX);
    }),
    def(M, cat, 'tau(darkHiggs)', '\\tau_\\varphi', 's', 'dark-Higgs lifetime from φ → e⁺e⁻, eq. (49) (m_phi, sin_theta)', (ps) => (np) => {
      const p = point(M, ps, np);
      return darkHiggsLifetime(p.m_phi, p.sin_theta, ps);
    }),
    def(
      M,
      cat,
      'sigmaN(darkphoton)',
      '\\sigma_N',
      'cm^2',
      'DM–nucleus cross section, eq. (52) with b_N of eqs. (50)–(51) (velocity suppressed)',
      (ps, args) => (np) => {
        const { params } = darkPhotonFrom(point(M, ps, np));
        const bN = nucleusCoupling(darkPhotonNucleonCouplings(params.eps, params.epsZ, ps), args.Z, args.A);
        return toCm2(darkPhotonScattering(params.alphaX, bN, kmPerS(args.v), nucleusMass(ps, args.Z, args.A), params.mDM, params.mX));
      },
      [Z_ARG, A_ARG, V_ARG(220)],
    ),
    def(M, cat, 'sigmae(darkphoton)', '\\sigma_e', 'cm^2', 'DM–electron cross section, eq. (52) with b_N → −εe (eq. 54 in the limit m_e ≪ m_DM)', (ps, args) => (np) => {
      const { params } = darkPhotonFrom(point(M, ps, np));
      return toCm2(darkPhotonElectronScattering(params.alphaX, params.eps, kmPerS(args.v), params.mDM, params.mX, ps));
    }, [V_ARG(220)]),
    def(M, cat, 'sigmaSI/m(darkphoton)', '\\sigma_{SI}/m_{DM}', 'cm^2/g', 'DM self-interaction cross section over mass, eq. (55)', (ps, args) => (np) => {
      const { params } = darkPhotonFrom(point(M, ps, np));
      return darkPhotonSelfInteraction(params.alphaX, params.mDM, params.mX, kmPerS(args.v)) * GEV_M3_TO_CM2_PER_G;
    }, [V_ARG(1000)]),
  ];
}

function vlqObservables(): ObservableDef[] {
  const M = VLQ_MODEL;
  const cat = 'VLQ scalar DM';
  const left = (ps: ParameterSet, np: NPPoint) => {
    const p = point(M, ps, np);
    const vp = vlqParamsFrom(p);
    return { p, vp, left: leftCoefficients(vp, ps) };
  };
  const annihilation = () => {
    let key = '';
    let prep: PreparedVlqAnnihilation | undefined;
    return (ps: ParameterSet, mphi: number, B0: number) => {
      const k = `${mphi}|${B0}`;
      if (k !== key || !prep) {
        prep = prepareVlqAnnihilation(ps, mphi, B0);
        key = k;
      }
      return prep;
    };
  };
  const out: ObservableDef[] = [
    def(M, cat, 'Omegah2(vlq)', '\\Omega_\\phi h^2', '1', 'relic density of φ: freeze-out through φφ → ππ, KK, ηη (LO ChPT, Gondolo–Gelmini)', (ps) => {
      const cache: CosmologyCache = {};
      return (np) => relicSummary('vlq', point(M, ps, np), ps, cache).omegaH2;
    }),
    def(M, cat, 'sigmav(vlq)', '\\langle\\sigma v\\rangle', 'cm^3/s', 'total ⟨σ v_Møl⟩(φφ → mesons) at x = m_φ/T', (ps, args) => {
      const get = annihilation();
      return (np) => {
        const { p, left: l } = left(ps, np);
        const prep = get(ps, p.m_phi, p.B0 > 0 ? p.B0 : chiralB0(ps));
        return totalSigmaV(prep, { uu: 0, dd: entry(l.CS, 'd', 'd').re, ss: entry(l.CS, 's', 's').re }, args.x) * GEV_M2_TO_CM3_PER_S;
      };
    }, [{ name: 'x', unit: '1', description: 'm_φ/T (default 20, near freeze-out)', default: () => 20 }]),
    def(M, cat, 'sigmaN(vlq)', '\\sigma_{\\phi N}', 'cm^2', 'DM–nucleon cross section per nucleon for a nucleus (Z, A) (paper 001, Migdal-effect searches)', (ps, args) => (np) => {
      const { vp, left: l } = left(ps, np);
      const css = entry(l.CS, 's', 's').re;
      return toCm2(vlqNucleonCrossSection(ps, vp.mphi, css, css !== 0 ? entry(l.CS, 'd', 'd').re / css : 0, args.Z, args.A));
    }, [Z_ARG, A_ARG]),
    def(M, cat, 'CS_ss(vlq)', 'C^{S,ss}_{d\\phi}', 'GeV^-1', 'LEFT coefficient C^{S,ss} (real)', (ps) => (np) => entry(left(ps, np).left.CS, 's', 's').re),
    def(M, cat, 'CS_dd(vlq)', 'C^{S,dd}_{d\\phi}', 'GeV^-1', 'LEFT coefficient C^{S,dd} (real)', (ps) => (np) => entry(left(ps, np).left.CS, 'd', 'd').re),
    def(M, cat, 'CS_sb(vlq)', '|C^{S,sb}_{d\\phi}|', 'GeV^-1', '|C^{S,sb}| (B → K φφ; the dark-pair coefficient CS_bsphi = C^{S,sb}/2)', (ps) => (np) => abs(entry(left(ps, np).left.CS, 's', 'b'))),
    def(M, cat, 'CP_sb(vlq)', '|C^{P,sb}_{d\\phi}|', 'GeV^-1', '|C^{P,sb}| (B → K* φφ, B_s → φφ)', (ps) => (np) => abs(entry(left(ps, np).left.CP, 's', 'b'))),
    def(M, cat, 'BR(Bs->phiphi)', '\\text{BR}(B_s\\to\\phi\\phi)', '1', 'B_s → φφ (DM pair, invisible) through C^{P,sb} (paper 001)', (ps) => (np) => {
      const { vp, left: l } = left(ps, np);
      return vlqBsToPhiPhiBR(ps, l, vp.mphi);
    }),
    def(M, cat, 'Rhgg(vlq)', '\\Gamma(h\\to gg)/\\Gamma_{SM}', '1', 'h → gg rate relative to the SM from the VLQ loops (paper 001)', (ps) => (np) => vlqHiggsGluonRatio(left(ps, np).vp, ps).ratio),
  ];
  for (const mode of ['B+->K', 'B0->K'] as const) {
    out.push(def(M, cat, `BRvlq(${mode}phiphi)`, `\\text{BR}(${mode}\\phi\\phi)`, '1', `${mode} φφ through C^{S,sb} with emiss's dark-pair machinery (CS_bsphi = C^{S,sb}/2, real φ)`, (ps) => (np) => {
      const { vp, left: l } = left(ps, np);
      return vlqBToPseudoscalarBR(mode, ps, l, vp.mphi);
    }));
  }
  for (const mode of ['B+->K*', 'B0->K*'] as const) {
    out.push(def(M, cat, `BRvlq(${mode}phiphi)`, `\\text{BR}(${mode}\\phi\\phi)`, '1', `${mode} φφ through the pseudoscalar current C^{P,sb} (A0 form factor)`, (ps) => (np) => {
      const { vp, left: l } = left(ps, np);
      return vlqBToVectorBR(mode, ps, l, vp.mphi);
    }));
  }
  return out;
}

export const COSMO_OBSERVABLES: readonly ObservableDef[] = Object.freeze([...alpCosmology(), ...darkPhotonCosmology(), ...vlqObservables()]);


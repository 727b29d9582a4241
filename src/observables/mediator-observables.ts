/**
 * Observables of the mediator models (src/models/mediators.ts). Model parameters are read from NPPoint.dark by
 * name (missing ones take the model defaults; keys of other models are ignored):
 *
 *   ALP (paper 002 §II.A)         BR(B+->Ka), BR(B0->Ka), BR(B+->K*a), BR(B0->K*a)      eqs. (8), (9)
 *                                 BRinv(B+->Ka) …                                       eq. (11)
 *                                 Pesc(B+->Ka) …  (escape probability exp(−L/βγcτ)), Emiss(B+->Ka) …
 *                                 Gamma(a), ctau(a), BR(a->gg), BR(a->gammagamma), BR(a->chichi), BR(a->ss) …
 *   dark photon (paper 002 §III.A) BR(B+->KX) …, BRinv(B+->KX) … (narrow or eq. 40), BR(B+->KX(->mumu)) …,
 *                                 dBRinv/dq2(B+->KX) (eq. 40 density), Gamma(X), ctau(X), BR(X->psipsi) …, g_bs^X
 *   massless γ_D (paper 000)      BR(B+->KQQ), BR(B0->KQQ), dBR/dq2(B+->KQQ), <BR>(B+->KQQ),
 *                                 BR(B0->K*gammaD), BR(B+->K*gammaD), BR(Bs->phigammaD),
 *                                 Emiss(B0->K*gammaD), Emiss(Bs->phigammaD), R_K*gammaD/KQQ
 */
import { EmissError } from '../core/errors.js';
import { HBARC_GEV_CM } from '../core/units.js';
import { alpCouplingsFrom, ALP_MODEL, DARK_PHOTON_MODEL, darkPhotonFrom, gammaDFrom, MASSLESS_DARK_PHOTON_MODEL, resolveModelPoint, type MediatorModel } from '../models/mediators.js';
import { gammaDTwoBodyBR } from '../models/mediator-spectra.js';
import type { ParameterSet } from '../params/parameter-set.js';
import { LEPTONS, alpEscapeProbability, alpInvisible, alpWidths, bToMAlpBR } from '../processes/mediators/alp.js';
import {
  bToMDarkPhotonBR,
  bToMDarkPhotonBreitWigner,
  bToMDarkPhotonBreitWignerDensity,
  darkPhotonWidths,
} from '../processes/mediators/dark-photon.js';
import { bToKQQDensity, gammaDMissingEnergy, kqqBR, prepareKQQKernel, type KQQKernel } from '../processes/mediators/massless-dark-photon.js';
import { findMediatorMode, modeMasses, type MediatorMode } from '../processes/mediators/meson-modes.js';
import { missingEnergy } from '../processes/mediators/two-body.js';
import { lifetimeInvGeV } from '../core/units.js';
import { QUARKS } from '../params/qcd-running.js';
import type { ArgSpec, NPPoint, ObservableDef } from './types.js';

const point = (model: MediatorModel, ps: ParameterSet, np: NPPoint) => resolveModelPoint(model, np.dark, ps);
const reads = (m: MediatorModel) => [`model ${m.name}: ${m.params.map((p) => p.name).join(', ')}`];

function def(
  model: MediatorModel,
  name: string,
  tex: string,
  unit: string,
  description: string,
  prepare: ObservableDef['prepare'],
  args: ArgSpec[] = [],
): ObservableDef {
  const category = model.name === 'alp' ? 'ALP' : model.name === 'darkphoton' ? 'dark photon' : 'massless dark photon';
  return { name, tex, unit, description, category, args, reads: reads(model), prepare };
}

// ---------------------------------------------------------------- ALP
const ALP_MODES = ['B+->K', 'B0->K', 'B+->K*', 'B0->K*'].map(findMediatorMode);

function alpObservables(): ObservableDef[] {
  const M = ALP_MODEL;
  const out: ObservableDef[] = [];
  for (const mode of ALP_MODES) {
    out.push(
      def(M, `BR(${mode.label}a)`, `\\text{BR}(${mode.tex} a)`, '1', `BR(${mode.label} a), paper 002 eq. (${mode.kind === 'P' ? 8 : 9})`, (ps) => (np) =>
        bToMAlpBR(mode, ps, alpCouplingsFrom(point(M, ps, np))),
      ),
      def(M, `BRinv(${mode.label}a)`, `\\text{BR}(${mode.tex} + \\text{inv})_a`, '1', `BR(${mode.label} + invisible) through the ALP: decays to DM plus visible decays outside L_det, eq. (11)`, (ps) => (np) => {
        const p = point(M, ps, np);
        return alpInvisible(mode, ps, alpCouplingsFrom(p), p.L_det).br;
      }),
      def(M, `Pesc(${mode.label}a)`, `P_\\text{esc}(${mode.tex} a)`, '1', `probability exp(−L_det/(βγ cτ_a)) that the ALP of ${mode.label} a decays (visibly) outside the detector`, (ps) => (np) => {
        const p = point(M, ps, np);
        return alpEscapeProbability(mode, ps, alpCouplingsFrom(p), p.L_det);
      }),
      def(M, `Emiss(${mode.label}a)`, `E_\\text{miss}(${mode.tex} a)`, 'GeV', `missing energy of ${mode.label} a in the B rest frame (a line)`, (ps) => (np) => {
        const { mB, mM } = modeMasses(mode, ps);
        return missingEnergy(mB, mM, point(M, ps, np).m_a ** 2);
      }),
    );
  }
  const widths = (ps: ParameterSet, np: NPPoint) => alpWidths(alpCouplingsFrom(point(M, ps, np)), ps);
  out.push(
    def(M, 'Gamma(a)', '\\Gamma_a', 'GeV', 'total ALP width (eqs. 12–15)', (ps) => (np) => widths(ps, np).total),
    def(M, 'ctau(a)', 'c\\tau_a', 'm', 'proper ALP decay length', (ps) => (np) => {
      const w = widths(ps, np).total;
      return w > 0 ? HBARC_GEV_CM / w / 100 : Infinity;
    }),
    def(M, 'BR(a->gg)', '\\text{BR}(a\\to gg)', '1', 'BR(a → gg), eq. (14), α_s(m_a) four-loop', (ps) => (np) => {
      const w = widths(ps, np);
      return w.gg / w.total;
    }),
    def(M, 'BR(a->gammagamma)', '\\text{BR}(a\\to\\gamma\\gamma)', '1', 'BR(a → γγ), eq. (15)', (ps) => (np) => {
      const w = widths(ps, np);
      return w.gammagamma / w.total;
    }),
    def(M, 'BR(a->chichi)', '\\text{BR}(a\\to\\chi\\bar\\chi)', '1', 'BR(a → χχ̄), eq. (12)', (ps) => (np) => {
      const w = widths(ps, np);
      return w.chichi / w.total;
    }),
  );
  for (const f of [...QUARKS.filter((q) => q !== 't'), ...LEPTONS]) {
    out.push(
      def(M, `BR(a->${f}${f})`, `\\text{BR}(a\\to ${f}\\bar ${f})`, '1', `BR(a → ${f}${f}̄), eq. (13) (0 if closed)`, (ps) => (np) => {
        const w = widths(ps, np);
        return (w.ff[`${f}${f}`] ?? 0) / w.total;
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------- dark photon
const X_MODES = ['B+->K', 'B0->K', 'B+->K*', 'B0->K*'].map(findMediatorMode);

function darkPhotonObservables(): ObservableDef[] {
  const M = DARK_PHOTON_MODEL;
  const out: ObservableDef[] = [];
  const inv = (mode: MediatorMode, ps: ParameterSet, np: NPPoint) => {
    const { params, gbs, breitWigner } = darkPhotonFrom(point(M, ps, np));
    if (breitWigner) return lifetimeInvGeV(modeMasses(mode, ps).tauB) * bToMDarkPhotonBreitWigner(mode, ps, gbs, params);
    const w = darkPhotonWidths(params, ps);
    return (bToMDarkPhotonBR(mode, ps, gbs, params.mX) * w.psipsi) / w.total;
  };
  for (const mode of X_MODES) {
    out.push(
      def(M, `BR(${mode.label}X)`, `\\text{BR}(${mode.tex} X)`, '1', `BR(${mode.label} X), eq. (${mode.kind === 'P' ? 42 : 43})`, (ps) => (np) => {
        const { params, gbs } = darkPhotonFrom(point(M, ps, np));
        return bToMDarkPhotonBR(mode, ps, gbs, params.mX);
      }),
      def(M, `BRinv(${mode.label}X)`, `\\text{BR}(${mode.tex} X(\\to\\psi\\psi))`, '1', `BR(${mode.label} + invisible) through X → ψψ: narrow width, or eq. (40) if breit_wigner = 1`, (ps) => (np) => inv(mode, ps, np)),
      def(M, `dBRinv/dq2(${mode.label}X)`, `\\frac{d\\text{BR}}{dq^2}(${mode.tex} X^*(\\to\\psi\\psi))`, 'GeV^-2', `off-shell spectrum of eq. (40) at q² (Breit–Wigner)`, (ps, args) => (np) => {
        const { params, gbs } = darkPhotonFrom(point(M, ps, np));
        return lifetimeInvGeV(modeMasses(mode, ps).tauB) * bToMDarkPhotonBreitWignerDensity(mode, ps, gbs, params, args.q2);
      }, [{ name: 'q2', unit: 'GeV^2', description: 'invariant mass² of the ψψ pair' }]),
    );
    for (const [ch, key] of [['mumu', 'mumu'], ['ee', 'ee']] as const) {
      out.push(
        def(M, `BR(${mode.label}X(->${ch}))`, `\\text{BR}(${mode.tex} X(\\to ${ch === 'mumu' ? '\\mu\\mu' : 'ee'}))`, '1', `BR(${mode.label} X) × BR(X → ${ch}) (narrow width; the LHCb resonance bound for μμ)`, (ps) => (np) => {
          const { params, gbs } = darkPhotonFrom(point(M, ps, np));
          const w = darkPhotonWidths(params, ps);
          return (bToMDarkPhotonBR(mode, ps, gbs, params.mX) * w[key]) / w.total;
        }),
      );
    }
  }
  const widths = (ps: ParameterSet, np: NPPoint) => darkPhotonWidths(darkPhotonFrom(point(M, ps, np)).params, ps);
  out.push(
    def(M, 'Gamma(X)', '\\Gamma_X', 'GeV', 'total dark-photon width (eqs. 38, 39)', (ps) => (np) => widths(ps, np).total),
    def(M, 'ctau(X)', 'c\\tau_X', 'm', 'proper dark-photon decay length', (ps) => (np) => HBARC_GEV_CM / widths(ps, np).total / 100),
    def(M, 'ctau_SM(X)', 'c\\tau_X^{\\rm SM}', 'm', 'proper decay length from the SM channels only (as quoted in paper 002 §III.A)', (ps) => (np) => HBARC_GEV_CM / widths(ps, np).sm / 100),
    def(M, 'g_bs^X', 'g_{bs}^X', '1', '|g_bs^X| used (eq. 41 by default)', (ps) => (np) => darkPhotonFrom(point(M, ps, np)).gbs),
  );
  for (const ch of ['psipsi', 'ee', 'mumu', 'tautau', 'nunu', 'hadrons'] as const) {
    out.push(
      def(M, `BR(X->${ch})`, `\\text{BR}(X\\to ${ch})`, '1', `BR(X → ${ch})${ch === 'nunu' ? ', three flavours' : ''}`, (ps) => (np) => {
        const w = widths(ps, np);
        return w[ch] / w.total;
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------- massless dark photon
function gammaDObservables(): ObservableDef[] {
  const M = MASSLESS_DARK_PHOTON_MODEL;
  const out: ObservableDef[] = [];
  /** prepared q² kernel, rebuilt when m_Q or the bin changes (closure-local, no shared state) */
  const kernelCache = (mode: MediatorMode, ps: ParameterSet, q2min?: number, q2max?: number) => {
    let last: KQQKernel | undefined;
    return (mQ: number) => {
      if (!last || last.mQ !== mQ) last = prepareKQQKernel(mode, ps, mQ, q2min, q2max);
      return last;
    };
  };
  for (const mode of ['B+->K', 'B0->K'].map(findMediatorMode)) {
    out.push(
      def(M, `BR(${mode.label}QQ)`, `\\text{BR}(${mode.tex} Q\\bar Q)`, '1', `BR(${mode.label} Q Q̄) summed over N_Q generations, eqs. (3.6), (3.12), (3.14)`, (ps) => {
        const kern = kernelCache(mode, ps);
        return (np) => {
          const g = gammaDFrom(point(M, ps, np));
          return kqqBR(kern(g.mQ), { Lambda: g.Lambda, alphaD: g.alphaD, NQ: g.NQ }, g.options);
        };
      }),
    );
  }
  const K = findMediatorMode('B+->K');
  out.push(
    def(M, 'dBR/dq2(B+->KQQ)', '\\frac{d\\text{BR}}{dq^2}(B^+\\to K^+ Q\\bar Q)', 'GeV^-2', 'differential BR(B+ → K+ Q Q̄) at q², N_Q generations', (ps, args) => (np) => {
      const g = gammaDFrom(point(M, ps, np));
      return lifetimeInvGeV(modeMasses(K, ps).tauB) * bToKQQDensity(K, ps, args.q2, { Lambda: g.Lambda, alphaD: g.alphaD, mQ: g.mQ, NQ: g.NQ }, g.options);
    }, [{ name: 'q2', unit: 'GeV^2', description: 'dark-fermion pair invariant mass²' }]),
    def(M, '<BR>(B+->KQQ)', '\\text{BR}(B^+\\to K^+ Q\\bar Q)|_{[q^2_{\\min},q^2_{\\max}]}', '1', 'BR(B+ → K+ Q Q̄) in a q² bin', (ps, args) => {
      if (!(args.q2max > args.q2min)) throw new EmissError(`empty q² bin [${args.q2min}, ${args.q2max}]`);
      const kern = kernelCache(K, ps, args.q2min, args.q2max);
      return (np) => {
        const g = gammaDFrom(point(M, ps, np));
        return kqqBR(kern(g.mQ), { Lambda: g.Lambda, alphaD: g.alphaD, NQ: g.NQ }, g.options);
      };
    }, [
      { name: 'q2min', unit: 'GeV^2', description: 'lower bin edge (default 0)', default: () => 0 },
      { name: 'q2max', unit: 'GeV^2', description: 'upper bin edge (default (m_B − m_K)²)', default: (ps) => (modeMasses(K, ps).mB - modeMasses(K, ps).mM) ** 2 },
    ]),
  );
  for (const label of ['B0->K*', 'B+->K*', 'Bs->phi']) {
    const mode = findMediatorMode(label);
    const n = label === 'Bs->phi' ? 'Bs->phigammaD' : `${label}gammaD`;
    out.push(
      def(M, `BR(${n})`, `\\text{BR}(${mode.tex}\\gamma_D)`, '1', label === 'Bs->phi' ? 'BR(Bs → φ γ_D), via R_K*φ (eqs. 6.3–6.6) or T1^{Bs→φ}(0)' : `BR(${label} γ_D), eq. (4.4) (Lagrangian normalisation by default)`, (ps) => (np) =>
        gammaDTwoBodyBR(label, point(M, ps, np), ps),
      ),
    );
    if (label !== 'B+->K*') {
      out.push(def(M, `Emiss(${n})`, `E_\\text{miss}(${mode.tex}\\gamma_D)`, 'GeV', `monochromatic missing energy of ${label} γ_D in the B rest frame (2.56 / 2.59 GeV in paper 000)`, (ps) => () => gammaDMissingEnergy(mode, ps)));
    }
  }
  out.push(
    def(M, 'R_K*gammaD/KQQ', '\\frac{\\text{BR}(B^0\\to K^{*0}\\gamma_D)}{\\text{BR}(B^+\\to K^+ Q\\bar Q)}', '1', 'the ratio of paper 000 eq. (5.4) and Fig. 3 (independent of Λ)', (ps) => {
      const kern = kernelCache(K, ps);
      return (np) => {
        const p = point(M, ps, np);
        const g = gammaDFrom(p);
        return gammaDTwoBodyBR('B0->K*', p, ps) / kqqBR(kern(g.mQ), { Lambda: g.Lambda, alphaD: g.alphaD, NQ: g.NQ }, g.options);
      };
    }),
  );
  return out;
}

export const MEDIATOR_OBSERVABLES: readonly ObservableDef[] = Object.freeze([...alpObservables(), ...darkPhotonObservables(), ...gammaDObservables()]);

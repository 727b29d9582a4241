/**
 * ALP-portal dark matter in the early universe (paper 002 §II.B–C, eqs. 21–30, Figs. 1–2): the ALP a is produced
 * by b quarks (b → s a, b g → b a, b γ → b a, b b̄ → a g, b b̄ → a γ) and by inverse decays of its own SM decay
 * channels, and feeds the Dirac (or Majorana) DM χ by freeze-in through a → χχ̄.
 *
 * Boltzmann equations (eqs. 27–28) are solved with the generic network of src/cosmo/boltzmann-network.ts, in
 * x = m_b/T, with:
 *   species  a  (m_a, g = 1, Y_a = 0 at x_start, integrated as the deviation from equilibrium),
 *            χ  (m_χ, g = 4 for Dirac: Ỹ_χ = Y_χ + Y_χ̄ as in the paper; g = 2 for Majorana; Ỹ_χ = 0 at x_start);
 *   reactions (bath particles in equilibrium, detailed balance supplied by the network):
 *     b → s a         ⟨Γ⟩ = Γ(b→sa) K1(m_b/T)/K2(m_b/T)                 (eqs. 21, 24); b and b̄: g_b = 12
 *     b g → b a       ⟨σv⟩ of eq. (23) (Gondolo–Gelmini eq. 25)           b and b̄ (g_b = 12), g_g = 16
 *     b γ → b a       eq. (23) with α_s/6 → Q_b²α                          b and b̄ (g_b = 12), g_γ = 2
 *     b b̄ → a g       eq. (22)                                             g_b = g_b̄ = 6, colours averaged in σ
 *     b b̄ → a γ       eq. (22) with 4α_s/9 → Q_b²α/3
 *     a → SM          ⟨Γ⟩ = Γ_vis K1(m_a/T)/K2(m_a/T) (gg, qq̄, γγ, ℓℓ of src/processes/mediators/alp.ts)
 *     a → χχ̄          ⟨Γ⟩ = Γ(a→χχ̄) K1/K2 (eq. 12); the network gives exactly eqs. (27)–(28) for it.
 * Eq. (27) writes Y_b^eq without saying whether b̄ is included; emiss counts both b g → b a and b̄ g → b̄ a (and both
 * b → s a and b̄ → s̄ a), which is what the collision term of the ALP requires. The b-quark mass is m_b(m_b) (the
 * paper's x ≡ m_b/T does not say which); α_s in eqs. (22)–(23) runs with the hard scale μ = √s (four loops,
 * src/params/qcd-running.ts) unless `alphaSScale` fixes it; α = α(0).
 *
 * Relic density (eq. 30): Ω_χ h² = m_χ Ỹ_χ(∞) s₀/(ρ_c/h²) (src/cosmo/relic-density.ts), Ỹ_χ(∞) = Ỹ_χ(x_end) +
 * 2 Y_a(x_end) BR(a → χχ̄) (ALPs that survive to x_end — only for very small quark couplings — decay afterwards). The Hubble rate uses
 * g_* (energy density) and the (1 + δ) entropy factor; `paperLiteral` switches to eq. (26) as printed (g_*s in H)
 * and drops δ (the paper's eqs. 27–28 are written without it).
 *
 * Thermal averages of the scatterings do not depend on the couplings (σ ∝ |C^A_bb|²/f_a²), so
 * `prepareAlpCosmology(ps, m_a)` tabulates ⟨σv⟩/(|C_bb|²/f_a²)(x) once per ALP mass (log–log PCHIP, 161 points on
 * 0.003 ≤ x ≤ 100; beyond x = 100 the b-quark density, e^{−x}, makes every b-quark rate irrelevant and the end
 * value is used) and every later relic-density evaluation costs one network solve (a few ms, bench/run.ts).
 *
 * Freeze-in linearity (Fig. 2): as long as a → χχ̄ is a negligible part of the ALP width and Ỹ_χ ≪ Ỹ_χ^eq, the DM
 * yield is linear in Γ(a → χχ̄): Ỹ_χ = Γ(a→χχ̄) J(C_q), where J depends on the quark couplings only (through the ALP
 * history Y_a(x)). `freezeInYieldPerWidth` computes J from one network solve with a tracer width, and
 * `chiCouplingForOmega` then gives C_χχ/f_a on an Ω h² = 0.12 contour for any m_χ in closed form
 * (Ω ∝ m_χ³ β_χ C_χ²). test/cosmo-alp.test.ts checks this against the full network.
 */
import { EmissError } from '../../core/errors.js';
import { solveBoltzmannNetwork, type BathParticle, type BoltzmannNetworkResult, type Reaction } from '../../cosmo/boltzmann-network.js';
import { M_PLANCK, OMEGA_CDM_H2 } from '../../cosmo/constants.js';
import { omegaH2FromYield } from '../../cosmo/relic-density.js';
import { hubbleRate, standardModelHistory, type ThermalHistory } from '../../cosmo/thermal-history.js';
import { thermalAverageSigmaV } from '../../cosmo/thermal-average.js';
import { lnNumberDensityEqMB } from '../../cosmo/equilibrium.js';
import { tabulateLogLog, type LogTable } from '../../numerics/interp/log-table.js';
import { makeBesselK1OverK2 } from '../../numerics/special/bessel-k.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';
import { alphaSAt, alphaSInputs } from '../../params/qcd-running.js';
import { alpWidths, type AlpCouplings } from '../../processes/mediators/alp.js';
import {
  bbToAlpShape,
  bgToBAlpShape,
  bToSAlpWidthUnit,
  B_QUARK_CHARGE,
} from '../../processes/cosmo/alp-production.js';

/** Degrees of freedom of the bath particles (spin × colour; b and b̄ separately where stated). */
export const G_B_QUARK = 6;
export const G_GLUON = 16;
export const G_PHOTON = 2;

export interface AlpCosmologyOptions {
  /** 'sqrt-s' (default): α_s(√s) in eqs. (22)–(23); a number: α_s at that fixed scale [GeV] */
  readonly alphaSScale?: 'sqrt-s' | number;
  /** use eq. (21) as printed ((1 − x_a)³) instead of the derived (1 − x_a)² */
  readonly eq21Printed?: boolean;
}

/** Coupling-independent thermal rates of one ALP mass, tabulated against x = m_b/T. */
export interface PreparedAlpCosmology {
  readonly ma: number;
  readonly mb: number;
  readonly ms: number;
  /** α(0) used for the photon processes */
  readonly alpha: number;
  /** Γ(b → s a) per unit (|C^V_sb|² + |C^A_sb|²)/f_a² [GeV³] */
  readonly decayUnit: number;
  /** ⟨σv⟩ per unit |C^A_bb|²/f_a² [dimensionless: GeV⁻² per GeV⁻²] of b g → b a, b γ → b a, b b̄ → a g, b b̄ → a γ */
  readonly sigmaV: { readonly bg: LogTable; readonly bgamma: LogTable; readonly bbg: LogTable; readonly bbgamma: LogTable };
  readonly xMin: number;
  readonly xMax: number;
  readonly options: AlpCosmologyOptions;
}

const X_MIN = 3e-3;
/** Y_eq of one bosonic degree of freedom with m ≪ T and g_*s ≈ 100 (Maxwell–Boltzmann: 45/(2π⁴ · 100)) */
const Y_RELATIVISTIC_BOSON = 45 / (2 * Math.PI ** 4 * 100);
const X_MAX = 100;

/** Tabulates the thermal averages for an ALP of mass m_a (≈ 20–60 ms). */
export function prepareAlpCosmology(ps: ParameterSet, ma: number, options: AlpCosmologyOptions = {}): PreparedAlpCosmology {
  if (!(ma > 0) || !Number.isFinite(ma)) throw new EmissError(`ALP mass must be positive (got ${ma})`);
  const mb = param(ps, 'm_b');
  const ms = param(ps, 'm_s');
  if (ma >= mb) throw new EmissError(`ALP freeze-in through b quarks needs m_a < m_b = ${mb} GeV (got ${ma})`);
  const alpha = param(ps, 'alpha_e0');
  const inp = alphaSInputs(ps);
  const scale = options.alphaSScale ?? 'sqrt-s';
  if (scale !== 'sqrt-s' && !(typeof scale === 'number' && scale >= 1)) throw new EmissError(`alphaSScale must be 'sqrt-s' or a scale ≥ 1 GeV (got ${scale})`);
  // α_s(μ) on a log grid (μ from m_b + m_a to 1e5 GeV), read per s inside the thermal integrals
  const aS: (mu: number) => number =
    scale === 'sqrt-s' ? tabulateLogLog((mu) => alphaSAt(mu, inp), mb + ma, 1e5, { points: 120, extrapolate: 'clamp' }) : ((c: number) => () => c)(alphaSAt(scale, inp));
  // threshold of b g → b a at √s = m_b + m_a (the integrand vanishes below it)
  const opts = { epsrel: 1e-7, sqrtSBreakpoints: [mb + ma, mb + ma + 0.5 * ma] };
  const mk = (f: (x: number) => number) => tabulateLogLog(f, X_MIN, X_MAX, { points: 161, extrapolate: 'linear' });
  const bg = mk((x) => thermalAverageSigmaV((s) => (aS(Math.sqrt(s)) / 48) * bgToBAlpShape(s, mb, ma), mb, 0, mb / x, opts));
  const bgamma = mk((x) => thermalAverageSigmaV((s) => ((B_QUARK_CHARGE ** 2 * alpha) / 8) * bgToBAlpShape(s, mb, ma), mb, 0, mb / x, opts));
  const bbg = mk((x) => thermalAverageSigmaV((s) => ((4 * aS(Math.sqrt(s))) / 9) * bbToAlpShape(s, mb, ma), mb, mb, mb / x, opts));
  const bbgamma = mk((x) => thermalAverageSigmaV((s) => ((B_QUARK_CHARGE ** 2 * alpha) / 3) * bbToAlpShape(s, mb, ma), mb, mb, mb / x, opts));
  return {
    ma,
    mb,
    ms,
    alpha,
    decayUnit: bToSAlpWidthUnit(mb, ma, options.eq21Printed === true),
    sigmaV: { bg, bgamma, bbg, bbgamma },
    xMin: X_MIN,
    xMax: X_MAX,
    options,
  };
}

export interface AlpFreezeInOptions {
  /** x = m_b/T where Y_a = Ỹ_χ = 0 (default 0.01, T ≈ 420 GeV) */
  readonly xStart?: number;
  /** default 300 (T ≈ 14 MeV; a → χχ̄ is over by x ≈ 60) */
  readonly xEnd?: number;
  readonly xEval?: readonly number[];
  readonly history?: ThermalHistory;
  /** eq. (26) literally (g_*s in H) and no (1 + δ) factor, as eqs. (27)–(28) are printed */
  readonly paperLiteral?: boolean;
  /** relative tolerance of the network (default 1e-5: Ω h² to ~1e-6, ≈ 5 ms) */
  readonly rtol?: number;
  /** drop the b-quark production (ALP only from inverse decays of a → SM) */
  readonly noBQuarks?: boolean;
  /** replace Γ(a → χχ̄) by this value [GeV] (tracer solves for `freezeInYieldPerWidth`) */
  readonly chiWidthOverride?: number;
}

export interface AlpFreezeInResult {
  readonly omegaH2: number;
  /** Ỹ_χ at late times: Ỹ_χ(x_end) plus the DM from ALPs still present at x_end (lateDecayYield) */
  readonly yieldChi: number;
  readonly lateDecayYield: number;
  /** Γ(a → χχ̄), Γ(a → SM), Γ(b → s a) [GeV] */
  readonly widths: { readonly chichi: number; readonly visible: number; readonly bToSa: number };
  readonly network: BoltzmannNetworkResult;
}

function checkCouplings(prep: PreparedAlpCosmology, c: AlpCouplings): void {
  if (Math.abs(c.ma - prep.ma) > 1e-12 * prep.ma) throw new EmissError(`the prepared ALP rates are for m_a = ${prep.ma} GeV, not ${c.ma}`);
  if (!(c.mchi > 0)) throw new EmissError(`the relic density needs a DM mass m_chi > 0 (got ${c.mchi})`);
}

/** The reactions of eqs. (27)–(28). */
function reactions(prep: PreparedAlpCosmology, c: AlpCouplings, ps: ParameterSet, opts: AlpFreezeInOptions): { list: Reaction[]; widths: AlpFreezeInResult['widths'] } {
  const { mb, ma, ms } = prep;
  const w = alpWidths(c, ps);
  const gChi = opts.chiWidthOverride ?? w.chichi;
  const cbb2 = (c.Cqq.b / c.fa) ** 2;
  const gDecay = (prep.decayUnit * (c.CVsb * c.CVsb + c.CAsb * c.CAsb)) / (c.fa * c.fa);
  const k1k2b = makeBesselK1OverK2();
  const k1k2a = makeBesselK1OverK2();
  const rA = ma / mb;
  const clampX = (x: number) => Math.min(Math.max(x, prep.xMin), prep.xMax);
  const b12: BathParticle = { bath: 'b (b and b̄)', mass: mb, g: 2 * G_B_QUARK };
  const bq: BathParticle = { bath: 'b', mass: mb, g: G_B_QUARK };
  const bbar: BathParticle = { bath: 'b̄', mass: mb, g: G_B_QUARK };
  const s12: BathParticle = { bath: 's (s and s̄)', mass: ms, g: 2 * G_B_QUARK };
  const glu: BathParticle = { bath: 'g', mass: 0, g: G_GLUON };
  const pho: BathParticle = { bath: 'γ', mass: 0, g: G_PHOTON };
  const sm: BathParticle = { bath: 'SM', mass: 0, g: 1 };
  const list: Reaction[] = [];
  if (!opts.noBQuarks) {
    if (gDecay > 0) list.push({ name: 'b → s a', initial: [b12], final: [s12, 'a'], rate: (x) => gDecay * k1k2b(x) });
    if (cbb2 > 0) {
      list.push(
        { name: 'b g → b a', initial: [b12, glu], final: [b12, 'a'], rate: (x) => cbb2 * prep.sigmaV.bg(clampX(x)) },
        { name: 'b γ → b a', initial: [b12, pho], final: [b12, 'a'], rate: (x) => cbb2 * prep.sigmaV.bgamma(clampX(x)) },
        { name: 'b b̄ → a g', initial: [bq, bbar], final: ['a', glu], rate: (x) => cbb2 * prep.sigmaV.bbg(clampX(x)) },
        { name: 'b b̄ → a γ', initial: [bq, bbar], final: ['a', pho], rate: (x) => cbb2 * prep.sigmaV.bbgamma(clampX(x)) },
      );
    }
  }
  if (w.visible > 0) list.push({ name: 'a → SM', initial: ['a'], final: [sm], rate: (x) => w.visible * k1k2a(rA * x) });
  if (gChi > 0) list.push({ name: 'a → χχ̄', initial: ['a'], final: ['chi', 'chi'], rate: (x) => gChi * k1k2a(rA * x) });
  if (list.length === 0) throw new EmissError('the ALP has no interactions: set a quark or DM coupling');
  return { list, widths: { chichi: gChi, visible: w.visible, bToSa: gDecay } };
}

/** Solves eqs. (27)–(28) and returns Ω_χ h² (eq. 30). */
export function alpFreezeIn(prep: PreparedAlpCosmology, c: AlpCouplings, ps: ParameterSet, opts: AlpFreezeInOptions = {}): AlpFreezeInResult {
  checkCouplings(prep, c);
  const { list, widths } = reactions(prep, c, ps, opts);
  const rtol = opts.rtol ?? 1e-5;
  // Ỹ_χ grows from exactly 0: a purely relative error test would resolve its irrelevant early values (1e-20 …)
  // to 1e-6 and crawl. The absolute tolerance is 1e-3 · rtol · (the freeze-in estimate for an ALP in
  // equilibrium, Ỹ ≈ 2 · 135 M_Pl Γ_χ /(8π³ · 1.66 · g_*^{3/2} m_a²) with g_* = 60), so the final yield keeps
  // its relative accuracy rtol.
  const yEst = (2 * 135 * M_PLANCK * widths.chichi) / (8 * Math.PI ** 3 * 1.66 * 60 ** 1.5 * prep.ma * prep.ma);
  const network = solveBoltzmannNetwork({
    referenceMass: prep.mb,
    species: [
      // once Boltzmann-suppressed (Y_a ≲ 1e-9 of its relativistic value) the ALP yield no longer matters: an
      // absolute tolerance there keeps the solver from resolving Y_a^eq ∝ e^{−m_a/T} down to 1e-60
      { name: 'a', mass: prep.ma, g: 1, initial: 0, variable: 'deviation', atol: 1e-9 * Y_RELATIVISTIC_BOSON },
      { name: 'chi', mass: c.mchi, g: c.chiMajorana ? 2 : 4, initial: 0, atol: 1e-3 * rtol * yEst },
    ],
    reactions: list,
    history: opts.history ?? standardModelHistory,
    xStart: opts.xStart ?? 0.01,
    xEnd: opts.xEnd ?? 300,
    rtol,
    xEval: opts.xEval,
    ...(opts.paperLiteral ? { hubbleDof: 'entropy' as const, includeDofDerivative: false } : {}),
  });
  // ALPs still present at x_end (long-lived ALP for small quark couplings) decay later: each gives two χ with
  // probability BR(a → χχ̄) (inverse decays are negligible by then). Zero whenever the ALP tracks equilibrium.
  const late = widths.chichi > 0 ? (2 * Math.max(network.finalYields.a, 0) * widths.chichi) / (widths.chichi + widths.visible) : 0;
  const y = network.finalYields.chi + late;
  return { omegaH2: omegaH2FromYield(c.mchi, Math.max(y, 0)), yieldChi: y, lateDecayYield: late, widths, network };
}

/**
 * J = Ỹ_χ/Γ(a → χχ̄) [GeV⁻¹] in the freeze-in regime (linear in the width), for the quark couplings of `c`
 * (C_χχ and m_χ are ignored: a tracer width 10⁻⁶ Γ(a → SM) is used).
 */
export function freezeInYieldPerWidth(prep: PreparedAlpCosmology, c: AlpCouplings, ps: ParameterSet, opts: AlpFreezeInOptions = {}): number {
  // tracer width: 1e-6 of the visible width (or 1e-30 GeV without visible decays), far inside the linear regime
  const vis = alpWidths({ ...c, Cchi: 0 }, ps).visible;
  const tracer = vis > 0 ? 1e-6 * vis : 1e-30;
  const r = alpFreezeIn(prep, { ...c, Cchi: 0, mchi: Math.max(c.mchi, 1e-6) }, ps, { ...opts, chiWidthOverride: tracer });
  return r.yieldChi / tracer;
}

/**
 * Ω_χ h² in the linear freeze-in regime from J (freezeInYieldPerWidth): Ω = m_χ · 2.74e8 · J · Γ(a→χχ̄), with
 * Γ = (1 or 2) C² m_a m_χ² β/(8π) for C = C_χχ/f_a [GeV⁻¹] (Dirac or Majorana, eq. 12).
 */
export function omegaFromYieldPerWidth(J: number, ma: number, mchi: number, chiOverFa: number, majorana = false): number {
  if (!(2 * mchi < ma)) return 0;
  const beta = Math.sqrt(1 - (4 * mchi * mchi) / (ma * ma));
  const width = ((majorana ? 2 : 1) * chiOverFa * chiOverFa * ma * mchi * mchi * beta) / (8 * Math.PI);
  return omegaH2FromYield(mchi, J * width);
}

/** C_χχ/f_a [GeV⁻¹] giving Ω h² = `omega` (default 0.12) for m_χ in the linear freeze-in regime; Infinity if 2m_χ ≥ m_a. */
export function chiCouplingForOmega(J: number, ma: number, mchi: number, omega = OMEGA_CDM_H2, majorana = false): number {
  const unit = omegaFromYieldPerWidth(J, ma, mchi, 1, majorana);
  return unit > 0 ? Math.sqrt(omega / unit) : Infinity;
}

/**
 * The smallest C_χχ/f_a for which some m_χ < m_a/2 gives Ω h² = `omega` (below it DM production through a → χχ̄
 * cannot reach the observed abundance: the "kinematically forbidden" region of Fig. 2). Ω ∝ m_χ³ √(1 − 4m_χ²/m_a²)
 * is largest where 4m_χ²/m_a² = 3/4, i.e. at m_χ = (√3/4) m_a.
 */
export function minimumChiCoupling(J: number, ma: number, omega = OMEGA_CDM_H2, majorana = false): { coupling: number; mchi: number } {
  const mchi = (Math.sqrt(3) / 4) * ma;
  return { coupling: chiCouplingForOmega(J, ma, mchi, omega, majorana), mchi };
}

export interface ThermalisationRates {
  /** x = m_b/T */
  readonly x: number;
  readonly T: number;
  readonly hubble: number;
  /** per-ALP production rates per unit coupling² [GeV per GeV⁻²]: Γ = rate × (C/f_a)² with C = C_q (universal) */
  readonly decayPerAlp: number;
  readonly scatteringPerAlp: number;
  /** C_q/f_a [GeV⁻¹] above which each process outpaces the expansion: rate(C) = H */
  readonly couplingDecay: number;
  readonly couplingScattering: number;
}

/**
 * Fig. 1 (left): the rates per ALP with which b decays and b-quark scatterings produce a 2 GeV ALP, compared with
 * H(T) (eq. 26, g_*), for universal couplings C^V_sb = C^A_sb = C^A_bb = C_q:
 *   decays:      n_b^eq ⟨Γ(b→sa)⟩ / n_a^eq              (b and b̄),
 *   scatterings: [n_b n_g ⟨σv⟩_bg + n_b n_γ ⟨σv⟩_bγ + n_b n_b̄ (⟨σv⟩_bb̄→ag + ⟨σv⟩_bb̄→aγ)] / n_a^eq.
 * This is the "normalised" rate: the inverse reactions then destroy ALPs at the same rate, so rate > H means
 * the ALP is kept in equilibrium. Both scale as (C_q/f_a)²; the returned thresholds solve rate = H.
 */
export function thermalisationRates(prep: PreparedAlpCosmology, x: number, history: ThermalHistory = standardModelHistory): ThermalisationRates {
  if (!(x > 0) || !Number.isFinite(x)) throw new EmissError(`x = m_b/T must be positive (got ${x})`);
  const T = prep.mb / x;
  const H = hubbleRate(T, history);
  const lnNa = lnNumberDensityEqMB(prep.ma, 1, T);
  const nb12 = Math.exp(lnNumberDensityEqMB(prep.mb, 2 * G_B_QUARK, T) - lnNa); // n_b(b + b̄)/n_a
  const nb6 = Math.exp(lnNumberDensityEqMB(prep.mb, G_B_QUARK, T) - lnNa);
  const nb6abs = Math.exp(lnNumberDensityEqMB(prep.mb, G_B_QUARK, T));
  const ng = (G_GLUON * T ** 3) / (Math.PI * Math.PI);
  const ngam = (G_PHOTON * T ** 3) / (Math.PI * Math.PI);
  const xc = Math.min(Math.max(x, prep.xMin), prep.xMax);
  const decay = nb12 * prep.decayUnit * 2 * makeBesselK1OverK2()(x); // C^V = C^A = C_q → |C^V|² + |C^A|² = 2C_q²
  const scat = nb12 * (ng * prep.sigmaV.bg(xc) + ngam * prep.sigmaV.bgamma(xc)) + nb6 * nb6abs * (prep.sigmaV.bbg(xc) + prep.sigmaV.bbgamma(xc));
  return {
    x,
    T,
    hubble: H,
    decayPerAlp: decay,
    scatteringPerAlp: scat,
    couplingDecay: decay > 0 ? Math.sqrt(H / decay) : Infinity,
    couplingScattering: scat > 0 ? Math.sqrt(H / scat) : Infinity,
  };
}

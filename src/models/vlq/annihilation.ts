/**
 * Annihilation of the real scalar DM φ of the VLQ model into light mesons at leading order in chiral perturbation
 * theory, and its freeze-out relic density (paper 001: "with a leading order chiral realisation, we can calculate
 * the annihilation cross-sections into pions, kaons and etas").
 *
 * Chiral realisation. The quark mass term is L = −q̄ M q; the LEFT coupling ½ C^{S,qq}(q̄q)φ² (flavour-diagonal,
 * real) shifts M → M − ½ C φ² with C = diag(C_uu, C_dd, C_ss). The LO chiral Lagrangian
 * (F²/4)Tr[∂U∂U†] + (F²B/2)Tr[M(U + U†)], U = exp(i√2 Π/F), contains −B Tr[M Π²], hence
 *   L_φP = (B/2) φ² Tr[C Π²],   Π = ((π⁰/√2 + η/√6, π⁺, K⁺), (π⁻, −π⁰/√2 + η/√6, K⁰), (K⁻, K̄⁰, −2η/√6)),
 *   = (B/2) φ² { (C_uu + C_dd)(π⁺π⁻ + ½π⁰π⁰) + (C_uu + C_ss)K⁺K⁻ + (C_dd + C_ss)K⁰K̄⁰
 *               + (C_uu + C_dd + 4C_ss) η²/6 + (C_uu − C_dd) π⁰η/√3 },
 * which for C_uu = 0 is the expression of paper 001 (with its "+ ⋯" the π⁰η term). η–η′ mixing is neglected (η = η8).
 * Constant amplitudes (s-wave): M(φφ → A B) = B g for a term (B/2) g φ² A B with A ≠ B, and M = 2 B g for
 * (B/2) g φ² A² with A real (then a factor 1/2 for identical final particles):
 *   π⁺π⁻: B(C_uu + C_dd)   π⁰π⁰: B(C_uu + C_dd), S = ½   K⁺K⁻: B(C_uu + C_ss)   K⁰K̄⁰: B(C_dd + C_ss)
 *   ηη: B(C_uu + C_dd + 4C_ss)/3, S = ½                π⁰η: B(C_uu − C_dd)/√3.
 * Cross section for identical initial φ (no initial-state factor, the Boltzmann equation dn/dt = −⟨σv⟩(n² − n_eq²)):
 *   σ(s) = S |M|² β_f(s) / (16π s β_i(s)),   β_i = √(1 − 4m_φ²/s),   β_f = λ^{1/2}(s, m_A², m_B²)/s,
 * thermally averaged with Gondolo–Gelmini (src/cosmo/thermal-average.ts), so channels closed at rest (m_φ < m_K)
 * are included through the thermal tail ("forbidden" annihilation). For x → ∞ and an open channel,
 * ⟨σv⟩ → S|M|² β_f/(32π m_φ²).
 *
 * Paper 001 writes ⟨σv(φφ → K⁺K⁻, K⁰K̄⁰)⟩ = B²|C^{S,ss}|² η(x, z_K)/(64π m_φ²) and ⟨σv(φφ → ηη)⟩ = B²|C^{S,ss}|²
 * η(x, z_η)/(72π m_φ²) (C_dd = 0), with one function η(x, z), z = m²/m_φ², "between 0.5 and 1.7". With the
 * amplitudes above both follow from a single definition, η(x, z) ≡ 64π m_φ² ⟨σv(φφ → K⁺K⁻)⟩/(B²C²) for final mass
 * √z m_φ (for ηη: (16/9)(1/2)/64π = 1/72π), with η(∞, z) = 2√(1 − z) for z < 1: `etaFunction`.
 *
 * B = B₀ of LO ChPT, by default m_π⁺²/(m_u + m_d) with the MS-bar masses at 2 GeV (2.84 GeV for PDG 2024); the
 * kaon estimate m_K⁺²/(m_s + m̂) is 2.51 GeV — the 13 % spread is the size of the NLO corrections (the ⟨σv⟩ scale
 * as B²). Meson masses: π⁺, π⁰, K⁺, K⁰, η (PDG 2024).
 */
import { EmissError } from '../../core/errors.js';
import { OMEGA_CDM_H2 } from '../../cosmo/constants.js';
import { solveFreezeOut, type FreezeOutResult } from '../../cosmo/freeze-out.js';
import { thermalAverageSigmaV } from '../../cosmo/thermal-average.js';
import type { ThermalHistory } from '../../cosmo/thermal-history.js';
import { tabulateLogLog, type LogTable } from '../../numerics/interp/log-table.js';
import { brent } from '../../numerics/roots.js';
import { param, type ParameterSet } from '../../params/parameter-set.js';

export type ChannelName = 'pi+pi-' | 'pi0pi0' | 'K+K-' | 'K0K0bar' | 'etaeta' | 'pi0eta';

export interface DiagonalCouplings {
  /** C^{S,uu}, C^{S,dd}, C^{S,ss} [GeV⁻¹] (real) */
  readonly uu: number;
  readonly dd: number;
  readonly ss: number;
}

interface ChannelDef {
  readonly name: ChannelName;
  readonly masses: readonly [string, string];
  /** symmetry factor of the final state */
  readonly S: number;
  /** amplitude / B as a function of the couplings */
  readonly amp: (c: DiagonalCouplings) => number;
}

export const CHANNELS: readonly ChannelDef[] = Object.freeze([
  { name: 'pi+pi-', masses: ['m_pi+', 'm_pi+'], S: 1, amp: (c) => c.uu + c.dd },
  { name: 'pi0pi0', masses: ['m_pi0', 'm_pi0'], S: 0.5, amp: (c) => c.uu + c.dd },
  { name: 'K+K-', masses: ['m_K+', 'm_K+'], S: 1, amp: (c) => c.uu + c.ss },
  { name: 'K0K0bar', masses: ['m_K0', 'm_K0'], S: 1, amp: (c) => c.dd + c.ss },
  { name: 'etaeta', masses: ['m_eta', 'm_eta'], S: 0.5, amp: (c) => (c.uu + c.dd + 4 * c.ss) / 3 },
  { name: 'pi0eta', masses: ['m_pi0', 'm_eta'], S: 1, amp: (c) => (c.uu - c.dd) / Math.sqrt(3) },
] satisfies ChannelDef[]);

/** B₀ = m_π⁺²/(m_u + m_d) [GeV] (LO ChPT; MS-bar masses at 2 GeV). */
export function chiralB0(ps: ParameterSet): number {
  return param(ps, 'm_pi+') ** 2 / (param(ps, 'm_u') + param(ps, 'm_d'));
}

/** σ(s) [GeV⁻²] of a constant-amplitude channel per |M|² = 1 GeV⁰ (identical initial φ of mass m). */
export function sigmaPerAmplitude2(s: number, m: number, m1: number, m2: number, S: number): number {
  const bi2 = 1 - (4 * m * m) / s;
  if (!(bi2 > 0)) return 0;
  const a = (m1 + m2) ** 2;
  if (!(s > a)) return 0;
  const lam = (s - a) * (s - (m1 - m2) ** 2);
  return (S * Math.sqrt(lam)) / s / (16 * Math.PI * s * Math.sqrt(bi2));
}

/** Coupling-independent thermal averages ⟨σv⟩/(B²|amp|²) of every channel for one DM mass, tabulated in x = m_φ/T. */
export interface PreparedVlqAnnihilation {
  readonly mphi: number;
  readonly B0: number;
  readonly tables: ReadonlyMap<ChannelName, LogTable>;
  readonly xMin: number;
  readonly xMax: number;
}

const X_MIN = 1;
const X_MAX = 2000;

/** ⟨σv⟩ per B²|amp/B|² of one channel at x (direct Gondolo–Gelmini integral). */
function channelAverage(ps: ParameterSet, ch: ChannelDef, m: number, x: number): number {
  const m1 = param(ps, ch.masses[0]);
  const m2 = param(ps, ch.masses[1]);
  return thermalAverageSigmaV((s) => sigmaPerAmplitude2(s, m, m1, m2, ch.S), m, m, m / x, {
    epsrel: 1e-8,
    sqrtSBreakpoints: m1 + m2 > 2 * m ? [m1 + m2] : [],
  });
}

/** Tabulates every channel for DM mass m_φ (≈ 30–60 ms; then a relic density costs one freeze-out solve). */
export function prepareVlqAnnihilation(ps: ParameterSet, mphi: number, B0 = chiralB0(ps)): PreparedVlqAnnihilation {
  if (!(mphi > 0) || !Number.isFinite(mphi)) throw new EmissError(`m_phi must be positive (got ${mphi})`);
  if (mphi > 5) throw new EmissError(`the chiral realisation of φφ → mesons is meant for sub-GeV to GeV DM (got m_phi = ${mphi} GeV)`);
  const tables = new Map<ChannelName, LogTable>();
  for (const ch of CHANNELS) {
    // ln⟨σv⟩ (channels closed at rest are Boltzmann suppressed: e^{−2x(√z − 1)} underflows)
    tables.set(
      ch.name,
      tabulateLogLog(
        (x) => {
          const v = channelAverage(ps, ch, mphi, x);
          return v > 0 ? Math.log(v) : -745;
        },
        X_MIN,
        X_MAX,
        { points: 121, extrapolate: 'linear', returnsLog: true },
      ),
    );
  }
  return { mphi, B0, tables, xMin: X_MIN, xMax: X_MAX };
}

/** ⟨σ v_Møl⟩ [GeV⁻²] per channel at x. */
export function channelSigmaV(prep: PreparedVlqAnnihilation, c: DiagonalCouplings, x: number): Record<ChannelName, number> {
  const out = {} as Record<ChannelName, number>;
  const xc = Math.min(Math.max(x, prep.xMin), prep.xMax);
  for (const ch of CHANNELS) {
    const a = prep.B0 * ch.amp(c);
    out[ch.name] = a === 0 ? 0 : a * a * prep.tables.get(ch.name)!(xc);
  }
  return out;
}

/** Total ⟨σ v_Møl⟩ [GeV⁻²] at x. */
export function totalSigmaV(prep: PreparedVlqAnnihilation, c: DiagonalCouplings, x: number): number {
  const xc = Math.min(Math.max(x, prep.xMin), prep.xMax);
  let t = 0;
  for (const ch of CHANNELS) {
    const a = prep.B0 * ch.amp(c);
    if (a !== 0) t += a * a * prep.tables.get(ch.name)!(xc);
  }
  return t;
}

/** η(x, z) of paper 001: 64π m_φ² ⟨σv⟩/(B²C²) of a K⁺K⁻-like channel with final mass √z m_φ (direct integral). */
export function etaFunction(x: number, z: number): number {
  if (!(x > 0) || !(z >= 0)) throw new EmissError(`η(x, z) needs x > 0 and z ≥ 0 (got ${x}, ${z})`);
  const m = 1;
  const mf = Math.sqrt(z);
  const sv = thermalAverageSigmaV((s) => sigmaPerAmplitude2(s, m, mf, mf, 1), m, m, m / x, { epsrel: 1e-10, sqrtSBreakpoints: mf > m ? [2 * mf] : [] });
  return 64 * Math.PI * m * m * sv;
}

export interface VlqRelicOptions {
  readonly history?: ThermalHistory;
}

/** Freeze-out of the real scalar φ (self-conjugate, g = 1) with the chiral channels. */
export function vlqRelic(prep: PreparedVlqAnnihilation, c: DiagonalCouplings, opts: VlqRelicOptions = {}): FreezeOutResult {
  if (!(totalSigmaV(prep, c, 20) > 0)) throw new EmissError('φ does not annihilate: C^{S,dd} and C^{S,ss} are zero');
  return solveFreezeOut({ mass: prep.mphi, g: 1, sigmaV: (x) => totalSigmaV(prep, c, x), history: opts.history });
}

/** C^{S,ss} [GeV⁻¹] giving Ω h² = omega (default 0.12) at fixed R = C^{S,dd}/C^{S,ss} (C_uu = 0). */
export function cssForOmega(prep: PreparedVlqAnnihilation, R: number, omega = OMEGA_CDM_H2, opts: VlqRelicOptions = {}): number {
  const f = (lg: number) => Math.log(vlqRelic(prep, { uu: 0, dd: R * 10 ** lg, ss: 10 ** lg }, opts).omegaH2 / omega);
  if (f(0) > 0) throw new EmissError(`no C^{S,ss} ≤ 1 GeV⁻¹ gives Ω h² = ${omega} at m_phi = ${prep.mphi} GeV (R = ${R}): the meson channels are closed (m_φ well below m_K) or cancel`);
  return 10 ** brent(f, -9, 0, 1e-9);
}

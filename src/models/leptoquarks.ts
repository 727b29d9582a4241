/**
 * Leptoquarks of paper 003 §II (eqs. 13–16) → b → s νν̄, b → s ℓℓ and (S0) b → c τ ν̄ coefficients at tree level.
 *
 * Lagrangians (paper 003 eq. 13; ℓ_L = (ν, e)_L, q_L = (u, d)_L, ψ^c = C ψ̄ᵀ, q̄^c ≡ \overline{(q_L)^c}):
 *   S0   (3̄,1,1/3)   λ^{ij} q̄^c_i iτ2 ℓ_j S0†                 = λ^{ij} (ū^c_i e_j − d̄^c_i ν_j) S0†
 *   S̃1/2 (3,2,1/6)†  λ^{ij} d̄_{R i} ℓ_j S̃†                    = λ^{ij} (d̄_i ν_j S̃^{−1/3†} + d̄_i e_j S̃^{2/3†})   (up to signs per component)
 *   S1   (3̄,3,1/3)   λ^{ij} q̄^c_i iτ2 τ·S1† ℓ_j               ⊃ −λ^{ij} d̄^c_i ν_j S^{1/3†} − √2 λ^{ij} d̄^c_i e_j S^{4/3†}
 *   V1/2 (3̄,2,5/6)   λ^{ij} d̄^c_{R i} γ_μ ℓ_j V^{μ†}            ⊃ λ^{ij} (d̄^c_i γ_μ ν_j V^{1/3†} + d̄^c_i γ_μ e_j V^{4/3†})
 *   V1   (3,3,2/3)   λ^{ij} q̄_i γ_μ τ·V1^{μ†} ℓ_j             ⊃ √2 λ^{ij} d̄_i γ_μ ν_j V^{−1/3†} − λ^{ij} d̄_i γ_μ e_j V^{2/3†}
 * with + h.c. Index conventions: λ^{ij}, i = QUARK generation (d, s, b; for the doublet q_L in the down-quark
 * mass basis, q_i = ((V†u)_i, d_i)), j = LEPTON generation (charged-lepton mass basis; neutrinos are flavour
 * states, which is all that matters since b → sνν̄ rates sum over flavours). Each charge component couples
 * a d-type quark to ν and to e with Clebsch factors (c_ν, c_e) = (1,1) for S̃1/2 and V1/2, (1,√2) for S1,
 * (√2,1) for V1 (moduli; the relative signs cancel in |c|²), and (1, —) for S0.
 *
 * Integrating out at tree level (mass M, free propagator at q² ≪ M²): scalar L_eff = + J J†/M², vector
 * L_eff = − J_μ J^{μ†}/M². Fierz identities for anticommuting fields (checked numerically for c-number spinors,
 * which carry the opposite overall sign, in test/leptoquarks.test.ts):
 *   (ψ̄1 P_L ψ2)(ψ̄3 P_R ψ4) = −½ (ψ̄1 γ^μ P_R ψ4)(ψ̄3 γ_μ P_L ψ2),
 *   (ψ̄1 γ^μ P_L ψ2)(ψ̄3 γ_μ P_L ψ4) = + (ψ̄1 γ^μ P_L ψ4)(ψ̄3 γ_μ P_L ψ2),
 * and charge conjugation \overline{ψ^c} γ^μ P_{L,R} χ^c = − χ̄ γ^μ P_{R,L} ψ. With
 *   H = −(4G_F/√2) λ_t (α/4π) Σ C O,   λ_t = V_tb V_ts*,   K ≡ π/(√2 G_F α λ_t)
 * and N = (4G_F/√2) λ_t α/(4π), a term H ⊃ X (s̄ γ_μ P_{L,R} b)(ℓ̄_l γ^μ P_L ℓ_j) = (X/2)(O9^(′) − O10^(′)) gives
 * C9^(′) = −C10^(′) = −X/(2N) = −K X, and H ⊃ X (s̄ γ_μ P_{L,R} b)(ν̄_l γ^μ P_L ν_j) = (X/2) O_{L,R} gives
 * C_{L,R} = −K X (O_{L,R} carry (1 − γ5) = 2P_L for the neutrinos, as flavio's). Result (l = flavour of the barred lepton, j = the unbarred one; WCxf name index order
 * C_bs{j}{l}, C_bsnu{j}nu{l}; paper index order C^{lj}):
 *   S0:   C_L^{lj} = + K λ^{3j} λ^{2l*}/(2M²)                                   (no b → sℓℓ at tree level)
 *   S1:   C_L^{lj} = + K λ^{3j} λ^{2l*}/(2M²),  C9^{lj} = −C10^{lj} = 2 C_L^{lj}        (paper eq. 15a)
 *   V1:   C_L^{lj} = − 2K λ^{2j} λ^{3l*}/M²,    C9^{lj} = −C10^{lj} = ½ C_L^{lj}        (paper eq. 15b)
 *   S̃1/2: C_R^{lj} = C9′^{lj} = −C10′^{lj} = − K λ^{2j} λ^{3l*}/(2M²)                 (paper eq. 16)
 *   V1/2: C_R^{lj} = C9′^{lj} = −C10′^{lj} = + K λ^{3j} λ^{2l*}/M²                    (paper eq. 16)
 * and, for S0, the charged current (WCxf C_VL_bctaunu{j}, L = −(4G_F/√2) V_cb C_VL (c̄_L γ b_L)(τ̄_L γ ν_jL)):
 *   C_VL^{τj} = λ^{3j} (V λ*)^{cτ} / (4√2 G_F V_cb M²),   (Vλ*)^{cτ} = Σ_k V_ck λ^{kτ*},
 * which for (Vλ*)^{cτ} ≈ V_cs λ^{2τ*} is C_VL^{τj} = (α λ_t V_cs/(2π V_cb)) C_L^{τj} ≈ −(α/2π) C_L^{τj}: the
 * r_D formula of the paper-001 slides, r_D = r_D* = |1 − (α/2π) C_L^{33}|² + (α/2π)² (|C_L^{31}|² + |C_L^{32}|²).
 * α is the preset's α_NP (α_e(4.8 GeV) in the WCxf convention); coefficients are the tree-level values, taken at
 * μ_b without running (vector currents do not run in QCD; QED running is neglected, as in the paper).
 * b → c τ ν for S1 and V1 and b → d, s → d transitions are not produced here.
 */
import { EmissError } from '../core/errors.js';
import type { Complex } from '../core/complex.js';
import { mul as cmul, conj as cconj, div as cdiv, scale as cscale } from '../core/complex.js';
import { alphaE, ckm, param, type ParameterSet } from '../params/parameter-set.js';
import { ckmTree } from '../params/ckm.js';
import { bsllName, LEPTONS } from '../wc/bsll.js';
import { nunuName } from '../wc/nunu.js';
import { bclnuName } from '../wc/bclnu.js';

export const LEPTOQUARK_IDS = ['S0', 'St1/2', 'S1', 'V1/2', 'V1'] as const;
export type LeptoquarkId = (typeof LEPTOQUARK_IDS)[number];

export interface LeptoquarkInfo {
  readonly id: LeptoquarkId;
  readonly tex: string;
  readonly rep: string;
  readonly spin: 0 | 1;
  /** names in Doršner et al., Phys. Rep. 641 (2016) 1 */
  readonly dorsner: string;
  readonly generates: string;
  readonly aliases: readonly string[];
}

export const LEPTOQUARKS: readonly LeptoquarkInfo[] = Object.freeze([
  { id: 'S0', tex: 'S_0', rep: '(3̄,1,1/3)', spin: 0, dorsner: 'S1', generates: 'C_L (b→sνν̄), C_VL (b→cτν̄)', aliases: ['s0'] },
  { id: 'St1/2', tex: '\\tilde S_{1/2}', rep: '(3,2,1/6)', spin: 0, dorsner: 'R̃2', generates: "C_R = C9' = −C10'", aliases: ['S~1/2', 'St12', 'Stilde1/2', 'R2t', 'R2tilde'] },
  { id: 'S1', tex: 'S_1', rep: '(3̄,3,1/3)', spin: 0, dorsner: 'S3', generates: 'C_L, C9 = −C10 = 2 C_L', aliases: ['s1', 'S3'] },
  { id: 'V1/2', tex: 'V_{1/2}', rep: '(3̄,2,5/6)', spin: 1, dorsner: 'V2', generates: "C_R = C9' = −C10'", aliases: ['V12', 'V2'] },
  { id: 'V1', tex: 'V_1', rep: '(3,3,2/3)', spin: 1, dorsner: 'U3', generates: 'C_L, C9 = −C10 = ½ C_L', aliases: ['v1', 'U3'] },
] satisfies LeptoquarkInfo[]);

export function findLeptoquark(name: string): LeptoquarkInfo {
  const lq = LEPTOQUARKS.find((l) => l.id === name || l.aliases.includes(name));
  if (!lq) throw new EmissError(`unknown leptoquark '${name}' (known: ${LEPTOQUARKS.map((l) => `${l.id}${l.aliases.length ? ` [${l.aliases.join(', ')}]` : ''}`).join('; ')})`);
  return lq;
}

/** A leptoquark with mass (GeV) and couplings λ[i][j] (i = quark d,s,b; j = lepton e,μ,τ). */
export interface LeptoquarkPoint {
  readonly id: LeptoquarkId;
  readonly mass: number;
  readonly lambda: readonly (readonly Complex[])[];
}

export const QUARKS = ['d', 's', 'b'] as const;

/** A 3×3 zero coupling matrix with the given entries set ('b,tau' style keys or [i, j]). */
export function couplingMatrix(entries: readonly { quark: number; lepton: number; value: Complex }[]): Complex[][] {
  const m = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => ({ re: 0, im: 0 })));
  for (const e of entries) {
    if (!(e.quark >= 0 && e.quark < 3 && e.lepton >= 0 && e.lepton < 3)) throw new EmissError('coupling indices must be quark d|s|b and lepton e|mu|tau');
    m[e.quark][e.lepton] = { re: m[e.quark][e.lepton].re + e.value.re, im: m[e.quark][e.lepton].im + e.value.im };
  }
  return m;
}


/** K = π/(√2 G_F α λ_t) (complex through λ_t) for the preset's α_NP and CKM. */
export function matchingNormalisation(ps: ParameterSet): Complex {
  const GF = param(ps, 'GF');
  const alpha = alphaE(ps).np;
  const lt = ckm(ps).VtbVts;
  return cdiv({ re: Math.PI / (Math.SQRT2 * GF * alpha), im: 0 }, lt);
}

function add(out: Map<string, Complex>, name: string, v: Complex): void {
  if (v.re === 0 && v.im === 0) return;
  const o = out.get(name);
  out.set(name, o ? { re: o.re + v.re, im: o.im + v.im } : v);
}

/**
 * Tree-level Wilson coefficients (new physics only, WCxf names) of one or several leptoquarks (summed; no
 * interference terms arise at tree level between different leptoquarks).
 */
export function leptoquarkCoefficients(ps: ParameterSet, lqs: readonly LeptoquarkPoint[]): Map<string, Complex> {
  const out = new Map<string, Complex>();
  const K = matchingNormalisation(ps);
  for (const lq of lqs) {
    if (!(lq.mass > 0) || !Number.isFinite(lq.mass)) throw new EmissError(`leptoquark mass must be a positive number of GeV (got ${lq.mass})`);
    if (lq.lambda.length !== 3 || lq.lambda.some((r) => r.length !== 3)) throw new EmissError('coupling matrix must be 3×3');
    const M2 = lq.mass * lq.mass;
    const lam = lq.lambda;
    for (let j = 0; j < 3; j++) {
      for (let l = 0; l < 3; l++) {
        const a = LEPTONS[j];
        const b = LEPTONS[l];
        // P3j = λ^{3j} λ^{2l*}, P2j = λ^{2j} λ^{3l*}
        const P3j = cmul(lam[2][j], cconj(lam[1][l]));
        const P2j = cmul(lam[1][j], cconj(lam[2][l]));
        switch (lq.id) {
          case 'S0': {
            add(out, nunuName('CL', 'bs', a, b), cscale(cmul(K, P3j), 1 / (2 * M2)));
            break;
          }
          case 'S1': {
            const cl = cscale(cmul(K, P3j), 1 / (2 * M2));
            add(out, nunuName('CL', 'bs', a, b), cl);
            add(out, bsllName('C9', a, b), cscale(cl, 2));
            add(out, bsllName('C10', a, b), cscale(cl, -2));
            break;
          }
          case 'V1': {
            const cl = cscale(cmul(K, P2j), -2 / M2);
            add(out, nunuName('CL', 'bs', a, b), cl);
            add(out, bsllName('C9', a, b), cscale(cl, 0.5));
            add(out, bsllName('C10', a, b), cscale(cl, -0.5));
            break;
          }
          case 'St1/2': {
            const cr = cscale(cmul(K, P2j), -1 / (2 * M2));
            add(out, nunuName('CR', 'bs', a, b), cr);
            add(out, bsllName('C9p', a, b), cr);
            add(out, bsllName('C10p', a, b), cscale(cr, -1));
            break;
          }
          case 'V1/2': {
            const cr = cscale(cmul(K, P3j), 1 / M2);
            add(out, nunuName('CR', 'bs', a, b), cr);
            add(out, bsllName('C9p', a, b), cr);
            add(out, bsllName('C10p', a, b), cscale(cr, -1));
            break;
          }
        }
      }
    }
    if (lq.id === 'S0') {
      // b → c τ ν̄_j: C_VL^{τj} = λ^{3j} (Vλ*)^{cτ}/(4√2 G_F V_cb M²)
      const V = ckmTree(param(ps, 'Vus'), param(ps, 'Vub'), param(ps, 'Vcb'), param(ps, 'gamma'));
      let vl: Complex = { re: 0, im: 0 };
      for (let k = 0; k < 3; k++) {
        const t = cmul(V[1][k], cconj(lam[k][2]));
        vl = { re: vl.re + t.re, im: vl.im + t.im };
      }
      const den = cscale(V[1][2], 4 * Math.SQRT2 * param(ps, 'GF') * M2);
      for (let j = 0; j < 3; j++) add(out, bclnuName(LEPTONS[j]), cdiv(cmul(lam[2][j], vl), den));
    }
  }
  return out;
}

import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import type { Complex } from '../../core/complex.js';
import { formatComplex } from '../../core/complex.js';
import { parseComplex } from '../../core/parse-complex.js';
import { couplingMatrix, findLeptoquark, leptoquarkCoefficients, LEPTOQUARKS, QUARKS } from '../../models/leptoquarks.js';
import { OBSERVABLES, resolveArgs } from '../../observables/index.js';
import { formatWcxf } from '../../wc/wcxf.js';
import { LEPTONS } from '../../wc/bsll.js';
import { addPresetOptions, collect, fmt, parameterSetFromOptions, realOption } from '../common.js';
import { printJson, writeFileAtomic } from '../output.js';

interface LqOptions {
  mass?: string;
  coupling: string[];
  predict: string[];
  wcxf?: string;
  json?: boolean;
  preset: string;
  ff: string[];
}

/** 's,tau=0.3+0.1i' → {quark, lepton, value}. Quarks d|s|b|1|2|3, leptons e|mu|tau|1|2|3. */
export function parseCoupling(spec: string): { quark: number; lepton: number; value: Complex } {
  const m = /^\s*([a-z0-9]+)\s*,\s*([a-z0-9]+)\s*=(.+)$/i.exec(spec);
  if (!m) throw new EmissError(`--coupling expects QUARK,LEPTON=VALUE like s,tau=0.3 or b,mu=-0.1+0.2i (got '${spec}')`);
  const qi = /^[123]$/.test(m[1]) ? Number(m[1]) - 1 : (QUARKS as readonly string[]).indexOf(m[1].toLowerCase());
  const li = /^[123]$/.test(m[2]) ? Number(m[2]) - 1 : (LEPTONS as readonly string[]).indexOf(m[2].toLowerCase());
  if (qi < 0) throw new EmissError(`unknown quark '${m[1]}' in --coupling (use d, s, b or 1, 2, 3)`);
  if (li < 0) throw new EmissError(`unknown lepton '${m[2]}' in --coupling (use e, mu, tau or 1, 2, 3)`);
  return { quark: qi, lepton: li, value: parseComplex(m[3], `coupling ${m[1]},${m[2]}`) };
}

/** The observables worth showing for a set of coefficients: νν̄ ratios always, charged-lepton modes that are hit. */
function defaultPredictions(wc: ReadonlyMap<string, Complex>): string[] {
  const out = ['R_K^nunu', 'R_K*^nunu', 'BR(B+->Knunu)', 'BR(B0->K*nunu)'];
  const pairs = new Set<string>();
  for (const k of wc.keys()) {
    const m = /^C(?:9|10)p?_bs(e|mu|tau)(e|mu|tau)$/.exec(k);
    if (m) pairs.add(`${m[1]}${m[2]}`);
  }
  for (const p of [...pairs].sort()) {
    if (p === 'ee' || p === 'mumu') out.push(`<dBR/dq2>(B+->K${p})`, `BR(Bs->${p})`);
    else out.push(`BR(B+->K${p})`, `BR(B0->K*${p})`, `BR(Bs->${p})`);
  }
  if ([...wc.keys()].some((k) => k.startsWith('CVL_bctaunu'))) out.push('r_D', 'r_D*');
  return out;
}

export function registerLq(program: Command): void {
  const cmd = program
    .command('lq')
    .description('leptoquark → Wilson coefficients (tree level, paper 003 eqs. 13–16) and predictions of νν̄, ℓℓ′ and R_D(*) modes')
    .argument('<model>', `leptoquark: ${LEPTOQUARKS.map((l) => `${l.id} ${l.rep}`).join(', ')} (also Doršner names S3, U3, R2tilde, V2)`)
    .option('--mass <GeV>', 'leptoquark mass in GeV (required)')
    .option('--coupling <q,l=value>', 'coupling λ^{ql}: quark d|s|b (down-quark mass basis), lepton e|mu|tau; complex values like 0.3-0.1i; repeatable', collect, [])
    .option('--predict <observable>', 'observable to predict (repeatable; default: R_K, R_K*, the νν̄ BRs and every charged-lepton mode the couplings reach)', collect, [])
    .option('--wcxf <file>', "write the coefficients as a WCxf YAML file (WET, basis flavio, scale 4.8); '-' for standard output")
    .option('--json', 'print coefficients and predictions as JSON')
    .addHelpText(
      'after',
      `
Conventions (src/models/leptoquarks.ts): λ^{ij} with i = quark, j = lepton generation; S0, S1, V1 couple the
quark doublet (down basis, q_i = ((V†u)_i, d_i)), S̃1/2 and V1/2 the right-handed down quarks. The coefficients
are new physics only, in the WCxf/flavio normalisation (4G_F/√2) V_tb V_ts* e²/16π² with the preset's α_e:
  S0: C_L;  S1: C_L, C9 = −C10 = 2C_L;  V1: C_L, C9 = −C10 = C_L/2;  S̃1/2, V1/2: C_R = C9′ = −C10′;
  S0 also: C_VL(b → cτν̄) → r_D = r_D*.
Examples:
  emiss lq St1/2 --mass 1000 --coupling s,tau=0.2 --coupling b,tau=0.21
  emiss lq V1/2 --mass 1500 --coupling b,mu=0.3 --coupling s,tau=0.4 --wcxf lq.yml
  emiss lq S0 --mass 1000 --coupling s,tau=1 --coupling b,tau=0.03 --predict r_D --json`,
    );
  addPresetOptions(cmd);
  cmd.action((model: string, opts: LqOptions) => {
    const lq = findLeptoquark(model);
    const mass = realOption(opts.mass, '--mass');
    if (mass === undefined) throw new EmissError('--mass <GeV> is required');
    if (!(mass > 0)) throw new EmissError(`--mass must be positive (got ${opts.mass})`);
    if (opts.coupling.length === 0) throw new EmissError('give at least one --coupling QUARK,LEPTON=VALUE');
    const ps = parameterSetFromOptions(opts);
    const lambda = couplingMatrix(opts.coupling.map(parseCoupling));
    const wc = leptoquarkCoefficients(ps, [{ id: lq.id, mass, lambda }]);
    const names = opts.predict.length ? opts.predict : defaultPredictions(wc);
    const np = { wc };
    const predictions = names.map((name) => {
      const def = OBSERVABLES.get(name);
      const args = resolveArgs(def, ps, {});
      const value = def.prepare(ps, args)(np);
      if (!Number.isFinite(value)) throw new EmissError(`${name} evaluated to ${value}`);
      return { observable: name, value, unit: def.unit, args };
    });
    if (opts.wcxf) {
      const text = formatWcxf(wc);
      if (opts.wcxf === '-') process.stdout.write(text);
      else writeFileAtomic(opts.wcxf, text);
      if (opts.wcxf === '-') return;
    }
    if (opts.json) {
      printJson({
        model: lq.id,
        representation: lq.rep,
        mass,
        preset: ps.preset,
        couplings: opts.coupling.map(parseCoupling).map((c) => ({ quark: QUARKS[c.quark], lepton: LEPTONS[c.lepton], re: c.value.re, im: c.value.im })),
        coefficients: Object.fromEntries([...wc].map(([k, v]) => [k, { re: v.re, im: v.im }])),
        predictions,
      });
      return;
    }
    process.stdout.write(`${lq.id} ${lq.rep}, m = ${fmt(mass)} GeV, preset ${ps.preset}; generates ${lq.generates}\n`);
    process.stdout.write('Wilson coefficients (new physics, WCxf WET flavio names, μ = 4.8 GeV):\n');
    if (wc.size === 0) process.stdout.write('  (none: these couplings give no b → s or b → c transition)\n');
    for (const [k, v] of wc) process.stdout.write(`  ${k.padEnd(18)} ${formatComplex(v, 5)}\n`);
    process.stdout.write('Predictions:\n');
    for (const p of predictions) {
      const a = Object.entries(p.args)
        .map(([k, v]) => `${k}=${fmt(v)}`)
        .join(', ');
      process.stdout.write(`  ${p.observable}${a ? ` [${a}]` : ''} = ${fmt(p.value)}${p.unit !== '1' ? ` ${p.unit}` : ''}\n`);
    }
    if (opts.wcxf) process.stdout.write(`wrote ${opts.wcxf}\n`);
  });
}

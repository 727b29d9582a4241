import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { parseReal } from '../../core/parse-complex.js';
import { darkKindDef, parseDarkKind, type DarkKind } from '../../processes/dark-pairs/basis.js';
import { findDarkMode } from '../../processes/dark-pairs/modes.js';
import { pairThreshold, prepareDarkMode } from '../../processes/dark-pairs/kernel.js';
import { allowedRegions, massGrid, type RegionResult } from '../../models/dark-pairs/allowed-region.js';
import { NP_WINDOWS, type BoundRule, type LimitSet, type NPWindow, type Subtraction } from '../../models/dark-pairs/bounds.js';
import { parseNature } from '../../models/dark-pairs/model-file.js';
import { resolveBounds } from '../../models/dark-pairs/room.js';
import { regionFigureSpec } from '../../report/dark-pair-figures.js';
import { renderSvg, svgToPng } from '../../report/render.js';
import { addPresetOptions, fmt, parameterSetFromOptions, positiveInt } from '../common.js';
import { printJson, writeFileAtomic } from '../output.js';

interface RegionOptions {
  kind: string;
  op?: string;
  masses?: string;
  nature?: string;
  rule: string;
  sm: string;
  limits: string;
  constrain: string;
  window?: string;
  samples?: string;
  seed: string;
  json?: boolean;
  csv?: boolean;
  plot?: string;
  preset: string;
  ff: string[];
}

const RULES: Subtraction[] = ['printed', 'ul-sm90', 'ul-sm', 'ul'];

function parseWindows(spec: string | undefined): NPWindow[] {
  if (!spec) return [...NP_WINDOWS];
  return spec.split(',').map((w) => {
    const t = w.trim();
    const known = NP_WINDOWS.find((x) => x.id === t);
    if (known) return known;
    const m = /^([^:]+):([^:]+)$/.exec(t);
    if (!m) throw new EmissError(`--window: '${t}' is neither ${NP_WINDOWS.map((x) => x.id).join(', ')} nor LO:HI`);
    const lo = parseReal(m[1], '--window LO');
    const hi = parseReal(m[2], '--window HI');
    if (!(lo > 0 && hi > lo)) throw new EmissError(`--window ${t}: need 0 < LO < HI`);
    return { id: 'custom', label: `custom [${lo}, ${hi}]`, central: (lo + hi) / 2, sigma: (hi - lo) / 2, source: 'command line' };
  });
}

function parseMasses(spec: string | undefined, kind: DarkKind, thr: number): number[] {
  if (!spec) return massGrid(kind === 'vector' ? 0.005 : 0, 0.995 * thr, 200);
  const parts = spec.split(':');
  if (parts.length === 3) {
    const n = positiveInt(parts[2], '--masses N')!;
    const lo = parseReal(parts[0], '--masses LO');
    const hi = parseReal(parts[1], '--masses HI');
    if (lo < 0) throw new EmissError(`--masses: negative mass ${lo} GeV`);
    if (n === 1) return [lo];
    return massGrid(lo, hi, n);
  }
  return spec.split(',').map((x) => {
    const m = parseReal(x, '--masses');
    if (m < 0) throw new EmissError(`--masses: negative mass ${m} GeV`);
    return m;
  });
}

export function registerRegion(program: Command): void {
  const cmd = program
    .command('region')
    .description("allowed regions in the (dark mass, Λ_eff) plane, one operator at a time (paper 003 Figs. 4–6): the Λ_eff range that puts BR(B+->K + pair) in an NP window while B0->K0, B+->K*+, B0->K*0 stay below their room for new physics")
    .requiredOption('--kind <kind>', 'dark matter: scalar|phi, fermion|chi, vector|X')
    .option('--op <ops>', "operators, comma-separated (e.g. V1,V2) or 'all'", 'all')
    .option('--masses <lo:hi:n | m1,m2,…>', 'dark-mass grid in GeV (default 0 … 0.995 × threshold, 200 points; vector from 5 MeV)')
    .option('--nature <nature>', 'complex|real (scalar, vector), Dirac|Majorana (fermion)')
    .option('--rule <rule>', `room for NP: ${RULES.join(' | ')} (printed = paper 001 Table 2 numbers; ul-sm90 = UL − lower end of the 90 % SM range)`, 'printed')
    .option('--sm <source>', "SM prediction for ul-sm90/ul-sm: paper (Table 2) or emiss (Monte Carlo)", 'paper')
    .option('--limits <set>', 'experimental limits: table2 (paper 001) or latest (NA62 2024, KOTO 2021 for kaons)', 'table2')
    .option('--constrain <modes>', 'constraining modes, comma-separated', 'B0->K,B+->K*,B0->K*')
    .option('--window <windows>', "NP windows on BR(B+->K + pair): belle2, average (paper 003 eq. 17) or LO:HI; comma-separated (default both)")
    .option('--samples <N>', 'Monte Carlo draws for --sm emiss (default 2000)')
    .option('--seed <S>', 'random seed for --sm emiss', '1')
    .option('--json', 'print JSON (one object per operator with the mass grid)')
    .option('--csv', 'print CSV (one row per operator and mass)')
    .option('--plot <file>', 'write the figure (.svg or .png)')
    .addHelpText(
      'after',
      `
Examples:
  emiss region --kind fermion --op V1,V2 --preset hmv2024
  emiss region --kind scalar --csv > scalar.csv
  emiss region --kind vector --rule ul-sm90 --sm emiss --plot fig6.svg
  emiss region --kind chi --op S1 --masses 0:2:5 --json`,
    );
  addPresetOptions(cmd);
  cmd.action(async (opts: RegionOptions) => {
    const kind = parseDarkKind(opts.kind);
    const def = darkKindDef(kind);
    const ops = opts.op === undefined || opts.op === 'all' ? def.operators.map((o) => o.op) : opts.op.split(',').map((o) => o.trim().replace(/^C/, ''));
    const selfConjugate = parseNature(kind, opts.nature);
    if (!RULES.includes(opts.rule as Subtraction)) throw new EmissError(`--rule must be one of ${RULES.join(', ')} (got '${opts.rule}')`);
    if (opts.sm !== 'paper' && opts.sm !== 'emiss') throw new EmissError(`--sm must be paper or emiss (got '${opts.sm}')`);
    if (opts.limits !== 'table2' && opts.limits !== 'latest') throw new EmissError(`--limits must be table2 or latest (got '${opts.limits}')`);
    if (opts.json && opts.csv) throw new EmissError('give --json or --csv, not both');
    const seed = Number(opts.seed);
    if (!Number.isInteger(seed)) throw new EmissError(`--seed must be an integer (got '${opts.seed}')`);
    const ps = parameterSetFromOptions(opts);
    const constrain = opts.constrain.split(',').map((s) => s.trim()).filter(Boolean);
    for (const m of constrain) if (!findDarkMode(m)) throw new EmissError(`--constrain: unknown mode '${m}'`);
    const thr = pairThreshold(prepareDarkMode(findDarkMode('B+->K')!, ps));
    const masses = parseMasses(opts.masses, kind, thr);
    for (const m of masses) {
      if (m >= thr) throw new EmissError(`dark mass ${m} GeV is at or above the B+->K pair threshold (m_B+ − m_K+)/2 = ${thr.toFixed(4)} GeV`);
    }
    const rule: BoundRule = { subtraction: opts.rule as Subtraction, sm: opts.sm as 'paper' | 'emiss', limits: opts.limits as LimitSet };
    const bounds = resolveBounds(ps, constrain, rule, { samples: positiveInt(opts.samples, '--samples') ?? 2000, seed });
    const windows = parseWindows(opts.window);
    const t0 = performance.now();
    const results = allowedRegions(ps, { kind, ops, masses, selfConjugate, windows, constraints: bounds.map((b) => ({ mode: b.mode, bound: b.bound })) });
    const seconds = (performance.now() - t0) / 1000;
    if (opts.plot) {
      const spec = regionFigureSpec(results, { windows, title: (r) => `${def.field} ${r.op}${selfConjugate ? ` (${def.natures[1]})` : ''}` });
      const svg = await renderSvg(spec);
      if (/\.png$/i.test(opts.plot)) writeFileAtomic(opts.plot, svgToPng(svg));
      else if (/\.svg$/i.test(opts.plot)) writeFileAtomic(opts.plot, svg);
      else throw new EmissError(`--plot: file name must end in .svg or .png (got '${opts.plot}')`);
    }
    const meta = {
      kind,
      nature: def.natures[selfConjugate ? 1 : 0],
      preset: ps.preset,
      windows: windows.map((w) => ({ id: w.id, range: [w.central - w.sigma, w.central + w.sigma], source: w.source })),
      bounds,
      lambdaEff: 'C = m^a/Λ^p (paper 003); Λ in GeV',
      seconds,
    };
    if (opts.json) {
      printJson({ ...meta, operators: results.map((r) => ({ op: r.op, points: r.points })) });
      return;
    }
    if (opts.csv) {
      const modes = bounds.map((b) => b.mode);
      const head = ['kind', 'op', 'm_GeV', ...windows.flatMap((w) => [`window_${w.id}_lo`, `window_${w.id}_hi`]), ...modes.map((m) => `lambda_min_${m}`), 'lambda_excluded', ...windows.flatMap((w) => [`allowed_${w.id}_lo`, `allowed_${w.id}_hi`]), 'br_per_c2_B+->K', ...modes.map((m) => `br_per_c2_${m}`)];
      const lines = [head.join(',')];
      for (const r of results) {
        for (const p of r.points) {
          const cell = (x: number | undefined | null) => (x === undefined || x === null || !Number.isFinite(x) ? '' : String(x));
          lines.push(
            [
              kind,
              r.op,
              p.m,
              ...windows.flatMap((w) => [cell(p.window[w.id]?.[0]), cell(p.window[w.id]?.[1])]),
              ...modes.map((m) => cell(p.lambdaMin[m])),
              cell(p.lambdaExcluded),
              ...windows.flatMap((w) => [cell(p.allowed[w.id]?.[0]), cell(p.allowed[w.id]?.[1])]),
              cell(p.brPerC2['B+->K']),
              ...modes.map((m) => cell(p.brPerC2[m])),
            ].join(','),
          );
        }
      }
      process.stdout.write(`${lines.join('\n')}\n`);
      return;
    }
    const w = (s: string) => process.stdout.write(`${s}\n`);
    w(`${kind} dark matter (${meta.nature}), preset ${ps.preset}, ${masses.length} masses ${fmt(masses[0])}–${fmt(masses[masses.length - 1])} GeV; Λ_eff: C = m^a/Λ^p (paper 003)`);
    w(`bounds (${rule.subtraction}, SM ${rule.sm}, limits ${rule.limits}): ${bounds.map((b) => `${b.mode} ≤ ${fmt(b.bound, 3)}`).join(', ')}`);
    w(`windows on BR(B+->K + pair): ${windows.map((x) => `${x.id} [${fmt(x.central - x.sigma, 3)}, ${fmt(x.central + x.sigma, 3)}]`).join(', ')}`);
    for (const r of results) w(summaryLine(r, windows));
    w(`(${results.length} operators × ${masses.length} masses in ${seconds.toFixed(2)} s${opts.plot ? `; figure written to ${opts.plot}` : ''})`);
  });
}

function summaryLine(r: RegionResult, windows: readonly NPWindow[]): string {
  const parts = windows.map((w) => {
    const ok = r.points.filter((p) => p.allowed[w.id]);
    if (!ok.length) return `${w.id}: excluded at every mass`;
    const lam = ok.flatMap((p) => p.allowed[w.id]!);
    return `${w.id}: allowed for ${ok.length}/${r.points.length} masses (m ${fmt(ok[0].m, 3)}–${fmt(ok[ok.length - 1].m, 3)} GeV), Λ_eff ${fmt(Math.min(...lam), 3)}–${fmt(Math.max(...lam), 3)} GeV`;
  });
  return `  ${r.op.padEnd(3)} ${parts.join('; ')}`;
}

import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { readJsonFile, readLikelihoodFile } from '../../io/pyhf-json.js';
import {
  buildModel,
  fit,
  profileInterval,
  profileScan,
  summarizeModel,
  type BuildOptions,
  type Model,
  type ParameterValues,
} from '../../stats/histfactory/index.js';
import { printJson } from '../output.js';

/**
 * `emiss pyhf …`: HistFactory likelihoods from pyhf JSON files.
 *   inspect WS                  channels, bins, samples, modifiers by type, parameters, POI
 *   logpdf WS --pars P.json     ln L with pyhf's meaning (data = observations + auxdata)
 *   fit WS [--fix N=V]…         maximum-likelihood fit, Hessian uncertainties, optional profile interval
 *   scan WS --poi-range a:b:n   profile-likelihood scan of the POI
 * WS is a pyhf workspace, or a reinterpretation file with `spec` and `data` (custom modifiers are ignored).
 */

interface CommonOptions {
  measurement?: string;
  poi?: string;
  normsysInterp?: string;
  histosysInterp?: string;
  json?: boolean;
}

function usage(message: string): never {
  throw new EmissError(message, 2);
}

function loadModel(path: string, o: CommonOptions): Model {
  const file = readLikelihoodFile(path);
  if (file.kind !== 'workspace') throw new EmissError(`${path} is a model spec without observed data; a workspace is needed`);
  const opts: { -readonly [K in keyof BuildOptions]: BuildOptions[K] } = { customModifiers: 'ignore' };
  if (o.measurement !== undefined) opts.measurement = o.measurement;
  if (o.poi !== undefined) opts.poi = o.poi;
  if (o.normsysInterp !== undefined || o.histosysInterp !== undefined) {
    // pyhf: a type not given in modifier_settings takes its modifier default (code1 / code0); here the other
    // type keeps pyhf's Model default instead, which is what someone changing one code expects
    opts.modifierSettings = {
      normsys: { interpcode: o.normsysInterp ?? 'code4' },
      histosys: { interpcode: o.histosysInterp ?? 'code4p' },
    };
  }
  return buildModel(file.workspace, opts);
}

function parseNumber(text: string, what: string): number {
  const t = text.trim();
  const v = Number(t);
  if (t === '' || !Number.isFinite(v)) usage(`${what}: '${text}' is not a number`);
  return v;
}

/** NAME=VALUE with VALUE a number or a JSON array of numbers. */
function parseAssignments(list: readonly string[]): ParameterValues {
  const out: Record<string, number | number[]> = {};
  for (const a of list) {
    const eq = a.indexOf('=');
    if (eq <= 0) usage(`--fix expects NAME=VALUE, got '${a}'`);
    const name = a.slice(0, eq).trim();
    const value = a.slice(eq + 1).trim();
    if (value.startsWith('[')) {
      let arr: unknown;
      try {
        arr = JSON.parse(value);
      } catch {
        usage(`--fix ${name}: '${value}' is not a JSON array`);
      }
      if (!Array.isArray(arr) || !arr.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        usage(`--fix ${name}: '${value}' must be an array of numbers`);
      }
      out[name] = arr as number[];
    } else {
      out[name] = parseNumber(value, `--fix ${name}`);
    }
  }
  return out;
}

function parsePars(arg: string | undefined): ParameterValues {
  if (arg === undefined) return {};
  let json: unknown;
  if (arg.trim().startsWith('{')) {
    try {
      json = JSON.parse(arg);
    } catch (err) {
      usage(`--pars is not valid JSON (${(err as Error).message.split('\n')[0]})`);
    }
  } else {
    json = readJsonFile(arg);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EmissError('--pars must be a JSON object mapping parameter names to numbers or arrays');
  }
  return json as ParameterValues;
}

function parseRange(text: string): number[] {
  const parts = text.split(':');
  if (parts.length !== 3) usage(`--poi-range expects a:b:n, got '${text}'`);
  const a = parseNumber(parts[0], '--poi-range start');
  const b = parseNumber(parts[1], '--poi-range end');
  const n = parseNumber(parts[2], '--poi-range n');
  if (!Number.isInteger(n) || n < 1 || n > 100000) usage(`--poi-range: n must be an integer between 1 and 100000, got ${parts[2]}`);
  if (n === 1) return [a];
  return Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
}

const fmt = (x: number, d = 6) => (Number.isFinite(x) ? x.toPrecision(d) : String(x));

function addCommon(cmd: Command): Command {
  return cmd
    .option('--measurement <name>', 'measurement of the workspace to use (default: the first)')
    .option('--poi <name>', "parameter of interest (default: the measurement's)")
    .option('--normsys-interp <code>', 'normsys interpolation: code1 or code4 (default code4, like pyhf)')
    .option('--histosys-interp <code>', 'histosys interpolation: code0, code2 or code4p (default code4p, like pyhf)')
    .option('--json', 'print one JSON object');
}

export function register(program: Command): void {
  const pyhf = program
    .command('pyhf')
    .description('HistFactory likelihoods from pyhf JSON workspaces: inspect, evaluate, fit, scan');

  addCommon(
    pyhf
      .command('inspect <workspace>')
      .description('channels, bins, samples, modifiers by type, parameter count and POI of a workspace'),
  ).action((path: string, o: CommonOptions) => {
    const file = readLikelihoodFile(path);
    let model: Model;
    if (file.kind === 'workspace') model = loadModel(path, o);
    else model = buildModel(file.spec, { customModifiers: 'ignore', poi: o.poi ?? null });
    const s = summarizeModel(model);
    if (o.json) {
      printJson({
        kind: file.kind,
        channels: s.channels,
        bins: s.nbins,
        samples: s.samples,
        modifiers: s.modifiers,
        parameters: { sets: s.parameters.sets, count: s.parameters.components, by_constraint: s.parameters.byConstraint, fixed: s.parameters.fixed },
        poi: s.poi,
        auxdata: s.naux,
        interpcodes: s.interpcodes,
        ignored_custom_modifiers: s.customModifiers,
        parameter_order: model.parameters.map((p) => ({ name: p.name, n: p.n, constraint: p.constraint, types: p.modifierTypes })),
      });
      return;
    }
    const lines: string[] = [];
    lines.push(`${file.kind === 'workspace' ? 'workspace' : 'model spec'}: ${path}`);
    lines.push(`channels: ${s.channels.length}, bins: ${s.nbins}`);
    for (const c of s.channels) lines.push(`  ${c.name}  ${c.bins} bins  samples: ${c.samples.join(', ')}`);
    lines.push(`modifiers by type (distinct names / uses):`);
    for (const [t, v] of Object.entries(s.modifiers).sort()) lines.push(`  ${t.padEnd(12)} ${v.names} / ${v.uses}`);
    const bc = Object.entries(s.parameters.byConstraint).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(`parameters: ${s.parameters.components} in ${s.parameters.sets} sets (${bc}); fixed: ${s.parameters.fixed}`);
    lines.push(`POI: ${s.poi ?? '(none)'}; auxiliary data: ${s.naux}; interpolation: normsys ${s.interpcodes.normsys}, histosys ${s.interpcodes.histosys}`);
    if (s.customModifiers.length > 0) lines.push(`ignored custom modifiers: ${s.customModifiers.join('; ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  addCommon(
    pyhf
      .command('logpdf <workspace>')
      .description("ln L at a parameter point, with pyhf's meaning (data = observations + auxdata)")
      .option('--pars <file|json>', 'JSON object {name: number | array}; unlisted parameters take their init values'),
  ).action((path: string, o: CommonOptions & { pars?: string }) => {
    const model = loadModel(path, o);
    const x = model.parameterVector(parsePars(o.pars));
    const v = model.logpdf(x);
    if (o.json) printJson({ logpdf: v });
    else process.stdout.write(`logpdf = ${v}\n`);
  });

  addCommon(
    pyhf
      .command('fit <workspace>')
      .description('maximum-likelihood fit (all nuisance parameters free unless fixed) with Hessian uncertainties')
      .option('--fix <NAME=VALUE>', 'fix a parameter (repeatable; VALUE a number or a JSON array)', (v: string, prev: string[]) => [...prev, v], [] as string[])
      .option('--interval', 'also compute the profile-likelihood interval of the POI (−2ΔlnL = 1)'),
  ).action((path: string, o: CommonOptions & { fix: string[]; interval?: boolean }) => {
    const model = loadModel(path, o);
    const fixed = parseAssignments(o.fix);
    const r = fit(model, undefined, { fixed });
    const uncertainties = r.uncertainties ? model.namedValues(r.uncertainties) : null;
    let interval: { lower: number; upper: number; lower_at_bound: boolean; upper_at_bound: boolean } | undefined;
    if (o.interval) {
      if (!model.poi) throw new EmissError('--interval needs a parameter of interest');
      if (fixed[model.poi.name] !== undefined) throw new EmissError('--interval: the POI is fixed');
      const iv = profileInterval(model, undefined, { fixed, bestfit: r });
      interval = { lower: iv.lower, upper: iv.upper, lower_at_bound: iv.lowerAtBound, upper_at_bound: iv.upperAtBound };
    }
    if (o.json) {
      printJson({
        bestfit: r.bestfit,
        poi: r.poi,
        poi_uncertainty: r.poiUncertainty,
        twice_nll: r.twiceNll,
        poi_name: model.poi?.name ?? null,
        uncertainties,
        ...(interval ? { poi_interval: interval } : {}),
        converged: r.converged,
      });
      return;
    }
    const lines: string[] = [];
    if (model.poi) {
      lines.push(`${model.poi.name} = ${fmt(r.poi as number)} ± ${r.poiUncertainty === null ? '?' : fmt(r.poiUncertainty, 4)} (Hessian)`);
      if (interval) lines.push(`profile interval (−2ΔlnL = 1): [${fmt(interval.lower)}, ${fmt(interval.upper)}]`);
    }
    lines.push(`twice_nll = ${r.twiceNll}`);
    lines.push(`converged: ${r.converged} (${r.message})`);
    lines.push('best fit:');
    for (const p of model.parameters) {
      const v = r.bestfit[p.name];
      const u = uncertainties?.[p.name];
      const show = (x: number | number[] | undefined) => (Array.isArray(x) ? `[${x.map((y) => fmt(y, 5)).join(', ')}]` : x === undefined ? '?' : fmt(x, 6));
      lines.push(`  ${p.name.padEnd(40)} ${show(v)}${u !== undefined ? `  ± ${show(u)}` : ''}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  addCommon(
    pyhf
      .command('scan <workspace>')
      .description('profile-likelihood scan of the POI: −2ΔlnL(μ) with the nuisance parameters refitted at each μ')
      .requiredOption('--poi-range <a:b:n>', 'n equally spaced POI values from a to b')
      .option('--fix <NAME=VALUE>', 'fix a parameter (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[]),
  ).action((path: string, o: CommonOptions & { poiRange: string; fix: string[] }) => {
    const values = parseRange(o.poiRange);
    const model = loadModel(path, o);
    if (!model.poi) throw new EmissError('the model has no parameter of interest (use --poi)');
    const fixed = parseAssignments(o.fix);
    if (fixed[model.poi.name] !== undefined) usage('the POI cannot be fixed in a scan');
    const [lo, hi] = model.parameter(model.poi.name).bounds[0];
    for (const v of values) {
      if (v < lo || v > hi) throw new EmissError(`scan value ${v} is outside the bounds [${lo}, ${hi}] of ${model.poi.name}`);
    }
    const s = profileScan(model, undefined, values, { fixed });
    if (o.json) {
      printJson({
        poi_name: s.poiName,
        bestfit: { poi: s.bestfit.poi, twice_nll: s.bestfit.twiceNll },
        points: s.points.map((p) => ({ poi: p.poi, twice_nll: p.twiceNll, delta_twice_nll: p.deltaTwiceNll, converged: p.converged })),
      });
      return;
    }
    const lines = [`best fit ${s.poiName} = ${fmt(s.bestfit.poi as number)}, twice_nll = ${s.bestfit.twiceNll}`, `${s.poiName.padStart(12)}  −2ΔlnL`];
    for (const p of s.points) lines.push(`${fmt(p.poi).padStart(12)}  ${p.deltaTwiceNll.toFixed(6)}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

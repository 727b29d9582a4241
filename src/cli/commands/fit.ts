import type { Command } from 'commander';
import { EmissError } from '../../core/errors.js';
import { readBelle2Release } from '../../io/belle2-release.js';
import { readTextFile } from '../../io/read-text.js';
import { FF_TREATMENTS, type FFTreatment } from '../../stats/belle2/likelihood.js';
import { runFit, type FitReport } from '../../stats/fit/fit.js';
import { runMcmc, type McmcResult } from '../../stats/fit/mcmc.js';
import { parseFitModelFile } from '../../stats/fit/model-file.js';
import { buildProblem } from '../../stats/fit/objective.js';
import { fmt, positiveInt } from '../common.js';
import { printJson, writeFileAtomic } from '../output.js';

/**
 * `emiss fit MODEL-FILE`: best fit of the floating parameters of a model file against the Belle II reweighted
 * likelihood and the other measurements it lists, profile intervals, −2ΔlnL contours, goodness of fit, significance
 * against the no-new-physics point, optionally an ensemble-MCMC posterior. Model files: src/stats/fit/model-file.ts
 * and docs/fits-and-scans.md.
 */
interface FitCliOptions {
  json?: boolean;
  out?: string;
  ff?: string;
  prescan?: string;
  contourPoints?: string;
  profilePoints?: string;
  intervals: boolean;
  contours: boolean;
  mcmc?: string;
  walkers?: string;
  burn?: string;
  seed: string;
  samplesOut?: string;
}

export function registerFit(program: Command): void {
  program
    .command('fit')
    .description('fit a model file to the Belle II B+ → K+ νν̄ likelihood (kinematic reweighting) and the measurement database')
    .argument('<model-file>', 'YAML/JSON model file with a fit: section (docs/fits-and-scans.md)')
    .option('--ff <treatment>', `form-factor nuisances of the Belle II signal: ${FF_TREATMENTS.join(', ')} (default: the file's, else redist for emiss spectra, workspace for the SM template)`)
    .option('--prescan <N>', 'grid points per floating parameter before the minimiser')
    .option('--contour-points <N>', 'grid points per axis of the contour scans (default 21)')
    .option('--profile-points <N>', 'points of the −2ΔlnL curve of each parameter (one or two floating parameters; default 21, 0 = none)')
    .option('--no-intervals', 'skip the profile intervals')
    .option('--no-contours', 'skip the contour scans')
    .option('--mcmc <steps>', 'also sample the posterior with the affine-invariant ensemble sampler, this many steps')
    .option('--walkers <N>', 'walkers of the ensemble (default max(8, 2·dim + 2))')
    .option('--burn <N>', 'burn-in steps dropped from the posterior (default steps/4)')
    .option('--seed <S>', 'random seed of the sampler', '1')
    .option('--samples-out <file>', 'write the posterior samples (.csv)')
    .option('--out <file>', 'write the full result (best fit, intervals, contour grids and segments, posterior) as JSON')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Example (the two-body fit of Gärtner et al. 2026, B+ → K+ X with X invisible):
  model: two-body
  parameters: {m_X: 2.1, br: 9e-6}
  fit:
    float: {m_X: [0.1, 4.7], br: [0, 3.0e-5]}
    prescan: 24
-2ΔlnL levels: intervals at 1 (68.3 %) and 3.84 (95 %); contours at 2.30 and 5.99 (two parameters).`,
    )
    .action((file: string, opts: FitCliOptions) => {
      const text = readTextFile(file, 'model file');
      const model = parseFitModelFile(text, file);
      if (opts.ff !== undefined && !FF_TREATMENTS.includes(opts.ff as FFTreatment)) throw new EmissError(`--ff must be one of ${FF_TREATMENTS.join(', ')}`);
      const release = model.fit.likelihoods.includes('belle2') ? readBelle2Release() : undefined;
      const problem = buildProblem(model, release, opts.ff ? { ff: opts.ff as FFTreatment } : {});
      const t0 = Date.now();
      const progress = (m: string) => {
        if (process.stderr.isTTY || process.env.EMISS_PROGRESS === '1') process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${m}\n`);
      };
      const report = runFit(problem, {
        ...(opts.prescan ? { prescan: positiveInt(opts.prescan, '--prescan') } : {}),
        contourPoints: positiveInt(opts.contourPoints, '--contour-points') ?? 21,
        profilePoints: opts.profilePoints === '0' ? 0 : (positiveInt(opts.profilePoints, '--profile-points') ?? 21),
        intervals: opts.intervals,
        contours: opts.contours,
        onProgress: progress,
      });
      let mcmc: McmcResult | undefined;
      if (opts.mcmc) {
        const steps = positiveInt(opts.mcmc, '--mcmc') as number;
        progress(`ensemble MCMC, ${steps} steps`);
        mcmc = runMcmc(problem, report.best.values, {
          steps,
          ...(opts.walkers ? { walkers: positiveInt(opts.walkers, '--walkers') } : {}),
          ...(opts.burn ? { burn: Number(opts.burn) } : {}),
          seed: Number(opts.seed),
        });
        if (opts.samplesOut) {
          const lines = [mcmc.parameters.join(','), ...mcmc.samples.map((s) => Array.from(s, (v) => v.toPrecision(10)).join(','))];
          writeFileAtomic(opts.samplesOut, `${lines.join('\n')}\n`);
        }
      }
      const seconds = (Date.now() - t0) / 1000;
      const result = summary(model.fileName, problem.ff, problem.terms.map((t) => ({ id: t.measurement.id, method: t.term.method })), report, mcmc, seconds);
      if (opts.out) writeFileAtomic(opts.out, JSON.stringify(result));
      if (opts.json) return printJson(result);
      printText(result, report, mcmc);
    });
}

function summary(file: string, ff: string, terms: { id: string; method: string }[], r: FitReport, mcmc: McmcResult | undefined, seconds: number) {
  return {
    file,
    form_factor_nuisances: ff,
    terms,
    best_fit: r.best.values,
    twice_nll: r.best.twiceNll,
    belle2_twice_nll: r.best.belle2 ?? null,
    term_chi2: r.best.terms,
    br_inv_BK: r.best.brInvBK,
    intervals: r.intervals,
    profiles: r.profiles,
    contours: r.contours,
    goodness_of_fit: r.goodness ?? null,
    significance: r.significance ?? null,
    evaluations: r.evaluations,
    seconds,
    ...(mcmc
      ? {
          mcmc: {
            parameters: mcmc.parameters,
            summaries: mcmc.summaries,
            acceptance_fraction: mcmc.acceptanceFraction,
            autocorrelation_steps: mcmc.autocorrelation,
            samples: mcmc.samples.length,
          },
        }
      : {}),
  };
}

function printText(s: ReturnType<typeof summary>, r: FitReport, mcmc: McmcResult | undefined): void {
  const w = (x: string) => process.stdout.write(`${x}\n`);
  w(`fit of ${s.file} (Belle II form-factor nuisances: ${s.form_factor_nuisances}; ${s.evaluations} likelihood evaluations, ${fmt(s.seconds, 3)} s)`);
  for (const t of s.terms) w(`  term ${t.id}: ${t.method}`);
  w(`best fit: ${Object.entries(r.best.values).map(([k, v]) => `${k} = ${fmt(v, 5)}`).join(', ')}`);
  w(`  −2 ln L = ${fmt(r.best.twiceNll, 7)}${r.best.belle2 !== undefined ? ` (Belle II ${fmt(r.best.belle2, 7)})` : ''}; BR(B+ → K+ + inv) = ${fmt(r.best.brInvBK, 4)}`);
  for (const [id, c] of Object.entries(r.best.terms)) w(`  χ²(${id}) = ${fmt(c, 4)}`);
  for (const i of r.intervals) {
    w(`  ${i.name}: ${fmt(i.best, 4)} in [${fmt(i.lower, 4)}${i.lowerAtBound ? ' (range end)' : ''}, ${fmt(i.upper, 4)}${i.upperAtBound ? ' (range end)' : ''}] at −2ΔlnL = ${fmt(i.level, 3)}`);
  }
  for (const p of r.profiles) {
    const i = p.delta.indexOf(Math.min(...p.delta));
    w(`  −2ΔlnL curve of ${p.name}: ${p.values.length} points from ${fmt(p.values[0], 4)} to ${fmt(p.values[p.values.length - 1], 4)}, lowest at ${fmt(p.values[i], 4)} (in the JSON output)`);
  }
  for (const c of r.contours) w(`  contour ${c.x} × ${c.y}: ${c.xs.length}×${c.ys.length} grid, ${c.levels.map((l) => `${l.segments.length} segments at ${fmt(l.level, 3)}`).join(', ')}`);
  if (r.goodness) w(`goodness of fit: deviance ${fmt(r.goodness.deviance, 4)} for ${r.goodness.ndof} degrees of freedom, p = ${fmt(r.goodness.pValue, 3)}`);
  if (r.significance) {
    w(`against ${Object.entries(r.significance.null).map(([k, v]) => `${k} = ${v}`).join(', ')}: q0 = ${fmt(r.significance.q0, 4)}, √q0 = ${fmt(r.significance.z, 3)} (χ²(${r.significance.dof}) p = ${fmt(r.significance.pValue, 3)}, local)`);
  }
  if (mcmc) {
    w(`posterior (${mcmc.samples.length} samples, acceptance ${fmt(mcmc.acceptanceFraction, 3)}):`);
    for (const p of mcmc.parameters) {
      const q = mcmc.summaries[p];
      w(`  ${p}: mean ${fmt(q.mean, 4)} ± ${fmt(q.std, 3)}, median ${fmt(q.median, 4)}, 68 % [${fmt(q.interval68[0], 4)}, ${fmt(q.interval68[1], 4)}], τ ≈ ${fmt(mcmc.autocorrelation[p], 3)} steps`);
    }
  }
}

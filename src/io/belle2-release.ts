/**
 * Reads the Belle II B+ → K+ νν̄ likelihood release shipped in data/experimental/ (see its README) into one value:
 * the combined pyhf workspace, the three joint number densities (ITA regions A, B; HTA), the generated-q² bin edges
 * and the form-factor nuisance means and covariance of the reinterpretation file.
 */
import { fileURLToPath } from 'node:url';
import { EmissError } from '../core/errors.js';
import type { Belle2Release } from '../stats/belle2/release.js';
import { readBelle2NumberDensity } from './belle2-number-density.js';
import { readJsonFile, readLikelihoodFile } from './pyhf-json.js';

const dataPath = (f: string) => fileURLToPath(new URL(`../../data/experimental/${f}`, import.meta.url));
export const BELLE2_WORKSPACE_FILE = dataPath('belle2_2023_knunu_combined_likelihood.json');
export const BELLE2_REINTERPRETATION_FILE = dataPath('belle2_2023_knunu_reinterpretation_likelihood_wet.json');

interface ReinterpretationFile {
  name: string[];
  new_pars: Record<string, { inits: number[]; cov?: number[][] }>[];
  bins: number[][][];
  map: number[][][];
}

export function readBelle2Release(): Belle2Release {
  const f = readLikelihoodFile(BELLE2_WORKSPACE_FILE);
  if (f.kind !== 'workspace') throw new EmissError(`${BELLE2_WORKSPACE_FILE} is not a pyhf workspace`);
  const r = readJsonFile(BELLE2_REINTERPRETATION_FILE) as ReinterpretationFile;
  const edges = r.bins?.[0]?.[0];
  const ffk = r.new_pars?.[0]?.FFK;
  if (!Array.isArray(edges) || edges.length !== 102) throw new EmissError(`${BELLE2_REINTERPRETATION_FILE}: expected 102 generated-q² bin edges`);
  if (!ffk?.cov) throw new EmissError(`${BELLE2_REINTERPRETATION_FILE}: no FFK means and covariance`);
  return {
    workspace: f.workspace,
    densities: { regA: readBelle2NumberDensity('ita_regA'), regB: readBelle2NumberDensity('ita_regB'), hta: readBelle2NumberDensity('hta') },
    edges,
    reinterpretationMaps: { regA: r.map[0], regB: r.map[1], hta: r.map[2] },
    releaseFormFactors: {
      names: ['B->K::alpha^f+_0@BSZ2015', 'B->K::alpha^f+_1@BSZ2015', 'B->K::alpha^f+_2@BSZ2015', 'B->K::alpha^f0_1@BSZ2015', 'B->K::alpha^f0_2@BSZ2015', 'B->K::alpha^fT_0@BSZ2015', 'B->K::alpha^fT_1@BSZ2015', 'B->K::alpha^fT_2@BSZ2015'],
      mean: ffk.inits,
      covariance: ffk.cov,
      source: 'belle2_2023_knunu_reinterpretation_likelihood_wet.json new_pars FFK (EOS posterior, FLAG 2021 + HPQCD 2022; scripts/utils.py of lorenzennio/knunu-reinterpretation-mini)',
    },
  };
}

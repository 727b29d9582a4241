/**
 * Reads data/experimental/bqnunu_measurements.yaml into measurement records (src/stats/measurements/types.ts):
 * each node listed in src/stats/measurements/yaml-map.ts is validated (zod) and converted:
 *   upper_limit, cl [, encoding.flavio_general_gamma_upper_limit{counts_total, counts_signal | counts_background,
 *   background_std}]                                                   → upper-limit (with counts)
 *   value with stat/syst/up/down (symmetric or asymmetric pieces)      → gaussian or asymmetric, pieces of each
 *                                                                        side combined in quadrature
 * Provenance: the node's own tag (or value_provenance for a central value next to a limit), else the experiment's.
 */
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EmissError } from '../core/errors.js';
import { MeasurementSchema, PROVENANCES, quadrature, type Counting, type Measurement, type Provenance } from '../stats/measurements/types.js';
import { YAML_MAP, yamlEntryId, type YamlMapEntry } from '../stats/measurements/yaml-map.js';
import { readTextFile } from './read-text.js';

export const MEASUREMENTS_YAML = fileURLToPath(new URL('../../data/experimental/bqnunu_measurements.yaml', import.meta.url));

const Num = z.number().finite();
const Encoding = z
  .object({
    flavio_general_gamma_upper_limit: z
      .object({ counts_total: Num, counts_signal: Num.optional(), counts_background: Num.optional(), background_std: Num })
      .strict(),
  })
  .strict();
const NumbersNode = z
  .object({
    upper_limit: Num.positive().optional(),
    cl: Num.optional(),
    encoding: Encoding.optional(),
    value: Num.optional(),
    stat: Num.positive().optional(),
    syst: Num.positive().optional(),
    up: Num.positive().optional(),
    down: Num.positive().optional(),
    stat_up: Num.positive().optional(),
    stat_down: Num.positive().optional(),
    syst_up: Num.positive().optional(),
    syst_down: Num.positive().optional(),
    provenance: z.string().optional(),
    value_provenance: z.string().optional(),
    ses: Num.optional(),
    expected_bkg: Num.optional(),
    observed: Num.optional(),
    note: z.string().optional(),
  })
  .passthrough();
type NumbersNode = z.infer<typeof NumbersNode>;

function provenanceTag(text: string | undefined, where: string): Provenance {
  const t = (text ?? '').trim();
  const tag = PROVENANCES.find((p) => t === p || t.startsWith(`${p} `) || t.startsWith(`${p}:`) || t.startsWith(`${p}(`));
  if (!tag) throw new EmissError(`${where}: provenance '${t}' does not start with one of ${PROVENANCES.join(', ')}`);
  return tag;
}

function nodeAt(doc: unknown, path: readonly string[]): unknown {
  let cur: unknown = doc;
  for (const k of path) {
    if (!cur || typeof cur !== 'object' || !(k in (cur as Record<string, unknown>))) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function convert(doc: Record<string, unknown>, e: YamlMapEntry, fileName: string): Measurement {
  const where = `${fileName}: ${e.path.join('/')}`;
  const raw = nodeAt(doc, e.path);
  if (raw === undefined) throw new EmissError(`${where} is missing`);
  const parsed = NumbersNode.safeParse(raw);
  if (!parsed.success) {
    const iss = parsed.error.issues[0];
    throw new EmissError(`${where}: ${iss.path.join('.') || '(node)'}: ${iss.message}`);
  }
  const n: NumbersNode = parsed.data;
  const exp = doc[e.path[0]] as Record<string, unknown>;
  const parent = e.path.length > 2 ? (nodeAt(doc, e.path.slice(0, 2)) as Record<string, unknown>) : exp;
  const paper = String((parent?.paper as string | undefined) ?? (exp?.paper as string | undefined) ?? '');
  const expProv = (parent?.provenance as string | undefined) ?? (exp?.provenance as string | undefined);
  const take = e.take ?? (n.upper_limit !== undefined ? 'limit' : 'value');
  const provText = take === 'value' ? (n.value_provenance ?? n.provenance ?? expProv) : (n.provenance ?? expProv);
  const base = {
    id: yamlEntryId(e),
    experiment: e.experiment,
    quantity: e.quantity,
    observable: e.observable,
    paper: paper || `${e.experiment} (see ${e.path[0]})`,
    source: `data/experimental/bqnunu_measurements.yaml ${e.path.join('/')}${provText ? `; ${provText}` : ''}`,
    provenance: provenanceTag(provText, where),
    datasets: [...e.datasets],
    ...(e.includes ? { includes: [...e.includes] } : {}),
    yamlPath: [...e.path],
    ...(e.note ? { note: e.note } : {}),
  };
  let m: Measurement;
  if (take === 'limit') {
    if (n.upper_limit === undefined || n.cl === undefined) throw new EmissError(`${where}: an upper limit needs upper_limit and cl`);
    let counting: Counting | undefined;
    const enc = n.encoding?.flavio_general_gamma_upper_limit;
    if (enc) {
      const bkg = enc.counts_background ?? (enc.counts_signal !== undefined ? enc.counts_total - enc.counts_signal : undefined);
      if (bkg === undefined) throw new EmissError(`${where}: the counting encoding needs counts_signal or counts_background`);
      counting = {
        countsTotal: enc.counts_total,
        countsBackground: bkg,
        backgroundStd: enc.background_std,
        source: 'flavio v2.7.0 flavio/data/measurements.yml (general_gamma_upper_limit), as quoted in the YAML',
      };
    } else if (e.countsFrom === 'observed-expected') {
      if (n.observed === undefined || n.expected_bkg === undefined) throw new EmissError(`${where}: needs observed and expected_bkg`);
      counting = {
        countsTotal: n.observed,
        countsBackground: n.expected_bkg,
        backgroundStd: 0,
        source: `derived: ${n.observed} observed events, ${n.expected_bkg} expected background (same YAML node), background uncertainty neglected`,
      };
    }
    m = { ...base, kind: 'upper-limit', limit: n.upper_limit, cl: n.cl, ...(counting ? { counting } : {}) };
  } else {
    if (n.value === undefined) throw new EmissError(`${where}: no central value`);
    let up: number;
    let down: number;
    if (n.up !== undefined || n.down !== undefined) {
      if (n.up === undefined || n.down === undefined) throw new EmissError(`${where}: give both up and down`);
      up = n.up;
      down = n.down;
    } else {
      const su = n.stat_up ?? n.stat;
      const sd = n.stat_down ?? n.stat;
      const yu = n.syst_up ?? n.syst;
      const yd = n.syst_down ?? n.syst;
      if (su === undefined || sd === undefined) throw new EmissError(`${where}: no statistical error`);
      up = quadrature(su, yu);
      down = quadrature(sd, yd);
    }
    m = up === down ? { ...base, kind: 'gaussian', value: n.value, sigma: up } : { ...base, kind: 'asymmetric', value: n.value, up, down };
  }
  const check = MeasurementSchema.safeParse(m);
  if (!check.success) throw new EmissError(`${where}: ${check.error.issues[0].path.join('.')}: ${check.error.issues[0].message}`);
  return check.data;
}

/** Measurement records from the text of bqnunu_measurements.yaml. */
export function measurementsFromYaml(text: string, fileName = 'bqnunu_measurements.yaml'): Measurement[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new EmissError(`${fileName} is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new EmissError(`${fileName}: expected a mapping at the top level`);
  return YAML_MAP.map((e) => convert(doc as Record<string, unknown>, e, fileName));
}

/** Reads the shipped YAML (or another file with the same layout). */
export function readMeasurementsYaml(path = MEASUREMENTS_YAML): Measurement[] {
  return measurementsFromYaml(readTextFile(path, 'measurements file'), path);
}

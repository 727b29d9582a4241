/**
 * Dark-pair model files (YAML or JSON; text in, NP point out — no I/O here):
 *
 *   kind: fermion            # scalar | phi, fermion | chi, vector | X
 *   nature: Dirac            # complex | real (scalar, vector); Dirac | Majorana (fermion). Default complex/Dirac
 *   mass: 0.7                # GeV
 *   sector: bs               # default flavour sector of short names: bs (b→s), bd (b→d), sd (s→d)
 *   coefficients:            # Wilson coefficients, GeV⁻¹ (dim 5) or GeV⁻²: short (CV1) or full (CV1_bdchi) names;
 *     CV1: 1.0e-8            #   complex as "1e-8+2e-9i" or {Re: 1e-8, Im: 2e-9}
 *   lambda_eff:              # or effective scales Λ_eff in GeV (paper 003: C = m^a/Λ^p, see lambda-eff.ts)
 *     CV2: 8000
 *
 * Returns the coefficient map and the NPPoint.dark entries (mass and self-conjugate flag).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EmissError } from '../../core/errors.js';
import type { Complex } from '../../core/complex.js';
import { parseComplex } from '../../core/parse-complex.js';
import { darkKindDef, operatorIndex, parseDarkKind, type DarkKind, type FlavourSector } from '../../processes/dark-pairs/basis.js';
import { darkCoefficientName, parseDarkCoefficientName } from '../../wc/dark-pairs.js';
import { coefficientFromLambda } from './lambda-eff.js';

const Value = z.union([z.number(), z.string(), z.object({ Re: z.number().optional(), Im: z.number().optional() }).strict()]);
const ModelSchema = z
  .object({
    kind: z.string(),
    nature: z.string().optional(),
    mass: z.number(),
    sector: z.enum(['bs', 'bd', 'sd']).optional(),
    coefficients: z.record(z.string(), Value).optional(),
    lambda_eff: z.record(z.string(), z.number()).optional(),
    description: z.string().optional(),
  })
  .strict();

export interface DarkModel {
  readonly kind: DarkKind;
  readonly selfConjugate: boolean;
  readonly mass: number;
  readonly wc: ReadonlyMap<string, Complex>;
  readonly dark: Readonly<Record<string, number>>;
}

/** Resolves a short (CV1, V1) or full (CV1_bdchi) coefficient name of a kind. */
export function resolveDarkName(kind: DarkKind, key: string, sector: FlavourSector): string {
  const full = parseDarkCoefficientName(key);
  if (full) {
    if (full.kind !== kind) throw new EmissError(`coefficient '${key}' belongs to ${full.kind} dark matter, not ${kind}`);
    return key;
  }
  const op = key.startsWith('C') ? key.slice(1) : key;
  operatorIndex(kind, op);
  return darkCoefficientName(kind, op, sector);
}

export function parseNature(kind: DarkKind, nature: string | undefined): boolean {
  if (nature === undefined) return false;
  const def = darkKindDef(kind);
  const n = nature.trim().toLowerCase();
  if (n === def.natures[0].toLowerCase()) return false;
  if (n === def.natures[1].toLowerCase()) return true;
  throw new EmissError(`nature '${nature}' of ${kind} dark matter must be ${def.natures[0]} or ${def.natures[1]}`);
}

export function parseDarkModel(text: string, fileName = 'model file'): DarkModel {
  let raw: unknown;
  try {
    raw = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new EmissError(`${fileName}: not valid YAML/JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const r = ModelSchema.safeParse(raw);
  if (!r.success) {
    const iss = r.error.issues[0];
    throw new EmissError(`${fileName}: ${iss.path.join('.') || '(top level)'}: ${iss.message}`);
  }
  const d = r.data;
  const kind = parseDarkKind(d.kind);
  const def = darkKindDef(kind);
  const selfConjugate = parseNature(kind, d.nature);
  if (!Number.isFinite(d.mass) || d.mass < 0) throw new EmissError(`${fileName}: mass must be a non-negative number of GeV (got ${d.mass})`);
  const sector = (d.sector ?? 'bs') as FlavourSector;
  const wc = new Map<string, Complex>();
  for (const [k, v] of Object.entries(d.coefficients ?? {})) {
    const name = resolveDarkName(kind, k, sector);
    const c = typeof v === 'number' ? { re: v, im: 0 } : typeof v === 'string' ? parseComplex(v, `${fileName}: ${k}`) : { re: v.Re ?? 0, im: v.Im ?? 0 };
    if (!Number.isFinite(c.re) || !Number.isFinite(c.im)) throw new EmissError(`${fileName}: value of ${k} is not finite`);
    wc.set(name, c);
  }
  for (const [k, lam] of Object.entries(d.lambda_eff ?? {})) {
    const name = resolveDarkName(kind, k, sector);
    if (wc.has(name)) throw new EmissError(`${fileName}: ${k} given both as a coefficient and as Λ_eff`);
    const p = parseDarkCoefficientName(name)!;
    wc.set(name, { re: coefficientFromLambda(kind, p.op, lam, d.mass), im: 0 });
  }
  return { kind, selfConjugate, mass: d.mass, wc, dark: { [def.massKey]: d.mass, [def.selfConjugateKey]: selfConjugate ? 1 : 0 } };
}

import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { EmissError } from '../core/errors.js';
import type { Complex } from '../core/complex.js';
import { assertKnownWilsonCoefficient } from './registry.js';

/**
 * WCxf (Aebischer et al., arXiv:1712.05298) Wilson-coefficient files, YAML or JSON:
 *   eft: WET, basis: flavio (or emiss, for the primed-neutrino extension), scale: 4.8,
 *   values: { CL_bsnutaunutau: -1.2, CR_bsnuenue: { Re: 0.3, Im: -0.1 } }
 * Parsing takes the file's text (no I/O here). The scale is recorded; b→qνν̄ coefficients do not run
 * under QCD and flavio/wilson leave them unchanged, so emiss applies them at any scale as given.
 */
const Value = z.union([z.number(), z.object({ Re: z.number().optional(), Im: z.number().optional() }).strict()]);
const WcxfSchema = z
  .object({
    eft: z.string(),
    basis: z.string(),
    scale: z.number().positive(),
    values: z.record(z.string(), Value),
    metadata: z.unknown().optional(),
  })
  .passthrough();

export interface WcxfFile {
  readonly eft: string;
  readonly basis: string;
  readonly scale: number;
  readonly values: ReadonlyMap<string, Complex>;
}

export function parseWcxf(text: string, fileName = 'WCxf file'): WcxfFile {
  let raw: unknown;
  try {
    raw = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new EmissError(`${fileName}: not valid YAML/JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const r = WcxfSchema.safeParse(raw);
  if (!r.success) {
    const iss = r.error.issues[0];
    throw new EmissError(`${fileName}: not a WCxf file: ${iss.path.join('.') || '(top level)'}: ${iss.message}`);
  }
  const d = r.data;
  if (d.eft !== 'WET') throw new EmissError(`${fileName}: eft '${d.eft}' is not supported (emiss reads WET)`);
  if (d.basis !== 'flavio' && d.basis !== 'emiss') {
    throw new EmissError(`${fileName}: basis '${d.basis}' is not supported (use 'flavio', or 'emiss' for primed-neutrino operators)`);
  }
  const values = new Map<string, Complex>();
  for (const [k, v] of Object.entries(d.values)) {
    assertKnownWilsonCoefficient(k);
    const c = typeof v === 'number' ? { re: v, im: 0 } : { re: v.Re ?? 0, im: v.Im ?? 0 };
    if (!Number.isFinite(c.re) || !Number.isFinite(c.im)) throw new EmissError(`${fileName}: value of ${k} is not finite`);
    if ((/^C[LR]p_/.test(k) || /_(bs|bd|sd)(phi|chi|X)$/.test(k)) && d.basis !== 'emiss') {
      throw new EmissError(`${fileName}: ${k} is an emiss extension; declare basis: emiss`);
    }
    values.set(k, c);
  }
  return { eft: d.eft, basis: d.basis, scale: d.scale, values };
}

/** Writes coefficients as a WCxf YAML document. */
export function formatWcxf(values: ReadonlyMap<string, Complex>, scale = 4.8): string {
  const needsEmiss = [...values.keys()].some((k) => /^C[LR]p_/.test(k));
  const lines = ['eft: WET', `basis: ${needsEmiss ? 'emiss' : 'flavio'}`, `scale: ${scale}`, 'values:'];
  for (const [k, c] of values) lines.push(c.im === 0 ? `  ${k}: ${c.re}` : `  ${k}: {Re: ${c.re}, Im: ${c.im}}`);
  return `${lines.join('\n')}\n`;
}

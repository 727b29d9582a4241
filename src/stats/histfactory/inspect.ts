import type { Model } from './model.js';

/**
 * A summary of a model for people and for `emiss pyhf inspect`: channels with bins and samples, modifiers by
 * type, parameter counts, the POI and the interpolation codes.
 */
export interface ModelSummary {
  readonly channels: readonly { name: string; bins: number; samples: readonly string[] }[];
  readonly nbins: number;
  readonly samples: readonly string[];
  /** distinct modifier names per type, and how many (sample, modifier) uses there are */
  readonly modifiers: Readonly<Record<string, { names: number; uses: number }>>;
  /** parameter sets and components by constraint type */
  readonly parameters: {
    readonly sets: number;
    readonly components: number;
    readonly byConstraint: Readonly<Record<string, number>>;
    readonly fixed: number;
  };
  readonly poi: string | null;
  readonly naux: number;
  readonly interpcodes: { readonly normsys: string; readonly histosys: string };
  readonly customModifiers: readonly string[];
}

export function summarizeModel(model: Model): ModelSummary {
  const channels = model.channels.map((c) => {
    const spec = model.spec.channels.find((x) => x.name === c.name);
    return { name: c.name, bins: c.nbins, samples: spec ? spec.samples.map((s) => s.name) : [] };
  });
  const modifiers: Record<string, { names: number; uses: number }> = {};
  const names: Record<string, Set<string>> = {};
  for (const c of model.spec.channels) {
    for (const s of c.samples) {
      for (const m of s.modifiers) {
        modifiers[m.type] ??= { names: 0, uses: 0 };
        modifiers[m.type].uses++;
        (names[m.type] ??= new Set()).add(m.name);
      }
    }
  }
  for (const t of Object.keys(modifiers)) modifiers[t].names = names[t].size;
  const byConstraint: Record<string, number> = {};
  for (const p of model.parameters) byConstraint[p.constraint] = (byConstraint[p.constraint] ?? 0) + p.n;
  return {
    channels,
    nbins: model.nmain,
    samples: model.samples,
    modifiers,
    parameters: {
      sets: model.parameters.length,
      components: model.npars,
      byConstraint,
      fixed: model.suggestedFixed().filter(Boolean).length,
    },
    poi: model.poi?.name ?? null,
    naux: model.naux,
    interpcodes: model.interpcodes,
    customModifiers: model.customModifiers.map((c) => `${c.name} (${c.type}) on ${c.channel}/${c.sample}`),
  };
}

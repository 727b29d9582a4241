/**
 * The reproduction report: every number a paper quotes that emiss can compute, side by side with emiss's
 * value, and the papers' figures redrawn. Each capability contributes sections (src/report/sections/).
 */
/** the four papers, or 'ext': a publication outside them, named in the row's `ref` */
export type PaperId = '000' | '001' | '002' | '003' | 'ext';

/** One quoted number compared (report/results.json row). */
export interface ComparisonRow {
  readonly paper: PaperId;
  /** as the paper labels it: "eq. (3.9)", "Table 2: B+->K+", "Fig. 1" */
  readonly ref: string;
  readonly quantity: string;
  readonly paper_value: number;
  readonly emiss_value: number;
  readonly unit: string;
  readonly rel_diff: number;
  readonly status: 'agrees' | 'differs';
  /** how the comparison was made and, for 'differs', the reason found */
  readonly note: string;
  /** optional: uncertainties for display */
  readonly paper_uncertainty?: number;
  readonly emiss_uncertainty?: number;
}

export interface Figure {
  readonly id: string;
  readonly title: string;
  /** what is shown, what the paper shows, and how they compare */
  readonly caption: string;
  /** a Vega-Lite specification (rendered to SVG and PNG by the report writer) */
  readonly spec: Record<string, unknown>;
}

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  /** HTML paragraphs: what is computed, with which inputs and conventions */
  readonly intro: string;
  readonly rows: readonly ComparisonRow[];
  readonly figures: readonly Figure[];
  /** extra HTML (tables of predictions etc.) */
  readonly extraHtml?: string;
}

export interface ReportContext {
  /** Monte Carlo samples for uncertainties (reduced by --quick) */
  readonly mcSamples: number;
  /** points per random scan (reduced by --quick) */
  readonly scanPoints: number;
  readonly seed: number;
  readonly progress: (message: string) => void;
}

export type SectionBuilder = (ctx: ReportContext) => ReportSection | Promise<ReportSection>;

/**
 * Builds a comparison row. `tolerance` is the agreement criterion, stated in the note: relative (rounding of
 * the printed number) or absolute (quoted uncertainties combined). `reason` explains a difference.
 */
export function compare(args: {
  paper: PaperId;
  ref: string;
  quantity: string;
  paperValue: number;
  emissValue: number;
  unit?: string;
  /** agreement if |emiss − paper| ≤ absTol (e.g. the combined uncertainty or half the last printed digit) */
  absTol: number;
  how: string;
  reasonIfDiffers?: string;
  paperUncertainty?: number;
  emissUncertainty?: number;
}): ComparisonRow {
  const diff = Math.abs(args.emissValue - args.paperValue);
  const agrees = diff <= args.absTol * (1 + 1e-9);
  const relDiff = args.paperValue !== 0 ? args.emissValue / args.paperValue - 1 : args.emissValue;
  return {
    paper: args.paper,
    ref: args.ref,
    quantity: args.quantity,
    paper_value: args.paperValue,
    emiss_value: args.emissValue,
    unit: args.unit ?? '1',
    rel_diff: relDiff,
    status: agrees ? 'agrees' : 'differs',
    note: agrees ? args.how : `${args.how}. Differs: ${args.reasonIfDiffers ?? 'reason not identified'}`,
    ...(args.paperUncertainty !== undefined ? { paper_uncertainty: args.paperUncertainty } : {}),
    ...(args.emissUncertainty !== undefined ? { emiss_uncertainty: args.emissUncertainty } : {}),
  };
}

/** Half a unit in the last printed digit of a number quoted with `digits` significant figures. */
export function rounding(value: number, digits: number): number {
  const e = Math.floor(Math.log10(Math.abs(value)));
  return 0.5 * 10 ** (e - digits + 1);
}

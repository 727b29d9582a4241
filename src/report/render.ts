import * as vega from 'vega';
import * as vl from 'vega-lite';
import { Resvg } from '@resvg/resvg-js';

/** Common look of all report figures. */
export const PLOT_CONFIG = {
  font: 'DejaVu Sans',
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true },
  legend: { labelFontSize: 11, titleFontSize: 11 },
  title: { fontSize: 13 },
  view: { stroke: '#888' },
} as const;

/** Vega-Lite specification → standalone SVG (headless, no browser). */
export async function renderSvg(spec: Record<string, unknown>): Promise<string> {
  const full = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', config: PLOT_CONFIG, background: 'white', ...spec };
  const compiled = vl.compile(full as unknown as vl.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** SVG → PNG at 2× scale (resvg, prebuilt binary shipped in npm; uses the system fonts if any). */
export function svgToPng(svg: string): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

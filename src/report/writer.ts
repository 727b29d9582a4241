import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderHtml } from './html.js';
import { renderSvg, svgToPng } from './render.js';
import type { ReportSection } from './types.js';

/**
 * Writes report/index.html, report/results.json and report/figures/*.svg|png. Everything is written into a
 * temporary sibling directory first and moved into place at the end, so an interrupted run never leaves a
 * half-written report.
 */
export async function writeReport(outDir: string, sections: readonly ReportSection[], meta: { seconds: number; options: string }, progress: (m: string) => void): Promise<void> {
  const target = resolve(outDir);
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'figures'), { recursive: true });
  const files = new Map<string, { svg: string; png: string }>();
  for (const s of sections) {
    for (const f of s.figures) {
      progress(`rendering ${f.id}`);
      const svg = await renderSvg(f.spec);
      writeFileSync(join(tmp, 'figures', `${f.id}.svg`), svg);
      writeFileSync(join(tmp, 'figures', `${f.id}.png`), svgToPng(svg));
      files.set(f.id, { svg: `figures/${f.id}.svg`, png: `figures/${f.id}.png` });
    }
  }
  const rows = sections.flatMap((s) => s.rows.map((r) => ({ section: s.id, ...r })));
  writeFileSync(join(tmp, 'results.json'), `${JSON.stringify(rows, null, 1)}\n`);
  writeFileSync(join(tmp, 'index.html'), renderHtml(sections, files, { generated: new Date().toISOString(), ...meta }));
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}

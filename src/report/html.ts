import type { ComparisonRow, ReportSection } from './types.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fmtNum(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e4 ? Number(x.toPrecision(4)).toString() : x.toExponential(3);
}

function rowHtml(r: ComparisonRow): string {
  const pv = `${fmtNum(r.paper_value)}${r.paper_uncertainty !== undefined ? ` ± ${fmtNum(r.paper_uncertainty)}` : ''}`;
  const ev = `${fmtNum(r.emiss_value)}${r.emiss_uncertainty !== undefined ? ` ± ${fmtNum(r.emiss_uncertainty)}` : ''}`;
  return `<tr class="${r.status}"><td>${r.paper}</td><td>${esc(r.ref)}</td><td>${esc(r.quantity)}</td><td>${pv}</td><td>${ev}</td><td>${esc(r.unit)}</td><td>${(100 * r.rel_diff).toFixed(2)} %</td><td class="status">${r.status}</td><td class="note">${esc(r.note)}</td></tr>`;
}

export function renderHtml(sections: readonly ReportSection[], figureFiles: Map<string, { svg: string; png: string }>, meta: { generated: string; seconds: number; options: string }): string {
  const rows = sections.flatMap((s) => s.rows);
  const agree = rows.filter((r) => r.status === 'agrees').length;
  const toc = sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a> (${s.rows.length} numbers, ${s.figures.length} figures)</li>`).join('\n');
  const body = sections
    .map((s) => {
      const figs = s.figures
        .map((f) => {
          const files = figureFiles.get(f.id)!;
          return `<figure id="${f.id}"><img src="${files.svg}" alt="${esc(f.title)}"><figcaption><b>${esc(f.title)}.</b> ${f.caption} <a href="${files.png}">PNG</a> · <a href="${files.svg}">SVG</a></figcaption></figure>`;
        })
        .join('\n');
      const table = s.rows.length
        ? `<table><thead><tr><th>paper</th><th>ref</th><th>quantity</th><th>paper</th><th>emiss</th><th>unit</th><th>rel. diff</th><th>status</th><th>note</th></tr></thead><tbody>${s.rows.map(rowHtml).join('\n')}</tbody></table>`
        : '';
      return `<section id="${s.id}"><h2>${esc(s.title)}</h2>${s.intro}${table}${s.extraHtml ?? ''}${figs}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>emiss — papers vs emiss</title>
<style>
body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}
table{border-collapse:collapse;font-size:0.85em;margin:1em 0;width:100%}
td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
th{background:#f0f0f0}
tr.agrees td.status{color:#176917;font-weight:bold}
tr.differs td.status{color:#a33;font-weight:bold}
td.note{max-width:420px}
figure{margin:1.5em 0;border-top:1px solid #eee;padding-top:.5em}
figure img{max-width:100%}
figcaption{font-size:0.9em;color:#444}
code{background:#f4f4f4;padding:0 3px}
</style></head><body>
<h1>emiss: the papers' numbers and figures, reproduced</h1>
<p>Generated ${esc(meta.generated)} in ${meta.seconds.toFixed(1)} s (${esc(meta.options)}). Every number a paper quotes that emiss can compute
is listed with emiss's value, the relative difference and a status; where they differ, the note says why. The same
comparison is in <a href="results.json">results.json</a>. Papers: 000 Gabrielli et al. 2024 (massless dark photon), 001 slides and
He–Ma–Valencia tables, 002 Calibbi et al. 2025 (ALP, dark photon), 003 He, Ma, Valencia 2024.</p>
<p><b>${rows.length}</b> numbers compared: <b>${agree}</b> agree, <b>${rows.length - agree}</b> differ (each with its reason).</p>
<ul>${toc}</ul>
${body}
</body></html>
`;
}

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { cli } from './helpers/cli.js';

const Row = z.object({
  section: z.string(),
  paper: z.enum(['000', '001', '002', '003', 'ext']),
  ref: z.string().min(1),
  quantity: z.string().min(1),
  paper_value: z.number(),
  emiss_value: z.number(),
  unit: z.string(),
  rel_diff: z.number(),
  status: z.enum(['agrees', 'differs']),
  note: z.string().min(10),
});

describe('emiss reproduce (the main job)', () => {
  it('writes index.html, results.json with the documented rows, and SVG + PNG figures', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'emiss-report-')), 'report');
    const r = await cli('reproduce', '--quick', '--out', out);
    expect(r.code).toBe(0);
    const rows = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      Row.parse(row);
      if (row.status === 'differs') expect(row.note).toMatch(/Differs: /);
      expect(Number.isFinite(row.emiss_value)).toBe(true);
    }
    const refs = rows.map((x: { ref: string; quantity: string }) => `${x.ref} ${x.quantity}`).join('\n');
    for (const needle of ['Table 2: B+->K+', 'Table 2: KL->pi0', 'below eq. (11)', 'eq. (1.4)', 'eq. (17)', '§IV', '§III D, §IV', 'eq. (30), Fig. 1 (right)', 'eq. (48), Fig. 3', 'eq. (53)', 'Migdal slide', 'Gärtner et al. 2026', 'eq. (17), §III D']) expect(refs).toContain(needle);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('results.json');
    for (const f of ['paper003-fig1', 'sm-spectrum-BK', 'sm-spectrum-B0K', 'paper003-fig4', 'paper003-fig5', 'paper003-fig6', 'paper003-fig7', 'paper003-fig8', 'belle2-ita-efficiency', 'paper002-fig1-left', 'paper002-fig1-right', 'paper002-fig2', 'paper002-fig3-relic', 'paper001-vlq-relic', 'belle2-mu-profile', 'belle2-two-body-mx', 'belle2-dark-operators']) {
      expect(existsSync(join(out, 'figures', `${f}.svg`))).toBe(true);
      const png = readFileSync(join(out, 'figures', `${f}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(html).toContain(`figures/${f}.svg`);
    }
    // the η and coefficient rows agree with the paper
    const eta = rows.find((x: { quantity: string }) => x.quantity.startsWith('η'));
    expect(eta.status).toBe('agrees');
    // the ALP freeze-in benchmark (paper 002 eq. 30) agrees with the paper
    expect(rows.find((x: { ref: string }) => x.ref === 'eq. (30), Fig. 1 (right)').status).toBe('agrees');
  });
});

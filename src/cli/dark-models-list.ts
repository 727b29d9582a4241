/** `emiss list models`: the dark-pair models, their operators, coefficient names, units and Λ_eff scaling. */
import { DARK_KIND_DEFS, FLAVOUR_SECTORS, coefficientUnit } from '../processes/dark-pairs/basis.js';
import { DARK_MODES } from '../processes/dark-pairs/modes.js';
import { darkCoefficientName } from '../wc/dark-pairs.js';
import { lambdaScaling } from '../models/dark-pairs/lambda-eff.js';

export function darkModelRows(): unknown[] {
  return DARK_KIND_DEFS.map((d) => ({
    kind: d.kind,
    field: d.field,
    natures: d.natures,
    mass: `NPPoint.dark.${d.massKey} [GeV] (CLI --dark ${d.massKey}=…)`,
    selfConjugateFlag: `NPPoint.dark.${d.selfConjugateKey} = 1 for ${d.natures[1]} (CLI --dark ${d.selfConjugateKey}=1)`,
    source: d.source,
    operators: d.operators.map((o) => {
      const l = lambdaScaling(d.kind, o.op);
      return {
        op: o.op,
        operator: o.text,
        dimension: o.dim,
        unit: coefficientUnit(o),
        coefficients: Object.fromEntries(FLAVOUR_SECTORS.map((s) => [s, darkCoefficientName(d.kind, o.op, s)])),
        lambdaEff: `C = ${l.massPower ? `m^${l.massPower}` : '1'}/Λ^${l.lambdaPower}`,
        [`vanishesFor${d.natures[1]}`]: o.vanishesSelfConjugate,
      };
    }),
    observables: DARK_MODES.map((m) => `BR(${m.label}${d.field}${d.field})`),
  }));
}

export function printDarkModels(): void {
  const w = (s: string) => process.stdout.write(`${s}\n`);
  for (const d of DARK_KIND_DEFS) {
    w(`# ${d.kind} dark matter ${d.field} (${d.natures.join(' | ')}), mass --dark ${d.massKey}=GeV, ${d.natures[1]}: --dark ${d.selfConjugateKey}=1   [${d.source}]`);
    for (const o of d.operators) {
      const l = lambdaScaling(d.kind, o.op);
      const names = FLAVOUR_SECTORS.map((s) => darkCoefficientName(d.kind, o.op, s)).join(' ');
      w(`  ${o.op.padEnd(3)} ${o.text.padEnd(44)} ${coefficientUnit(o).padEnd(7)} Λ_eff: C = ${l.massPower ? `m^${l.massPower}` : '1'}/Λ^${l.lambdaPower}${o.vanishesSelfConjugate ? `   (vanishes for ${d.natures[1]})` : ''}`);
      w(`      ${names}`);
    }
    w(`  observables: BR(MODE${d.field}${d.field}), dBR/dq2(…), <BR>(…) for MODE in ${DARK_MODES.map((m) => m.label).join(', ')}; BRinv(MODE) = νν̄ + all pairs`);
  }
}

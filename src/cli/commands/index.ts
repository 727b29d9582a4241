import type { Command } from 'commander';
import { registerPredict } from './predict.js';
import { registerList } from './list.js';
import { registerFf } from './ff.js';
import { registerParams } from './params.js';
import { registerReproduce } from './reproduce.js';
import { registerRegion } from './region.js';
import { registerLq } from './lq.js';
import { registerScanNunu } from './scan-nunu.js';
import { registerLfvBounds } from './lfv-bounds.js';
import { register as registerPyhf } from './pyhf.js';
import { registerRelic, registerDd } from './cosmo.js';
import { registerFit } from './fit.js';
import { registerScan } from './scan.js';
import { registerMeasurements } from './measurements.js';

/**
 * Every CLI command is a module exporting a registrar. Add a command by adding its file and one line
 * here. Commands parse and validate their arguments, call the library, and print; no physics lives here.
 */
type Registrar = (program: Command) => void;

const registrars: readonly Registrar[] = [registerPredict, registerList, registerFf, registerParams, registerReproduce, registerRegion, registerLq, registerScanNunu, registerLfvBounds, registerPyhf, registerRelic, registerDd, registerFit, registerScan, registerMeasurements];

export function registerCommands(program: Command): void {
  for (const r of registrars) r(program);
}

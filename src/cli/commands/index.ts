import type { Command } from 'commander';
import { register as registerPyhf } from './pyhf.js';

/**
 * Every CLI command is a module exporting `register(program)`. Add a command by adding its file and one line
 * here. Commands parse and validate their arguments, call the library, and print; no physics lives here.
 */
type Registrar = (program: Command) => void;

const registrars: readonly Registrar[] = [registerPyhf];

export function registerCommands(program: Command): void {
  for (const r of registrars) r(program);
}

#!/usr/bin/env node
/**
 * emiss command-line interface. Every command is registered from src/cli/commands/index.ts.
 * Errors: EmissError and commander usage errors print one line `emiss: …` and exit non-zero; no stack traces
 * (set EMISS_DEBUG=1 to see them).
 */
import { Command, CommanderError } from 'commander';
import { EmissError } from '../core/errors.js';
import { registerCommands } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('emiss')
    .description('B → K + missing energy: SM and new-physics predictions, dark sectors, cosmology, Belle II likelihood')
    .version('0.1.0')
    .showHelpAfterError(false)
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`emiss: ${s.replace(/^error: /, '').trim()}\n`),
    })
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit with code 0; usage errors have already been printed by commander
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof EmissError) {
      process.stderr.write(`emiss: ${err.message}\n`);
      if (process.env.EMISS_DEBUG) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`emiss: internal error: ${msg.split('\n')[0]}\n`);
    if (process.env.EMISS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 3;
  }
}

const isMain = (() => {
  const arg = process.argv[1] ?? '';
  return /(?:^|[/\\])(?:main\.(?:ts|js)|emiss(?:\.js)?)$/.test(arg);
})();

if (isMain) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`emiss: internal error: ${String(err)}\n`);
      process.exitCode = 3;
    },
  );
}

/**
 * The one error type emiss throws for bad input or impossible requests.
 * The CLI prints `emiss: <message>` and exits with `exitCode`.
 * Messages are one line, say what was wrong and, where useful, what is allowed.
 */
export class EmissError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'EmissError';
    this.exitCode = exitCode;
  }
}

/** Throws EmissError unless `cond`. */
export function ensure(cond: unknown, message: string): asserts cond {
  if (!cond) throw new EmissError(message);
}

/** Throws unless x is a finite number; `what` names the quantity in the message. */
export function ensureFinite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw new EmissError(`${what} is not a finite number (got ${x})`);
  return x;
}

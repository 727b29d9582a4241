import { readFileSync, statSync } from 'node:fs';
import { EmissError } from '../core/errors.js';

/** Reads a text file for the CLI with a one-line error for missing/unreadable files. */
export function readTextFile(path: string, what = 'file'): string {
  try {
    if (!statSync(path).isFile()) throw new EmissError(`${what} '${path}' is not a regular file`);
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof EmissError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new EmissError(`cannot read ${what} '${path}'${code === 'ENOENT' ? ': no such file' : code ? `: ${code}` : ''}`);
  }
}

import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const repo = fileURLToPath(new URL('..', import.meta.url));
const shared = join(repo, '..', 'shared');

describe('vendored data are exact copies of the workplace’s shared folder', () => {
  for (const [local, remote] of [
    ['data/experimental', 'data'],
    ['data/reference', 'reference'],
  ]) {
    it.skipIf(!existsSync(join(shared, remote)))(`${local} == ../shared/${remote}`, () => {
      for (const f of readdirSync(join(shared, remote))) {
        expect(readFileSync(join(repo, local, f)).equals(readFileSync(join(shared, remote, f)))).toBe(true);
      }
    });
  }
});

#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (built by `npm run build`, run automatically by `npm pack`).
import('../dist/cli/main.js').catch((err) => {
  process.stderr.write(`emiss: cannot load the compiled CLI (${err.message}); run \`npm run build\` first\n`);
  process.exit(2);
});

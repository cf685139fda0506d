#!/usr/bin/env node
// Entry point of `npx lotse` and `npm start`: the compiled code in dist/ (`npm ci` builds it; after a
// change to src/, `npm run build`).
import fs from 'node:fs';
import module from 'node:module';

// Compiled modules are cached between runs (Node 22.1+): a command line start loads some 500 modules.
module.enableCompileCache?.();

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!fs.existsSync(main)) {
  console.error('Lotse is not built yet: run `npm run build` (npm ci does it too).');
  process.exit(1);
}
await import(main.href);

#!/usr/bin/env node
// Entry point of `npx lotse` and `npm start`: runs the TypeScript sources through tsx. The project's
// tsconfig (JSX with Preact) is named explicitly so the command works from any working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');

#!/usr/bin/env node
// Compiles src/ to dist/ (tsc, incremental: a second build after a small change takes seconds) and
// copies the files the code reads at run time (styles, browser scripts, the demo CSV) beside it.
// `npm ci` runs this through the `prepare` script; `npm test` runs it first, so tests never see an old build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeInterfaceLanguages } from './interface-languages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A catalogue added by translators becomes an interface language before the compiler sees the code.
writeInterfaceLanguages();
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
fs.cpSync(src, dist, {
  recursive: true,
  filter: (from) => fs.statSync(from).isDirectory() || !/\.tsx?$/.test(from),
});

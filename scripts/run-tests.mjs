#!/usr/bin/env node
// Runs the test suites with Node's test runner against a real PostgreSQL: the server in DATABASE_URL
// when set, else an embedded PostgreSQL in a temporary folder. It prepares two template databases once
// (migrated; migrated with the demo data); every test file then gets its own fresh copy of one
// (CREATE DATABASE … TEMPLATE …), so files are independent and nobody seeds the demo twice.
//   npm test                      all suites
//   npm test -- --only unit       one suite (unit | integration | browser)
// LOTSE_TEST_EXTERNAL_DATABASE_URL (CI): the integration suite runs once more, against that server, after
// the others. (Beside the browser suite it saved four minutes, but timing-sensitive tests of both failed
// now and then on two cores.)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { writeInterfaceLanguages } from './interface-languages.mjs';

register();
// A catalogue added by translators is tested as an interface language like the others.
writeInterfaceLanguages();
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

function find(dir, pattern) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => pattern.test(f))
    .sort();
}

const suites = {
  unit: find(path.join(root, 'src'), /\.test\.tsx?$/),
  integration: find(path.join(root, 'test/integration'), /\.test\.tsx?$/),
  browser: find(path.join(root, 'test/browser'), /\.test\.tsx?$/),
};
// Further arguments pick files by part of their name: `npm test -- --only integration editorial`.
const filters = process.argv.slice(2).filter((a, i, all) => a !== '--only' && all[i - 1] !== '--only');
if (filters.length) for (const name of Object.keys(suites)) suites[name] = suites[name].filter((f) => filters.some((x) => f.includes(x)));
const selected = only ? { [only]: suites[only] } : suites;
if (only && !suites[only]) {
  console.error(`Unknown suite "${only}". Use unit, integration or browser.`);
  process.exit(2);
}

const { createTemplate, createDemoTemplate, dropTestDatabases } = await import('../test/helpers/template.ts');
const { openEmbeddedDatabase } = await import('../src/db/embedded-postgres.ts');

let adminUrl = process.env.DATABASE_URL;
let embedded = null;
const needsDb = Object.entries(selected).some(([name, files]) => name !== 'unit' && files.length > 0);
if (needsDb && !adminUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-test-'));
  fs.chmodSync(dir, 0o755);
  embedded = await openEmbeddedDatabase(dir, (m) => console.error(m), { durable: false });
  adminUrl = embedded.url;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}
/** A server's address as printed: without its password. */
const shown = (url) => url.replace(/:[^:@/]*@/, ':***@');
const externalUrl = process.env.LOTSE_TEST_EXTERNAL_DATABASE_URL;
const server = (url) => `${new URL(url).hostname}:${new URL(url).port || 5432}`;
// Both runs name their templates after this process and clean up every test database of their server.
if (externalUrl && adminUrl && server(adminUrl) === server(externalUrl)) {
  console.error('LOTSE_TEST_EXTERNAL_DATABASE_URL must point to another PostgreSQL server than the tests use.');
  process.exit(2);
}
let template = null;
let demoTemplate = null;
if (needsDb) {
  template = await createTemplate(adminUrl);
  demoTemplate = await createDemoTemplate(adminUrl, template);
  console.log(`Test databases are copies of "${template}" on ${shown(adminUrl)}`);
}

/** Runs one suite's files with Node's test runner. */
function runSuite(files, env) {
  // Not spawnSync: this process must keep reading the embedded PostgreSQL's log output meanwhile, or
  // PostgreSQL blocks on a full pipe (first its checkpointer, then every DROP DATABASE waiting for it).
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', ...env },
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? 1 : code)));
}

let failed = false;
for (const [name, files] of Object.entries(selected)) {
  if (files.length === 0) continue;
  console.log(`\n=== ${name} tests (${files.length} files) ===`);
  const status = await runSuite(files, {
    LOTSE_TEST_ADMIN_URL: adminUrl ?? '',
    LOTSE_TEST_TEMPLATE: template ?? '',
    LOTSE_TEST_DEMO_TEMPLATE: demoTemplate ?? '',
  });
  if (status !== 0) failed = true;
}
if (externalUrl && selected.integration?.length) {
  console.log(`\n=== integration tests against ${shown(externalUrl)} ===`);
  const externalTemplate = await createTemplate(externalUrl);
  const status = await runSuite(selected.integration, {
    DATABASE_URL: externalUrl,
    LOTSE_TEST_ADMIN_URL: externalUrl,
    LOTSE_TEST_TEMPLATE: externalTemplate,
    LOTSE_TEST_DEMO_TEMPLATE: await createDemoTemplate(externalUrl, externalTemplate),
  });
  if (status !== 0) failed = true;
  await dropTestDatabases(externalUrl, externalTemplate);
}
if (template) await dropTestDatabases(adminUrl, template);
await embedded?.stop();
process.exit(failed ? 1 : 0);

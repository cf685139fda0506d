// `npm run bench`: fills a database with 10,000 Vorhaben and 50,000 decisions (timing the CSV import of
// them), then loads the register with a search and a filter, a detail page and the API list with
// autocannon at 32 connections, each against a static page of the same size from memory.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { createDb, migrateToLatest } from '../src/db/database.js';
import { openEmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ensureRegion } from '../src/seed/region.js';
import { importVorhabenliste } from '../src/modules/projects/import/import.service.js';
import { withDatabase } from '../test/helpers/template.js';
import { generateCsv } from './generate.js';
import { suggestionsFor } from '../src/modules/network/matchmaking.service.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
fs.chmodSync(tmp, 0o755);
const embedded = process.env.DATABASE_URL ? null : await openEmbeddedDatabase(tmp, console.error);
const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
await admin.connect();
await admin.query('drop database if exists lotse_bench with (force)');
await admin.query('create database lotse_bench');
const pgVersion = (await admin.query('show server_version')).rows[0].server_version as string;
await admin.end();
const url = withDatabase(adminUrl, 'lotse_bench');
const db = createDb(url);
await migrateToLatest(db);
await ensureRegion(db);

const csv = generateCsv(ROWS);
const started = performance.now();
const report = await importVorhabenliste(db, csv, { format: 'csv' });
const importSeconds = (performance.now() - started) / 1000;
if (!report.applied) throw new Error(`import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
const decisions = await db.selectFrom('decisions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
// Twenty listed partners, for the suggestions of a partner page ranked against all Vorhaben.
const flensburg = await db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow();
await db
  .insertInto('partners')
  .values(Array.from({ length: 20 }, (_, i) => ({ slug: `bench-partner-${i}`, name: `Partner ${i}`, kind: 'association' as const, description: 'Sensoren, offene Daten und digitale Bildung in der Region', contact_email: `p${i}@example.org`, consented_at: new Date(), verified_at: new Date(), municipality_id: flensburg.id })))
  .execute();
// What autovacuum does soon after a bulk load in production: statistics and the visibility map.
await sql`vacuum analyze`.execute(db);
const suggestionTimes: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  await suggestionsFor(db, { kind: 'partner', key: 'bench-partner-1' });
  suggestionTimes.push(performance.now() - t0);
}
suggestionTimes.sort((a, b) => a - b);
await db.destroy();
console.log(`Imported ${report.created.length} Vorhaben with ${decisions.n} decisions from a ${(csv.length / 1e6).toFixed(1)} MB CSV in ${importSeconds.toFixed(2)} s`);

async function startServer(cache: boolean) {
  const port = 40000 + Math.floor(Math.random() * 10000);
  const server = fork(path.join(import.meta.dirname, 'server.ts'), [], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOTSE_RESPONSE_CACHE: String(cache) },
    execArgv: ['--import', 'tsx'],
  });
  // Never leave the server behind, whatever ends this process.
  process.on('exit', () => server.kill());
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.once('exit', resolve);
        server.kill();
      }),
  };
}

interface Result {
  name: string;
  path: string;
  bytes: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Percentile of response times in ms (autocannon's summary has no p95, so we keep every sample). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1));
}

async function load(base: string, name: string, urlPath: string): Promise<Result> {
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${base}${urlPath}`, connections: CONNECTIONS, duration: DURATION }, (err, result) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const bytes = Math.round(r.throughput.total / Math.max(1, r.requests.total));
  return { name, path: urlPath, bytes, rps: r.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), errors: r.errors + r.non2xx };
}

const targets = [
  { name: 'register: search + filter', path: '/de/vorhaben?q=Sensoren&municipality=nordfriesland' },
  { name: 'detail page', path: `/de/vorhaben/bench-${Math.ceil(ROWS * 0.47)}` },
  { name: 'API list (default page of 25)', path: '/api/v1/projects' },
];

async function measure(cache: boolean) {
  const { base, stop } = await startServer(cache);
  const rows: { page: Result; baseline: Result }[] = [];
  for (const target of targets) {
    const probe = await fetch(`${base}${target.path}`);
    if (probe.status !== 200) throw new Error(`${target.path} answered ${probe.status}`);
    const size = (await probe.arrayBuffer()).byteLength;
    await load(base, `warm-up ${target.name}`, target.path);
    const page = await load(base, target.name, target.path);
    const baseline = await load(base, `baseline (${size} bytes)`, `/__baseline/${size}`);
    rows.push({ page, baseline });
  }
  await stop();
  return rows;
}

const modes = [
  { title: 'With the response cache (default)', rows: await measure(true) },
  { title: 'Without the response cache (LOTSE_RESPONSE_CACHE=false): every request queries PostgreSQL and renders', rows: await measure(false) },
];
await embedded?.stop();
fs.rmSync(tmp, { recursive: true, force: true });

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${pgVersion}${embedded ? ' (embedded)' : ''}`;
const tableOf = (rows: { page: Result; baseline: Result }[]) =>
  [
    '| what | bytes | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to baseline |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap(({ page, baseline }) => [
      `| ${page.name} \`${page.path}\` | ${page.bytes} | ${page.rps.toFixed(0)} | ${page.p50} | ${page.p95} | ${page.p99} | ${page.errors} | ${(page.rps / baseline.rps).toFixed(2)} |`,
      `| ↳ ${baseline.name} | ${baseline.bytes} | ${baseline.rps.toFixed(0)} | ${baseline.p50} | ${baseline.p95} | ${baseline.p99} | ${baseline.errors} | 1.00 |`,
    ]),
  ].join('\n');
console.log(`\nMachine: ${machine}\nData: ${ROWS} Vorhaben, ${decisions.n} decisions; ${CONNECTIONS} connections, ${DURATION} s per run\n`);
for (const mode of modes) console.log(`${mode.title}\n\n${tableOf(mode.rows)}\n`);
console.log(`\nImport of ${ROWS} CSV rows: ${importSeconds.toFixed(2)} s`);
console.log(`Suggestions for a partner page (partners, ideas and ${ROWS} Vorhaben ranked), 30 runs: p50 ${percentile(suggestionTimes, 50)} ms, p95 ${percentile(suggestionTimes, 95)} ms`);

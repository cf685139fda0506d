// A primary and a streaming replica of Debian's PostgreSQL on localhost (initdb, pg_basebackup -R), two
// `lotse start` processes reading public pages from the replica. With the replica's replay paused, a
// Vorhaben imported through the primary is not on the public pages yet (they read the replica; a browser
// that has just written reads the primary); once the replica has it, both processes show it and their
// cached pages are renewed. The binaries are required: without them this test fails, it never skips.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { createDb, migrateToLatest } from '../../src/db/database.js';
import { migrateJobQueue } from '../../src/jobs/queue.js';
import { ensureRegion } from '../../src/seed/region.js';
import { flensburgVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { freePort, type LotseProcess, startLotse } from '../helpers/lotse-process.js';

const pgBin = fs
  .readdirSync('/usr/lib/postgresql', { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(`/usr/lib/postgresql/${d.name}/bin/pg_basebackup`))
  .map((d) => `/usr/lib/postgresql/${d.name}/bin`)
  .sort((a, b) => Number(b.split('/')[4]) - Number(a.split('/')[4]))[0];
const bin = path.resolve(import.meta.dirname, '../../bin/lotse.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-replica-'));
// PostgreSQL refuses to run as root: as root, the clusters belong to the user postgres.
const user =
  process.getuid?.() === 0
    ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) }
    : {};
const servers: ChildProcess[] = [];
const lotse: LotseProcess[] = [];
let primaryUrl = '';
let replicaUrl = '';

function run(program: string, args: string[]) {
  const r = spawnSync(`${pgBin}/${program}`, args, { ...user, encoding: 'utf8', cwd: tmp });
  assert.equal(r.status, 0, `${program} failed: ${r.stderr}`);
}

async function startServer(dir: string, port: number, extra: string[]): Promise<string> {
  const server = spawn(
    `${pgBin}/postgres`,
    ['-D', dir, '-p', String(port), '-k', tmp, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', ...extra],
    { ...user, stdio: 'ignore', cwd: tmp },
  );
  servers.push(server);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return url.replace(/\/postgres$/, '/lotse');
    } catch (err) {
      if (attempt > 150) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

before(async () => {
  assert.ok(pgBin, "Debian's PostgreSQL binaries are missing (/usr/lib/postgresql/*/bin): apt-get install -y postgresql");
  if (user.uid !== undefined) fs.chownSync(tmp, user.uid, user.gid!);
  run('initdb', ['-D', `${tmp}/primary`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  primaryUrl = await startServer(`${tmp}/primary`, await freePort(), ['-c', 'wal_level=replica', '-c', 'max_wal_senders=4']);
  await query(primaryUrl.replace(/\/lotse$/, '/postgres'), 'create database lotse');
  const db = createDb(primaryUrl, 2);
  await migrateToLatest(db);
  await migrateJobQueue(primaryUrl);
  await ensureRegion(db);
  await db.destroy();
  const primaryPort = new URL(primaryUrl).port;
  run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    primaryPort,
    '-U',
    'postgres',
    '-D',
    `${tmp}/replica`,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  replicaUrl = await startServer(`${tmp}/replica`, await freePort(), ['-c', 'hot_standby=on']);
});

after(async () => {
  for (const p of lotse) await p.stop('SIGKILL');
  for (const s of servers) s.kill('SIGINT');
  await Promise.all(servers.map((s) => new Promise((r) => (s.exitCode === null ? s.once('exit', r) : r(null)))));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const page = async (p: LotseProcess, url: string, cookie?: string) => {
  const res = await fetch(`${p.url}${url}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, cache: res.headers.get('x-cache'), body: await res.text(), setCookie: res.headers.get('set-cookie') };
};

/** Asks until `check` holds (the replica replays within moments); fails with the last answer after 20 s. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(what);
}

test('public pages read from the replica; a write through the primary reaches every process and its cache', async () => {
  const env = { DATABASE_URL: primaryUrl, LOTSE_DATABASE_READ_URL: replicaUrl };
  lotse.push(...(await Promise.all([startLotse(env), startLotse(env)])));
  const [a, b] = lotse as [LotseProcess, LotseProcess];
  const title = 'Replikat-Test: Fahrradstraße am Hafen Flensburg';
  for (const p of lotse) await eventually(async () => (await page(p, '/de/vorhaben')).cache === 'hit', 'the register page is cached');

  await query(replicaUrl, 'select pg_wal_replay_pause()');
  const csv = path.join(tmp, 'neu.csv');
  fs.writeFileSync(csv, vorhabenCsv([flensburgVorhaben({ Titel: title })]));
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const imported = spawnSync(process.execPath, [bin, 'import', 'vorhabenliste', csv], {
    env: { ...rest, DATABASE_URL: primaryUrl },
    encoding: 'utf8',
  });
  assert.equal(imported.status, 0, imported.stderr);
  const [row] = await query<{ slug: string }>(primaryUrl, "select slug from projects where title->>'de' = $1", [title]);
  assert.ok(row, 'the Vorhaben is on the primary');

  // The replica has not replayed it: public pages (read from the replica) do not show it yet, a browser
  // that has just written reads from the primary, and the cached register page is kept meanwhile.
  for (const p of lotse) {
    assert.equal((await page(p, `/de/vorhaben/${row.slug}`)).status, 404, 'anonymous pages read the replica');
    assert.equal((await page(p, `/de/vorhaben/${row.slug}`, 'lotse_primary=1')).status, 200, 'a browser that just wrote reads the primary');
    assert.doesNotMatch((await page(p, '/de/vorhaben')).body, /Fahrradstraße am Hafen/);
  }
  const post = await fetch(`${a.url}/de/anmelden`, { method: 'POST', body: new URLSearchParams({ email: 'x@example.org' }) });
  assert.match(post.headers.get('set-cookie') ?? '', /lotse_primary=1; Max-Age=10/, 'a request that may write marks the browser');

  await query(replicaUrl, 'select pg_wal_replay_resume()');
  for (const p of [b, a]) {
    await eventually(
      async () => /Fahrradstraße am Hafen/.test((await page(p, '/de/vorhaben')).body),
      `port ${p.port}: the register shows the new Vorhaben`,
    );
    assert.equal((await page(p, `/de/vorhaben/${row.slug}`)).status, 200);
  }
});

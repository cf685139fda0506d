// The `lotse` command line as a user runs it: help, import with dry run and errors, export, and the
// embedded database shared with a running server (and used alone when no server runs).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openEmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { ensureRegion } from '../../src/seed/region.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { enrolDirectly } from '../helpers/second-factor.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';

const bin = path.resolve(import.meta.dirname, '../../bin/lotse.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-cli-'));
fs.chmodSync(tmp, 0o755);
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The environment of a CLI run: ours without DATABASE_URL (which the CI sets for the suite), plus `env`. */
function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, LANG: 'de_DE.UTF-8', ...env };
}

function lotse(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: cliEnv(env), timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeFile(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

test('npx lotse --help lists the commands', () => {
  const { code, stdout } = lotse(['--help'], {});
  assert.equal(code, 0);
  for (const command of ['start', 'migrate', 'import', 'export']) assert.match(stdout, new RegExp(`\\b${command}\\b`));
});

test('a wrong setting stops with a message that names it', () => {
  const { code, stderr } = lotse(['migrate'], { PORT: 'dreitausend' });
  assert.equal(code, 2);
  assert.match(stderr, /PORT/);
});

describe('with DATABASE_URL', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
    await ensureRegion(database.db);
  });
  after(() => database.drop());
  const env = () => ({ DATABASE_URL: database.url });

  test('user reset-second-factor removes a second factor, audited as the command line', async () => {
    const { id } = await addUser(database.db, {
      email: 'finanzen@digitalagentur.example',
      role: 'finance',
      municipality: null,
      displayName: null,
      password: null,
    });
    await enrolDirectly(database.db, id);
    const reset = lotse(['user', 'reset-second-factor', '--email', 'Finanzen@Digitalagentur.example'], env());
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, /Zweiter Faktor zurückgesetzt: finanzen@digitalagentur\.example/);
    assert.equal(await database.db.selectFrom('staff_totp').select('user_id').where('user_id', '=', id).executeTakeFirst(), undefined);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('actor_label')
      .where('action', '=', 'user.second_factor.reset')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_label, 'cli');
    const unknown = lotse(['user', 'reset-second-factor', '--email', 'niemand@example.org'], env());
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Kein Konto mit der E-Mail-Adresse „niemand@example\.org“/);
  });

  test('import --dry-run prints the plan and changes nothing', () => {
    const file = writeFile('liste.csv', vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()]));
    const { code, stdout } = lotse(['import', 'vorhabenliste', file, '--dry-run'], env());
    assert.equal(code, 0);
    assert.match(stdout, /neu: Digitale Bürgerdienste im Rathaus Flensburg/);
    assert.match(stdout, /Probelauf – nichts wurde gespeichert\. Es würden: 2 neu, 0 geändert, 0 unverändert\./);
    const exported = lotse(['export', 'vorhabenliste'], env());
    assert.equal(exported.stdout.trim().split('\r\n').length, 1, 'only the header: nothing was imported');
  });

  test('import, re-import and export round-trip through files', () => {
    const file = writeFile('liste.csv', vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()]));
    assert.match(lotse(['import', 'vorhabenliste', file], env()).stdout, /2 neu, 0 geändert, 0 unverändert/);
    assert.match(lotse(['import', 'vorhabenliste', file], env()).stdout, /0 neu, 0 geändert, 2 unverändert/);
    const out = path.join(tmp, 'export.csv');
    assert.equal(lotse(['export', 'vorhabenliste', '-o', out], env()).code, 0);
    assert.match(lotse(['import', 'vorhabenliste', out], env()).stdout, /0 neu, 0 geändert, 2 unverändert/);
    const json = path.join(tmp, 'export.json');
    assert.equal(lotse(['export', 'vorhabenliste', '--format', 'json', '-o', json], env()).code, 0);
    assert.equal(JSON.parse(fs.readFileSync(json, 'utf8')).items.length, 2);
    assert.match(lotse(['import', 'vorhabenliste', json], env()).stdout, /0 neu, 0 geändert, 2 unverändert/);
  });

  test('a file with bad rows is rejected with exit code 1 and one line per problem', () => {
    const file = writeFile(
      'kaputt.csv',
      vorhabenCsv([nordfrieslandVorhaben({ Titel: '' }), nordfrieslandVorhaben({ Titel: 'Neu', Aufnahmedatum: '2024-13-01' })]),
    );
    const { code, stderr } = lotse(['import', 'vorhabenliste', file], env());
    assert.equal(code, 1);
    assert.match(stderr, /Die Datei wurde nicht importiert/);
    assert.match(stderr, /Zeile 2, Spalte „Titel“: Der Titel fehlt\./);
    assert.match(stderr, /Zeile 3, Spalte „Aufnahmedatum“: Kein gültiges Datum/);
    const en = lotse(['import', 'vorhabenliste', file], { ...env(), LANG: 'en_GB.UTF-8' });
    assert.match(en.stderr, /Line 2, column “Titel”: The title is missing\./);
  });
});

test('on a fresh database without demo data the region exists, so the first import works', async () => {
  const fresh = await createTestDatabase();
  try {
    const file = writeFile('erste.csv', vorhabenCsv([nordfrieslandVorhaben()]));
    const { code, stdout, stderr } = lotse(['import', 'vorhabenliste', file], { DATABASE_URL: fresh.url, LOTSE_SEED_DEMO: 'false' });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /1 neu/);
    const municipalities = await fresh.db.selectFrom('municipalities').select('slug').orderBy('slug').execute();
    assert.deepEqual(
      municipalities.map((m) => m.slug),
      ['flensburg', 'nordfriesland', 'schleswig-flensburg'],
    );
  } finally {
    await fresh.drop();
  }
});

describe('with the embedded database', () => {
  const dataDir = path.join(tmp, 'data');
  const env = { LOTSE_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  let server: ChildProcess | undefined;
  after(() => {
    server?.kill('SIGKILL');
  });

  /** Starts `lotse start` on a free port; resolves with the port and everything it printed. */
  async function startServer(): Promise<{ port: number; output: string }> {
    const child = spawn(process.execPath, [bin, 'start'], { env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on port (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve({ port: Number(match[1]), output });
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    });
  }

  async function stopServer(): Promise<void> {
    const child = server!;
    server = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  test('the CLI works on the same database whether or not the server runs', async () => {
    const { port, output } = await startServer();
    assert.match(output, /Demo data created/);

    const file = writeFile('eine.csv', vorhabenCsv([nordfrieslandVorhaben()]));
    const imported = lotse(['import', 'vorhabenliste', file], env);
    assert.equal(imported.code, 0, imported.stderr);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/projects?q=Halligen`);
    assert.deepEqual(
      ((await res.json()) as { items: { slug: string }[] }).items.map((p) => p.slug),
      ['mobilitaetsstationen-auf-den-halligen'],
    );

    await stopServer();
    assert.ok(!fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), 'the server stopped its database');

    const exported = lotse(['export', 'vorhabenliste'], env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /Mobilitätsstationen auf den Halligen/);
    assert.match(exported.stdout, /Smarte Grenzregion zwischen den Meeren/);
    assert.ok(!fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), 'the CLI stopped the database it started');
  });

  test('the process that leaves last stops the database, not the one that started it', async () => {
    await startServer();
    // This test process joins as a second user of the cluster the server started.
    const handle = await openEmbeddedDatabase(dataDir);
    const client = new pg.Client({ connectionString: handle.url });
    await client.connect();

    await stopServer();
    assert.deepEqual((await client.query('select 1 as one')).rows, [{ one: 1 }], 'the database outlives the server that started it');

    await client.end();
    await handle.stop();
    assert.ok(!fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), 'the last one out stopped it');
  });
});

// `lotse backup` and `lotse restore` as an operator runs them: the demo installation with an uploaded
// file, a staff account and a queued mail goes into an archive and comes back into an empty
// installation row for row; an installation in use is replaced only with --force; wrong arguments
// change nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import * as tar from 'tar';
import { manifestSchema } from '../../src/db/backup/archive.js';
import { qualified, schemaTables } from '../../src/db/backup/tables.js';
import { enqueue } from '../../src/jobs/queue.repository.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

const bin = path.resolve(import.meta.dirname, '../../bin/lotse.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-backup-test-'));
const archive = path.join(tmp, 'lotse-backup.tar.gz');
let source: TestDatabase;
let target: TestDatabase;
const upload = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a, 0x5c, 0x78, 0x00]);

before(async () => {
  [source, target] = await Promise.all([createTestDatabase('demo'), createTestDatabase('empty')]);
  const event = await source.db.selectFrom('events').select('id').executeTakeFirstOrThrow();
  await source.db
    .insertInto('event_files')
    .values({ event_id: event.id, file_name: 'Programm.pdf', content_type: 'application/pdf', content: upload, size: upload.length })
    .execute();
  await addUser(source.db, { email: 'admin@flensburg.example', role: 'admin', municipality: null, displayName: 'Admin', password: null });
  await enqueue(source.db, 'send_mail', { to: 'wartet@example.org', subject: 'Noch nicht gesendet', text: '…' });
});
after(async () => {
  await Promise.all([source.drop(), target.drop()]);
  fs.rmSync(tmp, { recursive: true, force: true });
});

function lotse(args: string[], databaseUrl: string) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every table's row count and a hash of its rows, and every sequence's position. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const t of await schemaTables(client)) {
      const { rows } = await client.query<{ n: string; hash: string | null }>(
        `select count(*) as n, md5(string_agg(to_jsonb(t)::text, E'\\n' order by to_jsonb(t)::text)) as hash from ${qualified(t)} t`,
      );
      result[`${t.schema}.${t.name}`] = `${rows[0]!.n} ${rows[0]!.hash ?? ''}`;
    }
    const sequences = await client.query<{ name: string; last_value: string | null }>(
      "select schemaname || '.' || sequencename as name, last_value from pg_sequences where schemaname in ('public', 'graphile_worker')",
    );
    for (const s of sequences.rows) result[`sequence ${s.name}`] = String(s.last_value);
    return result;
  } finally {
    await client.end();
  }
}

test('backup writes one archive; restore brings it back into an empty installation row for row', async () => {
  const backup = lotse(['backup', archive], source.url);
  assert.equal(backup.code, 0, backup.stderr);
  assert.match(backup.stdout, /Backup written to .*lotse-backup\.tar\.gz: \d+ rows in \d+ tables/);

  // The archive read back: a manifest and one file per table, the uploaded file among the rows.
  const entries: string[] = [];
  await tar.t({ file: archive, onReadEntry: (e) => entries.push(e.path) });
  assert.ok(entries.includes('lotse-backup.json'));
  const unpacked = path.join(tmp, 'unpacked');
  fs.mkdirSync(unpacked);
  await tar.x({ file: archive, cwd: unpacked });
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(unpacked, 'lotse-backup.json'), 'utf8')));
  const files = manifest.tables.find((t) => t.name === 'event_files')!;
  assert.equal(files.rows, 1);
  assert.ok(entries.includes(files.file));
  assert.ok(
    manifest.tables.some((t) => t.schema === 'graphile_worker' && t.rows > 0),
    'the queued jobs are in it',
  );
  assert.ok(manifest.tables.find((t) => t.name === 'projects')!.rows > 0);

  const restore = lotse(['restore', archive], target.url);
  assert.equal(restore.code, 0, restore.stderr);
  assert.match(restore.stdout, /Restored the backup of/);
  assert.deepEqual(await fingerprint(target.url), await fingerprint(source.url));
  const file = await target.db.selectFrom('event_files').select(['file_name', 'content']).executeTakeFirstOrThrow();
  assert.equal(file.file_name, 'Programm.pdf');
  assert.deepEqual(Buffer.from(file.content), upload);
  const jobs = await sql<{
    payload: { to: string };
  }>`select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'send_mail'`.execute(
    target.db,
  );
  assert.deepEqual(
    jobs.rows.map((j) => j.payload.to),
    ['wartet@example.org'],
    'the queued mail waits in the restored queue',
  );
});

test('an installation in use is replaced only with --force', async () => {
  await target.db.deleteFrom('event_files').execute();
  const refused = lotse(['restore', archive], target.url);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /in use .*nothing was changed.*--force/);
  assert.equal((await target.db.selectFrom('event_files').select('id').execute()).length, 0, 'nothing was changed');

  const forced = lotse(['restore', archive, '--force'], target.url);
  assert.equal(forced.code, 0, forced.stderr);
  assert.deepEqual(await fingerprint(target.url), await fingerprint(source.url));
});

test('wrong arguments are refused with a message and change nothing', () => {
  const exists = lotse(['backup', archive], source.url);
  assert.equal(exists.code, 2);
  assert.match(exists.stderr, /file: exists already/);
  const name = lotse(['backup', path.join(tmp, 'backup.zip')], source.url);
  assert.equal(name.code, 2);
  assert.match(name.stderr, /must end in \.tar\.gz/);
  const missing = lotse(['restore', path.join(tmp, 'fehlt.tar.gz')], target.url);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /file: does not exist/);
  const notAnArchive = path.join(tmp, 'kaputt.tar.gz');
  fs.writeFileSync(notAnArchive, 'kein Archiv');
  const broken = lotse(['restore', notAnArchive, '--force'], target.url);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /not a Lotse backup.*Nothing was changed/);
});

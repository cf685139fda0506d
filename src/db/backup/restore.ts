// Writes a backup's rows into a migrated database in one transaction: all tables or none. Every table is
// emptied first, then filled in an order where referenced rows come first, and the sequences continue
// where they stood, so new rows never reuse an id of the backup.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { BackupError, type Manifest } from './archive.js';
import { qualified, quoted, referencedFirst, schemaTables, type TableInfo } from './tables.js';

/** Rows go to PostgreSQL as one JSON parameter of about this size: few round trips, bounded memory. */
const BATCH_BYTES = 4 * 1024 * 1024;

/** True when the database holds nothing a first start would not create: no Vorhaben, staff, residents or audit entries. */
export async function isEmptyInstallation(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ used: boolean }>(
      `select exists (select 1 from projects) or exists (select 1 from users) or exists (select 1 from residents)
         or exists (select 1 from audit_log) as used`,
    );
    return !rows[0]!.used;
  } finally {
    await client.end();
  }
}

export async function restoreDatabase(url: string, folder: string, manifest: Manifest, log: (msg: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const migrations = (await client.query<{ name: string }>('select name from kysely_migration order by name')).rows.map((r) => r.name);
    if (migrations.join('\n') !== manifest.migrations.join('\n'))
      throw new BackupError(
        `The backup was made with another version of Lotse (its last migration: ${manifest.migrations.at(-1)}; this installation's: ${migrations.at(-1)}). ` +
          'Restore it with the version that made it, then update',
      );
    const tables = await schemaTables(client);
    const inBackup = new Map(manifest.tables.map((t) => [`${t.schema}.${t.name}`, t]));
    const missing = tables.filter((t) => !inBackup.has(`${t.schema}.${t.name}`));
    if (missing.length) throw new BackupError(`The backup lacks the tables ${missing.map((t) => t.name).join(', ')}`);

    await client.query('begin');
    await client.query(`truncate ${tables.map(qualified).join(', ')} restart identity cascade`);
    // Referenced rows come first anyway; a superuser also skips the foreign-key checks, which makes the
    // order within a table that references itself (comment replies, sub-measures) not matter.
    await client.query('savepoint replication_role');
    try {
      await client.query('set local session_replication_role = replica');
    } catch {
      await client.query('rollback to savepoint replication_role');
    }
    for (const table of referencedFirst(tables)) {
      const rows = await restoreTable(client, table, path.join(folder, inBackup.get(`${table.schema}.${table.name}`)!.file));
      if (rows > 0) log(`${table.schema}.${table.name}: ${rows} rows`);
    }
    for (const s of manifest.sequences) {
      if (s.lastValue !== null)
        await client.query('select setval($1::regclass, $2)', [`${quoted(s.schema)}.${quoted(s.name)}`, s.lastValue]);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

async function restoreTable(client: pg.Client, table: TableInfo, file: string): Promise<number> {
  const columns = table.columns.map(quoted).join(', ');
  const insert = `insert into ${qualified(table)} (${columns}) overriding system value
    select ${columns} from jsonb_populate_recordset(null::${qualified(table)}, $1::jsonb)`;
  let batch: string[] = [];
  let bytes = 0;
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(insert, [`[${batch.join(',')}]`]);
    count += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(line);
    bytes += line.length;
    if (bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return count;
}

// Reads the whole database as one snapshot into JSON-lines files: a repeatable-read transaction sees one
// moment of the database however long the backup takes and however much the running installation writes
// meanwhile. Rows are plain JSON (to_jsonb), so a backup of one PostgreSQL version restores into another,
// and no pg_dump of the server's version has to be at hand (the embedded PostgreSQL ships none).
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { type Manifest, MANIFEST, sha256OfFile, type TableEntry } from './archive.js';
import { quoted, schemaTables } from './tables.js';

const BATCH_ROWS = 1000;

export async function dumpDatabase(url: string, folder: string, log: (msg: string) => void): Promise<Manifest> {
  fs.mkdirSync(path.join(folder, 'database'), { recursive: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const migrations = (await client.query<{ name: string }>('select name from kysely_migration order by name')).rows.map((r) => r.name);
    const tables: TableEntry[] = [];
    for (const table of await schemaTables(client)) {
      const file = `database/${table.schema}.${table.name}.jsonl`;
      const rows = await dumpTable(client, table, path.join(folder, file));
      tables.push({ schema: table.schema, name: table.name, file, rows, sha256: await sha256OfFile(path.join(folder, file)) });
      if (rows > 0) log(`${table.schema}.${table.name}: ${rows} rows`);
    }
    const sequences = (
      await client.query<{ schema: string; name: string; last_value: string | null }>(
        "select schemaname as schema, sequencename as name, last_value from pg_sequences where schemaname in ('public', 'graphile_worker') order by 1, 2",
      )
    ).rows.map((s) => ({ schema: s.schema, name: s.name, lastValue: s.last_value === null ? null : Number(s.last_value) }));
    await client.query('commit');
    const manifest: Manifest = { format: 'lotse-backup', version: 1, createdAt: new Date().toISOString(), migrations, tables, sequences };
    fs.writeFileSync(path.join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

/** Writes the table's rows, one JSON object a line, in key order; a cursor keeps memory flat. */
async function dumpTable(client: pg.Client, table: { schema: string; name: string; key: string[] }, file: string): Promise<number> {
  const out = fs.createWriteStream(file);
  const order = table.key.length ? ` order by ${table.key.map(quoted).join(', ')}` : '';
  await client.query(
    `declare backup_rows no scroll cursor for select to_jsonb(t)::text as row from ${quoted(table.schema)}.${quoted(table.name)} t${order}`,
  );
  let count = 0;
  for (;;) {
    const { rows } = await client.query<{ row: string }>(`fetch ${BATCH_ROWS} from backup_rows`);
    if (rows.length === 0) break;
    count += rows.length;
    if (!out.write(`${rows.map((r) => r.row).join('\n')}\n`)) await once(out, 'drain');
  }
  await client.query('close backup_rows');
  out.end();
  await once(out, 'finish');
  return count;
}

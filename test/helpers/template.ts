// Creates the migrated template database that every test file copies.
import pg from 'pg';
import { createDb, migrateToLatest } from '../../src/db/database.js';
import { migrateJobQueue } from '../../src/jobs/queue.js';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTemplate(adminUrl: string): Promise<string> {
  const name = `lotse_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const db = createDb(withDatabase(adminUrl, name), 1);
  await migrateToLatest(db);
  await db.destroy();
  await migrateJobQueue(withDatabase(adminUrl, name));
  return name;
}

/** Drops the template and any test database left behind by a crashed test file. */
export async function dropTestDatabases(adminUrl: string, template: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname = $1 or datname like 'lotse\\_test\\_%'",
    [template],
  );
  for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
  await admin.end();
}

// Creates the template databases that test files copy: one migrated and empty, one with the demo data
// on top (seeded once per run instead of once per file).
import pg from 'pg';
import { createDb, migrateToLatest } from '../../src/db/database.js';
import { migrateJobQueue } from '../../src/jobs/queue.js';
import { seedDemoIfEmpty } from '../../src/seed/demo.js';

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

/** A copy of the migrated template with the demo data seeded. */
export async function createDemoTemplate(adminUrl: string, template: string): Promise<string> {
  const name = `${template}_demo`;
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const db = createDb(withDatabase(adminUrl, name), 2);
  await seedDemoIfEmpty(db);
  await db.destroy();
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

// A fresh, migrated database for one test file, copied from a template the test runner prepared.
import crypto from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from '../../src/db/database.js';
import { withDatabase } from './template.js';

export interface TestDatabase {
  db: Db;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const adminUrl = process.env.LOTSE_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('Run the tests with `npm test`: it prepares the test database (LOTSE_TEST_ADMIN_URL is unset).');
  const client = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `demo`: a copy of the template with the demo data already seeded. */
export async function createTestDatabase(data: 'empty' | 'demo' = 'empty'): Promise<TestDatabase> {
  const name = `lotse_test_${crypto.randomBytes(5).toString('hex')}`;
  const template = data === 'demo' ? process.env.LOTSE_TEST_DEMO_TEMPLATE : process.env.LOTSE_TEST_TEMPLATE;
  await admin((c) => c.query(`create database ${name} template ${template}`));
  const url = withDatabase(process.env.LOTSE_TEST_ADMIN_URL!, name);
  const db = createDb(url, 5);
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

// Builds the application on a fresh test database, optionally with the demo data, for app.inject().
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/database.js';
import { ensureRegion } from '../../src/seed/region.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export const TEST_BASE_URL = 'http://lotse.test';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  close(): Promise<void>;
}

/** `demo`: the full demo data; `municipalities`: only the three municipalities; `empty`: nothing. */
export async function startTestApp(
  data: 'demo' | 'municipalities' | 'empty' = 'demo',
  env: Record<string, string> = {},
  logStream?: NodeJS.WritableStream,
): Promise<TestApp> {
  const database = await createTestDatabase(data === 'demo' ? 'demo' : 'empty');
  if (data === 'municipalities') await ensureRegion(database.db);
  // The response cache and the register's search index are off unless a test turns them on: most tests
  // write and read back immediately, and both hear of changes a moment after the write.
  // The second factor required of admins and finance staff is off too, unless a test turns it on
  // (second-factor.test.ts): most tests act through sessions made by staffSession(), without enrolling.
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: TEST_BASE_URL,
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    LOTSE_RESPONSE_CACHE: 'false',
    LOTSE_SEARCH_INDEX: 'false',
    LOTSE_STAFF_MFA: 'off',
    // The OParl fixtures are served on 127.0.0.1 (oparl-server.ts), an address a deployment refuses.
    LOTSE_OPARL_ALLOW_PRIVATE_ADDRESSES: 'true',
    ...env,
  });
  const app = await buildApp({ db: database.db, config, databaseUrl: database.url, ...(logStream ? { logStream } : {}) });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

// Opens the database every process works on: the server given by DATABASE_URL, or the embedded
// PostgreSQL in the data folder. Migrations run every time, so code and schema always match.
import type { Config } from '../config.js';
import { createDb, type Db, migrateToLatest } from './database.js';
import { openEmbeddedDatabase } from './embedded-postgres.js';
import { ensureRegion } from '../seed/region.js';
import { migrateJobQueue } from '../jobs/queue.js';

export interface OpenDatabase {
  db: Db;
  url: string;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (msg: string) => void = () => {}, poolSize = 10): Promise<OpenDatabase> {
  const handle = config.databaseUrl ? { url: config.databaseUrl, stop: async () => {} } : await openEmbeddedDatabase(config.dataDir, log);
  const db = createDb(handle.url, poolSize, config.databaseReadUrl);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
    await migrateJobQueue(handle.url);
    if (await ensureRegion(db)) log('Created the region: municipalities, digital agency, programme.');
  } catch (err) {
    await db.destroy();
    await handle.stop();
    throw err;
  }
  return {
    db,
    url: handle.url,
    close: async () => {
      await db.destroy();
      await handle.stop();
    },
  };
}

// `lotse migrate`: apply pending migrations and stop.
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';

export async function migrateCommand(config: Config): Promise<number> {
  const database = await openDatabase(config, (msg) => console.log(msg));
  console.log('The database schema is up to date.');
  await database.close();
  return 0;
}

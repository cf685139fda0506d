// The legal details live in app_meta under one key: one document per installation, read by every page's
// footer-linked pages and written by admins.
import type { Db } from '../../db/database.js';

const KEY = 'legal:settings';

export async function readSettings(db: Db): Promise<unknown> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', KEY).executeTakeFirst();
  return row?.value ?? null;
}

export async function writeSettings(db: Db, settings: object): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key: KEY, value: JSON.stringify(settings) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value') }))
    .execute();
}

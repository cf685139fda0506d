// Secrets the processes of one deployment share (e.g. the key that signs CSRF tokens): made once, at
// random, by whichever process starts first, and kept in the database, so that any process can check
// what another one issued and no operator has to configure them.
import crypto from 'node:crypto';
import type { Db } from './database.js';

export async function appSecret(db: Db, name: string): Promise<Buffer> {
  const key = `secret:${name}`;
  await db
    .insertInto('app_meta')
    .values({ key, value: JSON.stringify(crypto.randomBytes(32).toString('base64url')) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return Buffer.from(row.value as string, 'base64url');
}

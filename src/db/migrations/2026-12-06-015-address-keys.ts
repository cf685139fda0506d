// Signatures and idea supports count once per mailbox, not per spelling of an address: each row gets
// the key of its normalised address (see src/lib/address-key.ts), unique per request or idea. Rows from
// before keep their count; where two of them share a key, the later one is marked, not deleted.
import { type Kysely, sql } from 'kysely';
import { addressKey } from '../../lib/address-key.js';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').addColumn('email_key', 'text').execute();
  await db.schema.alterTable('idea_supports').addColumn('supporter_key', 'text').execute();

  const signatures = await db.selectFrom('signatures').select(['id', 'request_id', 'email', 'confirmed_at']).orderBy('id').execute();
  const seenSignatures = new Set<string>();
  for (const s of signatures) {
    let key = addressKey(s.email);
    if (s.confirmed_at) {
      if (seenSignatures.has(`${s.request_id}|${key}`)) key = `${key}#${s.id}`;
      else seenSignatures.add(`${s.request_id}|${key}`);
    }
    await db.updateTable('signatures').set({ email_key: key }).where('id', '=', s.id).execute();
  }
  const supports = await db
    .selectFrom('idea_supports as s')
    .innerJoin('residents as r', 'r.id', 's.resident_id')
    .select(['s.id', 's.idea_id', 'r.email'])
    .orderBy('s.id')
    .execute();
  const seenSupports = new Set<string>();
  for (const s of supports) {
    let key = addressKey(s.email);
    if (seenSupports.has(`${s.idea_id}|${key}`)) key = `${key}#${s.id}`;
    else seenSupports.add(`${s.idea_id}|${key}`);
    await db.updateTable('idea_supports').set({ supporter_key: key }).where('id', '=', s.id).execute();
  }

  await sql`create unique index signatures_key_once on signatures (request_id, email_key) where confirmed_at is not null`.execute(db);
  await sql`create unique index idea_supports_key_once on idea_supports (idea_id, supporter_key)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('idea_supports').dropColumn('supporter_key').execute();
  await db.schema.alterTable('signatures').dropColumn('email_key').execute();
}

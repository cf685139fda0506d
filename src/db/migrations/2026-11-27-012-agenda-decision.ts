// A participation request on a committee's agenda names the council decision of its Vorhaben it is linked
// to. Kept as a copy of the decision (reference, body, date, text): a Vorhaben's decision rows are written
// afresh on every save, so a foreign key would not survive an edit.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('participation_requests').addColumn('agenda_decision', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('participation_requests').dropColumn('agenda_decision').execute();
}

// The "on the agenda" step of a participation request names the council's agenda item it stands on (the
// meeting, its date, the item's number, the meeting's page), chosen by staff from the agenda items of the
// Vorhaben's linked papers. A reference to the synced row, not a copy: the council moves a meeting's date
// or renumbers an item, and the request page follows at the next sync. Council objects are marked
// deleted, never dropped, so the link stays; only removing the municipality's council data clears it.
// Frozen in time: written against Kysely<any>, never importing application code.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('participation_requests')
    .addColumn('agenda_item_id', 'integer', (c) => c.references('council_agenda_items.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('participation_requests').dropColumn('agenda_item_id').execute();
}

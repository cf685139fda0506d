// Which council system and body each sync run read. A run is the baseline of the next one's
// `modified_since` only for the same system and body: after the address changes, the first run of the new
// system reads it in full instead of asking only for what changed since the old system's last run, and
// an interrupted run of the old system is not resumed against the new one. Runs and papers stored
// before are taken to be of the municipality's current system and body.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('council_sync_runs').addColumn('system_url', 'text').addColumn('body_url', 'text').execute();
  await sql`update council_sync_runs r set system_url = s.system_url, body_url = s.body_url
    from council_settings s where s.municipality_id = r.municipality_id`.execute(db);
  await sql`update council_papers p set body_url = s.body_url
    from council_settings s where s.municipality_id = p.municipality_id and p.body_url is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('council_sync_runs').dropColumn('body_url').dropColumn('system_url').execute();
}

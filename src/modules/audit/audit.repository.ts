// SQL for the audit log: append-only inserts, a filtered, newest-first search, and deletion after retention.
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AuditLogTable } from '../../db/schema.js';
import { type ColumnType, columnsOf, recordset } from '../../db/json-rows.js';

export type AuditInsert = Omit<Insertable<AuditLogTable>, 'id' | 'at'>;

const auditColumns = {
  actor_id: 'int',
  actor_label: 'text',
  action: 'text',
  entity_type: 'text',
  entity_id: 'text',
  summary: 'text',
  before: 'jsonb',
  after: 'jsonb',
} as const satisfies Record<keyof AuditInsert, ColumnType>;

/** One statement however many entries (an import writes thousands): they bind one JSON parameter. */
export async function insertAuditEntries(db: Db, entries: AuditInsert[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .columns(columnsOf(auditColumns))
    .expression(sql`select * from ${recordset(auditColumns, entries)}`)
    .execute();
}

export interface AuditQuery {
  q?: string | undefined;
  entityType?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function searchAuditLog(db: Db, query: AuditQuery) {
  let select = db.selectFrom('audit_log');
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where((eb) => eb.or([eb('summary', 'ilike', like), eb('entity_id', 'ilike', like), eb('action', 'ilike', like)]));
  }
  if (query.entityType) select = select.where('entity_type', '=', query.entityType);
  if (query.actor) select = select.where('actor_label', 'ilike', `%${query.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  // Days are the Berlin calendar's, as shown on screen.
  if (query.from) select = select.where('at', '>=', sql<Date>`(${query.from}::date)::timestamp at time zone 'Europe/Berlin'`);
  if (query.to) select = select.where('at', '<', sql<Date>`(${query.to}::date + 1)::timestamp at time zone 'Europe/Berlin'`);
  const rows = await select
    .selectAll()
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { total: rows[0] ? Number(rows[0].total) : 0, rows };
}

export async function auditEntityTypes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('entity_type').distinct().orderBy('entity_type').execute();
  return rows.map((r) => r.entity_type);
}

/** Entries written more than `years` ago. */
export async function deleteEntriesOlderThan(db: Db, years: number): Promise<number> {
  const result = await db
    .deleteFrom('audit_log')
    .where('at', '<', sql<Date>`now() - make_interval(years => ${years})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

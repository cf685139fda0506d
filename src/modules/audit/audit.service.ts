// Every change by anyone lands here, inside the transaction that makes it: who, when, what, and the
// state before and after. Nothing in the log is ever updated; an entry is deleted only when its
// retention period is over.
import type { Db } from '../../db/database.js';
import { type Actor, actorId, actorLabel } from '../../platform/actor.js';
import { type AuditQuery, auditEntityTypes, deleteEntriesOlderThan, insertAuditEntries, searchAuditLog } from './audit.repository.js';
import { maySearchAudit } from './audit.policy.js';
import { forbidden } from '../../lib/errors.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(trx: Db, actor: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  await insertAuditEntries(
    trx,
    list.map((e) => ({
      actor_id: actorId(actor),
      actor_label: actorLabel(actor),
      action: e.action,
      entity_type: e.entityType,
      entity_id: String(e.entityId),
      summary: e.summary,
      before: JSON.stringify(e.before ?? null),
      after: JSON.stringify(e.after ?? null),
    })),
  );
}

export const AUDIT_PAGE_SIZE = 50;

/** An entry of the log as the audit page shows it. */
export interface AuditEntryView {
  id: string;
  at: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  before: unknown;
  after: unknown;
}

/** One page of the log, with the kinds of entity to filter by. */
export interface AuditSearchView {
  total: number;
  page: number;
  pages: number;
  entityTypes: string[];
  rows: AuditEntryView[];
}

type AuditRow = Awaited<ReturnType<typeof searchAuditLog>>['rows'][number];

const toView = (row: AuditRow): AuditEntryView => ({
  id: row.id,
  at: row.at,
  actorLabel: row.actor_label,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  summary: row.summary,
  before: row.before,
  after: row.after,
});

export async function searchAudit(
  db: Db,
  actor: Actor,
  query: Omit<AuditQuery, 'limit' | 'offset'>,
  page: number,
): Promise<AuditSearchView> {
  if (!maySearchAudit(actor)) throw forbidden();
  const [result, entityTypes] = await Promise.all([
    searchAuditLog(db, { ...query, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE }),
    auditEntityTypes(db),
  ]);
  return {
    total: result.total,
    rows: result.rows.map(toView),
    entityTypes,
    page,
    pages: Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE)),
  };
}

/**
 * Years an entry is kept. The log names the staff member behind each change, also of spending and
 * draw-downs, and funding and municipal budget rules ask for such records for up to ten years.
 */
export const AUDIT_RETENTION_YEARS = 10;

export async function purgeAuditLog(db: Db): Promise<number> {
  return deleteEntriesOlderThan(db, AUDIT_RETENTION_YEARS);
}

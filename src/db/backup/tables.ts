// The tables a backup holds: Lotse's own (schema public) and the job queue's (graphile_worker), so
// queued e-mails and reminders survive a restore. The migration bookkeeping is not data: the manifest
// names the migrations instead, and a restore requires the same.
import type pg from 'pg';

export interface TableInfo {
  schema: string;
  name: string;
  /** Primary-key columns: rows are written in this order, so parents come before their children. */
  key: string[];
  /** Columns a restore writes (generated columns are computed again). */
  columns: string[];
  /** Tables this one references (foreign keys), itself excluded. */
  references: string[];
}

export const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
export const qualified = (t: { schema: string; name: string }) => `${quoted(t.schema)}.${quoted(t.name)}`;

export async function schemaTables(client: pg.Client | pg.PoolClient): Promise<TableInfo[]> {
  const { rows } = await client.query<TableInfo>(`
    select n.nspname as schema, c.relname as name,
      coalesce((select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum))
                from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = c.oid and i.indisprimary), '{}') as key,
      coalesce((select array_agg(a.attname::text order by a.attnum) from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''), '{}') as columns,
      coalesce((select array_agg(distinct fn.nspname || '.' || fc.relname) from pg_constraint f
                join pg_class fc on fc.oid = f.confrelid join pg_namespace fn on fn.oid = fc.relnamespace
                where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid), '{}') as "references"
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and not c.relispartition
      and n.nspname in ('public', 'graphile_worker')
      and c.relname not in ('kysely_migration', 'kysely_migration_lock', 'migrations')
    order by 1, 2`);
  return rows;
}

/** The tables in an order where every table comes after those it references. */
export function referencedFirst(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
  const ordered: TableInfo[] = [];
  const seen = new Set<string>();
  const visit = (t: TableInfo) => {
    const name = `${t.schema}.${t.name}`;
    if (seen.has(name)) return;
    seen.add(name);
    for (const ref of t.references) {
      const target = byName.get(ref);
      if (target) visit(target);
    }
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  return ordered;
}

// The Kysely instance and the migration runner. Every process (server, CLI, tests) opens the database
// through here, so type parsing and pool settings are the same everywhere.
import crypto from 'node:crypto';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import { routingConnect } from './read-routing.js';
import type { Database } from './schema.js';

// Dates stay 'YYYY-MM-DD' strings (no time-zone shift); bigint cents fit safely in a JS number.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;

/**
 * Planning a query costs more than running it for most of ours (about 1 ms against 0.3 ms), so every
 * data query becomes a named prepared statement, planned once per connection. The name is a hash of the
 * SQL text: the same text always maps to the same statement, different texts never collide.
 */
function statementName(text: string): string | undefined {
  if (!/^\s*(select|insert|update|delete|with)\b/i.test(text)) return undefined;
  return `lotse_${crypto.createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
}

function preparingClient(client: pg.PoolClient): pg.PoolClient {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
      return (text: unknown, values?: unknown[]) => {
        const name = typeof text === 'string' ? statementName(text) : undefined;
        return name ? target.query({ name, text: text as string, values }) : target.query(text as string, values);
      };
    },
  });
}

/** Each Kysely instance's connection pool (the primary's), for the metrics (connections in use, idle, waited for). */
const pools = new WeakMap<Db, pg.Pool>();

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export function poolStats(db: Db): PoolStats | undefined {
  const pool = pools.get(db);
  return pool && { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 };
}

function createPool(url: string, max: number): pg.Pool {
  // JIT compilation costs tens of milliseconds and pays off only for long analytic queries, never ours.
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle connection closed by the server (restart, shutdown) must not crash the process; the pool
  // replaces it on next use.
  pool.on('error', (err) => console.error(`database connection lost: ${err.message}`));
  return pool;
}

/** `readUrl`: a replica that answers the plain reads of anonymous public requests (src/db/read-routing.ts). */
export function createDb(url: string, poolSize = 10, readUrl?: string): Db {
  const primary = createPool(url, poolSize);
  const replica = readUrl ? createPool(readUrl, poolSize) : null;
  const connect = replica
    ? routingConnect(
        () => primary.connect(),
        () => replica.connect(),
      )
    : () => primary.connect();
  const preparing = {
    connect: async () => preparingClient(await connect()),
    end: async () => {
      await Promise.all([primary.end(), replica?.end()]);
    },
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparing }) });
  pools.set(db, primary);
  return db;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Features are built on branches in parallel, each with its own migrations; one that lands later may sort
  // before one a database has already run. They touch different tables, so the missing one simply runs.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('The migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

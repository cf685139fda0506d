// Reading from a replica (LOTSE_DATABASE_READ_URL). The rule (docs/OPERATIONS.md#scale-out): only code
// running inside `readingFromReplica` (an anonymous public GET request, see src/plugins/read-replica.ts)
// may read from the replica, and there only plain reads outside a transaction; every transaction, every
// statement that writes or locks, and everything outside such a request (services called by jobs, the
// search index, the CLI) goes to the primary.
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

const replicaAllowed = new AsyncLocalStorage<boolean>();

/** Runs `fn` where plain reads may go to the replica. */
export function readingFromReplica<T>(fn: () => T): T {
  return replicaAllowed.run(true, fn);
}

/** A read that a replica can answer: a select, with nothing in it that writes, locks or notifies. */
const WRITES =
  /\b(insert\s+into|update\s|delete\s+from|for\s+(update|share|no\s+key\s+update|key\s+share)|pg_notify|nextval|setval|pg_advisory|add_job)\b/i;
export const isPlainRead = (text: string) => /^\s*(select|with)\b/i.test(text) && !WRITES.test(text);

type Connect = () => Promise<pg.PoolClient>;

/**
 * A pool client that connects to the primary or the replica only when its first statement shows what it
 * is: Kysely takes one client per statement, and one per transaction, whose first statement is `begin`.
 */
export function routingConnect(primary: Connect, replica: Connect): Connect {
  return async () => {
    const mayUseReplica = replicaAllowed.getStore() === true;
    if (!mayUseReplica) return primary();
    let client: pg.PoolClient | null = null;
    const lazy = {
      query: async (config: unknown, values?: unknown[]) => {
        if (!client) {
          const text = typeof config === 'string' ? config : (config as { text: string }).text;
          client = await (isPlainRead(text) ? replica() : primary());
        }
        return client.query(config as string, values);
      },
      release: (err?: Error | boolean) => client?.release(err),
    };
    return lazy as unknown as pg.PoolClient;
  };
}

// Tells every Lotse process that public data changed, through PostgreSQL's LISTEN/NOTIFY. A write calls
// notifyChange inside its transaction (the notice goes out at commit, not before, and not at all on
// rollback); each process listens and drops what it derived from the old data, such as cached pages.
import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from './database.js';

const CHANNEL = 'lotse_changes';

export async function notifyChange(db: Db, what = 'register'): Promise<void> {
  await sql`select pg_notify(${CHANNEL}, ${what})`.execute(db);
}

export interface ChangeListener {
  /** True while the listening connection is up; without it nobody would hear of changes. */
  readonly connected: boolean;
  close(): Promise<void>;
}

/**
 * `readUrl`: the replica this process reads public pages from. A notice then reaches the subscribers only
 * once the replica has replayed the primary's log up to the notice, or a page computed from the replica
 * right after the cache was emptied would still show the old data and stay cached.
 */
export function listenForChanges(
  url: string,
  onChange: () => void,
  log: (msg: string) => void = () => {},
  readUrl?: string,
): ChangeListener {
  const replica = readUrl ? replicaWaiter(readUrl, log) : null;
  let client: pg.Client | null = null;
  let connected = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;

  const lost = (reason: string) => {
    if (!connected && client === null) return;
    connected = false;
    client = null;
    onChange(); // whatever happened while we were deaf is unknown: treat it as a change
    if (!closed) {
      log(`change listener lost (${reason}); reconnecting`);
      retry = setTimeout(() => void connect(), 1000);
    }
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    c.on('error', (err) => lost(err.message));
    c.on('end', () => lost('connection ended'));
    c.on('notification', () => (replica ? replica.whenCaughtUp(c, onChange) : onChange()));
    try {
      await c.connect();
      await c.query(`listen ${CHANNEL}`);
      if (closed) return void (await c.end());
      client = c;
      connected = true;
      if (failures > 0) log(`change listener connected again after ${failures} attempts`);
      failures = 0;
      onChange();
    } catch (err) {
      await c.end().catch(() => {});
      if (!closed) retry = setTimeout(() => void connect(), 1000);
      // Once, not every second while the database is away.
      if (failures++ === 0) log(`change listener could not connect: ${(err as Error).message}`);
    }
  };
  void connect();

  return {
    get connected() {
      return connected;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      connected = false;
      await c?.end().catch(() => {});
      await replica?.close();
    },
  };
}

/** How long a notice waits for a lagging replica before the caches are emptied anyway. */
const REPLICA_WAIT_MS = 10_000;

function replicaWaiter(readUrl: string, log: (msg: string) => void) {
  const pool = new pg.Pool({ connectionString: readUrl, max: 1 });
  pool.on('error', () => {});
  let waiting: Promise<void> | null = null;
  let again = false;
  const caughtUp = async (primary: pg.Client) => {
    // Read after the commit that sent the notice: the primary's position now is at or past that commit.
    const { rows } = await primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
    const lsn = rows[0]!.lsn;
    const until = Date.now() + REPLICA_WAIT_MS;
    while (Date.now() < until) {
      const replayed = await pool.query<{ ok: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok', [lsn]);
      if (replayed.rows[0]?.ok) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    log(`the read replica is more than ${REPLICA_WAIT_MS / 1000} s behind the primary`);
  };
  return {
    /** Calls onChange once the replica has what the primary had; notices meanwhile collapse into one more round. */
    whenCaughtUp(primary: pg.Client, onChange: () => void) {
      if (waiting) return void (again = true);
      waiting = (async () => {
        do {
          again = false;
          await caughtUp(primary).catch((err: Error) => log(`could not compare the replica with the primary: ${err.message}`));
          onChange();
        } while (again);
      })().finally(() => (waiting = null));
    },
    close: () => pool.end(),
  };
}

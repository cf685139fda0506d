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

export function listenForChanges(url: string, onChange: () => void, log: (msg: string) => void = () => {}): ChangeListener {
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
    c.on('notification', () => onChange());
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
    },
  };
}

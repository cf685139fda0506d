// One listener per process for PostgreSQL's change notices (src/db/change-notifier.ts), shared by what
// each process derives from public data: the response cache, the register's search index. One listener
// calls them all in the same tick, so no request can see the cache emptied but the index not yet told.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type ChangeListener, listenForChanges } from '../db/change-notifier.js';

export interface Changes {
  /** True while notices arrive; without them derived data may be stale and must not be trusted. */
  readonly connected: boolean;
  /** Called on every change notice, and when the listener (re)connects, since changes may have been missed. */
  subscribe(onChange: () => void): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    changes: Changes;
  }
}

export default fp(async (app: FastifyInstance, opts: { databaseUrl: string; readUrl?: string | undefined }) => {
  const subscribers: (() => void)[] = [];
  let listener: ChangeListener | null = null;
  app.decorate('changes', {
    get connected() {
      return listener?.connected ?? false;
    },
    subscribe(onChange: () => void) {
      subscribers.push(onChange);
      // Connects with the first subscriber: a process that derives nothing holds no extra connection.
      listener ??= listenForChanges(
        opts.databaseUrl,
        () => {
          for (const s of subscribers) s();
        },
        (msg) => app.log.warn(msg),
        opts.readUrl,
      );
    },
  } satisfies Changes);
  app.addHook('onClose', async () => listener?.close());
});

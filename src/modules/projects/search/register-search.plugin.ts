// Gives the application the register's search index (app.registerSearch) when it is enabled: built in the
// background once the server is ready, told of every change notice, stopped with the server.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { RegisterSearch } from './register-search.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when the index is switched off (LOTSE_SEARCH_INDEX=false): every search asks PostgreSQL. */
    registerSearch: RegisterSearch | null;
  }
}

export const registerSearchPlugin = fp(async (app: FastifyInstance) => {
  const { enabled, cachedProjects } = app.config.searchIndex;
  if (!enabled) return void app.decorate('registerSearch', null);
  const search = new RegisterSearch(app.db, { cachedProjects, log: (msg) => app.log.info(msg) }, () => app.changes.connected);
  app.decorate('registerSearch', search);
  app.changes.subscribe(() => search.changed());
  app.addHook('onReady', async () => {
    void search.build().catch((err: unknown) => app.log.error(`register search index not built: ${(err as Error).message}`));
  });
  app.addHook('onClose', async () => search.close());
});

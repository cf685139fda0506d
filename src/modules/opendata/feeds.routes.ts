// The Atom feeds below the pages they follow, in the page's language; the register's feed takes the
// register's query string.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { eventFeed, processFeed, projectFeed } from './feeds.service.js';

const send = (reply: FastifyReply, xml: string) => reply.type('application/atom+xml; charset=utf-8').send(xml);

export async function feedRoutes(app: FastifyInstance) {
  const site = { baseUrl: app.config.publicUrl, license: app.config.dataLicense };
  app.get('/:lang/vorhaben/feed.atom', { config: { cache: true } }, async (request, reply) =>
    send(reply, await projectFeed(app.db, site, request.locale, request.query)),
  );
  app.get('/:lang/veranstaltungen/feed.atom', { config: { cache: true } }, async (request, reply) =>
    send(reply, await eventFeed(app.db, site, request.locale)),
  );
  app.get('/:lang/beteiligung/feed.atom', { config: { cache: true } }, async (request, reply) =>
    send(reply, await processFeed(app.db, site, request.locale)),
  );
}

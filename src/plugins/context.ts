// Decorates the app with the database and config, and requests with their language. Routes read
// `request.locale` and `app.db` instead of importing globals, so tests can build as many apps as they like.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { translator } from '../i18n/index.js';
import { clientKey } from '../lib/client-key.js';
import { defaultLocale, isLocale, type Locale } from '../lib/localized.js';
import type { PageContext } from '../views/page-context.js';
import { renderDocument } from '../views/render.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** Every route of the app (method and URL pattern): the authorisation test walks the state-changing ones. */
    routeList: { method: string; url: string }[];
  }
  interface FastifyRequest {
    locale: Locale;
    /** Whom rate limits count this request against: the address, for IPv6 its /64. */
    client: string;
  }
  interface FastifyReply {
    html(page: VNode, status?: number): FastifyReply;
  }
}

/**
 * The language of a page comes from its URL (/de/…, /da/…, /en/…), so that every language is linkable.
 * The API speaks English unless `lang` asks for another of ours: its users are developers anywhere.
 */
export function localeOfUrl(url: string): Locale {
  const [path, query = ''] = url.split('?');
  if (path!.startsWith('/api/')) {
    const lang = new URLSearchParams(query).get('lang');
    return isLocale(lang) ? lang : 'en';
  }
  const first = path!.split('/')[1];
  return isLocale(first) ? first : defaultLocale;
}

export function pageContext(request: FastifyRequest, baseUrl: string): PageContext {
  const locale = request.locale;
  const prefix = `/${locale}`;
  const path = request.url.startsWith(prefix) ? request.url.slice(prefix.length) || '/' : '/';
  return {
    locale,
    t: translator(locale),
    pathInLocale: path,
    baseUrl,
    dataLicense: request.server.config.dataLicense,
    map: request.server.config.map,
  };
}

export default fp(async (app: FastifyInstance, opts: { db: Db; config: Config }) => {
  app.decorate('db', opts.db);
  app.decorate('config', opts.config);
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });
  app.decorateRequest('locale', defaultLocale);
  app.decorateRequest('client', '');
  app.addHook('onRequest', async (request) => {
    request.locale = localeOfUrl(request.url);
    request.client = clientKey(request.ip);
  });
  app.decorateReply('html', function (this: FastifyReply, page: VNode, status = 200) {
    return this.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
  });
});

// Builds the Fastify application from a database and a configuration, without listening: the server,
// the tests (app.inject) and the benchmark all start from here.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { AppError } from './lib/errors.js';
import { appSecret } from './db/app-secret.js';
import { isLocale } from './lib/localized.js';
import { loggerOptions } from './lib/log-redaction.js';
import { modules } from './modules/index.js';
import { staffArea } from './platform/staff-area.js';
import assets from './plugins/assets.js';
import context from './plugins/context.js';
import dataLicense from './plugins/data-license.js';
import errors, { sendFrameworkError } from './plugins/errors.js';
import responseCache from './plugins/response-cache.js';
import changes from './platform/changes.js';
import inputGuard from './plugins/input-guard.js';
import readReplica from './plugins/read-replica.js';
import security from './plugins/security.js';

export interface AppOptions {
  db: Db;
  config: Config;
  /** The database's address, for the connection that listens for change notices (response cache). */
  databaseUrl: string;
  logger?: boolean;
  /** Where the log goes instead of standard output (tests read it). */
  logStream?: NodeJS.WritableStream;
  /** Shorter time-outs (tests); see TIMEOUTS. */
  timeouts?: Partial<typeof TIMEOUTS>;
}

/**
 * A client that sends its request slowly (or not at all) must not hold a connection for ever: a
 * connection idle this long is closed, a request must arrive whole within `requestMs` (an upload of
 * 10 MiB needs about a minute at 1.5 Mbit/s), its headers within `headersMs`.
 */
export const TIMEOUTS = { connectionMs: 30_000, requestMs: 120_000, headersMs: 20_000, keepAliveMs: 10_000 };

export async function buildApp({
  db,
  config,
  databaseUrl,
  logger = false,
  logStream,
  timeouts: shorter = {},
}: AppOptions): Promise<FastifyInstance> {
  const timeouts = { ...TIMEOUTS, ...shorter };
  const app = Fastify({
    connectionTimeout: timeouts.connectionMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    logger: logger || logStream ? { ...loggerOptions(config.logLevel), ...(logStream ? { stream: logStream } : {}) } : false,
    // A hop count as a function: Fastify's types take booleans, addresses and functions.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    // While shutting down, a request that arrives on an open keep-alive connection is still answered
    // (with `Connection: close`), not refused with 503: a rolling restart then loses no request.
    return503OnClosing: false,
    frameworkErrors: (error, request, reply) => void sendFrameworkError(error, request, reply),
  });
  app.server.headersTimeout = timeouts.headersMs;
  await app.register(context, { db, config });
  if (config.databaseReadUrl) await app.register(readReplica);
  app.decorate('csrfSecret', await appSecret(db, 'csrf'));
  await app.register(errors);
  await app.register(inputGuard);
  await app.register(security);
  await app.register(dataLicense);
  await app.register(assets);
  await app.register(cookie);
  // Room for a Vorhaben's long texts in three languages; larger bodies get a clear 413.
  await app.register(formbody, { bodyLimit: 2 * 1024 * 1024 });
  await app.register(changes, { databaseUrl, readUrl: config.databaseReadUrl });
  await app.register(responseCache, { enabled: config.responseCache });

  app.get('/', async (request, reply) => reply.redirect(`/${preferredLocale(request)}/`, 302));
  app.decorate(
    'backOfficeSections',
    modules.flatMap((m) => m.backOfficeSections ?? []),
  );
  app.decorate(
    'projectPageSections',
    modules.flatMap((m) => m.projectPageSections ?? []),
  );
  app.decorate(
    'processReportParts',
    modules.flatMap((m) => m.processReportParts ?? []).sort((a, b) => a.order - b.order),
  );
  app.decorate(
    'processingDeclarations',
    modules.flatMap((m) => m.processing ?? []).sort((a, b) => a.order - b.order),
  );
  for (const routes of modules.flatMap((m) => m.rootRoutes ?? [])) await app.register(routes);
  // Every page lives under its language: /de/…, /da/…, /en/…; anything else there is a 404.
  await app.register(async (pages) => {
    pages.addHook('preHandler', async (request) => {
      const { lang } = request.params as { lang?: string };
      if (!isLocale(lang)) throw new AppError(404, 'not_found', 'error.notFound.text');
    });
    pages.get('/:lang', async (request, reply) => reply.redirect(`/${(request.params as { lang: string }).lang}/`, 301));
    for (const routes of modules.flatMap((m) => m.pageRoutes ?? [])) await pages.register(routes);
    // The back office: every route behind the staff area's session, second-factor and CSRF checks.
    for (const area of modules.flatMap((m) => m.backOfficeRoutes ?? [])) {
      await pages.register(staffArea(area.routes, { enrolment: area.enrolment ?? false }), { prefix: `/:lang/verwaltung${area.prefix}` });
    }
  });
  return app;
}

/** German unless the browser prefers Danish or English over German. */
function preferredLocale(request: FastifyRequest): string {
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: (tag ?? '').split('-')[0]!.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((r) => r.q > 0) // q=0 means "not this language"
    .sort((a, b) => b.q - a.q);
  return ranked.find((r) => isLocale(r.lang))?.lang ?? 'de';
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

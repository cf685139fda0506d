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
import { requestForLog } from './lib/log-redaction.js';
import { accountPageRoutes, oidcCallbackRoutes } from './modules/accounts/accounts.routes.js';
import { staffArea } from './platform/staff-area.js';
import { editorialRoutes } from './modules/editorial/editorial.routes.js';
import { municipalityBackOfficeRoutes } from './modules/municipalities/municipalities.routes.js';
import { importRoutes } from './modules/projects/import/import.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { userRoutes } from './modules/accounts/users.routes.js';
import { secondFactorRoutes } from './modules/accounts/second-factor.routes.js';
import { signInCodeRoutes } from './modules/accounts/sign-in-code.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { municipalityApiRoutes } from './modules/municipalities/municipalities.api.routes.js';
import { openApiRoutes } from './modules/openapi/openapi.routes.js';
import { programmePageRoutes } from './modules/programme/programme.routes.js';
import { financePageRoutes } from './modules/finance/finance.routes.js';
import { financeBackOfficeRoutes } from './modules/finance/finance.backoffice.routes.js';
import { financeApiRoutes } from './modules/finance/finance.api.routes.js';
import { projectApiRoutes } from './modules/projects/projects.api.routes.js';
import { projectPageRoutes } from './modules/projects/projects.routes.js';
import { eventPageRoutes } from './modules/events/events.routes.js';
import { eventBackOfficeRoutes } from './modules/events/events.backoffice.routes.js';
import { eventApiRoutes } from './modules/events/events.api.routes.js';
import { networkApiRoutes } from './modules/network/network.api.routes.js';
import { participationRoutes } from './modules/participation/participation.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { processPageRoutes } from './modules/participation/processes.routes.js';
import { participationBackOfficeRoutes } from './modules/participation/participation.backoffice.routes.js';
import { residentRoutes } from './modules/residents/residents.routes.js';
import { commentRoutes } from './modules/comments/comments.routes.js';
import { moderationRoutes } from './modules/comments/moderation.routes.js';
import { ideaRoutes } from './modules/ideas/ideas.routes.js';
import { ideaBackOfficeRoutes } from './modules/ideas/ideas.backoffice.routes.js';
import { networkRoutes } from './modules/network/network.routes.js';
import { networkBackOfficeRoutes } from './modules/network/network.backoffice.routes.js';
import { advisoryBackOfficeRoutes } from './modules/network/advisory.backoffice.routes.js';
import assets from './plugins/assets.js';
import context from './plugins/context.js';
import errors, { sendFrameworkError } from './plugins/errors.js';
import responseCache from './plugins/response-cache.js';
import inputGuard from './plugins/input-guard.js';
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

export async function buildApp({ db, config, databaseUrl, logger = false, logStream, timeouts: shorter = {} }: AppOptions): Promise<FastifyInstance> {
  const timeouts = { ...TIMEOUTS, ...shorter };
  const app = Fastify({
    connectionTimeout: timeouts.connectionMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    logger: logger || logStream ? { level: config.logLevel, serializers: { req: requestForLog }, ...(logStream ? { stream: logStream } : {}) } : false,
    // A hop count as a function: Fastify's types take booleans, addresses and functions.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: sendFrameworkError,
  });
  app.server.headersTimeout = timeouts.headersMs;
  await app.register(context, { db, config });
  app.decorate('csrfSecret', await appSecret(db, 'csrf'));
  await app.register(errors);
  await app.register(inputGuard);
  await app.register(security);
  await app.register(assets);
  await app.register(cookie);
  // Room for a Vorhaben's long texts in three languages; larger bodies get a clear 413.
  await app.register(formbody, { bodyLimit: 2 * 1024 * 1024 });
  await app.register(responseCache, { enabled: config.responseCache, databaseUrl });

  app.get('/', async (request, reply) => reply.redirect(`/${preferredLocale(request)}/`, 302));
  await app.register(healthRoutes);
  await app.register(openApiRoutes);
  await app.register(projectApiRoutes);
  await app.register(municipalityApiRoutes);
  await app.register(eventApiRoutes);
  await app.register(financeApiRoutes);
  await app.register(networkApiRoutes);
  await app.register(oidcCallbackRoutes);

  // Every page lives under its language: /de/…, /da/…, /en/…; anything else there is a 404.
  await app.register(async (pages) => {
    pages.addHook('preHandler', async (request) => {
      const { lang } = request.params as { lang?: string };
      if (!isLocale(lang)) throw new AppError(404, 'not_found', 'error.notFound.text');
    });
    pages.get('/:lang', async (request, reply) => reply.redirect(`/${(request.params as { lang: string }).lang}/`, 301));
    await pages.register(programmePageRoutes);
    await pages.register(financePageRoutes);
    await pages.register(projectPageRoutes);
    await pages.register(eventPageRoutes);
    await pages.register(participationRoutes);
    await pages.register(notificationRoutes);
    await pages.register(processPageRoutes);
    await pages.register(residentRoutes);
    await pages.register(commentRoutes);
    await pages.register(ideaRoutes);
    await pages.register(networkRoutes);
    await pages.register(accountPageRoutes);
    await pages.register(signInCodeRoutes);
    await pages.register(staffArea(editorialRoutes), { prefix: '/:lang/verwaltung' });
    await pages.register(staffArea(municipalityBackOfficeRoutes), { prefix: '/:lang/verwaltung/kommunen' });
    await pages.register(staffArea(importRoutes), { prefix: '/:lang/verwaltung/import' });
    await pages.register(staffArea(auditRoutes), { prefix: '/:lang/verwaltung/protokoll' });
    await pages.register(staffArea(userRoutes), { prefix: '/:lang/verwaltung/konten' });
    await pages.register(staffArea(secondFactorRoutes, { enrolment: true }), { prefix: '/:lang/verwaltung/zweiter-faktor' });
    await pages.register(staffArea(eventBackOfficeRoutes), { prefix: '/:lang/verwaltung/veranstaltungen' });
    await pages.register(staffArea(participationBackOfficeRoutes), { prefix: '/:lang/verwaltung/beteiligung' });
    await pages.register(staffArea(ideaBackOfficeRoutes), { prefix: '/:lang/verwaltung/beteiligung/ideen' });
    await pages.register(staffArea(moderationRoutes), { prefix: '/:lang/verwaltung/moderation' });
    await pages.register(staffArea(financeBackOfficeRoutes), { prefix: '/:lang/verwaltung/finanzen' });
    await pages.register(staffArea(networkBackOfficeRoutes), { prefix: '/:lang/verwaltung/netzwerk' });
    await pages.register(staffArea(advisoryBackOfficeRoutes), { prefix: '/:lang/verwaltung/beratung' });
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
      return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((r) => r.q > 0) // q=0 means "not this language"
    .sort((a, b) => b.q - a.q);
  return ranked.find((r) => isLocale(r.lang))?.lang ?? 'de';
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

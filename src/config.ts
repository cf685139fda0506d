// The one place that reads process.env: every setting is validated here at start, so a wrong value
// stops the process with a message that names the variable instead of failing somewhere later.
import { DATA_LICENSE_KEYS, DATA_LICENSES, type DataLicense, DEFAULT_DATA_LICENSE } from './lib/data-licenses.js';
import { type MapSettings, mapSettings } from './lib/map-settings.js';
import path from 'node:path';
import { z } from 'zod';

export const staffMfaSettings = ['required-for-admin-finance', 'off'] as const;
export type StaffMfaSetting = (typeof staffMfaSettings)[number];

const schema = z
  .object({
    // Production unless said otherwise: a deployment that forgets the setting gets the safe behaviour (no
    // demo data, no e-mail contents in the log); `npm start` (lotse start --demo) asks for development.
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    LOTSE_DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    LOTSE_DATA_DIR: z.string().min(1).default('./data'),
    PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://lotse.example.org' }).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOTSE_SEED_DEMO: z.enum(['true', 'false']).optional(),
    LOTSE_RESPONSE_CACHE: z.enum(['true', 'false']).default('true'),
    LOTSE_SEARCH_INDEX: z.enum(['true', 'false']).default('true'),
    LOTSE_SEARCH_CACHED_PROJECTS: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
    LOTSE_SIGN_LANGUAGE_VIDEO_URL: z.url({ message: 'must be an absolute URL of the video in German Sign Language' }).optional(),
    LOTSE_DATA_LICENSE: z
      .enum(DATA_LICENSE_KEYS, { message: `must be one of ${DATA_LICENSE_KEYS.join(', ')} (DCAT-AP.de licences)` })
      .default(DEFAULT_DATA_LICENSE),
    LOTSE_TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/,
        'must be false, true (one proxy), the number of proxies, or their addresses (comma-separated)',
      )
      .default('false'),
    LOTSE_SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://, e.g. smtp://user:password@mail.example.org:587')
      .optional(),
    LOTSE_MAIL_FROM: z.string().min(3).default('Lotse <lotse@localhost>'),
    LOTSE_WORKER: z.enum(['true', 'false']).default('true'),
    LOTSE_OIDC_ISSUER: z
      .url({ message: 'must be the issuer URL of the OpenID provider, e.g. https://login.kreis-sl.de/realms/staff' })
      .optional(),
    LOTSE_OIDC_CLIENT_ID: z.string().min(1).optional(),
    LOTSE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    LOTSE_OIDC_NAME: z.string().min(1).max(60).default('Single Sign-on'),
    LOTSE_PASSWORD_LOGIN: z.enum(['true', 'false']).default('true'),
    LOTSE_STAFF_MFA: z.enum(staffMfaSettings).default('required-for-admin-finance'),
    LOTSE_OPARL_SYNC_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (Berlin time), e.g. 03:30')
      // Not between 02:00 and 03:00: that hour does not exist on the night clocks go forward (no sync then)
      // and comes twice when they go back.
      .default('03:30'),
    LOTSE_OPARL_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    LOTSE_OPARL_REQUESTS_PER_SECOND: z.coerce.number().min(0.1).max(100).default(4),
    LOTSE_OPARL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
    LOTSE_OPARL_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
    LOTSE_OPARL_MAX_PAGES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
    LOTSE_OPARL_ALLOW_PRIVATE_ADDRESSES: z.enum(['true', 'false']).default('false'),
    LOTSE_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (a random secret)').optional(),
    LOTSE_METRICS_ALLOW: z
      .string()
      .regex(/^[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*$/, 'must be addresses or networks, comma-separated, e.g. 10.0.0.0/8,127.0.0.1')
      .optional(),
    LOTSE_MAP_TILES: z
      .string()
      .regex(
        /^(https?:\/\/[^/?#]+)?\/[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}[^\s]*$/,
        'must be a tile address with {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png or /tiles/{z}/{x}/{y}.png',
      )
      .optional(),
    LOTSE_MAP_ATTRIBUTION: z.string().min(1).max(500).optional(),
    LOTSE_MAP_TILES_CONSENT: z.enum(['true', 'false']).optional(),
  })
  .refine((c) => !c.LOTSE_OIDC_ISSUER || (c.LOTSE_OIDC_CLIENT_ID && c.LOTSE_OIDC_CLIENT_SECRET), {
    message: 'LOTSE_OIDC_ISSUER needs LOTSE_OIDC_CLIENT_ID and LOTSE_OIDC_CLIENT_SECRET as well',
    path: ['LOTSE_OIDC_ISSUER'],
  })
  .refine((c) => !c.LOTSE_DATABASE_READ_URL || c.DATABASE_URL, {
    message: 'a read replica needs its primary in DATABASE_URL (the embedded PostgreSQL has no replica)',
    path: ['LOTSE_DATABASE_READ_URL'],
  })
  .refine((c) => c.LOTSE_PASSWORD_LOGIN === 'true' || c.LOTSE_OIDC_ISSUER, {
    message: 'false needs single sign-on (LOTSE_OIDC_ISSUER and its client settings): otherwise nobody could sign in',
    path: ['LOTSE_PASSWORD_LOGIN'],
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /**
   * A streaming replica of DATABASE_URL: anonymous public GET requests read from it, everything else uses
   * the primary (docs/OPERATIONS.md#scale-out). Unset: everything uses the primary.
   */
  databaseReadUrl?: string | undefined;
  dataDir: string;
  publicUrl: string;
  /** Whether PUBLIC_URL was given (else publicUrl is a localhost guess). */
  publicUrlGiven: boolean;
  logLevel: string;
  seedDemo: boolean;
  responseCache: boolean;
  /** The register's search index in memory (else every search asks PostgreSQL), and how many whole Vorhaben it keeps for result pages. */
  searchIndex: { enabled: boolean; cachedProjects: number };
  /** The licence of the open data (LOTSE_DATA_LICENSE): named on the open-data page, in the footer and in the API. */
  dataLicense: DataLicense;
  /** A video in German Sign Language about Lotse, linked from the Leichte-Sprache overview (LOTSE_SIGN_LANGUAGE_VIDEO_URL). */
  signLanguageVideoUrl: string | null;
  /**
   * Behind reverse proxies: how many hops of X-Forwarded-For to trust (or which proxy addresses), so the
   * client address cannot be made up by the client (sign-in limits count per client). false: none.
   */
  trustProxy: boolean | number | string;
  /** Where e-mail goes out; unset: mails are printed to the console (development). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Whether `lotse start` also runs the background job worker (mail, reminders) in its process. */
  worker: boolean;
  /** Single sign-on through OpenID Connect; null when not configured. */
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  /**
   * Whether staff may sign in with a password at all. false (only with single sign-on): the provider's
   * second factor and offboarding apply to everyone. With single sign-on, accounts linked to it never
   * use a password either way.
   */
  passwordLogin: boolean;
  /**
   * Whether staff with the admin or finance role must set up a second factor (TOTP) before they may use
   * the back office; everyone else may set one up voluntarily. 'off' only for tests and local trials.
   */
  staffMfa: StaffMfaSetting;
  /**
   * The council information systems (OParl): when the nightly sync runs (Berlin time), and how hard it
   * may press a council's server (requests at once, requests per second, time-out and retries per request).
   */
  oparl: OparlSettings;
  /**
   * Who may read /metrics: a request with this bearer token, or from one of these addresses or networks.
   * Neither set: nobody (the metrics name routes and load, which is no one else's business).
   */
  metrics: { token: string | undefined; allow: string[] };
  /** Where map tiles come from, and whether a visitor must agree before the browser asks that server. */
  map: MapSettings;
}

export interface OparlSettings {
  syncTime: string;
  concurrency: number;
  requestsPerSecond: number;
  timeoutSeconds: number;
  retries: number;
  /** Pages of one list a sync reads at most (a server that never ends a list). */
  maxPages: number;
  /** Council systems on this machine or the internal network may be read (off: such addresses are refused). */
  allowPrivateAddresses: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`),
    );
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databaseReadUrl: c.LOTSE_DATABASE_READ_URL,
    dataDir: path.resolve(c.LOTSE_DATA_DIR),
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    publicUrlGiven: !!c.PUBLIC_URL,
    logLevel: c.LOG_LEVEL,
    seedDemo: c.LOTSE_SEED_DEMO ? c.LOTSE_SEED_DEMO === 'true' : c.NODE_ENV !== 'production',
    responseCache: c.LOTSE_RESPONSE_CACHE === 'true',
    searchIndex: { enabled: c.LOTSE_SEARCH_INDEX === 'true', cachedProjects: c.LOTSE_SEARCH_CACHED_PROJECTS },
    dataLicense: DATA_LICENSES[c.LOTSE_DATA_LICENSE],
    signLanguageVideoUrl: c.LOTSE_SIGN_LANGUAGE_VIDEO_URL ?? null,
    trustProxy: trustProxySetting(c.LOTSE_TRUST_PROXY),
    smtpUrl: c.LOTSE_SMTP_URL,
    mailFrom: c.LOTSE_MAIL_FROM,
    worker: c.LOTSE_WORKER === 'true',
    oidc: c.LOTSE_OIDC_ISSUER
      ? {
          issuer: c.LOTSE_OIDC_ISSUER,
          clientId: c.LOTSE_OIDC_CLIENT_ID!,
          clientSecret: c.LOTSE_OIDC_CLIENT_SECRET!,
          name: c.LOTSE_OIDC_NAME,
        }
      : null,
    passwordLogin: c.LOTSE_PASSWORD_LOGIN === 'true',
    staffMfa: c.LOTSE_STAFF_MFA,
    oparl: {
      syncTime: c.LOTSE_OPARL_SYNC_TIME,
      concurrency: c.LOTSE_OPARL_CONCURRENCY,
      requestsPerSecond: c.LOTSE_OPARL_REQUESTS_PER_SECOND,
      timeoutSeconds: c.LOTSE_OPARL_TIMEOUT_SECONDS,
      retries: c.LOTSE_OPARL_RETRIES,
      maxPages: c.LOTSE_OPARL_MAX_PAGES,
      allowPrivateAddresses: c.LOTSE_OPARL_ALLOW_PRIVATE_ADDRESSES === 'true',
    },
    metrics: { token: c.LOTSE_METRICS_TOKEN, allow: c.LOTSE_METRICS_ALLOW?.split(',') ?? [] },
    map: mapSettings(c.LOTSE_MAP_TILES, c.LOTSE_MAP_ATTRIBUTION, c.LOTSE_MAP_TILES_CONSENT),
  };
}

/** 'true' means the one proxy in front (trusting every hop would let clients forge their address). */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

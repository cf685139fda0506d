// What the request log may keep of a request. One-time links carry their token in the query string
// (/de/passwort-neu?token=…), and search words can be personal, so every query value is replaced: the
// log shows which parameters came, never their values. Bodies and headers are not logged at all.
import type { FastifyRequest } from 'fastify';

export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=${REDACTED}`);
  return `${url.slice(0, at)}?${names.join('&')}`;
}

/** The request as the logger writes it (Fastify's default writes the full URL). */
export function requestForLog(request: FastifyRequest) {
  return { method: request.method, url: redactUrl(request.url), remoteAddress: request.ip };
}

/** Fields that never reach the log whatever object carries them (pino's redaction, one level deep and at the top). */
const SECRET_FIELDS = ['email', 'password', 'token', 'cookie', 'authorization', 'name', 'address'];
export const REDACTED_PATHS = [
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]),
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)+/g;

/** An e-mail address inside a message (a failed mail's error, say) becomes `[email]`. */
export function scrubText(text: string): string {
  return text.replace(EMAIL, '[email]');
}

function scrubError(err: Error) {
  return { type: err.name, message: scrubText(err.message), stack: scrubText(err.stack ?? '') };
}

/** The logger options of the app: requests without query values, secret fields censored, addresses scrubbed from messages. */
export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    serializers: { req: requestForLog, err: scrubError },
    hooks: {
      logMethod(this: unknown, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)),
        );
      },
    },
  };
}

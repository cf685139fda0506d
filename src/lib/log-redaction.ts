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

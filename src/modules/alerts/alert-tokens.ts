// The two tokens of an alert. The confirmation token is random, mailed once and stored only as its hash.
// The unsubscribe token must be in every later mail, so it is not stored at all: it is the
// subscription's id signed (HMAC) with the deployment's secret over the subscription's own salt, which
// dies with the row — a copy of the table alone unsubscribes nobody.
import crypto from 'node:crypto';
import { hashToken } from '../../lib/token-hash.js';

export function newConfirmToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const confirmTokenHash = hashToken;

export const newSalt = () => crypto.randomBytes(16).toString('base64url');

const mac = (secret: Buffer, id: number, salt: string) =>
  crypto.createHmac('sha256', secret).update(`alert:${id}:${salt}`).digest('base64url');

export function unsubscribeToken(secret: Buffer, id: number, salt: string): string {
  return `${id}.${mac(secret, id, salt)}`;
}

/** The subscription id a token names, before its signature is checked against the row's salt. */
export function tokenId(token: unknown): number | null {
  if (typeof token !== 'string') return null;
  const m = /^([1-9]\d{0,9})\.[A-Za-z0-9_-]{43}$/.exec(token);
  const id = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(id) && id < 2 ** 31 ? id : null;
}

export function unsubscribeTokenValid(secret: Buffer, token: string, id: number, salt: string): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, id, salt));
  const given = Buffer.from(token);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

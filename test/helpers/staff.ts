// Staff members for tests: a user with roles and a live session, without going through the (slow,
// argon2-hashed) sign-in; and form posts that carry the session and a valid CSRF token.
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';
import type { Role } from '../../src/db/schema.js';
import { hashToken } from '../../src/lib/token-hash.js';
import { csrfFor } from './csrf.js';

export interface StaffSession {
  userId: number;
  email: string;
  cookies: Record<string, string>;
  csrf: string;
}

let counter = 0;

export async function staffSession(
  db: Db,
  roles: { role: Role; municipality?: string }[],
  email = `staff${++counter}-${crypto.randomUUID().slice(0, 8)}@lotse.test`,
): Promise<StaffSession> {
  const user = await db
    .insertInto('users')
    .values({ email, display_name: null, password_hash: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const r of roles) {
    const municipality = r.municipality
      ? (await db.selectFrom('municipalities').select('id').where('slug', '=', r.municipality).executeTakeFirstOrThrow()).id
      : null;
    await db.insertInto('user_roles').values({ user_id: user.id, role: r.role, municipality_id: municipality }).execute();
  }
  const token = crypto.randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({ user_id: user.id, token_hash: hashToken(token), expires_at: sql<Date>`now() + interval '1 hour'` })
    .execute();
  const csrf = await csrfFor(db, { lotse_session: token });
  return { userId: user.id, email, cookies: { lotse_session: token, lotse_csrf: csrf }, csrf };
}

export function get(app: FastifyInstance, url: string, session?: Pick<StaffSession, 'cookies'>) {
  return app.inject({ url, cookies: session?.cookies ?? {} });
}

/** A form post as the browser sends it; repeated keys for lists (e.g. several municipalities). */
export function postForm(
  app: FastifyInstance,
  url: string,
  fields: Record<string, string | string[]>,
  session?: Pick<StaffSession, 'cookies' | 'csrf'>,
  { csrf = true } = {},
) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  if (session && csrf) body.append('_csrf', session.csrf);
  return app.inject({
    method: 'POST',
    url,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: session?.cookies ?? {},
  });
}

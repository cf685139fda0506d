// Residents for tests: an account with a live session, without the e-mailed sign-in link. The result
// works with get() and postForm() from staff.ts (cookies and a CSRF token).
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';
import type { NotifyMode } from '../../src/db/schema.js';
import { hashToken } from '../../src/lib/token-hash.js';
import { csrfFor } from './csrf.js';

export interface ResidentSession {
  residentId: number;
  email: string;
  cookies: Record<string, string>;
  csrf: string;
}

let counter = 0;

export async function residentSession(
  db: Db,
  options: { email?: string; displayName?: string | null; notifyMode?: NotifyMode; locale?: string } = {},
): Promise<ResidentSession> {
  const email = options.email ?? `resident${++counter}-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const resident = await db
    .insertInto('residents')
    .values({
      email,
      display_name: options.displayName === undefined ? `Nachbar ${counter}` : options.displayName,
      notify_mode: options.notifyMode ?? 'daily',
      locale: options.locale ?? 'de',
      unsubscribe_token: crypto.randomBytes(24).toString('base64url'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = crypto.randomBytes(32).toString('base64url');
  await db
    .insertInto('resident_sessions')
    .values({ resident_id: resident.id, token_hash: hashToken(token), expires_at: sql<Date>`now() + interval '1 hour'` })
    .execute();
  const csrf = await csrfFor(db, { lotse_resident: token });
  return { residentId: resident.id, email, cookies: { lotse_resident: token, lotse_csrf: csrf }, csrf };
}

/** One more session of the same resident (another device), optionally signed in `minutesAgo`. */
export async function anotherSession(db: Db, of: ResidentSession, minutesAgo = 0): Promise<ResidentSession> {
  const token = crypto.randomBytes(32).toString('base64url');
  await db
    .insertInto('resident_sessions')
    .values({
      resident_id: of.residentId,
      token_hash: hashToken(token),
      created_at: sql<Date>`now() - make_interval(mins => ${minutesAgo})`,
      expires_at: sql<Date>`now() + interval '1 hour'`,
    })
    .execute();
  const csrf = await csrfFor(db, { lotse_resident: token });
  return { ...of, cookies: { lotse_resident: token, lotse_csrf: csrf }, csrf };
}

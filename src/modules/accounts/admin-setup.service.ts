// The first administrator of a new installation: while no admin exists, every start prints a one-time
// link (valid 24 hours; a new start replaces it) to a page that creates the admin account.
import crypto from 'node:crypto';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/errors.js';
import type { NewUser } from './accounts.schemas.js';
import { addUser } from './accounts.service.js';
import * as repo from './admin-setup.repository.js';

const KEY = 'admin_setup';
const VALID_HOURS = 24;
const hash = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

/** A fresh one-time token when there is no administrator yet, else null. */
export async function createAdminSetupToken(db: Db): Promise<string | null> {
  if (await repo.adminExists(db)) return null;
  const token = crypto.randomBytes(32).toString('base64url');
  const value = JSON.stringify({ hash: hash(token), expiresAt: new Date(Date.now() + VALID_HOURS * 3600_000).toISOString() });
  await repo.saveMeta(db, KEY, value);
  return token;
}

/** Whether `token` is the current, unexpired setup token and no administrator exists yet. */
export async function adminSetupTokenValid(db: Db, token: string | undefined): Promise<boolean> {
  if (!token || (await repo.adminExists(db))) return false;
  const stored = (await repo.findMeta(db, KEY)) as { hash?: string; expiresAt?: string } | undefined;
  if (!stored?.hash || !stored.expiresAt || Date.parse(stored.expiresAt) < Date.now()) return false;
  const a = Buffer.from(stored.hash);
  const b = Buffer.from(hash(token));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Creates the first administrator and uses up the token, in one transaction. */
export async function createFirstAdmin(db: Db, token: string, user: NewUser): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Serialise concurrent submissions of the same link.
    await repo.lockAdminSetup(trx);
    if (!(await adminSetupTokenValid(trx, token))) throw new AppError(403, 'setup_link_invalid', 'setup.invalidLink');
    await addUser(trx, { ...user, role: 'admin', municipality: null }, { kind: 'system', label: 'setup-link' });
    await repo.deleteMeta(trx, KEY);
  });
}

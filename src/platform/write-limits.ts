// Every write of a signed-in resident (idea, support, comment, edit, report) counts against two limits:
// per account and per client address, in 15-minute windows (the client limit is higher: a workshop or a
// school shares one address). Counter keys never hold an address.
import type { Db } from '../db/database.js';
import { AppError } from '../lib/errors.js';
import { hashToken } from '../lib/token-hash.js';
import * as counters from './rate-limit.repository.js';
import type { Resident } from './resident-session.js';

export const WRITES_PER_ACCOUNT = 30;
export const WRITES_PER_CLIENT = 300;

/**
 * Throws 429 when the resident or the client wrote too often; 403 when the account is blocked, unless the
 * write only concerns the resident themself (following, which a block does not take away).
 */
export async function checkResidentWrite(db: Db, resident: Resident, client: string, { ownOnly = false } = {}): Promise<void> {
  if (resident.blocked && !ownOnly) throw new AppError(403, 'blocked', 'residents.blocked');
  const [byAccount, byClient] = await Promise.all([
    counters.recordFailure(db, `resident-write:${resident.id}`, 15),
    counters.recordFailure(db, `resident-write-client:${hashToken(client)}`, 15),
  ]);
  if (byAccount > WRITES_PER_ACCOUNT || byClient > WRITES_PER_CLIENT) throw new AppError(429, 'rate_limited', 'residents.error.limited');
}

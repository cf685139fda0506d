// The second step of signing in, for accounts with a second factor: the six-digit code of the
// authenticator app or one of the recovery codes. The session exists only after it. Each attempt counts
// against the same limits as a password; on top, one waiting sign-in takes at most 5 codes, and an
// account at most 10 wrong codes per window from anywhere (whoever knows the password could otherwise
// spread guesses over many clients). That cap can hold up the person too, but only someone who already
// has their password can cause it.
import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/index.js';
import type { StaffActor } from '../../platform/actor.js';
import * as repo from './second-factor.repository.js';
import { acceptCode } from './second-factor.service.js';
import { clearFailures, recordFailure } from '../../platform/rate-limit.repository.js';
import { createSession } from '../../platform/staff-session.js';
import { hashToken } from '../../lib/token-hash.js';
import { attemptKeys, countAttempt, forgiveAttempts, WINDOW_MINUTES } from './sign-in.service.js';

export const MAX_CODES_PER_SIGN_IN = 5;
export const MAX_CODE_FAILURES_PER_ACCOUNT = 10;

export type CodeResult =
  { ok: true; token: string; returnTo: string | null; usedRecoveryCode: boolean } | { ok: false; reason: 'invalid' | 'locked' | 'expired' };

/** Whether this browser's sign-in is still waiting for its code. */
export async function codeStepOpen(db: Db, challenge: string | undefined): Promise<boolean> {
  return !!challenge && !!(await repo.findChallenge(db, hashToken(challenge)));
}

export async function finishCodeStep(db: Db, challenge: string | undefined, input: string, client: string): Promise<CodeResult> {
  if (!challenge) return { ok: false, reason: 'expired' };
  const tokenHash = hashToken(challenge);
  const pending = await repo.findChallenge(db, tokenHash);
  if (!pending) return { ok: false, reason: 'expired' };
  const keys = attemptKeys(pending.email, client);
  const accountKey = `second-factor:${pending.user_id}`;
  const [limits, byAccount, attempts] = await Promise.all([
    countAttempt(db, keys),
    recordFailure(db, accountKey, WINDOW_MINUTES),
    repo.countChallengeAttempt(db, tokenHash),
  ]);
  if (attempts > MAX_CODES_PER_SIGN_IN) {
    await repo.deleteChallenge(db, tokenHash);
    return { ok: false, reason: 'expired' };
  }
  if (limits === 'locked' || byAccount > MAX_CODE_FAILURES_PER_ACCOUNT) return { ok: false, reason: 'locked' };
  const accepted = await acceptCode(db, pending.user_id, input, { recovery: true });
  if (!accepted) return { ok: false, reason: 'invalid' };
  // Two requests with two good codes for one waiting sign-in: only one becomes a session.
  if (!(await repo.deleteChallenge(db, tokenHash))) return { ok: false, reason: 'expired' };
  await Promise.all([forgiveAttempts(db, keys), clearFailures(db, accountKey)]);
  if (accepted === 'recovery') {
    const actor: StaffActor = { kind: 'staff', id: pending.user_id, email: pending.email, name: pending.display_name, roles: [] };
    await recordAudit(db, actor, {
      action: 'user.second_factor.recovery_code_used',
      entityType: 'user',
      entityId: pending.email,
      summary: pending.email,
    });
  }
  return {
    ok: true,
    token: await createSession(db, pending.user_id),
    returnTo: pending.return_to,
    usedRecoveryCode: accepted === 'recovery',
  };
}

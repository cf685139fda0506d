// How long the traces of staff sign-ins are kept, and the daily job that removes them. None of them is
// needed once it has expired: an ended session opens nothing, a used link works no more, and a
// rate-limit counter only matters within its window. Staff accounts themselves stay until an
// administrator locks them (their names stand on past work); see docs/RETENTION.md.
import type { Db } from '../../db/database.js';
import { deleteSpentPasswordLinks, deleteStaleOidcLogins } from './accounts.repository.js';
import { LOGIN_TTL_MINUTES } from './oidc.service.js';
import { deleteEndedSessions } from '../../platform/staff-session.repository.js';
import { deleteOldFailures } from '../../platform/rate-limit.repository.js';

/** Counters of failed sign-ins and other rate limits; the longest window in use is 15 minutes. */
export const FAILURE_COUNTER_HOURS = 24;

export interface SignInPurge {
  sessions: number;
  passwordLinks: number;
  failureCounters: number;
  oidcLogins: number;
}

/** Deletes ended staff sessions, used or expired password links, old rate-limit counters and unfinished single sign-ons. */
export async function purgeSignInRecords(db: Db): Promise<SignInPurge> {
  return {
    sessions: await deleteEndedSessions(db),
    passwordLinks: await deleteSpentPasswordLinks(db),
    failureCounters: await deleteOldFailures(db, FAILURE_COUNTER_HOURS),
    oidcLogins: await deleteStaleOidcLogins(db, LOGIN_TTL_MINUTES),
  };
}

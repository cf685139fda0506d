// Staff sessions: made at sign-in (accounts), looked up by the back-office frame on every request.
// A session slides by SESSION_TTL_HOURS with use but ends SESSION_MAX_HOURS after sign-in at the latest.
import crypto from 'node:crypto';
import type { Db } from '../db/database.js';
import { hashToken } from '../lib/token-hash.js';
import * as sessions from './staff-session.repository.js';

export const SESSION_TTL_HOURS = 12;
/** However active, a staff session ends a day after sign-in: a stolen cookie does not last. */
export const SESSION_MAX_HOURS = 24;

/**
 * Which ways of signing in the deployment allows staff: with single sign-on configured, an account linked
 * to the provider signs in there only (its second factor and offboarding must not be bypassed by a
 * password); with passwords turned off, nobody uses one.
 */
export interface StaffSignInRules {
  passwordLogin: boolean;
  sso: boolean;
}

export const signInRules = (config: { passwordLogin: boolean; oidc: unknown }): StaffSignInRules => ({
  passwordLogin: config.passwordLogin,
  sso: !!config.oidc,
});

/** Whether this account may use a password under these rules. */
export const passwordAllowed = (rules: StaffSignInRules, user: { oidc_subject: string | null }) =>
  rules.passwordLogin && !(rules.sso && user.oidc_subject);

/** A new session for the user; returns the token for the cookie (only its hash is stored). */
export async function createSession(db: Db, userId: number): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await sessions.insertSession(db, userId, hashToken(token), SESSION_TTL_HOURS);
  return token;
}

export async function sessionUser(db: Db, token: string | undefined) {
  if (!token) return undefined;
  return sessions.touchSession(db, hashToken(token), SESSION_TTL_HOURS, SESSION_MAX_HOURS);
}

export async function signOut(db: Db, token: string): Promise<void> {
  await sessions.deleteSession(db, hashToken(token));
}

export async function signOutEverywhere(db: Db, userId: number): Promise<number> {
  return sessions.deleteUserSessions(db, userId);
}

export const deleteEndedSessions = (db: Db): Promise<number> => sessions.deleteEndedSessions(db);

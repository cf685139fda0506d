// Table types of staff accounts: users and their roles, sessions, second factor, sign-in limits, password
// resets and single sign-on logins. Part of the schema in schema.ts, which re-exports them.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const roles = ['admin', 'agency', 'coordinator', 'editor', 'moderator', 'finance', 'reviewer'] as const;
export type Role = (typeof roles)[number];

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string | null;
  password_hash: string | null;
  created_at: Timestamp;
  disabled_at: Date | null;
  oidc_issuer: ColumnType<string | null, string | null | undefined, string | null>;
  oidc_subject: ColumnType<string | null, string | null | undefined, string | null>;
  /** The language of the person's e-mails: de, da or en. */
  locale: ColumnType<string, string | undefined, string>;
}

export interface UserRolesTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  municipality_id: number | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
}

/** A staff member's second factor (TOTP): `secret` only once a code confirmed it. */
export interface StaffTotpTable {
  user_id: number;
  /** Base32, as shown to the person for their authenticator app. */
  secret: string | null;
  confirmed_at: Date | null;
  /** The last time step (30 s since the epoch) whose code was accepted: no code works twice. */
  last_step: number | null;
  pending_secret: string | null;
  pending_since: Date | null;
}

export interface StaffRecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  /** sha256 of the normalised code; the code itself is shown once and never stored. */
  code_hash: string;
  created_at: Timestamp;
  used_at: Date | null;
}

/** A sign-in that passed the password and waits for its second factor. */
export interface StaffSignInChallengesTable {
  token_hash: string;
  user_id: number;
  return_to: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  expires_at: Date;
}

export interface SignInFailuresTable {
  key: string;
  window_start: Timestamp;
  failures: number;
}

export interface PasswordResetsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Date;
  used_at: Date | null;
}

export interface OidcLoginsTable {
  state: string;
  code_verifier: string;
  nonce: string;
  locale: string;
  return_to: string | null;
  created_at: Timestamp;
}

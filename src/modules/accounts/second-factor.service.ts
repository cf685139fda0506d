// A staff member's second factor: enrolling (a secret shown as QR code, confirmed by its first code, then
// ten recovery codes shown once), turning it off where the role allows, fresh recovery codes, and an
// admin's reset when a phone is lost. Codes are checked here for the sign-in as well.
import type { StaffMfaSetting } from '../../config.js';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import * as accounts from './accounts.repository.js';
import type { Actor, StaffActor } from '../../platform/actor.js';
import { verifyPassword } from './passwords.js';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';
import * as repo from './second-factor.repository.js';
import { secondFactorRequired } from '../../platform/second-factor-rule.js';
import { mayResetSecondFactor, mayTurnOffSecondFactor } from './second-factor.policy.js';
import { signOutEverywhere } from '../../platform/staff-session.js';
import { attemptKeys, countAttempt, forgiveAttempts } from './sign-in.service.js';
import { matchingStep, newTotpSecret, normaliseTotpCode, qrCodeDataUri, totpUri } from './totp.js';

/** A started enrolment waits this long for its first code; then it starts over with a new secret. */
const PENDING_HOURS = 1;

const rolesOf = (actor: StaffActor) => actor.roles.map((r) => r.role);

export interface SecondFactorState {
  confirmedAt: Date | null;
  recoveryCodesLeft: number;
  required: boolean;
  mayTurnOff: boolean;
  /** The enrolment in progress: the secret to type in, and the QR code of its otpauth address. */
  pending: { secret: string; qrCode: string } | null;
}

const pendingSecret = (row: { pending_secret: string | null; pending_since: Date | null } | undefined) =>
  row?.pending_secret && row.pending_since && Date.now() - new Date(row.pending_since).getTime() < PENDING_HOURS * 3600_000
    ? row.pending_secret
    : null;

export async function secondFactorState(db: Db, setting: StaffMfaSetting, actor: StaffActor): Promise<SecondFactorState> {
  const row = await repo.findTotp(db, actor.id);
  const secret = pendingSecret(row);
  return {
    confirmedAt: row?.confirmed_at ?? null,
    recoveryCodesLeft: row?.confirmed_at ? await repo.countUnusedRecoveryCodes(db, actor.id) : 0,
    required: secondFactorRequired(setting, rolesOf(actor)),
    mayTurnOff: mayTurnOffSecondFactor(setting, rolesOf(actor)),
    pending: secret ? { secret, qrCode: await qrCodeDataUri(totpUri(secret, actor.email)) } : null,
  };
}

/** A new secret to enrol with (replacing an unfinished one); not while a second factor is set up. */
export async function startEnrolment(db: Db, actor: StaffActor): Promise<void> {
  if (await repo.hasConfirmedTotp(db, actor.id)) throw new AppError(409, 'second_factor_exists', 'secondFactor.error.exists');
  await repo.savePendingSecret(db, actor.id, newTotpSecret());
}

export type EnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'invalid' | 'expired' };

/** The first code confirms the secret; the recovery codes are returned once and kept only as hashes. */
export async function confirmEnrolment(db: Db, actor: StaffActor, input: string): Promise<EnrolmentResult> {
  const secret = pendingSecret(await repo.findTotp(db, actor.id));
  if (!secret) return { ok: false, reason: 'expired' };
  const code = normaliseTotpCode(input);
  const step = code ? matchingStep(secret, code) : null;
  if (step === null) return { ok: false, reason: 'invalid' };
  const recoveryCodes = newRecoveryCodes();
  return db.transaction().execute(async (trx) => {
    if (!(await repo.confirmPendingSecret(trx, actor.id, secret, step))) return { ok: false, reason: 'expired' } as const;
    await repo.replaceRecoveryCodes(
      trx,
      actor.id,
      recoveryCodes.map((c) => hashRecoveryCode(normaliseRecoveryCode(c)!)),
    );
    await recordAudit(trx, actor, {
      action: 'user.second_factor.enable',
      entityType: 'user',
      entityId: actor.email,
      summary: actor.email,
      before: { secondFactor: false },
      after: { secondFactor: true },
    });
    return { ok: true, recoveryCodes } as const;
  });
}

/**
 * Whether `input` is a valid code of the user's second factor, using it up: a TOTP code of a time step
 * later than the last one accepted, or (where allowed) an unused recovery code.
 */
export async function acceptCode(db: Db, userId: number, input: string, opts: { recovery: boolean }): Promise<'totp' | 'recovery' | null> {
  const code = normaliseTotpCode(input);
  if (code) {
    const row = await repo.findTotp(db, userId);
    const step = row?.secret ? matchingStep(row.secret, code) : null;
    return step !== null && (await repo.useStep(db, userId, step)) ? 'totp' : null;
  }
  const recovery = opts.recovery ? normaliseRecoveryCode(input) : null;
  return recovery && (await repo.useRecoveryCode(db, userId, hashRecoveryCode(recovery))) ? 'recovery' : null;
}

export type ConfirmedResult = 'done' | 'invalid' | 'locked';

/**
 * Turns the person's own second factor off, with a current code or their password (someone at an
 * unattended, signed-in computer has neither). Attempts count like sign-ins.
 */
export async function turnOffSecondFactor(
  db: Db,
  setting: StaffMfaSetting,
  actor: StaffActor,
  input: string,
  client: string,
): Promise<ConfirmedResult> {
  if (!mayTurnOffSecondFactor(setting, rolesOf(actor))) throw new AppError(403, 'second_factor_required', 'secondFactor.error.required');
  const keys = attemptKeys(actor.email, client);
  if ((await countAttempt(db, keys)) === 'locked') return 'locked';
  const passwordHash = normaliseTotpCode(input) ? null : await repo.passwordHashOf(db, actor.id);
  const valid = passwordHash ? await verifyPassword(passwordHash, input) : !!(await acceptCode(db, actor.id, input, { recovery: false }));
  if (!valid) return 'invalid';
  await db.transaction().execute(async (trx) => {
    if (!(await repo.deleteTotp(trx, actor.id))) return;
    await repo.deleteRecoveryCodes(trx, actor.id);
    await recordAudit(trx, actor, {
      action: 'user.second_factor.disable',
      entityType: 'user',
      entityId: actor.email,
      summary: actor.email,
      before: { secondFactor: true },
      after: { secondFactor: false },
    });
  });
  await forgiveAttempts(db, keys);
  return 'done';
}

/** Ten new recovery codes in place of the old ones, for a current code from the app. */
export async function renewRecoveryCodes(
  db: Db,
  actor: StaffActor,
  input: string,
  client: string,
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; reason: 'invalid' | 'locked' }> {
  const keys = attemptKeys(actor.email, client);
  if ((await countAttempt(db, keys)) === 'locked') return { ok: false, reason: 'locked' };
  if (!(await acceptCode(db, actor.id, input, { recovery: false }))) return { ok: false, reason: 'invalid' };
  const recoveryCodes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await repo.replaceRecoveryCodes(
      trx,
      actor.id,
      recoveryCodes.map((c) => hashRecoveryCode(normaliseRecoveryCode(c)!)),
    );
    await recordAudit(trx, actor, {
      action: 'user.second_factor.recovery_codes',
      entityType: 'user',
      entityId: actor.email,
      summary: actor.email,
    });
  });
  await forgiveAttempts(db, keys);
  return { ok: true, recoveryCodes };
}

/**
 * An admin removes someone's second factor (a lost or replaced phone). Their sessions end as well: one
 * may be open on the lost device. Where the role requires a second factor, they enrol at the next sign-in.
 */
export async function resetSecondFactor(db: Db, actor: Actor, userId: number): Promise<void> {
  if (!mayResetSecondFactor(actor, userId)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const user = await accounts.findUserById(trx, userId);
    if (!user) throw notFound('user');
    const had = await repo.hasConfirmedTotp(trx, userId);
    await repo.deleteTotp(trx, userId);
    await repo.deleteRecoveryCodes(trx, userId);
    await repo.deleteUserChallenges(trx, userId);
    await signOutEverywhere(trx, userId);
    await recordAudit(trx, actor, {
      action: 'user.second_factor.reset',
      entityType: 'user',
      entityId: user.email,
      summary: user.email,
      before: { secondFactor: had },
      after: { secondFactor: false },
    });
  });
}

// `lotse user add`, `lotse user list` and `lotse user reset-second-factor`: staff accounts from the
// command line, e.g. the first administrator of a new installation, or the only admin who lost both
// phone and recovery codes (no other admin can reset them). Messages speak the terminal's language.
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { localeFromEnv, t } from '../i18n/index.js';
import { AppError } from '../lib/errors.js';
import { checkNewUser, addUser, listUsers, guessablePassword, findUserByEmail, resetSecondFactor } from '../modules/accounts/index.js';
import { cliActor } from '../platform/actor.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function userAddCommand(
  config: Config,
  opts: { email: string; role: string; municipality?: string; name?: string; passwordStdin?: boolean },
): Promise<number> {
  const locale = localeFromEnv();
  const password = opts.passwordStdin ? await readStdin() : undefined;
  const checked = checkNewUser({ ...opts, ...(password !== undefined ? { password } : {}) });
  if (Array.isArray(checked)) {
    for (const p of checked) console.error(t(locale, p.reason, p.params));
    return 1;
  }
  if (checked.password && (await guessablePassword(checked.password, [checked.email, checked.displayName]))) {
    console.error(t(locale, 'accounts.passwordGuessable'));
    return 1;
  }
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    await addUser(database.db, checked);
    const role = checked.municipality ? `${checked.role}, ${checked.municipality}` : checked.role;
    console.log(t(locale, 'accounts.userAdded', { email: checked.email, role }));
    if (!checked.password) console.log(t(locale, 'accounts.noPassword'));
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(t(locale, err.messageKey, err.params));
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

export async function userListCommand(config: Config): Promise<number> {
  const locale = localeFromEnv();
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const users = await listUsers(database.db);
    if (users.length === 0) console.log(t(locale, 'accounts.none'));
    for (const u of users) console.log([u.email, u.name ?? '', u.roles.join(' '), u.disabled ? 'disabled' : ''].filter(Boolean).join('\t'));
    return 0;
  } finally {
    await database.close();
  }
}

export async function userResetSecondFactorCommand(config: Config, opts: { email: string }): Promise<number> {
  const locale = localeFromEnv();
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const user = await findUserByEmail(database.db, opts.email.trim());
    if (!user) {
      console.error(t(locale, 'accounts.unknownUser', { value: opts.email }));
      return 1;
    }
    await resetSecondFactor(database.db, cliActor, user.id);
    console.log(t(locale, 'accounts.secondFactorReset', { email: user.email }));
    return 0;
  } finally {
    await database.close();
  }
}

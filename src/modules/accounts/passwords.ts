// Passwords are stored only as argon2id hashes (OWASP's recommended parameters: 19 MiB, 2 passes).
// Each hash costs tens of milliseconds of a core: at most HASH_SLOTS of them run at a time, so that a
// flood of requests that hash queues behind itself instead of starving every other request.
import os from 'node:os';

// The native argon2 library loads with the first password hashed or checked, not at start.
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

const HASH_SLOTS = Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2)));
let running = 0;
let started = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  started++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, or is freed.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** How many hash operations this process has started, and how many run now (for tests and metrics). */
export function hashingStats(): { started: number; running: number; slots: number } {
  return { started, running, slots: HASH_SLOTS };
}

/**
 * What a password is checked against when the account is unknown or has none, so that the answer takes
 * as long either way: the hash of a random password that was thrown away, with the parameters of
 * hashPassword (a unit test holds them equal). A constant: hashed at start it cost every process two
 * hashes of 19 MiB each and loaded argon2 before anyone signed in.
 */
export const STAND_IN_HASH = '$argon2id$v=19$m=19456,t=2,p=1$hvVf07wkMLAUctjA/RFt1Q$eRISsQqYAn9jykhH0uKM+j8NeBAjuQBbwfsfmhIq6Ic';

export async function hashPassword(password: string): Promise<string> {
  const { hash } = await loadArgon2();
  return inSlot(() => hash(password, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 }));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const { verify } = await loadArgon2();
  try {
    return await inSlot(() => verify(passwordHash, password));
  } catch {
    return false; // a malformed hash never verifies
  }
}

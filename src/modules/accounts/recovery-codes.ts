// One-time recovery codes for a lost authenticator: ten random codes shown once, stored only as sha256
// hashes (50 random bits each, and guessing is rate-limited like passwords). Codes are compared after
// normalising, so case, spaces and dashes do not matter.
import crypto from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// Without 0/o, 1/l/i: nothing to confuse when reading a printout.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let code = '';
    for (let i = 0; i < LENGTH; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** The code as stored and compared; null when it cannot be one. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '');
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

export const hashRecoveryCode = (normalised: string) => crypto.createHash('sha256').update(normalised).digest('base64url');

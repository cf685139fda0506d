// Time-based one-time passwords (RFC 6238) as every authenticator app knows them: SHA-1, 6 digits,
// 30-second steps. A code of the step before or after is accepted too (clocks drift, people type
// slowly); the caller remembers the step so that no code is accepted twice.
import { onFirstUse } from '../../lib/on-first-use.js';

// Loaded when a second factor is first set up or checked: most requests never need them (the QR code
// library alone is about 60 modules).
const otpauth = onFirstUse<typeof import('otpauth')>('otpauth');
let qrcode: Promise<typeof import('qrcode')> | undefined;

const PERIOD_SECONDS = 30;
const DIGITS = 6;
const ISSUER = 'Lotse';

const totp = (secret: string, label = '') => {
  const { Secret, TOTP } = otpauth();
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: DIGITS, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
};

/** 160 random bits, base32: what RFC 4226 recommends and apps accept. */
export function newTotpSecret(): string {
  const { Secret } = otpauth();
  return new Secret({ size: 20 }).base32;
}

/** A six-digit code as typed: spaces and dashes between the digits are fine. */
export function normaliseTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${DIGITS}}$`).test(digits) ? digits : null;
}

/** The time step whose code this is (within one step of now), or null. */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return totp(secret).counter({ timestamp: now }) + delta;
}

/** The code of the current step (tests and the demo instructions compute codes the same way). */
export function currentCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/**
 * The QR code as an SVG data address for an <img>: an image cannot run script, the page's CSP allows
 * data: images, and no markup of ours is built from strings.
 */
export async function qrCodeDataUri(text: string): Promise<string> {
  const QRCode = await (qrcode ??= import('qrcode'));
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** The secret in groups of four for typing it in by hand. */
export const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)!.join(' ');

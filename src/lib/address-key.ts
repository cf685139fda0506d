// One person, one signature or support: `x+1@example.org` and `x+2@example.org` reach the same mailbox,
// as do `Vor.Name@gmail.com` and `vorname@googlemail.com`. Counting goes by this key, while the
// address is kept (and mailed to) as given. The key is a hash, so tables that need no address hold none.
import crypto from 'node:crypto';

/** Providers that ignore dots in the local part. */
const DOT_BLIND = new Set(['gmail.com']);
const ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com' };

export function canonicalAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 1) return lower;
  const domain = ALIASES[lower.slice(at + 1)] ?? lower.slice(at + 1);
  let local = lower.slice(0, at).split('+')[0]!;
  if (DOT_BLIND.has(domain)) local = local.replaceAll('.', '');
  return `${local || lower.slice(0, at)}@${domain}`;
}

export function addressKey(address: string): string {
  return crypto
    .createHash('sha256')
    .update(`lotse-address:${canonicalAddress(address)}`)
    .digest('base64url');
}

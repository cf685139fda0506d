// Tokens (session cookies, one-time links) and client keys are stored only as this hash: a copy of the
// database opens no session and names no address.
import crypto from 'node:crypto';

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

// A valid CSRF token for a browser holding these session cookies, signed with the test database's key
// the way the app signs it (the app must have started on that database first).
import type { Db } from '../../src/db/database.js';
import { appSecret } from '../../src/db/app-secret.js';
import { signedCsrfToken } from '../../src/lib/csrf.js';

export async function csrfFor(db: Db, sessionCookies: Record<string, string>): Promise<string> {
  return signedCsrfToken(await appSecret(db, 'csrf'), sessionCookies);
}

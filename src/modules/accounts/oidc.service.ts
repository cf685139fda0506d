// Single sign-on with OpenID Connect (openid-client): authorization code flow with PKCE, state and
// nonce. The provider only proves who someone is; what they may do stays with the roles given here,
// so an identity without a Lotse account is refused. The first sign-in links the account (matched by
// verified e-mail address) to the provider's subject; later sign-ins must come from that subject.
import { recordFailure } from '../../platform/rate-limit.repository.js';
import { WINDOW_MINUTES } from './sign-in.service.js';
import type * as OpenIdClient from 'openid-client';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { Locale } from '../../lib/localized.js';
import { recordAudit } from '../audit/index.js';
import { createSession } from '../../platform/staff-session.js';
import { deleteStaleOidcLogins } from './accounts.repository.js';
import * as repo from './oidc.repository.js';

export const OIDC_CALLBACK_PATH = '/oidc/callback';
export const OIDC_STATE_COOKIE = 'lotse_oidc_state';
export const LOGIN_TTL_MINUTES = 15;

type OidcConfig = NonNullable<Config['oidc']>;
// openid-client loads with the first single sign-on, not in every process.
let loaded: Promise<typeof OpenIdClient> | undefined;
const openIdClient = () => (loaded ??= import('openid-client'));

const discovered = new Map<string, Promise<OpenIdClient.Configuration>>();

/** Plain http is allowed only for a provider on this machine (development and tests). */
function isLoopback(issuer: string): boolean {
  const host = new URL(issuer).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

async function configuration(oidc: OidcConfig): Promise<OpenIdClient.Configuration> {
  const client = await openIdClient();
  const key = `${oidc.issuer}|${oidc.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    found = client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      oidc.clientSecret,
      undefined,
      isLoopback(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    // A provider that was down must be asked again next time, not remembered as failed.
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

/** Sign-ins started per client and window: each one writes a row, so a flood of starts is cut off. */
export const MAX_STARTS_PER_CLIENT = 30;

/**
 * Returns the provider's address to send the browser to, and the state to keep in the browser's
 * cookie; null when this client started too many sign-ins lately.
 */
export async function startOidcLogin(
  db: Db,
  config: Config,
  locale: Locale,
  returnTo: string | null,
  requester: string,
): Promise<{ url: string; state: string } | null> {
  if ((await recordFailure(db, `oidc-start:${requester}`, WINDOW_MINUTES)) > MAX_STARTS_PER_CLIENT) return null;
  const oidc = config.oidc!;
  const settings = await configuration(oidc);
  const client = await openIdClient();
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await deleteStaleOidcLogins(db, LOGIN_TTL_MINUTES);
  await repo.insertOidcLogin(db, { state, codeVerifier, nonce, locale, returnTo });
  const url = client.buildAuthorizationUrl(settings, {
    redirect_uri: `${config.publicUrl}${OIDC_CALLBACK_PATH}`,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ui_locales: locale,
  });
  return { url: url.href, state };
}

export type OidcResult =
  | { ok: true; token: string; locale: Locale; returnTo: string | null }
  | { ok: false; reason: 'expired' | 'failed' | 'no_account'; locale: Locale };

/**
 * `browserState` is the state from the cookie set when this browser started: a callback carrying
 * someone else's sign-in (login CSRF) does not match it.
 */
export async function finishOidcLogin(db: Db, config: Config, callbackUrl: URL, browserState: string | undefined): Promise<OidcResult> {
  const oidc = config.oidc!;
  const state = callbackUrl.searchParams.get('state') ?? '';
  if (!browserState || browserState !== state) return { ok: false, reason: 'expired', locale: 'de' };
  const pending = await repo.takeOidcLogin(db, state, LOGIN_TTL_MINUTES);
  if (!pending) return { ok: false, reason: 'expired', locale: 'de' };
  const locale = pending.locale as Locale;
  const client = await openIdClient();
  let claims: OpenIdClient.IDToken | undefined;
  let email: string | null = null;
  try {
    const settings = await configuration(oidc);
    const tokens = await client.authorizationCodeGrant(settings, callbackUrl, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
    if (!claims) return { ok: false, reason: 'failed', locale };
    // Many providers put the address only in the userinfo answer, not in the ID token.
    const source = (
      typeof claims.email === 'string' ? claims : await client.fetchUserInfo(settings, tokens.access_token, claims.sub)
    ) as Record<string, unknown>;
    // Only an address the provider has verified may claim an account.
    if (typeof source.email === 'string' && source.email_verified === true) email = source.email.toLowerCase();
  } catch {
    return { ok: false, reason: 'failed', locale };
  }
  const userId = await linkedUser(db, claims.iss, claims.sub, email);
  if (userId === null) return { ok: false, reason: 'no_account', locale };
  return { ok: true, token: await createSession(db, userId), locale, returnTo: pending.return_to };
}

/** The account of this identity: already linked, or linked now through its verified address. */
async function linkedUser(db: Db, issuer: string, subject: string, email: string | null): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const linked = await repo.findUserByIdentity(trx, issuer, subject);
    if (linked) return linked.disabled_at ? null : linked.id;
    if (!email) return null;
    const user = await repo.lockUnlinkedUserByEmail(trx, email);
    if (!user) return null;
    await repo.linkIdentity(trx, user.id, issuer, subject);
    await recordAudit(
      trx,
      { kind: 'system', label: 'oidc' },
      {
        action: 'user.oidc.link',
        entityType: 'user',
        entityId: user.email,
        summary: `${user.email} ↔ ${issuer}`,
        after: { issuer, subject },
      },
    );
    return user.id;
  });
}

// A real OpenID Connect provider for tests (oidc-provider) with one client for Lotse, and a tiny
// "browser" that walks its sign-in and consent pages: cookies kept, redirects followed, forms filled.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const OIDC_CLIENT = { id: 'lotse', secret: 'lotse-test-secret' };

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

/** The login typed on the provider's page becomes the subject; `emailOf` gives its e-mail claim. */
export async function startProvider(
  redirectUri: string,
  emailOf: (sub: string) => string | null = (sub) => sub,
  emailVerified = true,
): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        claims: async () => ({ sub, ...(emailOf(sub) ? { email: emailOf(sub)!, email_verified: emailVerified } : {}) }),
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['lotse-test-cookie-key'] },
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Follows redirects from `start` through the provider's pages, typing `login` into its sign-in form and
 * confirming consent, until a redirect leaves for `stopAt`; returns that address.
 */
export async function walkProvider(start: string, login: string, stopAt: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = pair!.split('=');
      jar.set(k!.trim(), v.join('='));
    }
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url).href;
      if (next.startsWith(stopAt)) return next;
      url = next;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
    if (!form) throw new Error(`no form on ${url} (${res.status}): ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const input of form[2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
      const name = input[1]!;
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
      fields.set(name, name === 'login' ? login : name === 'password' ? 'any-password' : value);
    }
    url = new URL(form[1]!.replace(/&amp;/g, '&'), url).href;
    method = 'POST';
    body = fields;
  }
  throw new Error('the provider did not send the browser back');
}

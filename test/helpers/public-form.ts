// A form post as a visitor's browser sends it: the page with the form is fetched first, so the post
// carries that page's CSRF cookie and token (and any session cookies given).
import type { FastifyInstance } from 'fastify';

export async function postPublicForm(
  app: FastifyInstance,
  formPage: string,
  url: string,
  fields: Record<string, string>,
  { ip = '10.70.0.1', cookies = {} }: { ip?: string; cookies?: Record<string, string> } = {},
) {
  const page = await app.inject({ url: formPage, cookies });
  const csrf = page.cookies.find((c) => c.name === 'lotse_csrf')?.value ?? cookies.lotse_csrf ?? 'x';
  return app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { ...cookies, lotse_csrf: csrf },
    remoteAddress: ip,
  });
}

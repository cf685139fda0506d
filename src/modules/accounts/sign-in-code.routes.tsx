// The second step of the staff sign-in under /{lang}/anmelden/code: after the right password, an account
// with a second factor gets a short-lived cookie naming its waiting sign-in, and the session only after
// a right code. Single sign-on (OpenID Connect) does not come here: the identity provider is trusted to
// enforce its own second factor (see oidc.service.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CODE_COOKIE } from './sign-in-code.cookie.js';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { codeStepOpen, finishCodeStep } from './sign-in-code.service.js';
import { SignInCodePage } from './sign-in-code.views.js';
import { ENROLMENT_PATH, setSessionCookie } from '../../platform/staff-area.js';

const codeBody = z.object({ code: z.string().max(100).default(''), [CSRF_FIELD]: z.string().max(200).optional() });

export async function signInCodeRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const expired = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(CODE_COOKIE, { path: '/' }).redirect(`${localePath(request.locale, '/anmelden')}?code=abgelaufen`, 303);
  const render = (request: FastifyRequest, reply: FastifyReply, errors: FormErrors, status = 200) =>
    reply
      .header('cache-control', 'no-store')
      .html(
        <SignInCodePage ctx={pageContext(request, app.config.publicUrl)} csrf={csrfToken(request, reply, secure)} errors={errors} />,
        status,
      );

  app.get('/:lang/anmelden/code', async (request, reply) => {
    if (!(await codeStepOpen(app.db, request.cookies[CODE_COOKIE]))) return expired(request, reply);
    return render(request, reply, {});
  });

  app.post('/:lang/anmelden/code', async (request, reply) => {
    const body = codeBody.parse(request.body ?? {});
    if (!csrfValid(request, body[CSRF_FIELD])) return render(request, reply, { code: { key: 'signin.csrf' } }, 403);
    const result = await finishCodeStep(app.db, request.cookies[CODE_COOKIE], body.code, request.client);
    if (!result.ok) {
      if (result.reason === 'expired') return expired(request, reply);
      return render(
        request,
        reply,
        { code: { key: result.reason === 'locked' ? 'signin.locked' : 'signinCode.invalid' } },
        result.reason === 'locked' ? 429 : 401,
      );
    }
    reply.clearCookie(CODE_COOKIE, { path: '/' });
    setSessionCookie(app, reply, result.token);
    // After a recovery code the person learns how many are left and what to do about a lost phone.
    const next = result.usedRecoveryCode
      ? `${localePath(request.locale, ENROLMENT_PATH)}?hinweis=wiederherstellung`
      : (result.returnTo ?? localePath(request.locale, '/konto'));
    return reply.redirect(next, 303);
  });
}

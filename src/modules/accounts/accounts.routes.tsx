// Staff sign-in, the account page, and signing out (here or on all devices). Every form carries a CSRF
// token; these pages are never cached and never indexed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid, dropCsrfToken } from '../../lib/csrf.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { sessionUser, signInRules, signOut, signOutEverywhere } from '../../platform/staff-session.js';
import { signIn } from './sign-in.service.js';
import { AccountPage, SignInPage } from './accounts.views.js';
import { checkNewUser } from './accounts.schemas.js';
import { ownAccountView, setOwnMailLocale } from './accounts.service.js';
import { adminSetupTokenValid, createFirstAdmin } from './admin-setup.service.js';
import { AdminSetupPage, type SetupErrors } from './admin-setup.views.js';
import { requestPasswordReset, resetPassword, resetTokenValid } from './password-reset.service.js';
import { ResetPasswordPage, ResetRequestPage } from './password-reset.views.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';
import { guessablePassword } from './password-strength.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isLocale } from '../../lib/localized.js';
import { finishOidcLogin, OIDC_CALLBACK_PATH, OIDC_STATE_COOKIE, startOidcLogin } from './oidc.service.js';
import {
  landingAfterSignIn,
  safeReturnPath,
  SESSION_COOKIE,
  setSessionCookie as setSession,
  staffOfSignedIn,
} from '../../platform/staff-area.js';
import { setCodeCookie } from './sign-in-code.cookie.js';
import { navigationFor } from '../../platform/back-office/navigation.js';

export { SESSION_COOKIE };

const signInBody = z.object({
  email: z.string().max(320).default(''),
  password: z.string().max(200).default(''),
  weiter: z.string().max(2000).optional(),
  [CSRF_FIELD]: z.string().max(200).optional(),
});

export async function accountPageRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');
  const current = (request: FastifyRequest) => sessionUser(app.db, request.cookies[SESSION_COOKIE]);
  const lang = (request: FastifyRequest) => request.locale;
  const setSessionCookie = (reply: FastifyReply, token: string) => setSession(app, reply, token);
  const oidcName = app.config.oidc?.name ?? null;
  const rules = signInRules(app.config);
  const passwordLogin = rules.passwordLogin;

  app.get('/:lang/anmelden', async (request, reply) => {
    const query = request.query as { abgemeldet?: string; weiter?: string };
    const back = safeReturnPath(query.weiter);
    if (await current(request)) return reply.redirect(back ?? localePath(lang(request), '/konto'), 303);
    const { passwort, code } = query as { passwort?: string; code?: string };
    const notice =
      query.abgemeldet === '1'
        ? 'signedOut'
        : passwort === 'neu'
          ? 'passwordChanged'
          : code === 'abgelaufen'
            ? 'codeExpired'
            : back
              ? 'signInFirst'
              : null;
    const csrf = csrfToken(request, reply, secure);
    return noStore(reply).html(
      <SignInPage
        ctx={pageContext(request, app.config.publicUrl)}
        csrf={csrf}
        email=""
        error={null}
        notice={notice}
        back={back}
        oidcName={oidcName}
        passwordLogin={passwordLogin}
      />,
    );
  });

  app.post('/:lang/anmelden', async (request, reply) => {
    const body = signInBody.parse(request.body ?? {});
    const ctx = pageContext(request, app.config.publicUrl);
    const rerender = (status: number, error: 'invalid' | 'locked' | 'csrf' | 'sso') =>
      noStore(reply).html(
        <SignInPage
          ctx={ctx}
          csrf={csrfToken(request, reply, secure)}
          email={body.email}
          error={error}
          notice={null}
          back={safeReturnPath(body.weiter)}
          oidcName={oidcName}
          passwordLogin={passwordLogin}
        />,
        status,
      );
    if (!csrfValid(request, body[CSRF_FIELD])) return rerender(403, 'csrf');
    const back = safeReturnPath(body.weiter);
    const result = await signIn(app.db, body.email, body.password, request.client, rules, back);
    if (!result.ok) return rerender({ locked: 429, sso: 403, invalid: 401 }[result.reason], result.reason);
    if (result.step === 'code')
      return setCodeCookie(app, reply, result.challenge).redirect(localePath(lang(request), '/anmelden/code'), 303);
    setSessionCookie(reply, result.token);
    return reply.redirect(await landingAfterSignIn(app, lang(request), result.token, back), 303);
  });

  app.get('/:lang/anmelden/oidc', async (request, reply) => {
    if (!app.config.oidc) throw notFound();
    const back = safeReturnPath((request.query as { weiter?: string }).weiter);
    const started = await startOidcLogin(app.db, app.config, lang(request), back, request.client);
    if (!started) {
      const page = (
        <SignInPage
          ctx={pageContext(request, app.config.publicUrl)}
          csrf={csrfToken(request, reply, secure)}
          email=""
          error="locked"
          notice={null}
          back={back}
          oidcName={oidcName}
          passwordLogin={passwordLogin}
        />
      );
      return noStore(reply).html(page, 429);
    }
    const { url, state } = started;
    // Lax, so that it comes back with the provider's top-level redirect.
    reply.setCookie(OIDC_STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure, path: OIDC_CALLBACK_PATH, maxAge: 15 * 60 });
    return noStore(reply).redirect(url, 303);
  });

  app.get('/:lang/konto', async (request, reply) => {
    const session = await current(request);
    if (!session) return reply.redirect(localePath(lang(request), '/anmelden'), 303);
    const { actor, mustEnrol } = staffOfSignedIn(app, session);
    const account = ownAccountView(session, { backOffice: navigationFor(app.backOfficeSections, actor).items.length > 0, mustEnrol });
    const csrf = csrfToken(request, reply, secure);
    const saved = (request.query as Record<string, unknown>).gespeichert === 'sprache';
    return noStore(reply).html(
      <AccountPage ctx={pageContext(request, app.config.publicUrl)} csrf={csrf} account={account} saved={saved} />,
    );
  });

  // The language of the signed-in person's own e-mails: only their own account, so no role is needed.
  app.post('/:lang/konto/sprache', async (request, reply) => {
    const session = await current(request);
    if (!session) return reply.redirect(localePath(lang(request), '/anmelden'), 303);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!csrfValid(request, body[CSRF_FIELD])) return reply.redirect(localePath(lang(request), '/konto'), 303);
    const { actor, mustEnrol } = staffOfSignedIn(app, session);
    if (!isLocale(body.locale)) {
      const account = ownAccountView(session, { backOffice: navigationFor(app.backOfficeSections, actor).items.length > 0, mustEnrol });
      const ctx = pageContext(request, app.config.publicUrl);
      const errors = { locale: { key: 'form.error.choose' as const } };
      const page = <AccountPage ctx={ctx} csrf={csrfToken(request, reply, secure)} account={account} errors={errors} />;
      return noStore(reply).html(page, 400);
    }
    await setOwnMailLocale(app.db, actor, body.locale);
    return reply.redirect(`${localePath(lang(request), '/konto')}?gespeichert=sprache`, 303);
  });

  const signOutRoute = (path: string, everywhere: boolean) =>
    app.post(path, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const token = request.cookies[SESSION_COOKIE];
      if (!csrfValid(request, body[CSRF_FIELD])) return reply.redirect(localePath(lang(request), '/konto'), 303);
      if (token) {
        const session = await current(request);
        if (everywhere && session) await signOutEverywhere(app.db, session.user.id);
        else await signOut(app.db, token);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      dropCsrfToken(reply);
      return reply.redirect(`${localePath(lang(request), '/anmelden')}?abgemeldet=1`, 303);
    });
  signOutRoute('/:lang/abmelden', false);
  signOutRoute('/:lang/ueberall-abmelden', true);

  app.get('/:lang/passwort-vergessen', async (request, reply) => {
    const csrf = csrfToken(request, reply, secure);
    return noStore(reply).html(
      <ResetRequestPage ctx={pageContext(request, app.config.publicUrl)} csrf={csrf} email="" state={passwordLogin ? 'form' : 'sso'} />,
      passwordLogin ? 200 : 404,
    );
  });

  app.post('/:lang/passwort-vergessen', async (request, reply) => {
    const body = resetRequestBody.parse(request.body ?? {});
    const ctx = pageContext(request, app.config.publicUrl);
    const render = (state: 'sent' | 'limited' | 'csrf' | 'invalid' | 'sso', status: number) =>
      noStore(reply).html(<ResetRequestPage ctx={ctx} csrf={csrfToken(request, reply, secure)} email={body.email} state={state} />, status);
    if (!passwordLogin) return render('sso', 404);
    if (!csrfValid(request, body[CSRF_FIELD])) return render('csrf', 403);
    if (!z.email().safeParse(body.email.trim()).success) return render('invalid', 400);
    const result = await requestPasswordReset(app.db, body.email, request.client, lang(request), rules);
    return render(result, result === 'limited' ? 429 : 200);
  });

  app.get('/:lang/passwort-neu', async (request, reply) => {
    const token = String((request.query as { token?: string }).token ?? '').slice(0, 200);
    const valid = await resetTokenValid(app.db, token, rules);
    const csrf = csrfToken(request, reply, secure);
    return noStore(reply).html(
      <ResetPasswordPage ctx={pageContext(request, app.config.publicUrl)} csrf={csrf} token={token} valid={valid} errors={{}} />,
      valid ? 200 : 410,
    );
  });

  app.post('/:lang/passwort-neu', async (request, reply) => {
    const body = resetBody.parse(request.body ?? {});
    const ctx = pageContext(request, app.config.publicUrl);
    const render = (valid: boolean, errors: { password?: string; password2?: string }, status: number) =>
      noStore(reply).html(
        <ResetPasswordPage
          ctx={ctx}
          csrf={csrfToken(request, reply, secure)}
          token={body.token}
          valid={valid}
          errors={errors}
          limited={status === 429}
        />,
        status,
      );
    if (!csrfValid(request, body[CSRF_FIELD])) return render(false, {}, 403);
    const errors: { password?: string; password2?: string } = {};
    if (body.password.length < MIN_PASSWORD_LENGTH || body.password.length > MAX_PASSWORD_LENGTH)
      errors.password = ctx.t('accounts.passwordLength', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
    if (body.password !== body.password2) errors.password2 = ctx.t('setup.mismatch');
    // The guessability check costs CPU: only for a live link (an unknown one is counted in resetPassword).
    const live = await resetTokenValid(app.db, body.token, rules);
    if (live && !errors.password && (await guessablePassword(body.password))) errors.password = ctx.t('accounts.passwordGuessable');
    if (Object.keys(errors).length) return render(live, errors, 400);
    const result = await resetPassword(app.db, body.token, body.password, request.client, rules);
    if (result !== 'done') return render(false, {}, result === 'limited' ? 429 : 410);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect(`${localePath(lang(request), '/anmelden')}?passwort=neu`, 303);
  });

  app.get('/:lang/einrichten', async (request, reply) => {
    const token = String((request.query as { token?: string }).token ?? '');
    const valid = passwordLogin && (await adminSetupTokenValid(app.db, token));
    const page = (
      <AdminSetupPage
        ctx={pageContext(request, app.config.publicUrl)}
        csrf={csrfToken(request, reply, secure)}
        token={token}
        valid={valid}
        email=""
        name=""
        errors={{}}
      />
    );
    return noStore(reply).html(page, valid ? 200 : 403);
  });

  app.post('/:lang/einrichten', async (request, reply) => {
    const body = setupBody.parse(request.body ?? {});
    const ctx = pageContext(request, app.config.publicUrl);
    const rerender = (status: number, valid: boolean, errors: SetupErrors) =>
      noStore(reply).html(
        <AdminSetupPage
          ctx={ctx}
          csrf={csrfToken(request, reply, secure)}
          token={body.token}
          valid={valid}
          email={body.email}
          name={body.name}
          errors={errors}
        />,
        status,
      );
    if (!passwordLogin || !csrfValid(request, body[CSRF_FIELD]) || !(await adminSetupTokenValid(app.db, body.token)))
      return rerender(403, false, {});
    const checked = checkNewUser({ email: body.email, role: 'admin', name: body.name, password: body.password });
    const errors: SetupErrors = {};
    if (Array.isArray(checked))
      for (const p of checked) if (p.field === 'email' || p.field === 'password') errors[p.field] = ctx.t(p.reason, p.params);
    if (!errors.password && (await guessablePassword(body.password, [body.email, body.name])))
      errors.password = ctx.t('accounts.passwordGuessable');
    if (body.password !== body.password2) errors.password2 = ctx.t('setup.mismatch');
    if (Array.isArray(checked) || Object.keys(errors).length) return rerender(400, true, errors);
    try {
      await createFirstAdmin(app.db, body.token, { ...checked, locale: lang(request) });
    } catch (err) {
      if (err instanceof AppError && err.code === 'email_taken') return rerender(400, true, { email: ctx.t(err.messageKey, err.params) });
      if (err instanceof AppError) return rerender(403, false, {});
      throw err;
    }
    // The new admin has no second factor yet: where one is required, they go on to set it up.
    const result = await signIn(app.db, checked.email, body.password, request.client, rules);
    if (!result.ok || result.step !== 'done') return reply.redirect(localePath(lang(request), '/konto'), 303);
    setSessionCookie(reply, result.token);
    return reply.redirect(await landingAfterSignIn(app, lang(request), result.token, null), 303);
  });
}

const resetRequestBody = z.object({ email: z.string().max(320).default(''), [CSRF_FIELD]: z.string().max(200).optional() });
const resetBody = z.object({
  token: z.string().max(200).default(''),
  password: z.string().max(400).default(''),
  password2: z.string().max(400).default(''),
  [CSRF_FIELD]: z.string().max(200).optional(),
});

const setupBody = z.object({
  token: z.string().max(200).default(''),
  email: z.string().max(320).default(''),
  name: z.string().max(200).default(''),
  password: z.string().max(200).default(''),
  password2: z.string().max(200).default(''),
  [CSRF_FIELD]: z.string().max(200).optional(),
});

/**
 * Where the OpenID provider sends people back: outside the language folders, as it is registered once.
 * A sign-in through the provider is trusted as it is, without our second factor: an organisation that
 * uses single sign-on enforces multi-factor authentication at its provider. Where a role requires our
 * second factor and none is set up, the person still has to enrol before using the back office: the
 * password path stays open for linked accounts, and it is that path the second factor protects.
 */
export async function oidcCallbackRoutes(app: FastifyInstance) {
  app.get(OIDC_CALLBACK_PATH, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!app.config.oidc) throw notFound();
    const result = await finishOidcLogin(
      app.db,
      app.config,
      new URL(request.url, app.config.publicUrl),
      request.cookies[OIDC_STATE_COOKIE],
    );
    reply.clearCookie(OIDC_STATE_COOKIE, { path: OIDC_CALLBACK_PATH });
    if (result.ok) {
      setSession(app, reply, result.token);
      return reply.redirect(await landingAfterSignIn(app, result.locale, result.token, result.returnTo), 303);
    }
    request.locale = result.locale;
    const ctx = pageContext(request, app.config.publicUrl);
    const error = result.reason === 'no_account' ? 'oidcNoAccount' : result.reason === 'expired' ? 'oidcExpired' : 'oidcFailed';
    const csrf = csrfToken(request, reply, app.config.publicUrl.startsWith('https://'));
    return reply.html(
      <SignInPage
        ctx={ctx}
        csrf={csrf}
        email=""
        error={error}
        notice={null}
        back={null}
        oidcName={app.config.oidc.name}
        passwordLogin={app.config.passwordLogin}
      />,
      result.reason === 'no_account' ? 403 : 401,
    );
  });
}

// Routes of residents' own accounts: sign-in by link or password, profile, JSON export, deletion,
// sign-out. Every answer is personal: never cached, never indexed.
import { ConfirmStep } from '../../views/confirm-step.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../i18n/index.js';
import { AppError } from '../../lib/errors.js';
import { CSRF_FIELD, csrfToken, csrfValid, dropCsrfToken } from '../../lib/csrf.js';
import { type FormErrors, stringValues } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { Alert } from '../../views/components.js';
import { StepPage } from '../../views/layout.js';
import { localePath } from '../../views/page-context.js';
import { safeReturnPath } from '../../platform/staff-area.js';
import { caseData, partnerData } from '../network/index.js';
import { FollowsSection, followData, followsOf } from '../notifications/index.js';
import {
  currentResident,
  endResidentSession,
  RESIDENT_COOKIE,
  type Resident,
  residentSignInPath,
  startResidentSession,
} from '../../platform/resident-session.js';
import {
  contributionsOf,
  deleteAccount,
  exportData,
  networkEntriesOf,
  linkBody,
  passwordSignInBody,
  profileBody,
  requestSignInLink,
  signInWithPassword,
  updateProfile,
  useSignInLink,
} from './residents.service.js';
import { DeletePage, ProfilePage, SignInPage } from './residents.views.js';
import { formErrors } from '../../platform/form-reader.js';

export async function residentRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0]!.split('/')[2] === 'buergerkonto')
      reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
  });

  /** The signed-in resident, or a redirect to the sign-in page (undefined: the reply is sent). */
  const residentOr = async (request: FastifyRequest, reply: FastifyReply): Promise<Resident | undefined> => {
    const resident = await currentResident(app, request);
    if (!resident)
      void reply.redirect(
        residentSignInPath(request.locale, request.method === 'GET' ? request.url : localePath(request.locale, '/buergerkonto')),
        303,
      );
    return resident ?? undefined;
  };

  const signInPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values: Record<string, string>; errors: FormErrors },
    status = 200,
    passwordForm?: { email: string; error?: string },
  ) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const returnPath = safeReturnPath(form.values.weiter ?? (request.query as { weiter?: string }).weiter);
    return reply.html(
      <SignInPage ctx={ctx} csrf={csrfToken(request, reply, secure)} returnPath={returnPath} form={form} passwordForm={passwordForm} />,
      status,
    );
  };

  app.get('/:lang/buergerkonto/anmelden', async (request, reply) => signInPage(request, reply, { values: {}, errors: {} }));

  app.post('/:lang/buergerkonto/anmelden', async (request, reply) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = stringValues(raw, 400);
    if (!csrfValid(request, raw[CSRF_FIELD])) return signInPage(request, reply, { values, errors: { email: { key: 'signin.csrf' } } }, 403);
    const ctx = pageContext(request, app.config.publicUrl);
    const sent = () =>
      reply.html(
        <StepPage ctx={ctx} title={ctx.t('participation.checkMail')}>
          <Alert kind="success" title={ctx.t('residents.signIn.sent', { email: values.email ?? '' })} />
        </StepPage>,
      );
    if (values.website) return sent();
    const parsed = linkBody.safeParse(raw);
    if (!parsed.success) return signInPage(request, reply, { values, errors: { email: { key: 'users.error.email' } } }, 400);
    const result = await requestSignInLink(app.db, parsed.data.email, request.locale, values.weiter, request.client, app.config.publicUrl);
    if (result === 'limited') return signInPage(request, reply, { values, errors: { email: { key: 'reset.request.limited' } } }, 429);
    return sent();
  });

  app.post('/:lang/buergerkonto/passwort-anmelden', async (request, reply) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = stringValues(raw, 400);
    const ctx = pageContext(request, app.config.publicUrl);
    const email = values.email ?? '';
    if (!csrfValid(request, raw[CSRF_FIELD]))
      return signInPage(request, reply, { values, errors: {} }, 403, { email, error: ctx.t('signin.csrf') });
    const parsed = passwordSignInBody.safeParse(raw);
    const result = parsed.success ? await signInWithPassword(app.db, parsed.data.email, parsed.data.password, request.client) : 'invalid';
    if (result === 'limited') return signInPage(request, reply, { values, errors: {} }, 429, { email, error: ctx.t('signin.locked') });
    if (result === 'invalid') return signInPage(request, reply, { values, errors: {} }, 401, { email, error: ctx.t('signin.invalid') });
    await startResidentSession(app.db, reply, result, secure);
    return reply.redirect(safeReturnPath(values.weiter) ?? localePath(request.locale, '/buergerkonto'), 303);
  });

  // A button behind the mailed link: mail scanners that follow links must not use it up.
  app.get('/:lang/buergerkonto/link', async (request, reply) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const token = String((request.query as { token?: string }).token ?? '').slice(0, 100);
    return reply.html(
      <StepPage ctx={ctx} title={ctx.t('residents.link.title')}>
        <p class="kern-body">{ctx.t('residents.link.text')}</p>
        <ConfirmStep
          action={localePath(ctx.locale, '/buergerkonto/link')}
          csrf={csrfToken(request, reply, secure)}
          hidden={{ token }}
          label={ctx.t('residents.link.submit')}
        />
      </StepPage>,
    );
  });

  app.post('/:lang/buergerkonto/link', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const ctx = pageContext(request, app.config.publicUrl);
    const used = csrfValid(request, body[CSRF_FIELD])
      ? await useSignInLink(app.db, typeof body.token === 'string' ? body.token : '')
      : null;
    if (!used)
      return reply.html(
        <StepPage ctx={ctx} title={ctx.t('residents.link.title')}>
          <Alert kind="danger" title={ctx.t('residents.link.invalid')} />
          <p class="kern-body">
            <a class="kern-link" href={localePath(ctx.locale, '/buergerkonto/anmelden')}>
              {ctx.t('residents.link.again')}
            </a>
          </p>
        </StepPage>,
        410,
      );
    await startResidentSession(app.db, reply, used.residentId, secure);
    return reply.redirect(used.returnPath ?? `${localePath(ctx.locale, '/buergerkonto')}${used.created ? '?neu=1' : ''}`, 303);
  });

  const profile = async (
    request: FastifyRequest,
    reply: FastifyReply,
    resident: Resident,
    form: { values: Record<string, string>; errors: FormErrors },
    status = 200,
    saved = false,
  ) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const csrf = csrfToken(request, reply, secure);
    const [contributions, follows, network] = await Promise.all([
      contributionsOf(app.db, resident.id),
      followsOf(app.db, resident.id),
      networkEntriesOf(app.db, resident.id),
    ]);
    const hinweis = (request.query as { hinweis?: string }).hinweis;
    const notice =
      hinweis === 'partner' ? ctx.t('network.form.received') : hinweis === 'zurueckgezogen' ? ctx.t('network.form.withdrawn') : undefined;
    return reply.html(
      <ProfilePage
        ctx={ctx}
        csrf={csrf}
        resident={resident}
        form={form}
        saved={saved}
        contributions={contributions}
        network={network}
        notice={notice}
        follows={<FollowsSection ctx={ctx} csrf={csrf} data={follows} returnTo={localePath(ctx.locale, '/buergerkonto')} />}
      />,
      status,
    );
  };

  app.get('/:lang/buergerkonto', async (request, reply) => {
    const resident = await residentOr(request, reply);
    if (!resident) return reply;
    return profile(
      request,
      reply,
      resident,
      { values: {}, errors: {} },
      200,
      (request.query as { gespeichert?: string }).gespeichert === '1',
    );
  });

  app.post('/:lang/buergerkonto', async (request, reply) => {
    const resident = await residentOr(request, reply);
    if (!resident) return reply;
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = stringValues(raw, 400);
    delete values.password;
    delete values.password2;
    delete values.current_password;
    if (!csrfValid(request, raw[CSRF_FIELD]))
      return profile(request, reply, resident, { values, errors: { display_name: { key: 'signin.csrf' } } }, 403);
    const parsed = profileBody.safeParse(raw);
    if (!parsed.success)
      return profile(
        request,
        reply,
        resident,
        {
          values,
          errors: formErrors(parsed.error, { keys: { password: 'residents.error.passwordShort', password2: 'setup.mismatch' }, max: 60 }),
        },
        400,
      );
    try {
      await updateProfile(app.db, resident, parsed.data, request.client);
    } catch (err) {
      if (
        !(err instanceof AppError) ||
        !['current_password', 'sign_in_again', 'too_many_attempts', 'password_guessable'].includes(err.code)
      )
        throw err;
      const field = err.code === 'sign_in_again' || err.code === 'password_guessable' ? 'password' : 'current_password';
      return profile(request, reply, resident, { values, errors: { [field]: { key: err.messageKey } } }, err.status);
    }
    return reply.redirect(`/${parsed.data.locale}/buergerkonto?gespeichert=1`, 303);
  });

  app.get('/:lang/buergerkonto/daten.json', async (request, reply) => {
    const resident = await residentOr(request, reply);
    if (!resident) return reply;
    const [follows, partners, cases] = await Promise.all([
      followData(app.db, resident.id),
      partnerData(app.db, resident.id),
      caseData(app.db, resident.id),
    ]);
    const data = await exportData(app.db, resident.id, { follows, partnerProfiles: partners, advisoryCases: cases });
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="lotse-daten.json"')
      .send(JSON.stringify(data, null, 2));
  });

  const deletePage = (request: FastifyRequest, reply: FastifyReply, error?: MessageKey, status = 200) => {
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(<DeletePage ctx={ctx} csrf={csrfToken(request, reply, secure)} error={error ? ctx.t(error) : undefined} />, status);
  };

  app.get('/:lang/buergerkonto/loeschen', async (request, reply) => {
    const resident = await residentOr(request, reply);
    if (!resident) return reply;
    return deletePage(request, reply);
  });

  app.post('/:lang/buergerkonto/loeschen', async (request, reply) => {
    const resident = await residentOr(request, reply);
    if (!resident) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!csrfValid(request, body[CSRF_FIELD])) return deletePage(request, reply, 'signin.csrf', 403);
    if (body.confirm !== 'on') return deletePage(request, reply, 'residents.delete.confirmMissing', 400);
    await deleteAccount(app.db, resident.id);
    reply.clearCookie(RESIDENT_COOKIE, { path: '/' });
    dropCsrfToken(reply);
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(
      <StepPage ctx={ctx} title={ctx.t('residents.delete.title')}>
        <Alert kind="success" title={ctx.t('residents.delete.done')} />
      </StepPage>,
    );
  });

  app.post('/:lang/buergerkonto/abmelden', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (csrfValid(request, body[CSRF_FIELD])) await endResidentSession(app.db, request, reply);
    return reply.redirect(localePath(request.locale, '/'), 303);
  });
}

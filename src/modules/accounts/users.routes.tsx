// Back-office routes for staff accounts under /{lang}/verwaltung/konten (platform admins only; the
// service checks the policy on every call).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { allMunicipalities } from '../municipalities/index.js';
import { checkNewUser, type FieldProblem } from './accounts.schemas.js';
import { formToken } from '../../platform/staff-area.js';
import { accountDetails, accountList, addRole, createAccount, removeRole, setLocked } from './users.service.js';
import { resetSecondFactor } from './second-factor.service.js';
import { AccountDetailPage, AccountListPage, NewAccountPage, type NewAccountValues } from './users.views.js';

const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const roleParams = idParams.extend({
  roleId: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const accountBody = z.object({
  email: z.string().max(320).default(''),
  name: z.string().max(200).default(''),
  role: z.string().max(40).default(''),
  municipality: z.string().max(100).default(''),
});
const notices = ['angelegt', 'rolle', 'entfernt', 'gesperrt', 'entsperrt', 'faktor'] as const;

/** The account checks of the command line, as field errors of the form. */
function fieldErrors(problems: FieldProblem[]): FormErrors {
  const errors: FormErrors = {};
  for (const p of problems) {
    if (p.field === 'email') errors.email = { key: 'users.error.email' };
    if (p.field === 'role') errors.role = { key: 'form.error.choose' };
    if (p.field === 'municipality')
      errors.municipality = {
        key: p.reason === 'accounts.municipalityRequired' ? 'users.error.municipalityRequired' : 'users.error.municipalityNotAllowed',
      };
  }
  return errors;
}

export async function userRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const municipalities = async () => (await allMunicipalities(app.db)).map((m) => ({ slug: m.slug, name: m.name }));
  const accountPath = (request: FastifyRequest, id: number) => localePath(request.locale, `/verwaltung/konten/${id}`);

  app.get('/', async (request, reply) => {
    const accounts = await accountList(app.db, request.actor!);
    return reply.html(<AccountListPage {...page(request, reply)} accounts={accounts} municipalities={await municipalities()} />);
  });

  const renderNew = async (request: FastifyRequest, reply: FastifyReply, values: NewAccountValues, errors: FormErrors, status = 200) =>
    reply.html(
      <NewAccountPage {...page(request, reply)} values={values} errors={errors} municipalities={await municipalities()} />,
      status,
    );

  app.get('/neu', async (request, reply) => {
    await accountList(app.db, request.actor!); // the policy check, before showing any form
    return renderNew(request, reply, { email: '', name: '', role: 'editor', municipality: '' }, {});
  });

  app.post('/neu', async (request, reply) => {
    const body = accountBody.parse(request.body ?? {});
    const checked = checkNewUser({ email: body.email, role: body.role, municipality: body.municipality, name: body.name });
    if (Array.isArray(checked)) return renderNew(request, reply, body, fieldErrors(checked), 400);
    try {
      const id = await createAccount(app.db, request.actor!, checked, request.locale, app.config.publicUrl, app.config.passwordLogin);
      return reply.redirect(`${accountPath(request, id)}?hinweis=angelegt`, 303);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'email_taken' || err.code === 'unknown_municipality'))
        return renderNew(
          request,
          reply,
          body,
          err.code === 'email_taken'
            ? { email: { key: 'accounts.emailTaken', params: err.params } }
            : { municipality: { key: 'users.error.municipality' } },
          400,
        );
      throw err;
    }
  });

  const renderAccount = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    opts: { notice?: string; errors?: FormErrors; values?: { role: string; municipality: string }; status?: number } = {},
  ) => {
    const { user, roles, secondFactorSince } = await accountDetails(app.db, request.actor!, id);
    return reply.html(
      <AccountDetailPage
        {...page(request, reply)}
        user={user}
        roles={roles}
        secondFactorSince={secondFactorSince}
        municipalities={await municipalities()}
        notice={opts.notice}
        errors={opts.errors ?? {}}
        values={opts.values ?? { role: 'editor', municipality: '' }}
        self={request.actor!.id === id}
      />,
      opts.status ?? 200,
    );
  };

  app.get('/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const hinweis = z
      .enum(notices)
      .optional()
      .catch(undefined)
      .parse((request.query as { hinweis?: string }).hinweis);
    const ctx = pageContext(request, app.config.publicUrl);
    return renderAccount(request, reply, id, { notice: hinweis ? ctx.t(`users.notice.${hinweis}`) : undefined });
  });

  app.post('/:id/rollen', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = accountBody.parse(request.body ?? {});
    // The same rules as a new account: municipal roles need a municipality, the others none.
    const checked = checkNewUser({ email: 'check@example.org', role: body.role, municipality: body.municipality });
    if (Array.isArray(checked)) return renderAccount(request, reply, id, { errors: fieldErrors(checked), values: body, status: 400 });
    try {
      await addRole(app.db, request.actor!, id, checked.role, checked.municipality);
    } catch (err) {
      if (err instanceof AppError && err.code === 'role_exists')
        return renderAccount(request, reply, id, { errors: { role: { key: 'users.error.roleExists' } }, values: body, status: 409 });
      throw err;
    }
    return reply.redirect(`${accountPath(request, id)}?hinweis=rolle`, 303);
  });

  app.post('/:id/rollen/:roleId/entfernen', async (request, reply) => {
    const { id, roleId } = roleParams.parse(request.params);
    await removeRole(app.db, request.actor!, id, roleId);
    return reply.redirect(`${accountPath(request, id)}?hinweis=entfernt`, 303);
  });

  for (const [path, locked] of [
    ['sperren', true],
    ['entsperren', false],
  ] as const) {
    app.post(`/:id/${path}`, async (request, reply) => {
      const { id } = idParams.parse(request.params);
      if (locked && request.actor!.id === id) throw new AppError(409, 'self_lock', 'users.notSelf');
      await setLocked(app.db, request.actor!, id, locked);
      return reply.redirect(`${accountPath(request, id)}?hinweis=${locked ? 'gesperrt' : 'entsperrt'}`, 303);
    });
  }

  app.post('/:id/zweiter-faktor/zuruecksetzen', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    await resetSecondFactor(app.db, request.actor!, id);
    return reply.redirect(`${accountPath(request, id)}?hinweis=faktor`, 303);
  });
}

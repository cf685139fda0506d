// Back-office routes of one's own second factor under /{lang}/verwaltung/zweiter-faktor. Registered as
// the enrolment area: open also to admins and finance staff who must still set one up, while every
// other back-office page sends them here.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { navigationFor, noSections } from '../../platform/back-office/navigation.js';
import { confirmEnrolment, renewRecoveryCodes, secondFactorState, startEnrolment, turnOffSecondFactor } from './second-factor.service.js';
import { SecondFactorPage } from './second-factor.views.js';
import { ENROLMENT_PATH, formToken, safeReturnPath } from '../../platform/staff-area.js';

const codeBody = z.object({ code: z.string().max(100).default(''), weiter: z.string().max(2000).optional() });
const offBody = z.object({ confirmation: z.string().max(400).default('') });
const renewBody = z.object({ renew_code: z.string().max(100).default('') });
const pageQuery = z.object({
  weiter: z.string().max(2000).optional(),
  hinweis: z.enum(['aus', 'wiederherstellung']).optional().catch(undefined),
});

export async function secondFactorRoutes(app: FastifyInstance) {
  const here = (request: FastifyRequest, back: string | null = null) =>
    `${localePath(request.locale, ENROLMENT_PATH)}${back ? `?weiter=${encodeURIComponent(back)}` : ''}`;

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { back?: string | null; notice?: string; errors?: FormErrors; recoveryCodes?: string[]; status?: number } = {},
  ) => {
    const actor = request.actor!;
    const state = await secondFactorState(app.db, app.config.staffMfa, actor);
    const ctx = pageContext(request, app.config.publicUrl);
    const mustEnrol = state.required && !state.confirmedAt && !opts.recoveryCodes;
    return reply.html(
      <SecondFactorPage
        ctx={ctx}
        nav={mustEnrol ? noSections : navigationFor(app.backOfficeSections, actor)}
        csrf={formToken(app, request, reply)}
        email={actor.email}
        state={state}
        back={opts.back ?? null}
        notice={opts.notice}
        errors={opts.errors ?? {}}
        recoveryCodes={opts.recoveryCodes}
      />,
      opts.status ?? 200,
    );
  };

  app.get('/', async (request, reply) => {
    const query = pageQuery.parse(request.query ?? {});
    const ctx = pageContext(request, app.config.publicUrl);
    return render(request, reply, {
      back: safeReturnPath(query.weiter),
      ...(query.hinweis ? { notice: ctx.t(`secondFactor.notice.${query.hinweis}`) } : {}),
    });
  });

  app.post('/starten', async (request, reply) => {
    const back = safeReturnPath((request.body as { weiter?: unknown } | undefined)?.weiter);
    await startEnrolment(app.db, request.actor!);
    return reply.redirect(here(request, back), 303);
  });

  app.post('/bestaetigen', async (request, reply) => {
    const body = codeBody.parse(request.body ?? {});
    const back = safeReturnPath(body.weiter);
    const result = await confirmEnrolment(app.db, request.actor!, body.code);
    if (!result.ok)
      return render(request, reply, {
        back,
        errors: { code: { key: result.reason === 'expired' ? 'secondFactor.error.expired' : 'secondFactor.error.code' } },
        status: 400,
      });
    return render(request, reply, {
      back,
      recoveryCodes: result.recoveryCodes,
      notice: pageContext(request, app.config.publicUrl).t('secondFactor.enabled'),
    });
  });

  app.post('/wiederherstellungscodes', async (request, reply) => {
    const body = renewBody.parse(request.body ?? {});
    const result = await renewRecoveryCodes(app.db, request.actor!, body.renew_code, request.client);
    if (!result.ok)
      return render(request, reply, {
        errors: { renew_code: { key: result.reason === 'locked' ? 'signin.locked' : 'signinCode.invalid' } },
        status: result.reason === 'locked' ? 429 : 400,
      });
    return render(request, reply, { recoveryCodes: result.recoveryCodes });
  });

  app.post('/ausschalten', async (request, reply) => {
    const body = offBody.parse(request.body ?? {});
    const result = await turnOffSecondFactor(app.db, app.config.staffMfa, request.actor!, body.confirmation, request.client);
    if (result === 'done') return reply.redirect(`${here(request)}?hinweis=aus`, 303);
    return render(request, reply, {
      errors: { confirmation: { key: result === 'locked' ? 'signin.locked' : 'secondFactor.error.confirmation' } },
      status: result === 'locked' ? 429 : 400,
    });
  });
}

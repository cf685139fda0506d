// Surveys for tests: one made through the services as the command line (every kind of question, a
// condition), and a browser that keeps its cookies between the form page and the post.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/database.js';
import type { SurveyAccess } from '../../src/db/schema.js';
import { cliActor } from '../../src/platform/actor.js';
import { addQuestion, createSurvey, type QuestionInput, setState } from '../../src/modules/surveys/index.js';

const question = (q: Partial<QuestionInput> & Pick<QuestionInput, 'kind' | 'prompt'>): QuestionInput => ({
  options: [],
  required: false,
  minChoices: null,
  maxChoices: null,
  maxLength: null,
  scale: null,
  condition: null,
  ...q,
});

export interface TestSurvey {
  slug: string;
  /** Question ids in order: yes/no (required), single (only after yes), multiple (1–2), scale 0–10, ranking, text (max 200). */
  q: number[];
}

let n = 0;
export async function testSurvey(db: Db, access: SurveyAccess, { open = true } = {}): Promise<TestSurvey> {
  const slug = await createSurvey(db, cliActor, { title: { de: `Testumfrage ${++n}` }, description: null, access, processSlug: null });
  await addQuestion(
    db,
    cliActor,
    slug,
    question({ kind: 'yesno', required: true, prompt: { de: 'Nutzen Sie Online-Dienste?', en: 'Do you use online services?' } }),
  );
  const ids = async () =>
    (
      await db
        .selectFrom('survey_questions as q')
        .innerJoin('surveys as s', 's.id', 'q.survey_id')
        .select('q.id')
        .where('s.slug', '=', slug)
        .orderBy('q.position')
        .execute()
    ).map((r) => r.id);
  const [gate] = await ids();
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'single',
      required: true,
      prompt: { de: 'Welchen am liebsten?' },
      options: [{ de: 'Termine' }, { de: 'Anträge' }],
      condition: { questionId: gate!, value: 'yes' },
    }),
  );
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'multiple',
      prompt: { de: 'Was fehlt?' },
      options: [{ de: 'WLAN' }, { de: 'Apps' }, { de: 'Karten' }],
      minChoices: 1,
      maxChoices: 2,
    }),
  );
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'scale',
      prompt: { de: 'Wie zufrieden?' },
      scale: { min: 0, max: 10, low: { de: 'gar nicht' }, high: { de: 'sehr' } },
    }),
  );
  await addQuestion(
    db,
    cliActor,
    slug,
    question({ kind: 'ranking', prompt: { de: 'Was zuerst?' }, options: [{ de: 'Tempo' }, { de: 'Datenschutz' }] }),
  );
  await addQuestion(db, cliActor, slug, question({ kind: 'text', prompt: { de: 'Ihre Idee?' }, maxLength: 200 }));
  if (open) await setState(db, cliActor, slug, 'open');
  return { slug, q: await ids() };
}

/** A browser: fetches the form page (keeping the CSRF and survey cookies) and posts the form with them. */
export function browser(app: FastifyInstance, ip = '10.60.0.1', start: Record<string, string> = {}) {
  const cookies: Record<string, string> = { ...start };
  const keep = (res: Awaited<ReturnType<FastifyInstance['inject']>>) => {
    for (const c of res.cookies) cookies[c.name] = c.value;
    return res;
  };
  return {
    cookies,
    get: async (url: string) => keep(await app.inject({ url, cookies })),
    post: async (url: string, fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
      body.append('_csrf', cookies.lotse_csrf ?? '');
      return keep(
        await app.inject({
          method: 'POST',
          url,
          payload: body.toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          cookies,
          remoteAddress: ip,
        }),
      );
    },
  };
}

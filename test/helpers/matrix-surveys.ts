// The authorisation matrix's cases for surveys (see authorization-matrix.test.ts): every state-changing
// back-office route of surveys with the roles allowed, and how to prepare a request that would change
// something. Surveys are made through the services as the command line.
import type { Db } from '../../src/db/database.js';
import { cliActor } from '../../src/platform/actor.js';
import { enterPaperAnswer } from '../../src/modules/surveys/answering.service.js';
import type { MatrixRequest } from './matrix.js';
import type { StaffSession } from './staff.js';
import { testSurvey } from './surveys.js';

export function surveyCases<A extends string>(env: {
  db: () => Db;
  allowed: A[];
}): Record<string, { allowed: A[]; prepare: (session: StaffSession | null) => Promise<MatrixRequest> }> {
  const base = (slug: string) => `/de/verwaltung/umfragen/${slug}`;
  const open = async (access: 'anyone' | 'codes' = 'anyone') => testSurvey(env.db(), access);
  const draft = async () => testSurvey(env.db(), 'anyone', { open: false });
  let n = 0;
  return {
    'POST /:lang/verwaltung/umfragen/neu': {
      allowed: env.allowed,
      prepare: async () => ({ url: '/de/verwaltung/umfragen/neu', form: { title_de: `Matrix-Umfrage ${++n}`, access: 'anyone' } }),
    },
    'POST /:lang/verwaltung/umfragen/:slug/fragen': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base((await draft()).slug)}/fragen`, form: { kind: 'yesno', prompt_de: 'Noch eine Frage?' } }),
    },
    'POST /:lang/verwaltung/umfragen/:slug/fragen/:id/loeschen': {
      allowed: env.allowed,
      prepare: async () => {
        const s = await draft();
        return { url: `${base(s.slug)}/fragen/${s.q[5]}/loeschen`, form: {} };
      },
    },
    'POST /:lang/verwaltung/umfragen/:slug/bearbeiten': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base((await draft()).slug)}/bearbeiten`, form: { title_de: `Umbenannt ${++n}`, access: 'codes' } }),
    },
    'POST /:lang/verwaltung/umfragen/:slug/status': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base((await open()).slug)}/status`, form: { state: 'closed' } }),
    },
    'POST /:lang/verwaltung/umfragen/:slug/ergebnisse': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base((await open()).slug)}/ergebnisse`, form: { publish: 'yes' } }),
    },
    'POST /:lang/verwaltung/umfragen/:slug/codes': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base((await open('codes')).slug)}/codes`, form: { count: '2', format: 'html' } }),
    },
    'POST /:lang/verwaltung/umfragen/:slug/papier': {
      allowed: env.allowed,
      prepare: async () => {
        const s = await open();
        return { url: `${base(s.slug)}/papier`, form: { channel: 'paper', [`q${s.q[0]}`]: 'no' } };
      },
    },
    'POST /:lang/verwaltung/umfragen/:slug/freitexte/:response/:question': {
      allowed: env.allowed,
      prepare: async () => {
        const s = await open();
        await enterPaperAnswer(
          env.db(),
          cliActor,
          s.slug,
          { channel: 'paper', eventId: null },
          new Map<number, string | boolean>([
            [s.q[0]!, false],
            [s.q[5]!, 'Ein Freitext'],
          ]),
        );
        const row = await env
          .db()
          .selectFrom('survey_answers')
          .select('response_id')
          .where('question_id', '=', s.q[5]!)
          .executeTakeFirstOrThrow();
        return { url: `${base(s.slug)}/freitexte/${row.response_id}/${s.q[5]}`, form: { state: 'approved' } };
      },
    },
  };
}

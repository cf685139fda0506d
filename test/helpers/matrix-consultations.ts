// The authorisation matrix's cases for consultations (see authorization-matrix.test.ts): every
// state-changing back-office route of consultations with the roles allowed, and how to prepare a request
// that would change something. Consultations live in a published process on a fresh Flensburg Vorhaben
// and are made through the services as the command line.
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';
import { cliActor } from '../../src/platform/actor.js';
import { createConsultation, publishDraft, startRevision } from '../../src/modules/consultations/index.js';
import type { MatrixRequest } from './matrix.js';
import type { StaffSession } from './staff.js';

export function consultationCases<A extends string>(env: {
  db: () => Db;
  /** The id of a fresh published Flensburg Vorhaben. */
  projectId: () => Promise<number>;
  allowed: A[];
}): Record<string, { allowed: A[]; prepare: (session: StaffSession | null) => Promise<MatrixRequest> }> {
  let n = 0;
  const base = (slug: string) => `/de/verwaltung/konsultationen/${slug}`;
  const process = async () => {
    const slug = `matrix-konsultation-prozess-${++n}`;
    await env
      .db()
      .insertInto('participation_processes')
      .values({
        slug,
        project_id: await env.projectId(),
        title: JSON.stringify({ de: 'Prozess' }),
        description: 'null',
        results: 'null',
        state: 'published',
      })
      .execute();
    return slug;
  };
  /** A consultation with version 1 published (and, with `draft`, version 2 begun). */
  const consultation = async (opts: { published?: boolean; draft?: boolean } = {}) => {
    const slug = await createConsultation(env.db(), cliActor, {
      processSlug: await process(),
      title: { de: `Matrix-Konsultation ${++n}` },
      summary: null,
      startsOn: '2020-01-01',
      endsOn: '2099-12-31',
      text: '# Ziele\n\nText.\n',
    });
    if (opts.published !== false) await publishDraft(env.db(), cliActor, slug, null);
    if (opts.draft) await startRevision(env.db(), cliActor, slug);
    return slug;
  };
  const withComment = async () => {
    const slug = await consultation();
    const section = await sql<{ id: number }>`select s.id from consultation_sections s join consultation_versions v on v.id = s.version_id
      join consultations k on k.id = v.consultation_id where k.slug = ${slug}`.execute(env.db());
    const comment = await env
      .db()
      .insertInto('comments')
      .values({ consultation_section_id: section.rows[0]!.id, depth: 1, resident_id: null, body: 'Kommentar' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { slug, commentId: comment.id };
  };
  return {
    'POST /:lang/verwaltung/konsultationen/neu': {
      allowed: env.allowed,
      prepare: async () => ({
        url: '/de/verwaltung/konsultationen/neu',
        form: {
          process: await process(),
          title_de: `Neue Matrix-Konsultation ${++n}`,
          startsOn: '2027-01-01',
          endsOn: '2027-02-01',
          text: '# A\n\nB',
        },
      }),
    },
    'POST /:lang/verwaltung/konsultationen/:slug/angaben': {
      allowed: env.allowed,
      prepare: async () => ({
        url: `${base(await consultation())}/angaben`,
        form: { title_de: 'Neuer Titel', startsOn: '2021-01-01', endsOn: '2099-01-01' },
      }),
    },
    'POST /:lang/verwaltung/konsultationen/:slug/entwurf': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base(await consultation({ draft: true }))}/entwurf`, form: { text: '# Ziele\n\nNeu.\n' } }),
    },
    'POST /:lang/verwaltung/konsultationen/:slug/entwurf/abschnitte/:anchor': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base(await consultation({ draft: true }))}/entwurf/abschnitte/ziele`, form: { note: 'Geändert.' } }),
    },
    'POST /:lang/verwaltung/konsultationen/:slug/neue-fassung': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base(await consultation())}/neue-fassung`, form: {} }),
    },
    'POST /:lang/verwaltung/konsultationen/:slug/veroeffentlichen': {
      allowed: env.allowed,
      prepare: async () => ({ url: `${base(await consultation({ published: false }))}/veroeffentlichen`, form: {} }),
    },
    'POST /:lang/verwaltung/konsultationen/:slug/kommentare/:id/abwaegung': {
      allowed: env.allowed,
      prepare: async () => {
        const { slug, commentId } = await withComment();
        return {
          url: `${base(slug)}/kommentare/${commentId}/abwaegung`,
          form: { outcome: 'taken_up', reason: 'Grund', answer: 'Antwort' },
        };
      },
    },
    'POST /:lang/verwaltung/konsultationen/:slug/beschluss': {
      allowed: env.allowed,
      prepare: async () => {
        const slug = await consultation();
        const projectId = (
          await sql<{
            id: number;
          }>`select pp.project_id as id from consultations k join participation_processes pp on pp.id = k.process_id where k.slug = ${slug}`.execute(
            env.db(),
          )
        ).rows[0]!.id;
        await env
          .db()
          .insertInto('decisions')
          .values({ project_id: projectId, position: 0, raw: 'RV-9/2026', reference: 'RV-9/2026' })
          .execute();
        return { url: `${base(slug)}/beschluss`, form: { version: '1', reference: 'RV-9/2026' } };
      },
    },
  };
}

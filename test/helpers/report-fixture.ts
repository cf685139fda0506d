// A participation process with contributions of every kind and channel, written straight into the tables
// on fixed days, so that the report's numbers can be checked against the rows: ideas phase January to
// March 2026, comments phase April to June. What each row adds up to is listed in `expected`.
import type { Db } from '../../src/db/database.js';
import { createSurvey } from '../../src/modules/surveys/index.js';
import { cliActor } from '../../src/platform/actor.js';
import { processOn } from './matrix-fixtures.js';

export const secretNames = ['Erika Geheimname', 'Resi Verborgen', 'Hinz Unsichtbar'];

export async function reportProcess(db: Db) {
  const process = await processOn(db, ['flensburg']);
  await db
    .insertInto('process_phases')
    .values([
      { process_id: process.id, kind: 'ideas', starts_on: '2026-01-01', ends_on: '2026-03-31', position: 0 },
      { process_id: process.id, kind: 'comments', starts_on: '2026-04-01', ends_on: '2026-06-30', position: 1 },
    ])
    .execute();
  const resident = async (name: string, n: number) =>
    (
      await db
        .insertInto('residents')
        .values({ email: `bericht${n}-${process.id}@example.org`, display_name: name, unsubscribe_token: `bericht-${process.id}-${n}` })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const r1 = await resident(secretNames[0]!, 1);
  const r2 = await resident(secretNames[1]!, 2);
  const idea = async (residentId: number, day: string, extra: Record<string, unknown> = {}) =>
    (
      await db
        .insertInto('ideas')
        .values({
          process_id: process.id,
          resident_id: residentId,
          title: `Idee vom ${day}`,
          body: 'Text',
          created_at: `${day}T10:00:00Z`,
          ...extra,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const accepted = await idea(r1, '2026-01-10', { status: 'accepted', linked_project_id: process.projectId });
  await idea(r2, '2026-02-10', { status: 'rejected', status_reason: 'Zu teuer', answer: 'Geht leider nicht.' });
  await idea(r2, '2026-02-12', { hidden_at: new Date(), hidden_reason: 'Werbung' });
  await db
    .insertInto('idea_supports')
    .values({ idea_id: accepted, resident_id: r2, supporter_key: `k-${process.id}`, created_at: '2026-02-11T10:00:00Z' })
    .execute();
  await db
    .insertInto('comments')
    .values({ idea_id: accepted, depth: 1, resident_id: r1, body: 'Gute Idee', created_at: '2026-04-05T10:00:00Z' })
    .execute();
  await db
    .insertInto('notices')
    .values({
      project_id: process.projectId,
      body: 'Bitte an die Radwege denken',
      name: secretNames[2]!,
      email: 'hinz@example.org',
      status: 'released',
      weighing: 'Wird berücksichtigt.',
      created_at: '2026-05-01T10:00:00Z',
    })
    .execute();
  const event = await db
    .insertInto('events')
    .values({
      slug: `werkstatt-${process.id}`,
      title: JSON.stringify({ de: 'Werkstatt am Hafen', en: 'Harbour workshop' }),
      description: 'null',
      accessibility: 'null',
      cancel_reason: 'null',
      question: 'null',
      documentation: 'null',
      starts_at: new Date('2026-02-20T16:00:00Z'),
      ends_at: new Date('2026-02-20T19:00:00Z'),
      format: 'onsite',
      state: 'published',
      process_id: process.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const surveySlug = await createSurvey(db, cliActor, {
    title: { de: 'Umfrage zum Hafen' },
    description: null,
    access: 'anyone',
    processSlug: process.slug,
  });
  // Open without questions: the report counts responses, not answers.
  const survey = await db
    .updateTable('surveys')
    .set({ state: 'open' })
    .where('slug', '=', surveySlug)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('survey_responses')
    .values([
      { survey_id: survey.id, channel: 'online', respondent: 'browser', created_at: '2026-05-02T10:00:00Z' },
      { survey_id: survey.id, channel: 'paper', respondent: 'staff', created_at: '2026-08-01T10:00:00Z' },
      { survey_id: survey.id, channel: 'event', respondent: 'staff', source_event_id: event.id, created_at: '2026-08-01T10:00:00Z' },
    ])
    .execute();
  await db
    .insertInto('survey_participants')
    .values({ survey_id: survey.id, browser_key: `b-${process.id}` })
    .execute();
  return { process, eventId: event.id, acceptedIdea: accepted };
}

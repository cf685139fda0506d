// Rows for the authorisation matrix, made through the services as the command line (or, where no
// service makes them without a resident's mail round trip, directly): Vorhaben of one municipality,
// of two or of none (the agency's), events, processes, ideas and advisory cases on them.
import type { Db } from '../../src/db/database.js';
import { cliActor } from '../../src/platform/actor.js';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import { createEvent, publishEvent } from '../../src/modules/events/events.service.js';
import type { ProjectInput } from '../../src/modules/projects/project.types.js';
import { eventInput } from './events.js';

let n = 50_000;

export function projectInput(title: string, municipalities: string[]): ProjectInput {
  return {
    title: { de: title },
    description: null,
    goals: null,
    status: 'planned',
    statusText: null,
    nextSteps: null,
    expectedDuration: null,
    municipalities,
    topics: [],
    decisionsText: null,
    decisions: [],
    costs: { text: null, amountCents: null, currency: 'EUR', approximate: false },
    participation: { formal: false, informal: false, text: null },
    location: null,
    contact: null,
    links: [],
    furtherInfo: null,
    summaryPlain: null,
    startDate: null,
    endDate: null,
    addedOn: null,
    publicationState: 'draft',
  };
}

/**
 * A published Vorhaben of the given municipalities; with none, one whose municipalities were taken
 * away afterwards (the forms never allow it, older data may hold it): it belongs to the agency.
 */
export async function publishedProject(db: Db, municipalities: string[]): Promise<{ slug: string; id: number }> {
  const slug = await editorial.createProject(
    db,
    cliActor,
    projectInput(`Bezug-Vorhaben ${++n}`, municipalities.length ? municipalities : ['flensburg']),
  );
  await editorial.publish(db, cliActor, slug, { de: 'Erstveröffentlichung' });
  const { id } = await db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  if (!municipalities.length) await db.deleteFrom('project_municipalities').where('project_id', '=', id).execute();
  return { slug, id };
}

/** A published participation process on a new Vorhaben of the given municipalities. */
export async function processOn(db: Db, municipalities: string[]): Promise<{ slug: string; id: number; projectId: number }> {
  const project = await publishedProject(db, municipalities);
  const slug = `bezug-prozess-${++n}`;
  const row = await db
    .insertInto('participation_processes')
    .values({
      slug,
      project_id: project.id,
      title: JSON.stringify({ de: `Prozess ${n}` }),
      description: 'null',
      results: 'null',
      state: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { slug, id: row.id, projectId: project.id };
}

/** An idea by a new resident in a process on a new Vorhaben of the given municipalities. */
export async function ideaOn(db: Db, municipalities: string[]): Promise<number> {
  const process = await processOn(db, municipalities);
  const resident = await db
    .insertInto('residents')
    .values({ email: `bezug${++n}@example.org`, unsubscribe_token: `bezug-${n}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const idea = await db
    .insertInto('ideas')
    .values({ process_id: process.id, resident_id: resident.id, title: 'Idee', body: 'Text' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return idea.id;
}

/** A published event organised by the municipality, optionally tied to a Vorhaben. */
export async function eventBy(db: Db, organiser: string, projectSlug: string | null = null): Promise<string> {
  const slug = await createEvent(
    db,
    cliActor,
    eventInput({ title: { de: `Bezug-Veranstaltung ${++n}` }, organiserMunicipality: organiser, projectSlug }),
  );
  await publishEvent(db, cliActor, slug);
  return slug;
}

/** The event form as the back office posts it. */
export const eventForm = (organiser: string, extra: Record<string, string> = {}) => ({
  title_de: `Veranstaltung ${++n}`,
  startDate: '2027-05-04',
  startTime: '18:00',
  endTime: '20:00',
  format: 'onsite',
  address: 'Rathausplatz 1',
  organiser,
  ...extra,
});

/** The process form as the back office posts it. */
export const processForm = (projectSlug: string) => ({
  projectSlug,
  title_de: `Prozess ${++n}`,
  phase_ideas_start: '2027-01-01',
  phase_ideas_end: '2027-02-01',
});

export async function advisoryCaseOf(db: Db, municipality: string): Promise<number> {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', municipality).executeTakeFirstOrThrow();
  const c = await db
    .insertInto('advisory_cases')
    .values({ title: `Fall ${++n}`, question: 'Frage', stage: 'idea', team: 'Team', municipality_id: m.id, status: 'accepted' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return c.id;
}

// A demo consultation, clearly marked as an example: the Digitalisierungsstrategie of the region as a
// finished consultation. A short illustrative draft in sections, comments by the example accounts (one on
// a quoted passage, one reply), each answered and weighed, a revised version whose changes cite the
// comments that led to them, adopted by RV-83/2023 of the programme's Vorhaben. Made through the
// consultations module's public entry, as the command line; the comments and the past dates are written
// directly, since the period lies in the past.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { cliActor } from '../platform/actor.js';
import {
  adoptVersion,
  createConsultation,
  publishDraft,
  saveDraftText,
  saveSectionNote,
  startRevision,
  weighComment,
} from '../modules/consultations/index.js';

const draft = `# Ausgangslage

Die Stadt Flensburg und die Kreise Schleswig-Flensburg und Nordfriesland wollen die Digitalisierung gemeinsam gestalten. Diese Strategie ist ein kurzes Beispiel der Demodaten.

# Ziele

Bis 2026 sollen die wichtigsten Verwaltungsleistungen online erreichbar sein. Daten der Region werden als offene Daten veröffentlicht.

# Maßnahmen

- eine regionale Datenplattform mit einem offenen Dashboard
- Sensoren für freie Parkplätze an touristischen Orten
- digitale Treffpunkte in den Dörfern

# Beteiligung

Die Einwohnerinnen und Einwohner werden bei jeder Maßnahme beteiligt.
`;

const revised = `# Ausgangslage

Die Stadt Flensburg und die Kreise Schleswig-Flensburg und Nordfriesland wollen die Digitalisierung gemeinsam gestalten. Diese Strategie ist ein kurzes Beispiel der Demodaten.

# Ziele

Bis 2026 sollen die wichtigsten Verwaltungsleistungen online und in Leichter Sprache erreichbar sein. Daten der Region werden als offene Daten veröffentlicht.

# Maßnahmen

- eine regionale Datenplattform mit einem offenen Dashboard
- Sensoren für freie Parkplätze an touristischen Orten
- digitale Treffpunkte in den Dörfern, mit Digitalpatinnen und Digitalpaten vor Ort

# Beteiligung

Die Einwohnerinnen und Einwohner werden bei jeder Maßnahme beteiligt, online und bei Veranstaltungen vor Ort.
`;

export async function seedDemoConsultations(db: Db): Promise<void> {
  const project = await db
    .selectFrom('projects')
    .select(['id', 'slug'])
    .where(sql<boolean>`title->>'de' like 'Smarte Grenzregion zwischen den Meeren%'`)
    .executeTakeFirst();
  if (!project) return;
  const process = await db
    .insertInto('participation_processes')
    .values({
      slug: 'digitalisierungsstrategie-beispiel',
      project_id: project.id,
      title: JSON.stringify({
        de: 'Digitalisierungsstrategie der Region (Beispiel)',
        da: 'Regionens digitaliseringsstrategi (eksempel)',
        en: 'The region’s digital strategy (example)',
      }),
      description: JSON.stringify({
        de: 'Der Entwurf der Digitalisierungsstrategie lag zum Kommentieren aus; die überarbeitete Fassung hat die Ratsversammlung beschlossen. *(Beispiel)*',
      }),
      results: JSON.stringify(null),
      state: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('process_phases')
    .values([
      { process_id: process.id, kind: 'comments', starts_on: '2023-03-01', ends_on: '2023-03-31', position: 0 },
      { process_id: process.id, kind: 'results', starts_on: '2023-04-01', ends_on: '2023-05-31', position: 1 },
    ])
    .execute();

  const slug = await createConsultation(db, cliActor, {
    processSlug: 'digitalisierungsstrategie-beispiel',
    title: {
      de: 'Digitalisierungsstrategie der Region (Beispiel)',
      da: 'Regionens digitaliseringsstrategi (eksempel)',
      en: 'The region’s digital strategy (example)',
    },
    summary: {
      de: 'Ein kurzer, erfundener Entwurf in vier Abschnitten, mit Kommentaren, Abwägung und der beschlossenen Fassung. Beispiel der Demodaten.',
      da: 'Et kort, opdigtet udkast i fire afsnit med kommentarer, forvaltningens vurdering og den vedtagne version. Eksempel fra demodataene.',
      en: 'A short, invented draft in four sections, with comments, the administration’s responses and the adopted version. An example from the demo data.',
    },
    startsOn: '2023-03-01',
    endsOn: '2023-03-31',
    text: draft,
    example: true,
  });
  await publishDraft(db, cliActor, slug, null);

  const sections = await db
    .selectFrom('consultation_sections as s')
    .innerJoin('consultation_versions as v', 'v.id', 's.version_id')
    .innerJoin('consultations as k', 'k.id', 'v.consultation_id')
    .where('k.slug', '=', slug)
    .select(['s.id', 's.anchor'])
    .execute();
  const section = (anchor: string) => sections.find((s) => s.anchor === anchor)!.id;
  const residents = await db
    .selectFrom('residents')
    .select('id')
    .where('email', 'like', 'beispiel-konto-%@example.org')
    .orderBy('email')
    .execute();
  const who = (i: number) => residents[i % Math.max(residents.length, 1)]?.id ?? null;
  const comment = async (anchor: string, by: number, body: string, quote: string | null, parent: number | null, day: string) =>
    (
      await db
        .insertInto('comments')
        .values({
          consultation_section_id: section(anchor),
          resident_id: who(by),
          body,
          quote,
          parent_id: parent,
          depth: parent ? 2 : 1,
          created_at: `${day}T10:00:00Z`,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const plain = await comment(
    'ziele',
    0,
    'Bitte auch an Menschen denken, die schwere Texte nicht gut lesen können. (Beispiel)',
    'die wichtigsten Verwaltungsleistungen online erreichbar',
    null,
    '2023-03-06',
  );
  const mentors = await comment(
    'massnahmen',
    1,
    'Ein Treffpunkt allein reicht nicht, es braucht Menschen, die helfen. (Beispiel)',
    null,
    null,
    '2023-03-10',
  );
  const reply = await comment(
    'massnahmen',
    2,
    'Das sehe ich auch so, in unserem Dorf gibt es schon Freiwillige. (Beispiel)',
    null,
    mentors,
    '2023-03-11',
  );
  const sensors = await comment(
    'massnahmen',
    3,
    'Parksensoren halte ich für unnötig. (Beispiel)',
    'Sensoren für freie Parkplätze',
    null,
    '2023-03-15',
  );
  const events = await comment(
    'beteiligung',
    1,
    'Nicht alle sind online: bitte auch Termine vor Ort. (Beispiel)',
    null,
    null,
    '2023-03-20',
  );
  await db
    .insertInto('consultation_votes')
    .values(
      [
        [section('ziele'), 0, 'agree'],
        [section('ziele'), 1, 'agree'],
        [section('massnahmen'), 2, 'agree'],
        [section('massnahmen'), 3, 'disagree'],
        [section('beteiligung'), 1, 'agree'],
      ]
        .filter(([, by]) => who(by as number) !== null)
        .map(([section_id, by, stance]) => ({
          section_id: section_id as number,
          resident_id: who(by as number)!,
          stance: stance as 'agree' | 'disagree',
        })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();

  const weigh = (id: number, outcome: 'taken_up' | 'partly' | 'not_taken_up', reason: string, answer: string) =>
    weighComment(db, cliActor, slug, id, { outcome, reason, answer });
  await weigh(plain, 'taken_up', 'Leichte Sprache wird als Ziel aufgenommen. (Beispiel)', 'Danke, wir haben das Ziel ergänzt. (Beispiel)');
  await weigh(
    mentors,
    'taken_up',
    'Digitalpatinnen und Digitalpaten gehören zu den Treffpunkten. (Beispiel)',
    'Danke, das ist jetzt Teil der Maßnahme. (Beispiel)',
  );
  await weigh(
    reply,
    'partly',
    'Bestehende Freiwillige werden angesprochen; eine Liste je Dorf gibt es noch nicht. (Beispiel)',
    'Wir melden uns bei den Freiwilligen. (Beispiel)',
  );
  await weigh(
    sensors,
    'not_taken_up',
    'Die Sensoren sind Teil des geförderten Programms und bereits beschlossen. (Beispiel)',
    'Die Maßnahme bleibt; die Daten werden offen veröffentlicht. (Beispiel)',
  );
  await weigh(events, 'taken_up', 'Beteiligung vor Ort wird ausdrücklich genannt. (Beispiel)', 'Danke, ergänzt. (Beispiel)');

  await startRevision(db, cliActor, slug);
  await saveDraftText(db, cliActor, slug, revised);
  await saveSectionNote(db, cliActor, slug, 'ziele', 'Leichte Sprache als Ziel ergänzt.', [plain]);
  await saveSectionNote(db, cliActor, slug, 'massnahmen', 'Digitalpatinnen und Digitalpaten bei den Treffpunkten ergänzt.', [
    mentors,
    reply,
  ]);
  await saveSectionNote(db, cliActor, slug, 'beteiligung', 'Beteiligung vor Ort ergänzt.', [events]);
  await publishDraft(db, cliActor, slug, 'Überarbeitet nach den Kommentaren; der Ratsversammlung vorgelegt.');
  await adoptVersion(db, cliActor, slug, { version: 2, reference: 'RV-83/2023' });
  // The dates the example tells of: drafted in February, revised in April 2023.
  await sql`update consultation_versions v set published_at = case v.number when 1 then timestamptz '2023-02-27 09:00Z' else timestamptz '2023-04-14 09:00Z' end
    from consultations k where k.id = v.consultation_id and k.slug = ${slug}`.execute(db);
}

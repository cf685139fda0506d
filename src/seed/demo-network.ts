// Demo network, clearly marked as examples: an association, a school, a company and volunteer digital
// mentors (verified, contact addresses at example.org, never shown), linked to Vorhaben and an event; and
// one advisory case in progress with a shared and an internal session note.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

const partners = [
  {
    slug: 'digitalverein-foerde-beispiel',
    name: 'Digitalverein Förde (Beispiel)',
    kind: 'association',
    municipality: 'flensburg',
    topics: ['open-data', 'teilhabe'],
    description: 'Ehrenamtlicher Verein, der offene Daten und digitale Teilhabe in Flensburg voranbringt. (Beispiel)',
    offers: 'Workshops zu offenen Daten, Hackdays, Räume für Treffen',
    seeks: 'Projekte, die Daten veröffentlichen wollen',
    competencies: 'Open Data, Programmierung, Moderation',
  },
  {
    slug: 'gemeinschaftsschule-nord-beispiel',
    name: 'Gemeinschaftsschule Nord (Beispiel)',
    kind: 'school',
    municipality: 'schleswig-flensburg',
    topics: ['bildung', 'daten'],
    description: 'Schule mit Schwerpunkt Medienbildung; Schülerinnen und Schüler messen mit Sensoren Luft und Lärm. (Beispiel)',
    offers: 'Projektwochen, Messdaten aus dem Unterricht',
    seeks: 'Partner für Sensoren und offene Daten',
    competencies: 'Medienbildung, Umweltmessungen',
  },
  {
    slug: 'nordwind-it-beispiel',
    name: 'Nordwind IT GmbH (Beispiel)',
    kind: 'company',
    municipality: 'nordfriesland',
    topics: ['digitalisierung', 'klima'],
    description: 'IT-Dienstleister an der Westküste mit Erfahrung in Sensornetzen und Energiedaten. (Beispiel)',
    offers: 'LoRaWAN-Gateways, Beratung zu Sensornetzen',
    seeks: 'Pilotprojekte mit Kommunen',
    competencies: 'LoRaWAN, Datenplattformen, Energie',
  },
  {
    slug: 'digitallotsen-beispiel',
    name: 'Digital-Lotsinnen und -Lotsen (Beispiel)',
    kind: 'volunteer',
    municipality: null,
    topics: ['teilhabe', 'bildung'],
    description:
      'Ehrenamtliche, die Seniorinnen und Senioren in Sprechstunden beim Umgang mit Smartphone und Online-Diensten helfen. (Beispiel)',
    offers: 'Digitale Sprechstunden in Büchereien und Gemeindehäusern',
    seeks: 'Räume und Geräte für Sprechstunden',
    competencies: 'Geduld, Smartphone, Online-Dienste',
  },
] as const;

export async function seedDemoNetwork(db: Db): Promise<void> {
  const municipalities = new Map((await db.selectFrom('municipalities').select(['id', 'slug']).execute()).map((m) => [m.slug, m.id]));
  const topics = await db.selectFrom('topics').select(['id', 'slug']).execute();
  // Topics of the sample Vorhabenliste by slug: the demo does not invent any.
  const topicIds = (slugs: readonly string[]) => topics.filter((t) => slugs.includes(t.slug)).map((t) => t.id);
  const projects = await db
    .selectFrom('projects')
    .select('id')
    .where('publication_state', '=', 'published')
    .orderBy('id')
    .limit(4)
    .execute();
  const event = await db.selectFrom('events').select('id').where('slug', 'like', 'werkstatt-offene-daten%').executeTakeFirst();
  for (const [i, p] of partners.entries()) {
    const { id } = await db
      .insertInto('partners')
      .values({
        slug: p.slug,
        name: p.name,
        kind: p.kind,
        description: p.description,
        offers: p.offers,
        seeks: p.seeks,
        competencies: p.competencies,
        municipality_id: p.municipality ? (municipalities.get(p.municipality) ?? null) : null,
        contact_email: `${p.slug}@example.org`,
        consented_at: new Date(),
        verified_at: new Date(),
        example: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids = topicIds(p.topics);
    if (ids.length)
      await db
        .insertInto('partner_topics')
        .values(ids.map((topic_id) => ({ partner_id: id, topic_id })))
        .execute();
    const project = projects[i % Math.max(projects.length, 1)];
    if (project) await db.insertInto('partner_projects').values({ partner_id: id, project_id: project.id }).execute();
    if (event && i < 2) await db.insertInto('partner_events').values({ partner_id: id, event_id: event.id }).execute();
  }
  const { id: caseId } = await db
    .insertInto('advisory_cases')
    .values({
      title: 'Digitale Sprechstunde im Dorfgemeinschaftshaus (Beispiel)',
      question:
        'Wir möchten ehrenamtliche Sprechstunden für ältere Menschen anbieten. Wie finden wir Geräte, Räume und Förderung? (Beispiel)',
      stage: 'concept',
      team: 'Seniorenbeirat und Dorfverein (Beispiel)',
      municipality_id: municipalities.get('schleswig-flensburg') ?? null,
      topic_id: topicIds(['bildung'])[0] ?? null,
      status: 'in_progress',
      example: true,
      created_at: sql`now() - interval '12 days'`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await db
    .insertInto('advisory_sessions')
    .values([
      {
        case_id: caseId,
        held_on: weekAgo,
        notes: 'Erstgespräch: Bedarf geklärt, Kontakt zu den Digital-Lotsen vorgeschlagen. (Beispiel)',
        internal: false,
      },
      { case_id: caseId, held_on: weekAgo, notes: 'Interne Notiz: Fördermittel aus dem Ehrenamtsfonds prüfen. (Beispiel)', internal: true },
    ])
    .execute();
}

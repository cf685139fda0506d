// Demo participation, clearly marked as examples: illustrative quorums for the three municipalities
// (where none is set), a released notice with its weighing, and a signature collection part-way to
// its quorum (signatures from example.org addresses).
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { addressKey } from '../lib/address-key.js';
import type { Db } from '../db/database.js';

export async function seedDemoParticipation(db: Db): Promise<void> {
  await db.updateTable('municipalities').set({ participation_quorum: 1000 }).where('participation_quorum', 'is', null).execute();
  const project =
    (await db
      .selectFrom('projects')
      .select('id')
      .where('publication_state', '=', 'published')
      .where('slug', 'like', '%parkraum%')
      .executeTakeFirst()) ??
    (await db
      .selectFrom('projects')
      .select('id')
      .where('publication_state', '=', 'published')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow());
  await db
    .insertInto('notices')
    .values({
      project_id: project.id,
      body: 'An der Ecke zur Schule parken morgens viele Elterntaxis. Bitte die Sensoren dort so einstellen, dass Kurzparkplätze frei bleiben. (Beispiel)',
      status: 'released',
      weighing:
        'Wird berücksichtigt: Vor der Schule werden vier Plätze als Kurzparkzone mit 10 Minuten ausgewiesen und von den Sensoren überwacht. (Beispiel)',
      confirmed_at: new Date(),
      released_at: new Date(),
    })
    .execute();
  const request = await db
    .insertInto('participation_requests')
    .values({
      project_id: project.id,
      kind: 'signatures',
      title: 'Werkstatt mit Anwohnerinnen und Anwohnern vor der Ausschreibung (Beispiel)',
      reasoning:
        'Die Sensoren betreffen das ganze Quartier. Wir regen eine Werkstatt an, in der Anwohnende, Handel und Schule vor der Ausschreibung mitreden. (Beispiel)',
      status: 'received',
      quorum: 1000,
      confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const count = 347;
  const rows = Array.from({ length: count }, (_, i) => ({
    request_id: request.id,
    name: `Beispielperson ${i + 1}`,
    residence: ['Flensburg', 'Harrislee', 'Glücksburg'][i % 3]!,
    email: `unterschrift-${i + 1}@example.org`,
    email_key: addressKey(`unterschrift-${i + 1}@example.org`),
    confirm_token_hash: crypto.randomUUID(),
    confirmed_at: new Date(),
  }));
  await db.insertInto('signatures').values(rows).execute();
  await db
    .updateTable('participation_requests')
    .set({ signature_count: sql`${count}` })
    .where('id', '=', request.id)
    .execute();

  // A running participation process on the same Vorhaben, with the open workshop as one of its events.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const process = await db
    .insertInto('participation_processes')
    .values({
      slug: 'parken-im-quartier-beispiel',
      project_id: project.id,
      title: JSON.stringify({
        de: 'Parken im Quartier: Ideen und Kommentare (Beispiel)',
        en: 'Parking in the neighbourhood: ideas and comments (example)',
      }),
      description: JSON.stringify({
        de: 'Wie sollen die Sensordaten genutzt werden? Sammeln Sie Ideen, kommentieren Sie und gewichten Sie am Ende, was zuerst kommt. *(Beispiel)*',
      }),
      results: JSON.stringify(null),
      state: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const phases = [
    ['information', -30, -15],
    ['ideas', -14, 14],
    ['comments', 15, 35],
    ['prioritising', 36, 50],
    ['results', 51, 80],
  ] as const;
  await db
    .insertInto('process_phases')
    .values(phases.map(([kind, from, to], i) => ({ process_id: process.id, kind, starts_on: day(from), ends_on: day(to), position: i })))
    .execute();
  await db.updateTable('events').set({ process_id: process.id }).where('slug', 'like', 'werkstatt-offene-daten%').execute();
}

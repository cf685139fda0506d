// The demo's examples below the partners: each linked to the towns, municipalities or Flensburg
// districts it concerns, so that the register's filter by place and "follow this place" show something.
// Made through the places module's public entry, as an editor would in the back office.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { saveLocalities } from '../modules/places/index.js';
import { cliActor } from '../platform/actor.js';

const demoPlaces: Record<string, string[]> = {
  'Parkraumsensorik an touristischen Orten (Beispiel)': ['sylt', 'husum', 'flensburg-altstadt'],
  'Besucherstrommessung Innenstadt Flensburg (Beispiel)': ['flensburg-altstadt', 'flensburg-neustadt'],
  'Digitale Begegnungsräume (Beispiel)': ['leck', 'kappeln'],
  'Starkregen-Frühwarnung (Beispiel)': ['schleswig'],
};

export async function seedDemoPlaces(db: Db): Promise<void> {
  const projects = await db
    .selectFrom('projects')
    .where(sql<string>`title->>'de'`, 'in', Object.keys(demoPlaces))
    .select(['slug', sql<string>`title->>'de'`.as('title')])
    .execute();
  for (const p of projects) await saveLocalities(db, cliActor, p.slug, demoPlaces[p.title]!);
}
